import t from 'tap'
import type { LightMyRequestResponse } from 'fastify'
import type { Test } from 'tap'
import { createApiKey, revokeApiKey } from '../src/db/queries/apiKeys.js'
import { systemActor } from '../src/db/queries/audit.js'
import { assertProblem, type Entry, putEntry, seedPeriod, seedTask, seedUnit } from './factories.js'
import { createKey, emptyDatabase, seedCity, setup } from './helper.js'

// The matrix rebuilds its data for every cell: far more requests a minute than the default limit.
const { app, database, keys } = await setup(t, { edges: { rateLimitPerMinute: 1_000_000 } })
const city = '/v1/cities/341700'
const entryUrl = (taskId: number, periodId: number, cityCode = '341700') => `/v1/cities/${cityCode}/tasks/${taskId}/progress/${periodId}`
const bearer = (key: string) => ({ authorization: key === '' ? '' : `Bearer ${key}` })

type Caller = 'none' | 'revoked' | 'malformed' | 'admin' | 'cityOffice' | 'otherCityOffice' | 'leadingUnit' | 'otherUnit' | 'cityReader' | 'allReader'
const CALLERS: Caller[] = ['none', 'revoked', 'malformed', 'admin', 'cityOffice', 'otherCityOffice', 'leadingUnit', 'otherUnit', 'cityReader', 'allReader']

/**
 * Two cities; in 341700 three units (A leads the task, B and C for merges), a period, a task
 * led by A with an entry, a spare reader key to revoke; and a key for every caller.
 */
async function world() {
  await seedCity(app, '341700')
  await seedCity(app, '340400')
  const a = await seedUnit(app, '市发展改革委')
  const b = await seedUnit(app, '市统计局')
  const c = await seedUnit(app, '市财政局')
  const period = await seedPeriod(app, 2025, 5)
  const task = await seedTask(app, { year: 2025, seq: 1, leadUnitIds: [a.id] })
  const otherTask = await seedTask(app, { year: 2025, seq: 2, leadUnitIds: [b.id] })
  const entry = await putEntry(app, task.id, period.id, 'on_track')
  const spare = await createApiKey(database.db, systemActor, { name: 'spare', role: 'reader', cityCode: '341700', leadUnitId: null })
  const revoked = await createApiKey(database.db, systemActor, { name: 'revoked', role: 'city_office', cityCode: '341700', leadUnitId: null })
  await revokeApiKey(database.db, systemActor, revoked.id)
  const callerKeys: Record<Caller, string> = {
    none: '',
    revoked: revoked.key,
    malformed: 'dbn_xx',
    admin: keys.admin,
    cityOffice: await createKey(database, { role: 'city_office', cityCode: '341700' }),
    otherCityOffice: await createKey(database, { role: 'city_office', cityCode: '340400' }),
    leadingUnit: await createKey(database, { role: 'lead_unit', cityCode: '341700', leadUnitId: a.id }),
    otherUnit: await createKey(database, { role: 'lead_unit', cityCode: '341700', leadUnitId: b.id }),
    cityReader: await createKey(database, { role: 'reader', cityCode: '341700' }),
    allReader: await createKey(database, { role: 'reader', cityCode: null }),
  }
  return { a, b, c, period, task, otherTask, entry, spare, callerKeys }
}
type World = Awaited<ReturnType<typeof world>>

const document = '关于1-5月份市政府重点工作责任清单进展情况的报告\n序号 |\n重点工作任务 |\n牵头责任单位 |\n工作评价 |\n1-5月份进展情况 |\n近期工作安排 |\n' +
  '1 |\n地区生产总值增长6.5%以上。 |\n市发展改革委 |\n未达预期 |\n一季度,增长6.4%。 |\n加强研判分析。 |\n'

const ADMIN_ONLY: Caller[] = ['admin']
const CITY_WRITERS: Caller[] = ['admin', 'cityOffice']
const ENTRY_WRITERS: Caller[] = ['admin', 'cityOffice', 'leadingUnit']

interface RouteCase { name: string, allowed: Caller[], request: (w: World) => { method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object } }

