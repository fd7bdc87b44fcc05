/**
 * Restores a backup (`backup`) into an empty database, then migrates it as the server does at start.
 * - Embedded (no DATABASE_URL): into DATA_DIR, which must be empty or absent.
 * - DATABASE_URL: a pg_dump archive (pg_dump -Fc) with pg_restore, into a database without tables.
 * A backup made by a newer duban (a migration this code does not know) is refused, and so is a
 * target that is not empty, so never one of a newer schema. Refused: one line, exit code 1.
 */
import { open, readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { ConfigError, loadConfig } from '../config.js'
import { BackupRefused, describeUrl, type Restored, restoreEmbedded, restoreServer } from '../db/backup.js'

const usage = 'usage: npm run restore -- --from FILE\n' +
  '  embedded database: into DATA_DIR, empty or absent; DATABASE_URL: a pg_dump -Fc archive, into a database without tables'

function fail(message: string, code = 1): never {
  console.error(message)
  process.exit(code)
}

function parsed() {
  try {
    return parseArgs({ options: { from: { type: 'string' } } }).values
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`, 2)
  }
}
const from = parsed().from
if (!from) fail(usage, 2)

let config
try {
  config = loadConfig()
} catch (error) {
  if (!(error instanceof ConfigError)) throw error
  fail(`restore failed: invalid configuration: ${error.message}`)
}
// The restored folder is its owner's alone (folders 0700, files 0600), as the server keeps it.
process.umask(0o077)

const started = performance.now()
let restored: Restored
let where: string
try {
  if (config.DATABASE_URL) {
    where = `the database ${describeUrl(config.DATABASE_URL)}`
    const file = await open(from, 'r')
    const head = Buffer.alloc(8)
    try {
      await file.read(head, 0, head.length, 0)
    } finally {
      await file.close()
    }
    restored = await restoreServer(from, head, config.DATABASE_URL)
  } else {
    where = config.DATA_DIR
    restored = await restoreEmbedded(await readFile(from), config.DATA_DIR)
  }
} catch (error) {
  if (error instanceof BackupRefused) fail(`restore refused: ${error.message}`)
  const code = (error as NodeJS.ErrnoException).code
  fail(`restore failed: ${code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' ? `cannot read ${from}: ` : ''}${(error as Error).message}`)
}
const { migrations, applied } = restored
console.error(`restored ${from} into ${where} in ${((performance.now() - started) / 1000).toFixed(1)} s: ${migrations} migrations in the backup` +
  `${applied.length ? `, ${applied.length} applied since (${applied.join(', ')})` : ', none pending'}`)
