/**
 * Backups and their restore, for both databases.
 *
 * The embedded database (PGlite) is backed up as its folder: a gzipped tar of what PostgreSQL
 * keeps in DATA_DIR, taken from the open database (PGlite's dumpDataDir) while nothing else runs
 * on it, and restored into an empty folder (PGlite's loadDataDir), then migrated. Duban's own files
 * in the folder (the lock, the first admin key) are left out.
 *
 * A PostgreSQL server's database is backed up with pg_dump --format=custom and restored with
 * pg_restore, into a database without tables, then migrated.
 *
 * Either restore refuses a backup made by a newer duban (a migration this code does not know),
 * and a target that is not empty (so never one of a newer schema).
 */
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { gunzip as gunzipCallback, gzip as gzipCallback } from 'node:zlib'
import { type Kysely, sql } from 'kysely'
import { type DatabaseHandle, openDatabase } from './connect.js'
import { acquireDataDirLock, type DataDirLock, DataDirLocked, LOCK_FILE, ownerOnly } from './dataDirLock.js'
import type { Database } from './database.js'
import { migrateToLatest, migrator, placeTables } from './migrate.js'
import { onCitus, placementOf, tableShapes } from './citus.js'

const gzip = promisify(gzipCallback)
const gunzip = promisify(gunzipCallback)

/** The media type of an embedded database's backup (a gzipped tar of its folder). */
export const EMBEDDED_BACKUP_TYPE = 'application/gzip'

/** A restore (or backup) that will not be made, and why, in one line. */
export class BackupRefused extends Error {}

/**
 * What duban itself keeps in the embedded database's folder besides PostgreSQL's files, left
 * out of its backup: the lock names the process that held the folder, and the first admin key
 * file is a credential (the key's hash is in the database; whoever holds the key keeps using it).
 */
const DUBAN_FILES = [new RegExp(`^${LOCK_FILE.replace('.', '\\.')}(\\.stale-\\d+)?$`), /^admin-key$/]
const isDubanFile = (name: string) => DUBAN_FILES.some((pattern) => pattern.test(name))

const BLOCK = 512

/** The tar's name of an entry: its prefix (ustar) and name, without a leading slash. */
function entryName(header: Buffer): string {
  const field = (start: number, length: number) => {
    const bytes = header.subarray(start, start + length)
    const end = bytes.indexOf(0)
    return bytes.subarray(0, end === -1 ? length : end).toString('utf8')
  }
  const name = field(0, 100)
  const prefix = header.subarray(257, 262).toString('latin1') === 'ustar' ? field(345, 155) : ''
  return (prefix ? `${prefix}/${name}` : name).replace(/^\/+/, '')
}

/** The tar without duban's own files at the top of the folder (see DUBAN_FILES), entries otherwise as they were. */
export function withoutDubanFiles(tar: Uint8Array): Buffer {
  const input = Buffer.from(tar.buffer, tar.byteOffset, tar.byteLength)
  const kept: Buffer[] = []
  let offset = 0
  while (offset + BLOCK <= input.length) {
    const header = input.subarray(offset, offset + BLOCK)
    if (header.every((byte) => byte === 0)) break
    const size = Number.parseInt(header.subarray(124, 136).toString('latin1').replace(/[\0 ]+$/, '').trim() || '0', 8)
    if (!Number.isFinite(size) || size < 0) throw new BackupRefused('the backup is not a tar archive (a header has no size)')
    const end = offset + BLOCK + Math.ceil(size / BLOCK) * BLOCK
    if (end > input.length) throw new BackupRefused('the backup is cut short (its last file is incomplete)')
    if (!isDubanFile(entryName(header))) kept.push(input.subarray(offset, end))
    offset = end
  }
  kept.push(Buffer.alloc(2 * BLOCK))
  return Buffer.concat(kept)
}

/**
 * The embedded database's backup: its folder as a gzipped tar, taken while no transaction is
 * open. Kysely's one connection to PGlite is held (every request's statements and transactions
 * wait for it) while a checkpoint writes every change to the folder's files and the folder is
 * read, under PGlite's own transaction lock too, so nothing half-done is in it.
 */