const ROUTES: RouteCase[] = [
  { name: 'POST /v1/cities', allowed: ADMIN_ONLY, request: () => ({ method: 'POST', url: '/v1/cities', payload: { code: '340200', name: '芜湖市', province: '安徽省' } }) },
  { name: 'PATCH /v1/cities/{code}', allowed: CITY_WRITERS, request: () => ({ method: 'PATCH', url: city, payload: { name: '池州' } }) },
  { name: 'DELETE /v1/cities/{code}', allowed: ADMIN_ONLY, request: () => ({ method: 'DELETE', url: city }) },
  { name: 'POST lead-units', allowed: CITY_WRITERS, request: () => ({ method: 'POST', url: `${city}/lead-units`, payload: { name: '市教育局' } }) },
  { name: 'PATCH lead-units/{id}', allowed: CITY_WRITERS, request: (w) => ({ method: 'PATCH', url: `${city}/lead-units/${w.b.id}`, payload: { aliases: ['统计局'] } }) },
  { name: 'DELETE lead-units/{id}', allowed: CITY_WRITERS, request: (w) => ({ method: 'DELETE', url: `${city}/lead-units/${w.c.id}` }) },
  { name: 'POST lead-units/{id}/merge', allowed: CITY_WRITERS, request: (w) => ({ method: 'POST', url: `${city}/lead-units/${w.c.id}/merge`, payload: { into: w.b.id } }) },
  {
    name: 'POST periods', allowed: CITY_WRITERS,
    request: () => ({ method: 'POST', url: `${city}/periods`, payload: { year: 2025, label: '1-3月份', kind: 'month_cumulative', startsOn: '2025-01-01', endsOn: '2025-03-31' } }),
  },
  { name: 'PATCH periods/{id}', allowed: CITY_WRITERS, request: (w) => ({ method: 'PATCH', url: `${city}/periods/${w.period.id}`, payload: { label: '1-5月' } }) },
  { name: 'DELETE periods/{id}', allowed: CITY_WRITERS, request: (w) => ({ method: 'DELETE', url: `${city}/periods/${w.period.id}` }) },
  { name: 'POST periods/{id}/close', allowed: CITY_WRITERS, request: (w) => ({ method: 'POST', url: `${city}/periods/${w.period.id}/close` }) },
  { name: 'POST periods/{id}/reopen', allowed: CITY_WRITERS, request: (w) => ({ method: 'POST', url: `${city}/periods/${w.period.id}/reopen` }) },
  {
    name: 'POST tasks', allowed: CITY_WRITERS,
    request: (w) => ({ method: 'POST', url: `${city}/tasks`, payload: { year: 2025, seq: 9, title: '新任务', leadUnits: [{ leadUnitId: w.a.id, role: 'lead' }] } }),
  },
  { name: 'PATCH tasks/{id}', allowed: CITY_WRITERS, request: (w) => ({ method: 'PATCH', url: `${city}/tasks/${w.task.id}`, payload: { title: '改后的任务' } }) },
  { name: 'DELETE tasks/{id}', allowed: CITY_WRITERS, request: (w) => ({ method: 'DELETE', url: `${city}/tasks/${w.otherTask.id}` }) },
  {
    name: 'PUT tasks/{id}/progress/{periodId}', allowed: ENTRY_WRITERS,
    request: (w) => ({ method: 'PUT', url: entryUrl(w.task.id, w.period.id), payload: { status: 'completed', progress: '已完成' } }),
  },
  { name: 'DELETE tasks/{id}/progress/{periodId}', allowed: ENTRY_WRITERS, request: (w) => ({ method: 'DELETE', url: entryUrl(w.task.id, w.period.id) }) },
  { name: 'POST imports', allowed: CITY_WRITERS, request: () => ({ method: 'POST', url: `${city}/imports`, payload: { document, sourceName: 'report.txt', year: 2025, dryRun: true } }) },
  { name: 'POST /v1/api-keys', allowed: CITY_WRITERS, request: () => ({ method: 'POST', url: '/v1/api-keys', payload: { name: '读者', role: 'reader', cityCode: '341700' } }) },
  { name: 'DELETE /v1/api-keys/{id}', allowed: CITY_WRITERS, request: (w) => ({ method: 'DELETE', url: `/v1/api-keys/${w.spare.id}` }) },
]

const UNAUTHENTICATED: Caller[] = ['none', 'revoked', 'malformed']

