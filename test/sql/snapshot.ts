/**
 * The SQL each repository sends, as committed snapshots a reviewer reads beside the code
 * (src/features/<feature>/<feature>.repository.sql, src/db/<file>.sql): a scripted run of the
 * service on an embedded database (scenario.ts) records every statement with the repository
 * function that sent it (the first frame of its async stack in a repository or src/db/), and
 * writes each file's statements, by function, in the order the code defines them.
 * `--write` writes them; `--check` fails when a committed snapshot differs (CI runs it).
 */
import { readFile, writeFile, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { KyselyPlugin } from 'kysely'
import { openScratchDatabase } from '../../src/db/scratch.js'
import { playScenario } from './scenario.js'

// A statement's author is far down its async stack.
Error.stackTraceLimit = 200

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const sources = /\/src\/(features\/[^/]+\/[^/]+\.repository|db\/[^/]+)\.ts:\d+:\d+/
// Frames that are the database kit itself, not a statement's author.
const kit = /\/src\/db\/(connect|compiled|scratch|migrate)\.ts/

/** file (relative, without .ts) → function → statements, each once. */
const found = new Map<string, Map<string, Set<string>>>()

/**
 * Who sends a statement: the first repository or src/db function on the stack as the query is
 * compiled, which Kysely does synchronously in the caller's execute() (the stack as it is
 * logged has lost a function that returns the query's promise without awaiting it).
 */
const authors = new WeakMap<object, string>()
const authorOf: KyselyPlugin = {
  transformQuery({ node, queryId }) {
    authors.set(queryId, new Error().stack ?? '')
    return node
  },
  transformResult: async ({ result }) => result,
}

function record(sql: string, queryId: object | undefined) {
  const stack = (queryId && authors.get(queryId)) ?? ''
  for (const line of stack.split('\n').slice(1)) {
    if (kit.test(line)) continue
    const match = sources.exec(line)
    if (!match) continue
    const file = `src/${match[1]}`
    const fn = /at (?:async )?(?:Object\.)?([\w$.]+) \(/.exec(line)?.[1] ?? '(anonymous)'
    const byFn = found.get(file) ?? new Map<string, Set<string>>()
    const statements = byFn.get(fn) ?? new Set<string>()
    statements.add(sql.trim().replace(/\s+\n/g, '\n'))
    byFn.set(fn, statements)
    found.set(file, byFn)
    return
  }
  unattributed.push({ sql: sql.slice(0, 120), stack })
}
const unattributed: { sql: string, stack: string }[] = []

const { database, drop } = await openScratchDatabase(undefined, undefined, { onStatement: (sql, _parameters, queryId) => record(sql, queryId), plugins: [authorOf] })
try {
  await playScenario(database)
} finally {
  await drop()
}

async function render(file: string, byFn: Map<string, Set<string>>): Promise<string> {
  const source = await readFile(path.join(root, `${file}.ts`), 'utf8')
  const position = (fn: string) => {
    const name = fn.split('.').pop()!
    const at = source.search(new RegExp(`(function|const|let)\\s+${name.replace(/\$/g, '\\$')}\\b`))
    return at < 0 ? Number.MAX_SAFE_INTEGER : at
  }
  const parts = [...byFn.entries()].sort(([a], [b]) => position(a) - position(b) || a.localeCompare(b)).map(([fn, statements]) =>
    `-- ${fn}\n${[...statements].sort().map((sql) => `${sql};`).join('\n\n')}`)
  return `-- The statements ${path.basename(file)}.ts sends, as recorded by \`npm run sql\` (test/sql/snapshot.ts). Do not edit.\n\n${parts.join('\n\n')}\n`
}

const wanted = new Map<string, string>()
for (const [file, byFn] of [...found.entries()].sort(([a], [b]) => a.localeCompare(b))) wanted.set(`${file}.sql`, await render(file, byFn))

async function committed(): Promise<string[]> {
  const out: string[] = []
  for (const dir of ['src/db', ...(await readdir(path.join(root, 'src/features'))).map((feature) => `src/features/${feature}`)]) {
    for (const name of await readdir(path.join(root, dir))) if (name.endsWith('.sql')) out.push(`${dir}/${name}`)
  }
  return out
}

// Statements no repository sent: only the migrations' may be (they are frozen, and read as they are); the
// migrator's own introspection goes through a Kysely without plugins, so no author was recorded for it.
const stray = unattributed.filter(({ stack }) => stack !== '' && !/\/migrations\/|\/src\/db\/migrate\.ts|migrator\.js/.test(stack))
if (stray.length > 0) {
  console.error(`statements sent from outside a repository or src/db:\n${stray.map(({ sql, stack }) => `${sql}\n${stack.split('\n').slice(1, 8).join('\n')}`).join('\n\n')}`)
  process.exit(1)
}
if (process.env.SQL_DEBUG) for (const u of unattributed.slice(0, Number(process.env.SQL_DEBUG))) console.error(u.sql, '\n', u.stack.split('\n').slice(1, 12).join('\n'))
const mode = process.argv[2]
if (mode === '--write') {
  for (const stale of (await committed()).filter((file) => !wanted.has(file))) await rm(path.join(root, stale))
  for (const [file, text] of wanted) await writeFile(path.join(root, file), text)
  console.log(`wrote ${wanted.size} SQL snapshots`)
} else if (mode === '--check') {
  const problems: string[] = []
  for (const file of await committed()) if (!wanted.has(file)) problems.push(`${file}: no statement recorded for it any more (npm run sql)`)
  for (const [file, text] of wanted) {
    const current = await readFile(path.join(root, file), 'utf8').catch(() => undefined)
    if (current !== text) problems.push(`${file}: ${current === undefined ? 'missing' : 'differs from the statements the code sends'} (npm run sql)`)
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'))
    process.exit(1)
  }
  console.log(`${wanted.size} SQL snapshots match the code`)
} else {
  console.error('usage: tsx test/sql/snapshot.ts --write | --check')
  process.exit(2)
}
