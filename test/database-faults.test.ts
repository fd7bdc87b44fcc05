import t from 'tap'
import { sql } from 'kysely'
import { openScratchDatabase } from '../src/db/scratch.js'
import { onPostgres } from './helper.js'

t.test('a connection whose server session ends mid-transaction does not end the process', { skip: !onPostgres && 'PostgreSQL only' }, async (t) => {
  const { database, drop } = await openScratchDatabase(process.env.DATABASE_URL, 4)
  t.teardown(drop)
  const outcome = await database.db.transaction().execute(async (trx) => {
    const { rows: [own] } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx)
    // Another connection ends this one's session while it is checked out for the transaction.
    await sql`select pg_terminate_backend(${own!.pid})`.execute(database.db)
    await sql`select 1`.execute(trx)
    return 'committed'
  }).catch((error: Error) => `failed: ${error.message}`)
  t.match(outcome, /^failed: /, 'the transaction fails with the connection')
  // Give the dead socket's 'error' event its turn: unheard, it would have ended the process here.
  await new Promise((resolve) => setImmediate(resolve))
  const { rows } = await sql<{ one: number }>`select 1 as one`.execute(database.db)
  t.same(rows, [{ one: 1 }], 'the pool serves the next query on a new connection')
})

t.test('a statement waiting on a row lock gives up at the lock timeout', { skip: !onPostgres && 'PostgreSQL only' }, async (t) => {
  const { database, drop } = await openScratchDatabase(process.env.DATABASE_URL, 4)
  t.teardown(drop)
  await sql`create table held (id int primary key)`.execute(database.db)
  await sql`insert into held values (1)`.execute(database.db)
  let release!: () => void
  const released = new Promise<void>((resolve) => { release = resolve })
  let locked!: () => void
  const lockedNow = new Promise<void>((resolve) => { locked = resolve })
  const holder = database.db.transaction().execute(async (trx) => {
    await sql`select * from held where id = 1 for update`.execute(trx)
    locked()
    await released
  })
  await lockedNow
  const started = Date.now()
  const error = await sql`update held set id = 1 where id = 1`.execute(database.db).catch((e: { code?: string }) => e)
  t.equal((error as { code?: string }).code, '55P03', 'lock_not_available')
  t.ok(Date.now() - started < 4000, `gave up after ${Date.now() - started} ms`)
  release()
  await holder
})

t.test('a prepared statement whose table another instance changed is run again, on a fresh connection', { skip: !onPostgres && 'PostgreSQL only' }, async (t) => {
  const { database, drop } = await openScratchDatabase(process.env.DATABASE_URL, 1)
  t.teardown(drop)
  const pid = async () => (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(database.db)).rows[0]!.pid
  const read = () => database.db.selectFrom('cities').selectAll().execute()
  await read()
  await read() // prepared on the pool's one connection
  const before = await pid()
  // A migration by another instance: the prepared plan's result type no longer holds.
  await sql`alter table cities add column added_by_a_migration int`.execute(database.db)
  t.same(await read(), [], 'the read is answered, not a "cached plan must not change result type" error')
  t.not(await pid(), before, 'and the connection that held the stale statement was not reused')
})
