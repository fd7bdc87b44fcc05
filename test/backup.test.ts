/**
 * Backup and restore, as an operator runs them, on the database DATABASE_URL chooses: a server
 * process with a populated city; `duban backup` while it runs (embedded: through the server,
 * which holds the folder; PostgreSQL: pg_dump), with writes going on; `duban restore` into a new
 * empty folder or database; every table, sequence, column, index, constraint and trigger
 * compared between the original and the copy; a server on the copy answering with the original's
 * key; a backup of an older schema migrated after its restore. And what is refused: a target that
 * is not empty, a backup newer than the code, a target of a newer schema, a backup of the other kind.
 */
import t from 'tap'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type Kysely, type RawBuilder, sql } from 'kysely'
import { onCitus } from '../src/db/citus.js'
import type { Database } from '../src/db/database.js'
import pg from 'pg'
import { openDatabase } from '../src/db/connect.js'
import { migrator } from '../src/db/migrate.js'
import { openScratchDatabase } from '../src/db/scratch.js'
import { looseModes, root, runCli, serverDatabase, startServer, type ServerProcess } from './serverProcess.js'

t.setTimeout(900_000)
const embedded = !process.env.DATABASE_URL
const seed = readFileSync(path.join(root, 'test/fixtures/seeds/chizhou-2025-jan-may.txt'), 'utf8')
const FUTURE = '9999_01_01_000000_from_a_newer_duban'

const work = mkdtempSync(path.join(tmpdir(), 'duban-backup-'))
t.teardown(() => rmSync(work, { recursive: true, force: true }))
const original = await serverDatabase()
t.teardown(original.drop)
const keyFile = original.env.FIRST_ADMIN_KEY_FILE ?? path.join(original.dir, 'admin-key')
/**
 * The worker off: nothing changes the database but the requests the test sends. No shedding on
 * event-loop delay: a machine shared with other tests would make the import's a 503.
 */
const serverEnv = { LOG_LEVEL: 'warn', WORKER_INTERVAL_MS: '0', MAX_EVENT_LOOP_DELAY_MS: '0' }

// --- Databases to restore into, and to read ------------------------------------------------

const dropped: (() => Promise<void>)[] = []
t.teardown(async () => {
  for (const drop of dropped) await drop()
})

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

/** A new empty target: a folder that does not exist yet, or a database without tables. */
async function emptyTarget(): Promise<Record<string, string>> {
  if (embedded) return { DATA_DIR: path.join(work, `restored-${randomBytes(4).toString('hex')}`) }
  const name = `duban_restore_${randomBytes(6).toString('hex')}`
  await admin(`create database ${name}`)
  dropped.push(() => admin(`drop database if exists ${name} with (force)`))
  const url = new URL(process.env.DATABASE_URL!)
  url.pathname = `/${name}`
  return { DATABASE_URL: url.toString(), FIRST_ADMIN_KEY_FILE: path.join(work, `${name}-admin-key`) }
}

/** The database a server's environment names, opened by the test (the embedded one only while no process holds it). */
function open(env: Record<string, string>) {
  return openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.DATA_DIR! }, { max: 1 }).db
}

async function withDb<T>(env: Record<string, string>, fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  const db = open(env)
  try {
    return await fn(db)
  } finally {
    await db.destroy()
  }
}

/**
 * Everything the database holds: each table's rows (every column, as JSON, sorted), each
 * sequence's last value, and the schema (columns, indexes, constraints, triggers).
 */
