// Who may do what: every write route (and the office's own reads) for every kind of caller, and the rules the matrix
// cannot show (a lead unit's own tasks only, closed periods, rights before validation).
import t from 'tap'
import type { LightMyRequestResponse } from 'fastify'
import type { Test } from 'tap'
import { createApiKey, revokeApiKey } from '../src/features/keys/keys.service.js'
import { systemActor } from '../src/db/audit.js'
import { assertProblem, putEntry, seedPeriod, seedTask, seedUnit } from './factories.js'
import { bodyOf, createKey, emptyDatabase, seedCity, setup } from './helper.js'
import { Problem } from '../src/shared/common.schemas.js'
import { Period } from '../src/features/periods/periods.schemas.js'
import { ProgressEntry } from '../src/features/entries/entries.schemas.js'

// The matrix rebuilds its data for every cell: far more requests a minute than the default limit,
// and on PostgreSQL (a truncate of every table per cell) longer than tap's default two minutes.
t.setTimeout(900_000)
const { app, database, keys } = await setup(t, { edges: { rateLimitPerMinute: 1_000_000 } })
const city = '/v1/cities/341700'
const entryUrl = (taskId: number, periodId: number, cityCode = '341700') => `/v1/cities/${cityCode}/tasks/${taskId}/progress/${periodId}`
const bearer = (key: string) => ({ authorization: key === '' ? '' : `Bearer ${key}` })

type Caller = 'none' | 'revoked' | 'malformed' | 'admin' | 'cityOffice' | 'otherCityOffice' | 'leadingUnit' | 'otherUnit' | 'cityReader' | 'allReader'
const CALLERS: Caller[] = ['none', 'revoked', 'malformed', 'admin', 'cityOffice', 'otherCityOffice', 'leadingUnit', 'otherUnit', 'cityReader', 'allReader']