export async function dumpEmbedded(database: DatabaseHandle): Promise<Buffer> {
  const pglite = database.pglite
  if (database.kind !== 'pglite' || !pglite) throw new Error('only the embedded database is backed up as its folder')
  const tar = await database.db.connection().execute(async (connection) => {
    await sql`checkpoint`.execute(connection)
    const instance = await pglite()
    return instance._runExclusiveTransaction(() => instance.dumpDataDir('none'))
  })
  return gzip(withoutDubanFiles(new Uint8Array(await tar.arrayBuffer())))
}

/** Whether the bytes are a pg_dump archive in its custom format (`pg_dump -Fc`). */
export const isPgDumpArchive = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString('latin1') === 'PGDMP'
/** Whether the bytes are gzipped (an embedded database's backup is). */
export const isGzip = (bytes: Uint8Array) => bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b

/** The names of the migrations the database has run, or undefined when it has no migration table (not duban's). */
async function executedMigrations(db: Kysely<Database>): Promise<string[] | undefined> {
  const { rows: [table] } = await sql<{ present: boolean }>`select to_regclass('public.kysely_migration') is not null as present`.execute(db)
  if (!table?.present) return undefined
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db)
  return rows.map((row) => row.name)
}

/** The migrations this code knows (its migrations folder); asks the database nothing but whether it has a migration table. */
async function knownMigrations(db: Kysely<Database>): Promise<Set<string>> {
  return new Set((await migrator(db).getMigrations()).map((migration) => migration.name))
}