async function contents(db: Kysely<Database>) {
  const rows = async <R>(query: ReturnType<typeof sql<R>>) => (await query.execute(db)).rows
  // On a Citus coordinator, the tables, not the shards of them it holds (named with shard ids, which differ in a copy).
  const citus = await onCitus(db)
  const notShard = (relation: RawBuilder<unknown>) => citus ? sql`and not exists (select from citus_shards s where to_regclass(s.shard_name::text)::oid = ${relation}::oid)` : sql``
  const tables = (await rows(sql<{ name: string }>`
    select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'
      ${notShard(sql`format('%I.%I', table_schema, table_name)::regclass`)} order by 1`)).map((r) => r.name)
  const data: Record<string, string[]> = {}
  for (const table of tables) {
    data[table] = (await rows(sql<{ row: string }>`select to_jsonb(t)::text as row from ${sql.table(table)} t order by 1`)).map((r) => r.row)
  }
  return {
    tables,
    data,
    sequences: await rows(sql`select sequencename, last_value::text from pg_sequences where schemaname = 'public' order by 1`),
    columns: await rows(sql`select table_name, column_name, data_type, column_default, is_nullable from information_schema.columns
      where table_schema = 'public' order by 1, 2`),
    indexes: await rows(sql`select indexname, indexdef from pg_indexes
      where schemaname = 'public' ${notShard(sql`format('%I.%I', schemaname, tablename)::regclass`)} order by 1`),
    constraints: await rows(sql`select conrelid::regclass::text as on, conname, pg_get_constraintdef(oid) as def from pg_constraint
      where connamespace = 'public'::regnamespace ${notShard(sql`conrelid`)} order by 1, 2`),
    triggers: await rows(sql`select tgrelid::regclass::text as on, tgname, pg_get_triggerdef(oid) as def from pg_trigger
      where not tgisinternal ${notShard(sql`tgrelid`)} order by 1, 2`),
  }
}

const duban = (args: string[], env: Record<string, string>) => runCli('duban', args, env, 300_000)

// --- The original: a city of every kind of row ---------------------------------------------

const server = await startServer({ ...original.env, ...serverEnv })
t.teardown(() => server.kill())
const key = readFileSync(keyFile, 'utf8').trim()
const city = '/v1/cities/341700'

