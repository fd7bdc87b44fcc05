/**
 * Imports a report document through the running server (POST /v1/cities/{city}/imports), so it
 * works while `npm start` has the embedded database open, and goes through the same checks,
 * audit trail and cache invalidation as any other caller.
 */
import { readFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { firstAdminKeyFile, loadConfig } from '../config.js'
import { LAYOUTS } from '../shared/values.js'
import type { ImportRequest, ImportResult } from '../features/imports/imports.schemas.js'

const usage = `usage: npm run import -- --city 341700 --file report.txt|.xlsx|.docx [--dry-run] [--overwrite] [--layout ${LAYOUTS.join('|')}] [--year 2025] [--source-name NAME]\n` +
  '         [--column 包保部门=leadUnits …] [--url http://localhost:3000 (or DUBAN_URL)] [--key KEY (or DUBAN_KEY; default: the first admin key file)]'

function fail(message: string, code = 1): never {
  console.error(message)
  process.exit(code)
}

const options = {
  city: { type: 'string' },
  file: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  overwrite: { type: 'boolean', default: false },
  layout: { type: 'string' },
  year: { type: 'string' },
  'source-name': { type: 'string' },
  column: { type: 'string', multiple: true },
  url: { type: 'string' },
  key: { type: 'string' },
} as const

function parsed() {
  try {
    return parseArgs({ options }).values
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`, 2)
  }
}
const values = parsed()
if (!values.city || !values.file) fail(usage, 2)
const layout = values.layout
if (layout !== undefined && !(LAYOUTS as readonly string[]).includes(layout)) {
  fail(`--layout must be one of ${LAYOUTS.join(', ')}\n${usage}`, 2)
}
if (values.year !== undefined && !/^\d{4}$/.test(values.year)) fail(`--year must be a year, like 2025\n${usage}`, 2)
// --column 包保部门=leadUnits: the role a column has, where its header's words do not say (the server checks the role).
const columnRoles: Record<string, string> = {}
for (const given of values.column ?? []) {
  const at = given.lastIndexOf('=')
  if (at <= 0 || at === given.length - 1) fail(`--column takes a header and a role, like 包保部门=leadUnits\n${usage}`, 2)
  columnRoles[given.slice(0, at)] = given.slice(at + 1)
}
const hasRoles = Object.keys(columnRoles).length > 0

const baseUrl = (values.url ?? process.env.DUBAN_URL ?? 'http://localhost:3000').replace(/\/+$/, '')

/** --key, else DUBAN_KEY, else the key the server wrote at its first start. */
function apiKey(): string {
  const given = values.key ?? process.env.DUBAN_KEY
  if (given) return given
  let file = './admin-key'
  try {
    file = firstAdminKeyFile(loadConfig())
  } catch {
    // a bad variable elsewhere in the environment: keep the default
  }
  try {
    return readFileSync(file, 'utf8').trim()
  } catch {
    return fail(`import failed: no API key: pass --key KEY or set DUBAN_KEY (no key file at ${file})`)
  }
}

const key = apiKey()
let bytes: Buffer
try {
  bytes = await readFile(values.file)
} catch (error) {
  fail(`import failed: cannot read ${values.file}: ${(error as Error).message}`)
}
const sourceName = values['source-name'] ?? path.basename(values.file)
// A zip package (xlsx, docx) or an old Office file goes up as the file it is, for the server to
// read or refuse; anything else is the report's text.
const isOfficeFile = bytes.length >= 4 && (bytes.readUInt32BE(0) === 0x504b0304 || bytes.readUInt32BE(0) === 0xd0cf11e0)
if (isOfficeFile && layout !== undefined) fail(`--layout is for text documents; ${values.file} is an Office file\n${usage}`, 2)

function requestBody(): { body: string | FormData, headers: Record<string, string> } {
  if (isOfficeFile) {
    const form = new FormData()
    form.append('sourceName', sourceName)
    form.append('dryRun', String(values['dry-run']))
    form.append('overwrite', String(values.overwrite))
    if (values.year) form.append('year', values.year)
    if (hasRoles) form.append('columnRoles', JSON.stringify(columnRoles))
    form.append('file', new Blob([bytes]), path.basename(values.file!))
    return { body: form, headers: {} }
  }
  const body: ImportRequest = {
    document: bytes.toString('utf8'),
    sourceName,
    dryRun: values['dry-run'],
    overwrite: values.overwrite,
    ...(layout ? { layout: layout as ImportRequest['layout'] & string } : {}),
    ...(values.year ? { year: Number(values.year) } : {}),
    ...(hasRoles ? { columnRoles: columnRoles as ImportRequest['columnRoles'] } : {}),
  }
  return { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }
}

const url = `${baseUrl}/v1/cities/${encodeURIComponent(values.city)}/imports`
console.error(`importing ${values.file} (${bytes.length} bytes) into city ${values.city} at ${baseUrl}${values['dry-run'] ? ' as a dry run' : ''} …`)
const started = performance.now()
const { body, headers } = requestBody()
let response: Response
try {
  response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, ...headers, 'x-request-id': `cli-import-${process.pid}` },
    body,
    signal: AbortSignal.timeout(10 * 60_000),
  })
} catch (error) {
  const cause = (error as { cause?: { code?: string, message?: string } }).cause
  fail(`import failed: no answer from ${baseUrl} (${cause?.code ?? cause?.message ?? (error as Error).message}); is the server running (npm start)? --url or DUBAN_URL names another`)
}
const text = await response.text()
let answer: unknown
try {
  answer = JSON.parse(text)
} catch {
  answer = undefined
}
if (!response.ok) {
  const problem = answer as { code?: string, detail?: string, errors?: { field: string, message: string }[] } | undefined
  const fields = problem?.errors?.length ? ` (${problem.errors.map((e) => `${e.field} ${e.message}`).join('; ')})` : ''
  fail(`import failed: ${response.status} ${problem?.code ?? response.statusText}: ${problem?.detail ?? text.slice(0, 300)}${fields}`)
}
const result = answer as ImportResult
const { counts } = result
console.error(`${result.dryRun ? 'would import' : 'imported'} ${result.rows} rows (${result.format === 'text' ? `${result.layout} layout` : result.format}) for ${result.year} ${result.period.label} ` +
  `in ${Math.round(performance.now() - started)} ms: tasks +${counts.tasks.created} ~${counts.tasks.updated} =${counts.tasks.unchanged}, ` +
  `entries +${counts.entries.created} ~${counts.entries.updated} =${counts.entries.unchanged}, ` +
  `${result.newLeadUnits.length} new lead units, ${result.warnings.length} warnings`)
if (result.columns) {
  console.error(`columns: ${result.columns.map((column) => `${column.title} ${column.role}${column.overridden ? ' (--column)' : column.word ? ` (${column.word})` : ''}`).join(', ')}`)
}
if (result.conflicts.length > 0) {
  console.error(`left alone, changed by a person since the last import (--overwrite to replace): seq ${result.conflicts.map((conflict) => conflict.seq).join(', ')}`)
}
console.log(JSON.stringify(result, null, 2))