function assertCell(t: Test, label: string, caller: Caller, allowed: boolean, response: LightMyRequestResponse) {
  if (UNAUTHENTICATED.includes(caller)) {
    t.equal(response.statusCode, 401, `${label}: 401`)
    t.match(response.headers['www-authenticate'], /^Bearer realm="duban"/, `${label}: www-authenticate`)
    t.match(response.headers['content-type'], /^application\/problem\+json/, `${label}: problem+json`)
    t.equal(response.json().code, 'unauthorized', `${label}: unauthorized`)
  } else if (!allowed) {
    t.equal(response.statusCode, 403, `${label}: 403 (${response.body.slice(0, 120)})`)
    t.match(response.headers['content-type'], /^application\/problem\+json/, `${label}: problem+json`)
    t.equal(response.json().code, 'forbidden', `${label}: forbidden`)
  } else {
    t.not(response.statusCode, 401, `${label}: not 401`)
    t.not(response.statusCode, 403, `${label}: not 403 (${response.statusCode} ${response.body.slice(0, 120)})`)
    t.ok(response.statusCode < 500, `${label}: not a 5xx (${response.statusCode})`)
  }
}

t.test('every write route × every caller: 401 without a valid key, 403 outside its rights, through otherwise', async (t) => {
  let cells = 0
  for (const route of ROUTES) {
    for (const caller of CALLERS) {
      // A fresh world per cell: an allowed write (a delete, a close) must not change the next cell.
      await emptyDatabase(database)
      keys.admin = await createKey(database, { role: 'admin' })
      const w = await world()
      const response = await app.inject({ ...route.request(w), headers: bearer(w.callerKeys[caller]) })
      assertCell(t, `${route.name} as ${caller}`, caller, route.allowed.includes(caller), response)
      cells++
    }
  }
  t.equal(cells, ROUTES.length * CALLERS.length)
  t.comment(`access matrix: ${ROUTES.length} routes × ${CALLERS.length} callers = ${cells} cells`)
})

t.test('a lead unit key cannot write the entry of a task another unit leads', async (t) => {
  const w = await world()
  await putEntry(app, w.otherTask.id, w.period.id, 'behind')
  const url = entryUrl(w.otherTask.id, w.period.id)
  const before = await app.inject({ url })
  t.equal(before.statusCode, 200)
  const put = await app.inject({ method: 'PUT', url, headers: bearer(w.callerKeys.leadingUnit), payload: { status: 'completed', progress: '不是我的任务' } })
  assertProblem(t, put, 403, 'forbidden')
  const del = await app.inject({ method: 'DELETE', url, headers: bearer(w.callerKeys.leadingUnit) })
  assertProblem(t, del, 403, 'forbidden')
  const after = await app.inject({ url })
  t.equal(after.statusCode, 200)
  t.equal(after.headers.etag, before.headers.etag, 'same version')
  t.same(after.json(), before.json(), 'same entry')
  const own = await app.inject({ method: 'PUT', url: entryUrl(w.task.id, w.period.id), headers: bearer(w.callerKeys.leadingUnit), payload: { status: 'completed', progress: '已完成' } })
  t.equal(own.statusCode, 200, 'its own task\'s entry it may replace')
})

t.test('20 concurrent POSTs with one Idempotency-Key create one lead unit', async (t) => {
  await seedCity(app)
  const url = `${city}/lead-units`
  const payload = { name: '市发展改革委', aliases: ['市发改委'] }
  const headers = { 'idempotency-key': 'create-ndrc-1' }
  const responses = await Promise.all(Array.from({ length: 20 }, () => app.inject({ method: 'POST', url, headers, payload })))
  const created = responses.filter((r) => r.statusCode === 201)
  const inFlight = responses.filter((r) => r.statusCode === 409)
  t.equal(created.length + inFlight.length, 20, `every response is 201 or 409 (${responses.map((r) => r.statusCode).join(',')})`)
  const first = created[0]
  if (!first) return t.fail('no request created the unit')
  for (const r of inFlight) assertProblem(t, r, 409, 'idempotency_in_flight')
  const id = first.json().id
  for (const r of created) t.same(r.json(), first.json(), 'every 201 is the same unit')
  t.comment(`${created.length} × 201, ${inFlight.length} × 409 idempotency_in_flight`)
  const list = await app.inject({ url })
  t.equal(list.statusCode, 200)
  t.equal(list.json().items.length, 1, 'exactly one lead unit row')
  t.equal(list.json().items[0].id, id)

  const retry = await app.inject({ method: 'POST', url, headers, payload })
  t.equal(retry.statusCode, 201)
  t.equal(retry.headers['idempotent-replayed'], 'true')
  t.equal(retry.json().id, id)

  const reused = await app.inject({ method: 'POST', url, headers, payload: { name: '市统计局' } })
  assertProblem(t, reused, 422, 'idempotency_key_reused')
  t.equal((await app.inject({ url })).json().items.length, 1, 'still one lead unit')
})