async function call(on: ServerProcess, method: string, url: string, body?: unknown, apiKey = key, headers: Record<string, string> = {}) {
  const response = await fetch(`${on.url}${url}`, {
    method, headers: { authorization: `Bearer ${apiKey}`, ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined, signal: AbortSignal.timeout(60_000),
  })
  const text = await response.text()
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the bodies are checked against the contract elsewhere; here a few fields are read
  let json: any
  try {
    json = JSON.parse(text)
  } catch {
    json = text
  }
  return { status: response.status, body: json, headers: response.headers }
}
const api = (method: string, url: string, body?: unknown, apiKey = key, headers: Record<string, string> = {}) =>
  call(server, method, url, body, apiKey, headers)

async function populate() {
  const ok = async (what: string, promise: ReturnType<typeof api>) => {
    const response = await promise
    if (response.status >= 300) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`)
    return response.body
  }
  await ok('city', api('POST', '/v1/cities', { code: '341700', name: '池州市', province: '安徽省' }))
  await ok('webhook', api('POST', `${city}/webhooks`, {
    url: 'https://oa.example.gov.cn/duban/events', events: ['entry.submitted', 'entry.accepted', 'entry.returned'], secret: 'a-secret-of-32-characters-000000' }))
  const imported = await ok('import', api('POST', `${city}/imports`, { document: seed, sourceName: '池州1-5月.txt' }))
  const units = (await ok('units', api('GET', `${city}/lead-units?limit=500`))).items as { id: number, name: string }[]
  await ok('unit', api('POST', `${city}/lead-units`, { name: '市数据资源局', aliases: ['市数据局'], shortName: '市数据局' }, key, { 'idempotency-key': 'backup-test-unit' }))
  const period = await ok('period', api('POST', `${city}/periods`, {
    year: 2025, label: '1-6月份', kind: 'month_cumulative', startsOn: '2025-01-01', endsOn: '2025-06-30', dueAt: '2099-07-05T00:00:00Z' }))
  const tasks = (await ok('tasks', api('GET', `${city}/tasks?year=2025&limit=500`))).items as { id: number, leadUnits: { id: number }[] }[]
  const task = tasks[0]!
  const unitId = task.leadUnits[0]!.id
  const unitKey = (await ok('unit key', api('POST', '/v1/api-keys', { name: '牵头单位', role: 'lead_unit', cityCode: '341700', leadUnitId: unitId }))).key as string
  await ok('reader key', api('POST', '/v1/api-keys', { name: '读者', role: 'reader', cityCode: '341700' }))
  const officeKey = (await ok('office key', api('POST', '/v1/api-keys', { name: '市政府办公室', role: 'city_office', cityCode: '341700' }))).key as string
  const entry = `${city}/tasks/${task.id}/progress/${period.id}`
  await ok('extension', api('POST', `${entry}/extension`, { dueAt: '2099-07-20T00:00:00Z', reason: '数据未出,申请延期。' }, unitKey))
  await ok('draft', api('PUT', entry, { progress: '截至6月底,举办招才引智高校行61场。', nextSteps: '加快“人才港”项目建设。' }, unitKey))
  await ok('submit', api('POST', `${entry}/submit`, {}, unitKey))
  await ok('return', api('POST', `${entry}/return`, { reason: '请补充1-6月份数据。' }))
  await ok('submit again', api('POST', `${entry}/submit`, {}, unitKey))
  await ok('accept', api('POST', `${entry}/accept`, { status: 'on_track' }))
  await ok('comment', api('POST', `${entry}/comments`, { body: '请加快进度,确保三季度完成。' }))
  for (const other of tasks.slice(1, 6)) {
    await ok('entry', api('PUT', `${city}/tasks/${other.id}/progress/${period.id}`, { status: 'behind', progress: `第${other.id}项:进度滞后,正在推进。` }))
  }
  await ok('reminders', api('POST', `${city}/periods/${period.id}/reminders`))
  return { imported, units, period, task, entry, officeKey }
}

// A failure here ends the file before tap's teardowns run: the server must not outlive it.
const city341700 = await populate().catch(async (error: unknown) => {
  await server.kill()
  throw error
})

/** Comments posted one after another until stopped: writes in flight while a backup is taken. */
/** Writes comments one after another until stopped; `started` resolves once the first is written. */
function keepWriting() {
  let stop = false
  let written = 0
  let firstWritten: () => void = () => {}
  const started = new Promise<void>((resolve) => { firstWritten = resolve })
  const done = (async () => {
    while (!stop) {
      const response = await api('POST', `${city341700.entry}/comments`, { body: `写入中的批示 ${written + 1}` })
      if (response.status !== 201) throw new Error(`comment: ${response.status} ${JSON.stringify(response.body)}`)
      written++
      firstWritten()
    }
  })()
  done.catch(() => firstWritten())
  return {
    started,
    stop: async () => {
      stop = true
      await done
      return written
    },
  }
}

/** The comments written during the backup, each with its audit row: never one without the other. */
async function writtenDuring(db: Kysely<Database>) {
  const comments = (await sql<{ id: string }>`select id::text as id from entry_comments where body like '写入中的批示%'`.execute(db)).rows.map((r) => Number(r.id))
  const audited = (await sql<{ id: string }>`select entity_id as id from audit_events
    where entity = 'entry_comment' and after->>'body' like '写入中的批示%'`.execute(db)).rows.map((r) => Number(r.id))
  const sorted = (ids: number[]) => ids.sort((a, b) => a - b)
  return { comments: sorted(comments), audited: sorted(audited) }
}

// --- Backups while the server runs ---------------------------------------------------------

const file = path.join(work, embedded ? 'duban.tar.gz' : 'duban.dump')
const busyFile = path.join(work, embedded ? 'busy.tar.gz' : 'busy.dump')
const cliEnv = { ...original.env, DUBAN_URL: server.url }

t.test('GET /v1/backup: admins only; on PostgreSQL a problem saying to use pg_dump', async (t) => {
  const forbidden = await api('GET', '/v1/backup', undefined, city341700.officeKey)
  t.equal(forbidden.status, 403, 'a city office may not')
  t.equal(forbidden.headers.get('content-type'), 'application/problem+json; charset=utf-8')
  t.equal((await api('GET', '/v1/backup', undefined, 'dbn_no_such_key')).status, 401)
  const response = await fetch(`${server.url}/v1/backup`, { headers: { authorization: `Bearer ${key}` } })
  if (embedded) {
    t.equal(response.status, 200)
    t.equal(response.headers.get('content-type'), 'application/gzip')
    t.match(response.headers.get('content-disposition'), /^attachment; filename="duban-backup-\d{8}T\d{6}Z\.tar\.gz"/)
    t.equal(response.headers.get('cache-control'), 'no-store')
    const bytes = Buffer.from(await response.arrayBuffer())
    t.same([bytes[0], bytes[1]], [0x1f, 0x8b], 'gzip')
  } else {
    t.equal(response.status, 409)
    t.equal(response.headers.get('content-type'), 'application/problem+json; charset=utf-8')
    const problem = await response.json() as { code: string, detail: string }
    t.equal(problem.code, 'backup_not_embedded')
    t.match(problem.detail, /pg_dump --format=custom/)
  }
})

let writtenMeanwhile = 0
t.test('a backup taken while writes go on', async (t) => {
  const writing = keepWriting()
  // The backup starts once writes are going on, and they go on while it runs.
  await writing.started
  const run = await duban(['backup', '--to', busyFile], cliEnv)
  writtenMeanwhile = await writing.stop()
  t.equal(run.code, 0, run.stderr)
  t.ok(writtenMeanwhile > 0, `${writtenMeanwhile} comments were written around the backup`)
})

t.test('backup while the server runs (the last change to the original)', async (t) => {
  const run = await duban(['backup', '--to', file], cliEnv)
  t.equal(run.code, 0, run.stderr)
  t.equal(run.stdout.trim(), file, 'the file is named on stdout')
  t.match(run.stderr, embedded ? /^backed up the embedded database in .+, through the running server to .+: [\d.]+ MB in [\d.]+ s$/m
    : /^backed up the database duban_scratch_\w+ on [\w.]+:\d+, with pg_dump --format=custom to .+: [\d.]+ MB in [\d.]+ s$/m)
  t.equal(statSync(file).mode & 0o777, 0o600, 'the backup is its owner\'s alone')
  t.comment(`${embedded ? 'embedded' : 'PostgreSQL'} backup of a populated city: ${(statSync(file).size / 1024 / 1024).toFixed(2)} MB in ${(run.ms / 1000).toFixed(1)} s ` +
    '(the whole command, process start included)')
  t.equal((await api('GET', '/readyz')).status, 200, 'the server answers on')

  const again = await duban(['backup', '--to', file], cliEnv)
  t.equal(again.code, 1, 'an existing file is never written over')
  t.match(again.stderr, /^backup failed: .+ exists; name another file \(--to\)$/m)
})

// The original is read by the test from here on: on the embedded database, that needs the server stopped.
t.test('the server stops', async (t) => {
  t.equal(await server.stop(), 0)
})

// --- Restore into an empty folder or database, and compare ---------------------------------

t.test('restore into an empty target: every table, sequence and schema object as in the original; a server on it answers', async (t) => {
  const target = await emptyTarget()
  const restore = await duban(['restore', '--from', file], target)
  t.equal(restore.code, 0, restore.stderr)
  t.match(restore.stderr, /^restored .+ into .+ in [\d.]+ s: \d+ migrations in the backup, none pending$/m)
  t.comment(`restore: ${(restore.ms / 1000).toFixed(1)} s (the whole command)`)
  if (embedded) {
    t.same(looseModes(target.DATA_DIR!), [], 'the restored folder is its owner\'s alone: folders 0700, files 0600')
    t.notOk(existsSync(path.join(target.DATA_DIR!, 'duban.lock')), 'no lock left in the folder (the backup holds none, the restore released its own)')
    t.notOk(existsSync(path.join(target.DATA_DIR!, 'admin-key')), 'the first admin key file is not in the backup')
  }

  const expected = await withDb(original.env, contents)
  const copy = await withDb(target, contents)
  t.ok(copy.tables.length >= 20, `${copy.tables.length} tables`)
  t.same(copy.tables, expected.tables, 'the same tables')
  for (const table of expected.tables) t.same(copy.data[table], expected.data[table], `${table}: the same ${expected.data[table]!.length} rows`)
  t.ok(copy.data.kysely_migration!.length >= 15, 'kysely_migration compared too')
  t.ok(copy.data.progress_entries!.some((row) => row.includes('截至6月底,举办招才引智高校行61场。')), 'Chinese text as written')
  t.ok(copy.data.entry_comments!.length > writtenMeanwhile, 'the comments written during the first backup are there')
  t.same(copy.sequences, expected.sequences, `the same last values of ${expected.sequences.length} sequences`)
  t.ok(expected.sequences.length >= 10, 'sequences compared')
  t.same(copy.columns, expected.columns, 'the same columns')
  t.same(copy.indexes, expected.indexes, 'the same indexes')
  t.same(copy.constraints, expected.constraints, 'the same constraints')
  t.same(copy.triggers, expected.triggers, 'the same triggers')

  const restored = await startServer({ ...target, ...serverEnv })
  t.teardown(() => restored.kill())
  t.equal((await call(restored, 'GET', '/readyz')).status, 200, 'ready: migrated')
  const entry = await call(restored, 'GET', city341700.entry)
  t.equal(entry.status, 200, 'the original\'s admin key works on the copy')
  t.match(entry.body, { progress: '截至6月底,举办招才引智高校行61场。', nextSteps: '加快“人才港”项目建设。', state: 'accepted' })
  const tasks = await call(restored, 'GET', `${city}/tasks?year=2025&limit=500`)
  t.equal(tasks.body.items.length, 49)
  const search = await call(restored, 'GET', `${city}/search?q=${encodeURIComponent('人才')}`)
  t.equal(search.status, 200)
  t.ok(search.body.items.length > 0, 'search finds Chinese words in the copy')
  t.equal(await restored.stop(), 0)

  // Refused: restoring into it again (it is not empty any more); nothing in it changes.
  const before = await withDb(target, contents)
  const refused = await duban(['restore', '--from', file], target)
  t.equal(refused.code, 1)
  t.match(refused.stderr.trim(), embedded ? /^restore refused: .+ is not empty \(\d+ entries: .+\); restore into an empty or new folder$/
    : /^restore refused: the database duban_restore_\w+ on .+ is not empty \(\d+ tables: .+\); restore into a new, empty database \(createdb\)$/)
  t.equal(refused.stderr.trim().split('\n').length, 1, 'one line')
  t.same(await withDb(target, contents), before, 'the target is as it was')
})

t.test('a backup taken while writes went on: each comment with its audit row', async (t) => {
  const target = await emptyTarget()
  const restore = await duban(['restore', '--from', busyFile], target)
  t.equal(restore.code, 0, restore.stderr)
  const { comments, audited } = await withDb(target, writtenDuring)
  t.same(audited, comments, 'every comment in the copy has its audit row, and no audit row is without its comment')
  t.ok(comments.length <= writtenMeanwhile, `${comments.length} of the ${writtenMeanwhile} comments are in the copy`)
})

t.test('a backup older than the code is restored, then migrated as at start', async (t) => {
  // A database as the previous version of duban left it: every migration but the last.
  const old = await emptyTarget()
  const names = await withDb(old, async (db) => {
    const migrations = (await migrator(db).getMigrations()).map((migration) => migration.name)
    const { error } = await migrator(db).migrateTo(migrations.at(-2)!)
    if (error) throw error
    return migrations
  })
  const oldFile = path.join(work, embedded ? 'old.tar.gz' : 'old.dump')
  const backup = await duban(['backup', '--to', oldFile], old)
  t.equal(backup.code, 0, backup.stderr)
  const target = await emptyTarget()
  const restore = await duban(['restore', '--from', oldFile], target)
  t.equal(restore.code, 0, restore.stderr)
  t.match(restore.stderr.trim(), new RegExp(`: ${names.length - 1} migrations in the backup, 1 applied since \\(${names.at(-1)}\\)$`))
  const applied = await withDb(target, async (db) => (await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db)).rows.map((r) => r.name))
  t.same(applied, names, 'every migration this code knows has run')
})

// --- Refused: newer schemas, the other kind of backup ---------------------------------------

t.test('a backup newer than the code is refused, and leaves the target empty', async (t) => {
  // A duban of tomorrow ran one more migration on the original.
  await withDb(original.env, (db) => sql`insert into kysely_migration (name, timestamp) values (${FUTURE}, ${new Date().toISOString()})`.execute(db))
  const newer = path.join(work, embedded ? 'newer.tar.gz' : 'newer.dump')
  const backup = await duban(['backup', '--to', newer], original.env)
  t.equal(backup.code, 0, backup.stderr)
  if (embedded) t.match(backup.stderr, /read directly \(no process held it\)/, 'no server runs: the folder is read directly')

  const target = await emptyTarget()
  const run = await duban(['restore', '--from', newer], target)
  t.equal(run.code, 1)
  t.match(run.stderr.trim(), new RegExp(`^restore refused: the backup's schema is newer than this duban's: it has run migration ${FUTURE}, which this version does not know; ` +
    'restore it with the version of duban that made it, or a newer one$'))
  t.equal(run.stderr.trim().split('\n').length, 1, 'one line')
  if (embedded) {
    t.same(readdirSync(target.DATA_DIR!), [], 'the folder is left empty')
  } else {
    // Not counting an extension's own (Citus' citus_tables view).
    const tables = await withDb(target, async (db) => (await sql`select c.relname from pg_class c
      where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'f')
        and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')`.execute(db)).rows)
    t.same(tables, [], 'the database is left without tables')
  }
  await withDb(original.env, (db) => sql`delete from kysely_migration where name = ${FUTURE}`.execute(db))
})

