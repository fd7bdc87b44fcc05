/**
 * A database that takes no writes (a standby, or a primary stepping down in a failover): a write
 * is 503 database_read_only with Retry-After, never a 500; reads go on; /readyz says 503 so a load
 * balancer stops sending to it; the first-key check at start writes nothing and says nothing
 * when keys exist.
 */
import t from 'tap'
import { sql } from 'kysely'
import { mkdtempSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildApp } from '../src/app.js'
import { openDatabase } from '../src/db/connect.js'
import { openScratchDatabase } from '../src/db/scratch.js'
import { ensureFirstAdminKey } from '../src/features/keys/keys.first.js'
import { assertProblem } from './factories.js'
import { checkResponses, createKey } from './helper.js'

const scratch = await openScratchDatabase(process.env.DATABASE_URL)
t.teardown(scratch.drop)
const key = await createKey(scratch.database, { role: 'admin' })
const writable = await buildApp({ database: scratch.database })
t.teardown(() => writable.close())
const headers = { authorization: `Bearer ${key}` }
const created = await writable.inject({ method: 'POST', url: '/v1/cities', headers, payload: { code: '341700', name: '池州市', province: '安徽省' } })
if (created.statusCode !== 201) throw new Error(created.body)
const readyBefore = (await writable.inject({ url: '/readyz' })).statusCode

// Read-only from here: for new sessions of the server's database, or the embedded database's one session.
let readOnly = scratch.database
if (scratch.url) {
  await sql`alter database ${sql.id(new URL(scratch.url).pathname.slice(1))} set default_transaction_read_only = on`.execute(scratch.database.db)
  readOnly = openDatabase({ url: scratch.url })
  t.teardown(() => readOnly.db.destroy())
} else {
  await sql`set default_transaction_read_only = on`.execute(scratch.database.db)
}
const app = await buildApp({ database: readOnly })
checkResponses(app)
t.teardown(() => app.close())

t.test('a write is 503 database_read_only with Retry-After; a read is served', async (t) => {
  const write = await app.inject({ method: 'POST', url: '/v1/cities/341700/lead-units', headers, payload: { name: '市发展改革委' } })
  assertProblem(t, write, 503, 'database_read_only')
  t.equal(write.headers['retry-after'], '2')
  const read = await app.inject({ url: '/v1/cities/341700', headers })
  t.equal(read.statusCode, 200)
})

t.test('/readyz is 503 database_read_only: a load balancer sends its writes elsewhere', async (t) => {
  t.equal(readyBefore, 200, 'ready while it took writes')
  const ready = await app.inject({ url: '/readyz' })
  assertProblem(t, ready, 503, 'database_read_only')
  t.equal((await app.inject({ url: '/healthz' })).statusCode, 200, 'the process itself is alive')
})

t.test('the first-key check writes nothing where keys exist', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'duban-first-key-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const file = path.join(dir, 'admin-key')
  t.equal(await ensureFirstAdminKey(readOnly.db, file), undefined, 'no key made, no error')
  t.notOk(existsSync(file))
})