t.test('an Idempotency-Key on a read or a PATCH is not kept: only POSTs replay', async (t) => {
  await seedCity(app)
  const url = `${city}/lead-units`
  const created = await app.inject({ method: 'POST', url, payload: { name: '市统计局' } })
  t.equal(created.statusCode, 201)
  const headers = { 'idempotency-key': 'not-for-reads-1' }
  const first = await app.inject({ url, headers })
  const patched = await app.inject({ method: 'PATCH', url: `${url}/${created.json().id}`, headers: { ...headers, 'if-match': '"1"' }, payload: { aliases: ['统计局'] } })
  t.equal(patched.statusCode, 200)
  const again = await app.inject({ method: 'PATCH', url: `${url}/${created.json().id}`, headers: { ...headers, 'if-match': '"1"' }, payload: { aliases: ['统计局'] } })
  assertProblem(t, again, 412, 'precondition_failed')
  const second = await app.inject({ url, headers })
  t.same(first.json().items[0].aliases, [], 'the first read')
  t.same(second.json().items[0].aliases, ['统计局'], 'the second read sees the change, not a replay')
  t.equal(second.headers['idempotent-replayed'], undefined)
  const kept = await database.db.selectFrom('idempotencyKeys').select('key').execute()
  t.same(kept, [], 'no key kept')
})

t.test('the audit trail records who created, changed and deleted a lead unit, newest first', async (t) => {
  await seedCity(app)
  const officeKey = await createApiKey(database.db, systemActor, { name: 'office', role: 'city_office', cityCode: '341700', leadUnitId: null })
  const as = { authorization: `Bearer ${officeKey.key}` }
  const created = await app.inject({ method: 'POST', url: `${city}/lead-units`, headers: as, payload: { name: '市统计局' } })
  t.equal(created.statusCode, 201)
  const unit = created.json()
  const patched = await app.inject({ method: 'PATCH', url: `${city}/lead-units/${unit.id}`, headers: { ...as, 'if-match': '"1"' }, payload: { aliases: ['统计局'] } })
  t.equal(patched.statusCode, 200)
  const deleted = await app.inject({ method: 'DELETE', url: `${city}/lead-units/${unit.id}`, headers: as })
  t.equal(deleted.statusCode, 204)

  const audit = await app.inject({ url: `${city}/audit`, query: { entity: 'lead_unit' } })
  t.equal(audit.statusCode, 200)
  const events = audit.json().items
  t.equal(events.length, 3, 'three events')
  t.same(events.map((e: { action: string }) => e.action), ['delete', 'update', 'create'], 'newest first')
  t.ok(events[0].id > events[1].id && events[1].id > events[2].id, 'ids descend')
  for (const e of events) {
    t.equal(e.apiKeyId, officeKey.id, `${e.action}: the key used`)
    t.equal(e.entity, 'lead_unit')
    t.equal(e.entityId, String(unit.id))
  }
  const [del, upd, cre] = events
  t.equal(cre.before, null, 'create: before null')
  t.match(cre.after, { id: unit.id, name: '市统计局' })
  t.match(upd.before, { id: unit.id, aliases: [] })
  t.match(upd.after, { id: unit.id, aliases: ['统计局'], version: 2 })
  t.match(del.before, { id: unit.id, aliases: ['统计局'] })
  t.equal(del.after, null, 'delete: after null')

  const unitA = await seedUnit(app, '市发展改革委')
  const task = await seedTask(app, { year: 2025, seq: 1, leadUnitIds: [unitA.id] })
  const period = await seedPeriod(app, 2025, 5)
  const entry = await putEntry(app, task.id, period.id, 'on_track')
  const entryAudit = await app.inject({ url: `${city}/audit`, query: { entity: 'progress_entry' } })
  t.equal(entryAudit.statusCode, 200)
  t.equal(entryAudit.json().items.length, 1)
  t.match(entryAudit.json().items[0], { entity: 'progress_entry', entityId: String(entry.id), before: null, after: { id: entry.id, status: 'on_track' } })
  t.type(entryAudit.json().items[0].apiKeyId, 'number', 'the admin key is recorded')
})

