/**
 * Generates the SDK's types (sdk/src/schema.ts) from the committed OpenAPI document, with
 * openapi-typescript. --write writes them; --check fails when the committed file is stale.
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const source = path.join(root, 'openapi/openapi.json')
const target = path.join(root, 'sdk/src/schema.ts')

const header = '// Generated from openapi/openapi.json by `npm run sdk` (openapi-typescript). Do not edit.\n\n'

export async function renderSdkTypes(): Promise<string> {
  const document = JSON.parse(await readFile(source, 'utf8')) as Parameters<typeof openapiTS>[0]
  // rootTypes: each component is also exported by name (City, Problem, …) for callers to use.
  const ast = await openapiTS(document, { rootTypes: true, rootTypesNoSchemaPrefix: true, alphabetize: false, silent: true })
  return header + astToString(ast)
}

const mode = process.argv[2]
const types = await renderSdkTypes()
if (mode === '--write') {
  await writeFile(target, types)
  console.log(`wrote ${path.relative(process.cwd(), target)}`)
} else if (mode === '--check') {
  const committed = await readFile(target, 'utf8').catch(() => '')
  if (committed !== types) {
    console.error('sdk/src/schema.ts differs from openapi/openapi.json: run `npm run sdk` and commit the result')
    process.exit(1)
  }
  console.log('sdk/src/schema.ts matches openapi/openapi.json')
} else {
  process.stdout.write(types)
}
