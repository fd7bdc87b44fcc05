import { createHash } from 'node:crypto'
import t from 'tap'
import { assertProblem } from './factories.js'
import { bodyOf, onPostgres, readSeed, seedCity, setup } from './helper.js'
import { LeadUnit, LeadUnitList } from '../src/features/lead-units/lead-units.schemas.js'

const { app, database } = await setup(t)
const url = '/v1/cities/341700/lead-units'
const keyRows = () => database.db.selectFrom('idempotencyKeys').select(['key', 'state', 'responseStatus', 'responseBody']).execute()
const adminKeyId = async () => (await database.db.selectFrom('apiKeys').select('id').where('role', '=', 'admin').executeTakeFirstOrThrow()).id

t.test('a first attempt that fails leaves no record: its retry runs, and then replays', async (t) => {
  await seedCity(app)
  const taken = await app.inject({ method: 'POST', url, payload: { name: '市统计局' } })
  t.equal(taken.statusCode, 201)
  const headers = { 'idempotency-key': 'retry-after-failure' }
  const failed = await app.inject({ method: 'POST', url, headers, payload: { name: '市统计局' } })
  assertProblem(t, failed, 409, 'lead_unit_name_taken')
  t.same(await keyRows(), [], 'the rolled-back write took its key with it')

  const removed = await app.inject({ method: 'DELETE', url: `${url}/${bodyOf(taken, LeadUnit).id}` })
  t.equal(removed.statusCode, 204)
  const retried = await app.inject({ method: 'POST', url, headers, payload: { name: '市统计局' } })
  t.equal(retried.statusCode, 201, 'the retry runs afresh')
  t.equal(retried.headers['idempotent-replayed'], undefined)
  const rows = await keyRows()
  t.equal(rows.length, 1)
  t.match(rows[0], { key: 'retry-after-failure', state: 'done', responseStatus: 201 })
  t.match(rows[0]!.responseBody, /^sealed:v1:[A-Za-z0-9+/=]+$/, 'the reply is recorded sealed')
  t.notMatch(rows[0]!.responseBody, /市统计局/, 'nothing of it readable')

  const replayed = await app.inject({ method: 'POST', url, headers, payload: { name: '市统计局' } })
  t.equal(replayed.statusCode, 201)
  t.equal(replayed.headers['idempotent-replayed'], 'true')
  t.equal(replayed.headers.location, retried.headers.location)
  t.equal(replayed.headers.etag, retried.headers.etag)
  t.match(replayed.headers['content-type'], /^application\/json/)
  t.same(replayed.json(), retried.json())
  t.equal(bodyOf(await app.inject({ url }), LeadUnitList).items.length, 1, 'one unit, created once')
})

t.test('a claim left committed in flight by an earlier release does not block the key', async (t) => {
  await seedCity(app)
  const payload = { name: '市财政局' }
  const requestHash = createHash('sha256').update(`POST ${url}\n${JSON.stringify(payload)}`).digest('hex')
  await database.db.insertInto('idempotencyKeys').values({
    apiKeyId: await adminKeyId(), key: 'abandoned', method: 'POST', path: url, requestHash, state: 'in_flight',
  }).execute()
  const response = await app.inject({ method: 'POST', url, headers: { 'idempotency-key': 'abandoned' }, payload })
  t.equal(response.statusCode, 201, 'taken over, not 409 for a day')
  t.match(await keyRows(), [{ key: 'abandoned', state: 'done', responseStatus: 201 }])
})