t.test('API keys: the secret once, never listed, revocation at once, city offices kept in their city', async (t) => {
  await seedCity(app, '341700')
  await seedCity(app, '340400')
  const made = await app.inject({ method: 'POST', url: '/v1/api-keys', payload: { name: '市政府办', role: 'city_office', cityCode: '341700' } })
  t.equal(made.statusCode, 201)
  const office = made.json()
  t.match(office.key, /^dbn_/, 'the secret starts with dbn_')
  t.notOk('secretHash' in office, 'no hash in the create response')

  const list = await app.inject({ url: '/v1/api-keys' })
  t.equal(list.statusCode, 200)
  t.ok(list.json().items.length >= 2)
  t.notMatch(list.body, /secretHash|secret_hash|"key"/, 'the list has no secret nor hash')
  t.notOk(list.body.includes(office.key), 'nor the secret itself')
  const one = await app.inject({ url: `/v1/api-keys/${office.id}` })
  t.equal(one.statusCode, 200)
  t.notOk('key' in one.json() || 'secretHash' in one.json(), 'the single read has no secret')

  const as = { authorization: `Bearer ${office.key}` }
  assertProblem(t, await app.inject({ method: 'POST', url: '/v1/api-keys', headers: as, payload: { name: '管理员', role: 'admin' } }), 403, 'forbidden')
  assertProblem(t, await app.inject({ method: 'POST', url: '/v1/api-keys', headers: as, payload: { name: '淮南', role: 'reader', cityCode: '340400' } }), 403, 'forbidden')
  assertProblem(t, await app.inject({ method: 'POST', url: '/v1/api-keys', headers: as, payload: { name: '淮南', role: 'city_office', cityCode: '340400' } }), 403, 'forbidden')
  const own = await app.inject({ method: 'POST', url: '/v1/api-keys', headers: as, payload: { name: '读者', role: 'reader', cityCode: '341700' } })
  t.equal(own.statusCode, 201, 'its own city\'s reader key it may create')
  const officeList = await app.inject({ url: '/v1/api-keys', headers: as })
  t.ok(officeList.json().items.every((k: { cityCode: string }) => k.cityCode === '341700'), 'a city office lists only its city\'s keys')

  t.equal((await app.inject({ url: `${city}/lead-units`, headers: as })).statusCode, 200, 'the key works')
  const revoked = await app.inject({ method: 'DELETE', url: `/v1/api-keys/${office.id}` })
  t.equal(revoked.statusCode, 204)
  const after = await app.inject({ url: `${city}/lead-units`, headers: as })
  assertProblem(t, after, 401, 'unauthorized')
  t.match(after.headers['www-authenticate'], /invalid_token/)
  t.not((await app.inject({ url: `/v1/api-keys/${office.id}` })).json().revokedAt, null, 'the key shows as revoked')
})

t.test('a closed period\'s entries are read-only, for an admin too', async (t) => {
  const w = await world()
  const closed = await app.inject({ method: 'POST', url: `${city}/periods/${w.period.id}/close` })
  t.equal(closed.statusCode, 200)
  t.equal(closed.json().state, 'closed')
  const url = entryUrl(w.task.id, w.period.id)
  assertProblem(t, await app.inject({ method: 'PUT', url, payload: { status: 'completed', progress: '已完成' } }), 409, 'period_closed')
  assertProblem(t, await app.inject({ method: 'PUT', url, headers: bearer(w.callerKeys.cityOffice), payload: { status: 'completed', progress: '已完成' } }), 409, 'period_closed')
  assertProblem(t, await app.inject({ method: 'DELETE', url }), 409, 'period_closed')
  const entry: Entry = (await app.inject({ url })).json()
  t.same(entry, w.entry, 'the entry is unchanged')
  t.equal((await app.inject({ method: 'POST', url: `${city}/periods/${w.period.id}/reopen` })).statusCode, 200)
  t.equal((await app.inject({ method: 'PUT', url, payload: { status: 'completed', progress: '已完成' } })).statusCode, 200, 'reopened, it takes writes again')
})

t.test('a caller without rights gets 403 before its body is even validated', async (t) => {
  await seedCity(app)
  const reader = await createKey(database, { role: 'reader', cityCode: '341700' })
  const response = await app.inject({
    method: 'POST', url: '/v1/cities/341700/lead-units', headers: { authorization: `Bearer ${reader}` }, payload: { nonsense: true },
  })
  assertProblem(t, response, 403, 'forbidden')
  const admin = await app.inject({ method: 'POST', url: '/v1/cities/341700/lead-units', payload: { nonsense: true } })
  assertProblem(t, admin, 400, 'validation_failed')
})