/**
 * Two cities; in 341700 three units (A leads the task, B and C for merges), a period, a task
 * led by A with an entry its unit has submitted, a pending extension request for B's task,
 * a spare reader key to revoke; and a key for every caller.
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
  const filed = await putEntry(app, task.id, period.id, 'on_track')
  // Handed in by its unit and waiting for the office: what return and accept act on.
  await database.db.updateTable('progressEntries').set({ state: 'submitted' }).where('cityCode', '=', '341700').where('id', '=', filed.id).execute()
  const entry = bodyOf(await app.inject({ url: entryUrl(task.id, period.id) }), ProgressEntry)
  const extension = await database.db.insertInto('extensionRequests').values({
    cityCode: '341700', taskId: otherTask.id, periodId: period.id, leadUnitId: b.id, dueAt: '2025-06-20T09:00:00+08:00', reason: '数据未出',
  }).returning('id').executeTakeFirstOrThrow()
  const webhook = await database.db.insertInto('webhooks').values({
    cityCode: '341700', url: 'https://oa.example.gov.cn/hook', events: ['entry.submitted'], secret: 'a-secret-of-32-characters-000000',
  }).returning('id').executeTakeFirstOrThrow()
  const spare = await database.db.transaction().execute((trx) => createApiKey(trx, systemActor, { name: 'spare', role: 'reader', cityCode: '341700', leadUnitId: null }))
  const revoked = await database.db.transaction().execute((trx) => createApiKey(trx, systemActor, { name: 'revoked', role: 'city_office', cityCode: '341700', leadUnitId: null }))
  await database.db.transaction().execute((trx) => revokeApiKey(trx, systemActor, revoked.id))
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
  return { a, b, c, period, task, otherTask, entry, extension, webhook, spare, callerKeys }
}
type World = Awaited<ReturnType<typeof world>>

const document = '关于1-5月份市政府重点工作责任清单进展情况的报告\n序号 |\n重点工作任务 |\n牵头责任单位 |\n工作评价 |\n1-5月份进展情况 |\n近期工作安排 |\n' +
  '1 |\n地区生产总值增长6.5%以上。 |\n市发展改革委 |\n未达预期 |\n一季度,增长6.4%。 |\n加强研判分析。 |\n'

const ADMIN_ONLY: Caller[] = ['admin']
const CITY_WRITERS: Caller[] = ['admin', 'cityOffice']
const ENTRY_WRITERS: Caller[] = ['admin', 'cityOffice', 'leadingUnit']

interface RouteCase { name: string, allowed: Caller[], request: (w: World, caller: Caller) => { method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object } }

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
    // The office files its evaluation; a lead unit may not send one (403 status_set_by_office is not an access refusal, below).
    request: (w, caller) => ({
      method: 'PUT', url: entryUrl(w.task.id, w.period.id),
      payload: caller === 'leadingUnit' || caller === 'otherUnit' ? { progress: '已完成', proposedStatus: 'completed' } : { status: 'completed', progress: '已完成' },
    }),
  },
  { name: 'PATCH tasks/{id}/progress/{periodId}', allowed: ENTRY_WRITERS, request: (w) => ({ method: 'PATCH', url: entryUrl(w.task.id, w.period.id), payload: { remarks: '补充' } }) },
  { name: 'DELETE tasks/{id}/progress/{periodId}', allowed: ENTRY_WRITERS, request: (w) => ({ method: 'DELETE', url: entryUrl(w.task.id, w.period.id) }) },
  { name: 'POST …/progress/{periodId}/submit', allowed: ENTRY_WRITERS, request: (w) => ({ method: 'POST', url: `${entryUrl(w.task.id, w.period.id)}/submit` }) },
  {
    name: 'POST …/progress/{periodId}/return', allowed: CITY_WRITERS,
    request: (w) => ({ method: 'POST', url: `${entryUrl(w.task.id, w.period.id)}/return`, payload: { reason: '请补充数据。' } }),
  },
  {
    name: 'POST …/progress/{periodId}/accept', allowed: CITY_WRITERS,
    request: (w) => ({ method: 'POST', url: `${entryUrl(w.task.id, w.period.id)}/accept`, payload: { status: 'behind' } }),
  },
  {
    name: 'POST …/progress/{periodId}/comments', allowed: ENTRY_WRITERS,
    request: (w) => ({ method: 'POST', url: `${entryUrl(w.task.id, w.period.id)}/comments`, payload: { body: '请加快推进。' } }),
  },
  {
    name: 'POST …/progress/{periodId}/extension', allowed: ENTRY_WRITERS,
    request: (w) => ({ method: 'POST', url: `${entryUrl(w.task.id, w.period.id)}/extension`, payload: { dueAt: '2025-06-20T09:00:00+08:00', reason: '数据未出' } }),
  },
  { name: 'POST extensions/{id}/approve', allowed: CITY_WRITERS, request: (w) => ({ method: 'POST', url: `${city}/extensions/${w.extension.id}/approve`, payload: {} }) },
  {
    name: 'POST extensions/{id}/reject', allowed: CITY_WRITERS,
    request: (w) => ({ method: 'POST', url: `${city}/extensions/${w.extension.id}/reject`, payload: { reason: '请按时报送。' } }),
  },
  {
    name: 'POST webhooks', allowed: CITY_WRITERS,
    request: () => ({ method: 'POST', url: `${city}/webhooks`, payload: { url: 'https://oa.example.gov.cn/hook', events: ['entry.submitted'], secret: 'a-secret-of-32-characters-000000' } }),
  },
  { name: 'PATCH webhooks/{id}', allowed: CITY_WRITERS, request: (w) => ({ method: 'PATCH', url: `${city}/webhooks/${w.webhook.id}`, payload: { active: false } }) },
  { name: 'DELETE webhooks/{id}', allowed: CITY_WRITERS, request: (w) => ({ method: 'DELETE', url: `${city}/webhooks/${w.webhook.id}` }) },
  { name: 'POST periods/{id}/reminders', allowed: CITY_WRITERS, request: (w) => ({ method: 'POST', url: `${city}/periods/${w.period.id}/reminders`, payload: {} }) },
  { name: 'POST imports', allowed: CITY_WRITERS, request: () => ({ method: 'POST', url: `${city}/imports`, payload: { document, sourceName: 'report.txt', year: 2025, dryRun: true } }) },
  { name: 'POST /v1/api-keys', allowed: CITY_WRITERS, request: () => ({ method: 'POST', url: '/v1/api-keys', payload: { name: '读者', role: 'reader', cityCode: '341700' } }) },
  { name: 'DELETE /v1/api-keys/{id}', allowed: CITY_WRITERS, request: (w) => ({ method: 'DELETE', url: `/v1/api-keys/${w.spare.id}` }) },
  { name: 'PUT tasks/{id}/indicator', allowed: CITY_WRITERS, request: (w) => ({ method: 'PUT', url: `${city}/tasks/${w.task.id}/indicator`, payload: { indicatorId: null } }) },
  { name: 'DELETE tasks/{id}/indicator', allowed: CITY_WRITERS, request: (w) => ({ method: 'DELETE', url: `${city}/tasks/${w.task.id}/indicator` }) },
  // A read of every city's figures: keys of a city are let in (and shown their own row), lead units and anonymous callers not.
  {
    name: 'GET /v1/provinces/{code}/indicators/{id}', allowed: ['admin', 'cityOffice', 'otherCityOffice', 'cityReader', 'allReader'],
    request: () => ({ method: 'GET', url: '/v1/provinces/340000/indicators/1?year=2025&period=5' }),
  },
  // A read, but the office's own: every unit's drafts before and after, its keys and receivers.
  { name: 'GET audit', allowed: CITY_WRITERS, request: () => ({ method: 'GET', url: `${city}/audit` }) },
]

const UNAUTHENTICATED: Caller[] = ['none', 'revoked', 'malformed']

function assertCell(t: Test, label: string, caller: Caller, allowed: boolean, response: LightMyRequestResponse) {
  if (UNAUTHENTICATED.includes(caller)) {
    t.equal(response.statusCode, 401, `${label}: 401`)
    t.match(response.headers['www-authenticate'], /^Bearer realm="duban"/, `${label}: www-authenticate`)
    t.match(response.headers['content-type'], /^application\/problem\+json/, `${label}: problem+json`)
    t.equal(bodyOf(response, Problem).code, 'unauthorized', `${label}: unauthorized`)
  } else if (!allowed) {
    t.equal(response.statusCode, 403, `${label}: 403 (${response.body.slice(0, 120)})`)
    t.match(response.headers['content-type'], /^application\/problem\+json/, `${label}: problem+json`)
    t.equal(bodyOf(response, Problem).code, 'forbidden', `${label}: forbidden`)
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
      const response = await app.inject({ ...route.request(w, caller), headers: bearer(w.callerKeys[caller]) })
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
  const own = await app.inject({ method: 'POST', url: `${entryUrl(w.task.id, w.period.id)}/return`, payload: { reason: '请补充。' } })
  t.equal(own.statusCode, 200, 'the office returns the unit\'s own entry')
  const rework = await app.inject({ method: 'PUT', url: entryUrl(w.task.id, w.period.id), headers: bearer(w.callerKeys.leadingUnit), payload: { progress: '已完成' } })
  t.equal(rework.statusCode, 200, 'its own task\'s returned entry it may replace')
})

t.test('a closed period\'s entries are read-only, for an admin too', async (t) => {
  const w = await world()
  // The world's entry waits for review: closing anyway is the office's explicit choice.
  const closed = await app.inject({ method: 'POST', url: `${city}/periods/${w.period.id}/close`, payload: { force: true } })
  t.equal(closed.statusCode, 200)
  t.equal(bodyOf(closed, Period).state, 'closed')
  const url = entryUrl(w.task.id, w.period.id)
  assertProblem(t, await app.inject({ method: 'PUT', url, payload: { status: 'completed', progress: '已完成' } }), 409, 'period_closed')
  assertProblem(t, await app.inject({ method: 'PUT', url, headers: bearer(w.callerKeys.cityOffice), payload: { status: 'completed', progress: '已完成' } }), 409, 'period_closed')
  assertProblem(t, await app.inject({ method: 'DELETE', url }), 409, 'period_closed')
  const entry = bodyOf(await app.inject({ url }), ProgressEntry)
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
