/**
 * Backs up the configured database into one file.
 * - Embedded (no DATABASE_URL): while a server holds DATA_DIR, the backup is asked of it
 *   (GET /v1/backup, an admin key), which takes it between requests; when no process holds the
 *   folder, it is read directly. Either way: a gzipped tar of the folder, restored by `restore`.
 * - DATABASE_URL: pg_dump --format=custom (the PostgreSQL client tools must be installed).
 * The file is written with mode 0600 and never over an existing one.
 */
import { existsSync, linkSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { ConfigError, firstAdminKeyFile, loadConfig } from '../config.js'
import { BackupRefused, describeUrl, dumpFolder, dumpServer, EMBEDDED_BACKUP_TYPE } from '../db/backup.js'

const usage = 'usage: npm run backup -- [--to FILE] [--url http://localhost:3000 (or DUBAN_URL)] [--key KEY (or DUBAN_KEY; default: the first admin key file)]\n' +
  '  embedded database: through the running server, or from DATA_DIR when no process holds it; DATABASE_URL: pg_dump --format=custom'

function fail(message: string, code = 1): never {
  console.error(message)
  process.exit(code)
}

function parsed() {
  try {
    return parseArgs({ options: { to: { type: 'string' }, url: { type: 'string' }, key: { type: 'string' } } }).values
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`, 2)
  }
}
const values = parsed()

let config
try {
  config = loadConfig()
} catch (error) {
  if (!(error instanceof ConfigError)) throw error
  fail(`backup failed: invalid configuration: ${error.message}`)
}
// What this process writes (the backup, the folder's files when it reads DATA_DIR) is its owner's alone.
process.umask(0o077)
const embedded = !config.DATABASE_URL
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')
const to = values.to ?? `duban-backup-${stamp}${embedded ? '.tar.gz' : '.dump'}`
if (existsSync(to)) fail(`backup failed: ${to} exists; name another file (--to)`)
const partial = `${to}.partial-${process.pid}`

/** The partial file becomes `to`, unless that appeared meanwhile: never written over. */
function keep() {
  try {
    linkSync(partial, to)
  } catch (error) {
    rmSync(partial, { force: true })
    fail(`backup failed: ${(error as NodeJS.ErrnoException).code === 'EEXIST' ? `${to} exists; name another file (--to)` : (error as Error).message}`)
  }
  rmSync(partial, { force: true })
}

/** --key, else DUBAN_KEY, else the key the server wrote at its first start. */
function apiKey(): string {
  const given = values.key ?? process.env.DUBAN_KEY
  if (given) return given
  const file = firstAdminKeyFile(config!)
  try {
    return readFileSync(file, 'utf8').trim()
  } catch {
    return fail(`backup failed: no API key to ask the running server with: pass --key KEY or set DUBAN_KEY (no key file at ${file})`)
  }
}

/** The backup, asked of the server that holds the embedded folder. */
async function throughServer(): Promise<Buffer> {
  const baseUrl = (values.url ?? process.env.DUBAN_URL ?? 'http://localhost:3000').replace(/\/+$/, '')
  console.error(`asking the server at ${baseUrl}, which holds ${config!.DATA_DIR}, for the backup …`)
  let response: Response
  try {
    response = await fetch(`${baseUrl}/v1/backup`, {
      headers: { authorization: `Bearer ${apiKey()}`, 'x-request-id': `cli-backup-${process.pid}` },
      signal: AbortSignal.timeout(10 * 60_000),
    })
  } catch (error) {
    const cause = (error as { cause?: { code?: string, message?: string } }).cause
    return fail(`backup failed: the embedded database in ${config!.DATA_DIR} is in use by another process, and no server answers at ${baseUrl} ` +
      `(${cause?.code ?? cause?.message ?? (error as Error).message}); --url or DUBAN_URL names the server that holds it`)
  }
  if (!response.ok || response.headers.get('content-type') !== EMBEDDED_BACKUP_TYPE) {
    const text = await response.text()
    let problem: { code?: string, detail?: string } | undefined
    try {
      problem = JSON.parse(text) as typeof problem
    } catch {
      problem = undefined
    }
    return fail(`backup failed: ${response.status} ${problem?.code ?? response.statusText}: ${problem?.detail ?? text.slice(0, 300)}`)
  }
  return Buffer.from(await response.arrayBuffer())
}

const started = performance.now()
let how: string
try {
  if (embedded) {
    let bytes = await dumpFolder(config.DATA_DIR)
    how = `the embedded database in ${config.DATA_DIR}, read directly (no process held it)`
    if (bytes === undefined) {
      bytes = await throughServer()
      how = `the embedded database in ${config.DATA_DIR}, through the running server`
    }
    writeFileSync(partial, bytes, { mode: 0o600, flag: 'wx' })
  } else {
    await dumpServer(config.DATABASE_URL!, partial)
    how = `the database ${describeUrl(config.DATABASE_URL!)}, with pg_dump --format=custom`
  }
} catch (error) {
  rmSync(partial, { force: true })
  fail(`backup failed: ${error instanceof BackupRefused ? error.message : (error as Error).message}`)
}
const size = statSync(partial).size
keep()
console.error(`backed up ${how} to ${to}: ${(size / 1024 / 1024).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`)
console.log(to)
