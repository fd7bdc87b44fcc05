// Lint and layout in one pass (`npm run lint`, `npm run lint:fix`). Layout rules check
// spacing, quotes and commas without reflowing lines, so a Kysely chain keeps the shape
// its author gave it.
import js from '@eslint/js'
import stylistic from '@stylistic/eslint-plugin'
import tseslint from 'typescript-eslint'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['dist/', 'data/', 'node_modules/', 'sdk/src/schema.ts', 'sdk/dist/', 'coverage/', '.tap/'] },
  js.configs.recommended,
  // The search-method measurement's plain Node scripts (bench/search-methods/README.md).
  { files: ['bench/search-methods/*.mjs'], languageOptions: { globals: globals.node } },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.js'],
    plugins: { '@stylistic': stylistic },
    rules: {
      '@stylistic/indent': ['error', 2, { SwitchCase: 1, flatTernaryExpressions: true, ignoredNodes: ['TemplateLiteral *'] }],
      '@stylistic/quotes': ['error', 'single', { avoidEscape: true, allowTemplateLiterals: 'always' }],
      '@stylistic/semi': ['error', 'never'],
      '@stylistic/comma-dangle': ['error', 'always-multiline'],
      '@stylistic/space-before-function-paren': ['error', { anonymous: 'always', named: 'never', asyncArrow: 'always' }],
      '@stylistic/keyword-spacing': 'error',
      '@stylistic/space-infix-ops': 'error',
      '@stylistic/comma-spacing': 'error',
      '@stylistic/key-spacing': 'error',
      '@stylistic/arrow-parens': ['error', 'always'],
      '@stylistic/arrow-spacing': 'error',
      '@stylistic/block-spacing': 'error',
      '@stylistic/brace-style': ['error', '1tbs', { allowSingleLine: true }],
      '@stylistic/eol-last': 'error',
      '@stylistic/no-trailing-spaces': 'error',
      '@stylistic/no-multiple-empty-lines': ['error', { max: 1, maxBOF: 0, maxEOF: 0 }],
      '@stylistic/no-multi-spaces': ['error', { ignoreEOLComments: true }],
      '@stylistic/max-len': ['error', { code: 180, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreComments: false }],
      '@stylistic/member-delimiter-style': ['error', { multiline: { delimiter: 'none' }, singleline: { delimiter: 'comma', requireLast: false } }],
      '@stylistic/type-annotation-spacing': 'error',
      'prefer-const': 'error',
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  // The layout's boundaries (docs/architecture.md): routes know HTTP and call their feature's
  // service; a service holds the feature's commands and rules; a repository holds SQL only; a
  // feature reaches another only through that feature's service (or its schemas, the contract);
  // src/shared knows neither HTTP nor SQL; src/db knows no feature. ESLint's own
  // no-restricted-imports on the specifiers (NodeNext's relative '.js' names need no resolver).
  {
    files: ['src/features/*/*.routes.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [
      { regex: '\\.repository\\.js$', message: 'a route calls its feature\'s service; SQL lives in repositories' },
      { regex: '^\\.\\./(?!\\.\\.)[^/]+/(?![^/]+\\.(service|schemas)\\.js$)', message: 'another feature is reached through its service or its schemas' },
    ] }] },
  },
  {
    files: ['src/features/*/*.ts'],
    ignores: ['src/features/*/*.routes.ts', '**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [
      { regex: '^fastify$|^@fastify/|/http/|/plugins/|\\.routes\\.js$', message: 'services and repositories know no HTTP' },
      { regex: '^\\.\\./(?!\\.\\.)[^/]+/(?![^/]+\\.(service|schemas)\\.js$)', message: 'another feature is reached through its service or its schemas' },
    ] }] },
  },
  {
    files: ['src/features/*/*.repository.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [
      { regex: '^fastify$|^@fastify/|/http/|/plugins/|\\.routes\\.js$', message: 'a repository knows no HTTP' },
      { regex: '\\.service\\.js$|^\\.\\./(?!\\.\\.)', message: 'a repository holds its feature\'s SQL and calls no service or other feature' },
      { regex: '/db/(audit|outbox)\\.js$', message: 'the audit row and the event are the command\'s: a repository writes rows only' },
    ] }] },
  },
  {
    // Every statement a feature sends is in its repository, where the SQL snapshots show it.
    files: ['src/features/**/*.ts'],
    ignores: ['src/features/**/*.repository.ts', '**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error',
      { selector: "TaggedTemplateExpression[tag.name='sql']", message: 'SQL lives in the feature\'s repository' },
      { selector: 'CallExpression[callee.property.name=/^(selectFrom|selectNoFrom|insertInto|updateTable|deleteFrom|mergeInto)$/]',
        message: 'SQL lives in the feature\'s repository' },
    ] },
  },
  {
    files: ['src/*.ts', 'src/plugins/**/*.ts', 'src/http/**/*.ts', 'src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [
      { regex: '\\.repository\\.js$', message: 'the process, plugins and the CLI reach a feature through its service' },
    ] }] },
  },
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [
      { regex: '/features/|/db/|/http/|/plugins/|^fastify$|^@fastify/|^kysely$|^pg$|^@electric-sql/', message: 'src/shared is neither HTTP nor SQL' },
    ] }] },
  },
  {
    files: ['src/db/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [
      { regex: '/features/|/http/|/plugins/|^fastify$|^@fastify/', message: 'src/db knows no feature and no HTTP' },
    ] }] },
  },
  {
    // A migration is written against the schema as it was then, not today's Database type: Kysely's own advice is Kysely<any>.
    files: ['migrations/**/*.ts', 'src/db/migrate.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
)