t.test('a retry while the first request holds its key waits a lock timeout, then gets 409 with Retry-After', { skip: !onPostgres && 'PostgreSQL only: the embedded database runs one transaction at a time' }, async (t) => {
  await seedCity(app)
  const payload = { name: '市商务局' }
  const requestHash = createHash('sha256').update(`POST ${url}\n${JSON.stringify(payload)}`).digest('hex')
  const apiKeyId = await adminKeyId()
  // A first request mid-transaction: its claim is written, not committed.
  let release!: () => void
  const held = new Promise<void>((resolve) => { release = resolve })
  let claimed!: () => void
  const claimedNow = new Promise<void>((resolve) => { claimed = resolve })
  const first = database.db.transaction().execute(async (trx) => {
    await trx.insertInto('idempotencyKeys').values({ apiKeyId, key: 'held', method: 'POST', path: url, requestHash, state: 'in_flight' }).execute()
    claimed()
    await held
    throw new Error('the first request fails')
  }).catch(() => 'rolled back')
  await claimedNow
  const started = Date.now()
  const retry = await app.inject({ method: 'POST', url, headers: { 'idempotency-key': 'held' }, payload })
  assertProblem(t, retry, 409, 'idempotency_in_flight')
  t.equal(retry.headers['retry-after'], '1')
  t.ok(Date.now() - started < 5000, 'gave up within the lock timeout')
  release()
  t.equal(await first, 'rolled back')
  const after = await app.inject({ method: 'POST', url, headers: { 'idempotency-key': 'held' }, payload })
  t.equal(after.statusCode, 201, 'once the first rolled back, the retry runs')
})

t.test('a write that fails half-way leaves neither its rows nor its key', async (t) => {
  await seedCity(app)
  const headers = { 'idempotency-key': 'no-half-writes' }
  // The task row is inserted, then its lead unit turns out not to exist: the whole transaction goes.
  const payload = { year: 2025, seq: 1, title: '地区生产总值增长6.5%以上。', leadUnits: [{ leadUnitId: 999, role: 'lead' }] }
  const failed = await app.inject({ method: 'POST', url: '/v1/cities/341700/tasks', headers, payload })
  assertProblem(t, failed, 404, 'not_found')
  t.same(await keyRows(), [], 'no key kept')
  t.same(await database.db.selectFrom('tasks').select('id').execute(), [], 'no task kept')
})

t.test('a write whose commit fails answers its problem, without the success\'s ETag, Location or body', { skip: !onPostgres && 'PostgreSQL only: the embedded database runs one transaction at a time' }, async (t) => {
  await seedCity(app)
  // The city's revision moves on at commit (a deferred trigger): hold the city row and the commit waits out the lock timeout.
  let release!: () => void
  const held = new Promise<void>((resolve) => { release = resolve })
  let locked!: () => void
  const lockedNow = new Promise<void>((resolve) => { locked = resolve })
  const holder = database.db.transaction().execute(async (trx) => {
    await trx.selectFrom('cities').select('code').where('code', '=', '341700').forNoKeyUpdate().execute()
    locked()
    await held
  })
  await lockedNow
  const response = await app.inject({ method: 'POST', url, headers: { 'idempotency-key': 'commit-fails' }, payload: { name: '市审计局' } })
  release()
  await holder
  assertProblem(t, response, 409, 'row_locked')
  t.equal(response.headers.etag, undefined)
  t.equal(response.headers.location, undefined)
  t.same(await keyRows(), [], 'no key kept')
  t.same(bodyOf(await app.inject({ url }), LeadUnitList).items, [], 'no unit kept')
})

t.test('an import with an Idempotency-Key is recorded with it and replayed, not imported twice', async (t) => {
  await seedCity(app)
  const headers = { 'idempotency-key': 'import-once' }
  const payload = { document: readSeed('chizhou-2025-jan-may.txt'), sourceName: 'chizhou-2025-jan-may.txt' }
  const first = await app.inject({ method: 'POST', url: '/v1/cities/341700/imports', headers, payload })
  t.equal(first.statusCode, 201, first.body)
  const again = await app.inject({ method: 'POST', url: '/v1/cities/341700/imports', headers, payload })
  t.equal(again.statusCode, 201)
  t.equal(again.headers['idempotent-replayed'], 'true')
  t.equal(again.headers.location, first.headers.location)
  t.same(again.json(), first.json())
  t.equal((await database.db.selectFrom('imports').select('id').execute()).length, 1, 'one import on record')
})