const list = (names: string[]) => names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`

/** Refuses a backup with a migration this code does not know: it was made by a newer duban. */
async function refuseNewer(db: Kysely<Database>, executed: string[]) {
  const known = await knownMigrations(db)
  const unknown = executed.filter((name) => !known.has(name))
  if (unknown.length > 0) {
    throw new BackupRefused(`the backup's schema is newer than this duban's: it has run migration ${list(unknown)}, which this version does not know; ` +
      'restore it with the version of duban that made it, or a newer one')
  }
}

export interface Restored {
  /** Migrations the backup had run. */
  migrations: number
  /** Migrations run after the restore, the backup being older than this code. */
  applied: string[]
}

/** What the folder holds, or undefined when it does not exist. */
function entriesOf(dir: string): string[] | undefined {
  if (!existsSync(dir)) return undefined
  if (!statSync(dir).isDirectory()) throw new BackupRefused(`${dir} is not a folder`)
  return readdirSync(dir)
}

/**
 * Unpacks an embedded database's backup into `dataDir`, which must be empty or absent, checks its
 * migrations (a backup newer than this code is refused) and runs this code's pending ones. Holds
 * the folder's lock meanwhile; whatever fails or is refused after the folder was taken leaves it empty.
 */
export async function restoreEmbedded(backup: Buffer, dataDir: string): Promise<Restored> {
  if (isPgDumpArchive(backup)) throw new BackupRefused('this is a pg_dump archive of a PostgreSQL server\'s database: restore it with DATABASE_URL set to an empty database')
  if (!isGzip(backup)) throw new BackupRefused('this is not a backup of duban\'s embedded database (a gzipped tar, as npm run backup writes)')
  const before = entriesOf(dataDir)
  if (before?.length) {
    throw new BackupRefused(`${dataDir} is not empty (${before.length} entries: ${list(before.sort())}); restore into an empty or new folder`)
  }
  let lock: DataDirLock
  try {
    lock = acquireDataDirLock(dataDir)
  } catch (error) {
    if (error instanceof DataDirLocked) throw new BackupRefused(error.message)
    throw error
  }
  const emptied = () => {
    for (const name of readdirSync(dataDir)) if (name !== LOCK_FILE) rmSync(path.join(dataDir, name), { recursive: true, force: true })
  }
  let database: DatabaseHandle | undefined
  try {
    const others = readdirSync(dataDir).filter((name) => name !== LOCK_FILE)
    if (others.length > 0) throw new BackupRefused(`${dataDir} is not empty (${list(others.sort())} appeared meanwhile); restore into an empty or new folder`)
    let tar: Buffer
    try {
      tar = withoutDubanFiles(await gunzip(backup))
    } catch (error) {
      if (error instanceof BackupRefused) throw error
      throw new BackupRefused(`the backup does not unpack: ${(error as Error).message}`)
    }
    database = openDatabase({ dataDir, loadDataDir: new Blob([tar], { type: 'application/x-tar' }) })
    const executed = await executedMigrations(database.db)
    if (executed === undefined) throw new BackupRefused('the backup holds no duban database (it has no migration table)')
    await refuseNewer(database.db, executed)
    const applied = (await migrateToLatest(database.db) ?? []).map((result) => result.migrationName)
    await database.db.destroy()
    database = undefined
    ownerOnly(dataDir)
    return { migrations: executed.length, applied }
  } catch (error) {
    await database?.db.destroy().catch(() => {})
    emptied()
    throw error
  } finally {
    lock.release()
  }
}

/**
 * The embedded database in `dataDir` backed up directly, when no process holds it; undefined
 * when one does (the server: the backup is then asked of it).
 */
export async function dumpFolder(dataDir: string): Promise<Buffer | undefined> {
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) throw new BackupRefused(`there is no embedded database in ${dataDir} (DATA_DIR)`)
  let lock: DataDirLock
  try {
    lock = acquireDataDirLock(dataDir)
  } catch (error) {
    if (error instanceof DataDirLocked) return undefined
    throw error
  }
  const database = openDatabase({ dataDir })
  try {
    return await dumpEmbedded(database)
  } finally {
    await database.db.destroy()
    ownerOnly(dataDir)
    lock.release()
  }
}

// --- A PostgreSQL server: pg_dump and pg_restore ---------------------------------------------

/** A libpq connection string without its password, which goes in PGPASSWORD (not on a command line others can read). */
function libpq(url: string): { dbname: string, env: NodeJS.ProcessEnv } {
  const parsed = new URL(url)
  const password = decodeURIComponent(parsed.password)
  parsed.password = ''
  return { dbname: parsed.toString(), env: password ? { ...process.env, PGPASSWORD: password } : { ...process.env } }
}

/**
 * A restore into a Citus coordinator (docs/scale.md): Citus copies a table's rows into its shards
 * in parallel when it places the table, after which the same transaction can add no key to a
 * reference table. So the archive goes in by section, each in a transaction of its own: the
 * tables, placed while empty; their rows; then their keys, indexes and triggers, one DDL at a
 * time on each node. A reference table's keys to a city's rows are left out, as the migrations
 * leave them out on Citus (the key command holds the rows instead). A section that fails leaves
 * the database part-restored, and the error says so.
 */
async function restoreOnCitus(db: Kysely<Database>, restore: Restore, contents: () => Promise<string>, env: NodeJS.ProcessEnv, where: string) {
  const sequential = { ...env, PGOPTIONS: `${env.PGOPTIONS ?? ''} -c citus.multi_shard_modify_mode=sequential`.trim() }
  try {
    await restore(['--section=pre-data'])
  } catch (error) {
    throw partly(error, where)
  }
  const listing = `${tmpdir()}/duban-restore-${process.pid}-${Date.now()}.list`
  try {
    await placeTables(db)
    const reference = new Set((await tableShapes(db)).filter((table) => placementOf(table).kind === 'reference').map((table) => table.name))
    writeFileSync(listing, (await contents()).split('\n').filter((line) => {
      const key = / FK CONSTRAINT \S+ (\S+) /.exec(line)
      return !(key && reference.has(key[1]!))
    }).join('\n'))
    await restore(['--section=data'])
    await restore(['--section=post-data', '--use-list', listing], sequential)
  } catch (error) {
    throw partly(error, where)
  } finally {
    rmSync(listing, { force: true })
  }
}

/** pg_restore into the target with the given arguments (and environment). */
type Restore = (args: string[], env?: NodeJS.ProcessEnv) => Promise<string>

const partly = (error: unknown, where: string) =>
  new Error(`${(error as Error).message}; the database ${where} is left part-restored: drop it, create it anew and restore again`, { cause: error })

/** The database's name and server, for messages (never the password). */
export function describeUrl(url: string) {
  const parsed = new URL(url)
  return `${parsed.pathname.replace(/^\//, '') || '(default)'} on ${parsed.hostname || 'localhost'}${parsed.port ? `:${parsed.port}` : ''}`
}

/** Runs a PostgreSQL client tool to its end; stdout is returned, a failure throws with what it said. */
function runTool(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT'
      ? new BackupRefused(`${tool} is not installed (or not on PATH): install the PostgreSQL client tools, of the server's version or newer`)
      : error))
    child.once('close', (code) => {
      if (code === 0) return resolve(Buffer.concat(out).toString('utf8'))
      const said = Buffer.concat(err).toString('utf8').split('\n').map((line) => line.trim()).filter(Boolean)
      const first = said.find((line) => /error|fatal/i.test(line)) ?? said[0] ?? `exit code ${code}`
      reject(new BackupRefused(`${tool} failed: ${first.replace(/^(pg_dump|pg_restore): /, '')}`))
    })
  })
}

