/**
 * Generates the SDK's types (sdk/src/schema.ts) from the committed OpenAPI document, with
 * openapi-typescript, and gives the SDK package the document's version. --write writes
 * them; --check fails when either committed file is stale.
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const source = path.join(root, 'openapi/openapi.json')
const target = path.join(root, 'sdk/src/schema.ts')
const sdkPackage = path.join(root, 'sdk/package.json')

const header = '// Generated from openapi/openapi.json by `npm run sdk` (openapi-typescript). Do not edit.\n\n'

export async function renderSdkTypes(): Promise<string> {
  const document = JSON.parse(await readFile(source, 'utf8')) as Parameters<typeof openapiTS>[0]
  // rootTypes: each component is also exported by name (City, Problem, …) for callers to use.
  const ast = await openapiTS(document, { rootTypes: true, rootTypesNoSchemaPrefix: true, alphabetize: false, silent: true })
  return header + astToString(ast)
}

/** sdk/package.json with the version of the API it is generated from. */
async function renderSdkPackage(): Promise<string> {
  const { info } = JSON.parse(await readFile(source, 'utf8')) as { info: { version: string } }
  const pkg = JSON.parse(await readFile(sdkPackage, 'utf8')) as { version: string }
  return `${JSON.stringify({ ...pkg, version: info.version }, null, 2)}\n`
}

const mode = process.argv[2]
const files = [
  { file: target, text: await renderSdkTypes() },
  { file: sdkPackage, text: await renderSdkPackage() },
]
if (mode === '--write') {
  for (const { file, text } of files) {
    await writeFile(file, text)
    console.log(`wrote ${path.relative(process.cwd(), file)}`)
  }
} else if (mode === '--check') {
  for (const { file, text } of files) {
    const committed = await readFile(file, 'utf8').catch(() => '')
    if (committed !== text) {
      console.error(`${path.relative(root, file)} differs from openapi/openapi.json: run \`npm run sdk\` and commit the result`)
      process.exit(1)
    }
  }
  console.log('sdk/ matches openapi/openapi.json')
} else {
  process.stdout.write(files[0]!.text)
}