t.test('20 concurrent POSTs with one Idempotency-Key create one lead unit', async (t) => {
  await seedCity(app)
  const payload = { name: '市发展改革委', aliases: ['市发改委'] }
  const headers = { 'idempotency-key': 'create-ndrc-1' }
  const responses = await Promise.all(Array.from({ length: 20 }, () => app.inject({ method: 'POST', url, headers, payload })))
  const created = responses.filter((r) => r.statusCode === 201)
  const inFlight = responses.filter((r) => r.statusCode === 409)
  t.equal(created.length + inFlight.length, 20, `every response is 201 or 409 (${responses.map((r) => r.statusCode).join(',')})`)
  const first = created[0]
  if (!first) return t.fail('no request created the unit')
  for (const r of inFlight) assertProblem(t, r, 409, 'idempotency_in_flight')
  const id = bodyOf(first, LeadUnit).id
  for (const r of created) t.same(r.json(), first.json(), 'every 201 is the same unit')
  t.comment(`${created.length} × 201, ${inFlight.length} × 409 idempotency_in_flight`)
  const list = await app.inject({ url })
  t.equal(list.statusCode, 200)
  const units = bodyOf(list, LeadUnitList).items
  t.equal(units.length, 1, 'exactly one lead unit row')
  t.equal(units[0]?.id, id)

  const retry = await app.inject({ method: 'POST', url, headers, payload })
  t.equal(retry.statusCode, 201)
  t.equal(retry.headers['idempotent-replayed'], 'true')
  t.equal(bodyOf(retry, LeadUnit).id, id)

  const reused = await app.inject({ method: 'POST', url, headers, payload: { name: '市统计局' } })
  assertProblem(t, reused, 422, 'idempotency_key_reused')
  t.equal(bodyOf(await app.inject({ url }), LeadUnitList).items.length, 1, 'still one lead unit')
})

t.test('an Idempotency-Key on a read or a PATCH is not kept: only POSTs replay', async (t) => {
  await seedCity(app)
  const created = await app.inject({ method: 'POST', url, payload: { name: '市统计局' } })
  t.equal(created.statusCode, 201)
  const unitId = bodyOf(created, LeadUnit).id
  const headers = { 'idempotency-key': 'not-for-reads-1' }
  const first = await app.inject({ url, headers })
  const patched = await app.inject({ method: 'PATCH', url: `${url}/${unitId}`, headers: { ...headers, 'if-match': '"1"' }, payload: { aliases: ['统计局'] } })
  t.equal(patched.statusCode, 200)
  const again = await app.inject({ method: 'PATCH', url: `${url}/${unitId}`, headers: { ...headers, 'if-match': '"1"' }, payload: { aliases: ['统计局'] } })
  assertProblem(t, again, 412, 'precondition_failed')
  const second = await app.inject({ url, headers })
  t.same(bodyOf(first, LeadUnitList).items[0]?.aliases, [], 'the first read')
  t.same(bodyOf(second, LeadUnitList).items[0]?.aliases, ['统计局'], 'the second read sees the change, not a replay')
  t.equal(second.headers['idempotent-replayed'], undefined)
  const kept = await database.db.selectFrom('idempotencyKeys').select('key').execute()
  t.same(kept, [], 'no key kept')
})

t.test('a retried key creation gets the same key, whose secret the record never holds readable', async (t) => {
  await seedCity(app)
  const headers = { 'idempotency-key': 'create-reader-key' }
  const payload = { name: '读者', role: 'reader', cityCode: '341700' }
  const created = await app.inject({ method: 'POST', url: '/v1/api-keys', headers, payload })
  t.equal(created.statusCode, 201)
  const secret = (created.json() as { key: string }).key
  t.match(secret, /^dbn_[0-9a-f]{8}_/)
  const [row] = await keyRows()
  t.notMatch(row!.responseBody, secret.slice(13), 'the secret is not in the record')
  t.notMatch(Buffer.from(row!.responseBody!.replace(/^sealed:v1:/, ''), 'base64').toString('latin1'), secret.slice(13), 'nor in its bytes')

  const replayed = await app.inject({ method: 'POST', url: '/v1/api-keys', headers, payload })
  t.equal(replayed.statusCode, 201)
  t.equal(replayed.headers['idempotent-replayed'], 'true')
  t.same(replayed.json(), created.json(), 'the retry gets the reply the first request had, secret included')
  const works = await app.inject({ url: '/v1/cities/341700', headers: { authorization: `Bearer ${secret}` } })
  t.equal(works.statusCode, 200, 'and that key works')
})