t.test('a target of a newer schema is refused (PostgreSQL)', { skip: embedded ? 'an embedded restore goes into an empty folder only' : false }, async (t) => {
  const scratch = await openScratchDatabase(process.env.DATABASE_URL, 1)
  dropped.push(scratch.drop)
  await sql`insert into kysely_migration (name, timestamp) values (${FUTURE}, ${new Date().toISOString()})`.execute(scratch.database.db)
  const before = await contents(scratch.database.db)
  const run = await duban(['restore', '--from', file], { DATABASE_URL: scratch.url! })
  t.equal(run.code, 1)
  t.match(run.stderr.trim(), new RegExp(`^restore refused: the database duban_scratch_\\w+ on .+ has a newer schema than the backup \\(migration ${FUTURE}, which the backup lacks\\); ` +
    'restore into a new, empty database$'))
  t.same(await contents(scratch.database.db), before, 'the target is as it was')
})

t.test('a backup of the other kind, or no backup at all, is refused', async (t) => {
  const target = await emptyTarget()
  const notBackup = await duban(['restore', '--from', path.join(root, 'test/fixtures/seeds/chizhou-2025-jan-may.txt')], target)
  t.equal(notBackup.code, 1)
  t.match(notBackup.stderr, embedded ? /^restore refused: this is not a backup of duban's embedded database/ : /^restore refused: this is not a pg_dump archive/)
  const missing = await duban(['restore', '--from', path.join(work, 'no-such-file')], target)
  t.equal(missing.code, 1)
  t.match(missing.stderr, /^restore failed: cannot read .+no-such-file: ENOENT/)
  const usage = await duban(['restore'], target)
  t.equal(usage.code, 2)
  t.match(usage.stderr, /^usage: npm run restore -- --from FILE/)
  if (embedded) t.notOk(existsSync(target.DATA_DIR!), 'refused before the folder was made')
})