/** pg_dump --format=custom of the database at `url` into `file`. */
export async function dumpServer(url: string, file: string): Promise<void> {
  const { dbname, env } = libpq(url)
  await runTool('pg_dump', ['--format=custom', '--file', file, '--dbname', dbname], env)
}

/** The migrations a pg_dump archive's kysely_migration table holds, undefined when it has none. */
async function dumpMigrations(file: string): Promise<string[] | undefined> {
  const script = await runTool('pg_restore', ['--data-only', '--table=kysely_migration', '--file=-', file], process.env)
  const lines = script.split('\n')
  const start = lines.findIndex((line) => /^COPY (public\.)?"?kysely_migration"? /.test(line))
  if (start === -1) return undefined
  const names: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (line === '\\.') break
    names.push(line.split('\t')[0]!)
  }
  return names.sort()
}

/**
 * The tables (and views) in the database's public schema, but for an extension's own: a new
 * database with an extension (Citus' citus_tables, PostGIS' spatial_ref_sys) is still empty.
 */
async function publicTables(db: Kysely<Database>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f')
      and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
    order by c.relname`.execute(db)
  return rows.map((row) => row.name)
}

/**
 * Restores a pg_dump archive (`pg_dump -Fc`) into the database at `url`, which must have no
 * tables: a backup newer than this code is refused, and so is a target of a newer schema (it
 * has migrations the backup lacks) or any target with tables. pg_restore runs in one transaction
 * (all or nothing; on a Citus coordinator one a section, restoreOnCitus), without owners,
 * privileges or comments (the restoring role owns what it makes); then this code's pending
 * migrations run.
 */
export async function restoreServer(file: string, head: Uint8Array, url: string): Promise<Restored> {
  if (isGzip(head)) throw new BackupRefused('this is a backup of duban\'s embedded database: restore it without DATABASE_URL, into an empty DATA_DIR')
  if (!isPgDumpArchive(head)) throw new BackupRefused('this is not a pg_dump archive in its custom format (pg_dump -Fc, as npm run backup writes with DATABASE_URL)')
  const executed = await dumpMigrations(file)
  if (executed === undefined) throw new BackupRefused('the archive holds no duban database (it has no kysely_migration table)')
  const where = describeUrl(url)
  const target = openDatabase({ url }, { max: 1, statementTimeoutMillis: 0, lockTimeoutMillis: 0, idleInTransactionTimeoutMillis: 0 })
  try {
    await refuseNewer(target.db, executed)
    const tables = await publicTables(target.db)
    const targetMigrations = await executedMigrations(target.db) ?? []
    const lacking = targetMigrations.filter((name) => !executed.includes(name))
    if (lacking.length > 0) {
      throw new BackupRefused(`the database ${where} has a newer schema than the backup (migration ${list(lacking)}, which the backup lacks); ` +
        'restore into a new, empty database')
    }
    if (tables.length > 0) {
      throw new BackupRefused(`the database ${where} is not empty (${tables.length} tables: ${list(tables)}); restore into a new, empty database (createdb)`)
    }
    const { dbname, env } = libpq(url)
    const restore: Restore = (args, toolEnv = env) => runTool('pg_restore', ['--no-owner', '--no-privileges', '--no-comments', '--exit-on-error',
      '--single-transaction', ...args, '--dbname', dbname, file], toolEnv)
    if (await onCitus(target.db)) await restoreOnCitus(target.db, restore, () => runTool('pg_restore', ['--list', file], env), env, where)
    else await restore([])
    const applied = (await migrateToLatest(target.db) ?? []).map((result) => result.migrationName)
    return { migrations: executed.length, applied }
  } finally {
    await target.db.destroy()
  }
}
