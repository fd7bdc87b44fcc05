// Contract tooling, not the service: it builds the app only to read the routes' schemas, so it
// lives beside the document it writes and stays out of the build (tsconfig.build.json: src only).
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildApp } from '../../src/app.js'
import { openDatabase } from '../../src/db/connect.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const target = path.join(root, 'openapi/openapi.json')

/** The OpenAPI document as the routes describe it; no database is touched. */
export async function renderOpenapi(): Promise<string> {
  const database = openDatabase({ memory: true })
  const app = await buildApp({ database })
  await app.ready()
  const document = `${JSON.stringify(app.swagger(), null, 2)}\n`
  await app.close()
  return document
}

const mode = process.argv[2]
const document = await renderOpenapi()
if (mode === '--write') {
  await writeFile(target, document)
  console.log(`wrote ${path.relative(process.cwd(), target)}`)
} else if (mode === '--check') {
  const committed = await readFile(target, 'utf8').catch(() => '')
  if (committed !== document) {
    console.error('openapi/openapi.json differs from the routes: run `npm run openapi` and commit the result')
    process.exit(1)
  }
  console.log('openapi/openapi.json matches the routes')
} else {
  process.stdout.write(document)
}
