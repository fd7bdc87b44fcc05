import t from 'tap'
import { sql, type Transaction } from 'kysely'
import type { Database } from '../../db/database.js'
import { allPages, assertProblem, badFields, type Entry, putEntry, seedPeriod, seedTask, seedUnit } from '../../../test/factories.js'
import { onPostgres, seedCity, sessionsWaitingOnLock, setup } from '../../../test/helper.js'

const { app, database } = await setup(t)
const city = '/v1/cities/341700'
const entryUrl = (taskId: number, periodId: number, cityCode = '341700') => `/v1/cities/${cityCode}/tasks/${taskId}/progress/${periodId}`

/** A city with one unit, one 2025 task led by it, and the 1-5月份 period of 2025. */
async function oneTaskOnePeriod() {
  await seedCity(app)
  const unit = await seedUnit(app, '市发展改革委')
  const task = await seedTask(app, { year: 2025, seq: 1, title: '地区生产总值增长6.5%以上。', leadUnitIds: [unit.id] })
  const period = await seedPeriod(app, 2025, 5)
  return { unit, task, period, url: entryUrl(task.id, period.id) }
}

const filed = { status: 'behind', progress: '一季度,增长6.4%,增速居全省第6位。', nextSteps: '加强研判分析。', remarks: '省统计局反馈' }

t.test('PUT creates the entry (201), then replaces it whole (200)', async (t) => {
  const { task, period, url } = await oneTaskOnePeriod()
  const created = await app.inject({ method: 'PUT', url, payload: filed })
  t.equal(created.statusCode, 201)
  t.equal(created.headers.location, url)
  t.equal(created.headers.etag, '"1"')
  t.match(created.json(), { ...filed, cityCode: '341700', taskId: task.id, periodId: period.id, version: 1 })

  const read = await app.inject({ url })
  t.equal(read.statusCode, 200)
  t.equal(read.headers.etag, '"1"')
  t.same(read.json(), created.json())

  const replaced = await app.inject({ method: 'PUT', url, headers: { 'if-match': '"1"' }, payload: { status: 'on_track', progress: '1-5月增长6.6%。' } })
  t.equal(replaced.statusCode, 200)
  t.equal(replaced.headers.etag, '"2"')
  t.equal(replaced.headers.location, undefined, 'no Location on a replacement')
  t.match(replaced.json(), { id: created.json().id, status: 'on_track', progress: '1-5月增长6.6%。', version: 2 })
  t.equal(replaced.json().nextSteps, '', 'an omitted nextSteps is emptied')
  t.equal(replaced.json().remarks, '', 'an omitted remarks is emptied')
  t.same((await app.inject({ url })).json(), replaced.json(), 'the replacement is stored')

  const unconditional = await app.inject({ method: 'PUT', url, payload: filed })
  t.equal(unconditional.statusCode, 200)
  t.equal(unconditional.headers.etag, '"3"')
  t.match(unconditional.json(), { ...filed, version: 3 })
})

t.test('PUT preconditions: a stale If-Match is a 412, If-None-Match "*" only creates', async (t) => {
  const { url } = await oneTaskOnePeriod()
  const createOnly = await app.inject({ method: 'PUT', url, headers: { 'if-none-match': '*' }, payload: filed })
  t.equal(createOnly.statusCode, 201)
  const again = await app.inject({ method: 'PUT', url, headers: { 'if-none-match': '*' }, payload: { status: 'completed', progress: '完成' } })
  assertProblem(t, again, 412, 'precondition_failed')
  const stale = await app.inject({ method: 'PUT', url, headers: { 'if-match': '"5"' }, payload: { status: 'completed', progress: '完成' } })
  assertProblem(t, stale, 412, 'precondition_failed')
  t.match((await app.inject({ url })).json(), { ...filed, version: 1 }, 'neither refused write changed the entry')
  assertProblem(t, await app.inject({ method: 'PUT', url, headers: { 'if-none-match': '"1"' }, payload: filed }), 400, 'invalid_if_none_match')
  assertProblem(t, await app.inject({ method: 'PUT', url, headers: { 'if-match': 'W/"1"' }, payload: filed }), 400, 'invalid_if_match')
})

t.test('If-Match on a missing entry is a 412 for PUT, a 404 for DELETE', async (t) => {
  const { url } = await oneTaskOnePeriod()
  assertProblem(t, await app.inject({ method: 'PUT', url, headers: { 'if-match': '"1"' }, payload: filed }), 412, 'precondition_failed')
  assertProblem(t, await app.inject({ method: 'GET', url }), 404, 'not_found')
  assertProblem(t, await app.inject({ method: 'DELETE', url, headers: { 'if-match': '"1"' } }), 404, 'not_found')
})

t.test('DELETE withdraws an entry', async (t) => {
  const { task, url } = await oneTaskOnePeriod()
  await app.inject({ method: 'PUT', url, payload: filed })
  assertProblem(t, await app.inject({ method: 'DELETE', url, headers: { 'if-match': '"2"' } }), 412, 'precondition_failed')
  const deleted = await app.inject({ method: 'DELETE', url, headers: { 'if-match': '"1"' } })
  t.equal(deleted.statusCode, 204)
  t.equal(deleted.body, '')
  assertProblem(t, await app.inject({ url }), 404, 'not_found')
  assertProblem(t, await app.inject({ method: 'DELETE', url }), 404, 'not_found')
  t.equal((await app.inject({ method: 'DELETE', url: `${city}/tasks/${task.id}` })).statusCode, 204, 'the task can go once its entry is gone')
})

t.test('a task\'s entries list oldest period first', async (t) => {
  await seedCity(app)
  const unit = await seedUnit(app, '市发展改革委')
  const task = await seedTask(app, { year: 2025, seq: 1, leadUnitIds: [unit.id] })
  const other = await seedTask(app, { year: 2025, seq: 2, leadUnitIds: [unit.id] })
  // Created out of calendar order, so creation order is not the answer.
  const may = await seedPeriod(app, 2025, 5)
  const year = await seedPeriod(app, 2025, 12)
  const march = await seedPeriod(app, 2025, 3)
  for (const period of [year, march, may]) await putEntry(app, task.id, period.id, 'on_track')
  await putEntry(app, other.id, may.id, 'behind')

  const list = await app.inject({ url: `${city}/tasks/${task.id}/progress` })
  t.equal(list.statusCode, 200)
  t.same(list.json().items.map((e: Entry) => e.periodId), [march.id, may.id, year.id])
  t.ok(list.json().items.every((e: Entry) => e.taskId === task.id), 'only this task\'s entries')
  t.equal(list.json().nextCursor, null)

  const paged = await allPages<Entry>(t, app, `${city}/tasks/${task.id}/progress`, { limit: '2' })
  t.same(paged.items.map((e) => e.periodId), [march.id, may.id, year.id])
  t.equal(paged.pages, 2)
  assertProblem(t, await app.inject({ url: `${city}/tasks/${task.id}/progress`, query: { cursor: 'x' } }), 400, 'invalid_cursor')
  const notADate = Buffer.from('["someday",1]').toString('base64url')
  assertProblem(t, await app.inject({ url: `${city}/tasks/${task.id}/progress`, query: { cursor: notADate } }), 400, 'invalid_cursor')
  assertProblem(t, await app.inject({ url: `${city}/tasks/999/progress` }), 404, 'not_found')
})

t.test('a period\'s entries list in list order, filtered by status and lead unit', async (t) => {
  await seedCity(app)
  const ndrc = await seedUnit(app, '市发展改革委')
  const stats = await seedUnit(app, '市统计局')
  const period = await seedPeriod(app, 2025, 5)
  const other = await seedPeriod(app, 2025, 3)
  const third = await seedTask(app, { year: 2025, seq: 3, leadUnitIds: [stats.id] })
  const first = await seedTask(app, { year: 2025, seq: 1, leadUnitIds: [ndrc.id] })
  const second = await seedTask(app, { year: 2025, seq: 2, leadUnitIds: [ndrc.id, stats.id] })
  await putEntry(app, third.id, period.id, 'behind')
  await putEntry(app, first.id, period.id, 'completed')
  await putEntry(app, second.id, period.id, 'behind')
  await putEntry(app, first.id, other.id, 'behind')

  const url = `${city}/periods/${period.id}/progress`
  const all = await app.inject({ url })
  t.equal(all.statusCode, 200)
  t.same(all.json().items.map((e: Entry) => e.taskId), [first.id, second.id, third.id], 'by seq, only this period')
  t.ok(all.json().items.every((e: Entry) => e.periodId === period.id))
  const behind = await app.inject({ url, query: { status: 'behind' } })
  t.same(behind.json().items.map((e: Entry) => e.taskId), [second.id, third.id])
  const byNdrc = await app.inject({ url, query: { leadUnitId: String(ndrc.id) } })
  t.same(byNdrc.json().items.map((e: Entry) => e.taskId), [first.id, second.id])
  const behindByNdrc = await app.inject({ url, query: { leadUnitId: String(ndrc.id), status: 'behind' } })
  t.same(behindByNdrc.json().items.map((e: Entry) => e.taskId), [second.id])
  const completedByStats = await app.inject({ url, query: { leadUnitId: String(stats.id), status: 'completed' } })
  t.same(completedByStats.json().items, [])
  t.same(badFields(t, await app.inject({ url, query: { status: 'late' } })), ['querystring/status'])
  assertProblem(t, await app.inject({ url: `${city}/periods/999/progress` }), 404, 'not_found')
})

t.test('entries of a period page 4 at a time, each exactly once', async (t) => {
  await seedCity(app)
  const unit = await seedUnit(app, '市发展改革委')
  const period = await seedPeriod(app, 2025, 6)
  const taskIds: number[] = []
  for (const seq of [7, 3, 10, 1, 9, 2, 8, 4, 6, 5, 11]) taskIds.push((await seedTask(app, { year: 2025, seq, leadUnitIds: [unit.id] })).id)
  for (const taskId of taskIds) await putEntry(app, taskId, period.id, 'on_track')
  const expectedOrder = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((seq) => taskIds[[7, 3, 10, 1, 9, 2, 8, 4, 6, 5, 11].indexOf(seq)])
  const { items, pages } = await allPages<Entry>(t, app, `${city}/periods/${period.id}/progress`, { limit: '4' })
  t.same(items.map((e) => e.taskId), expectedOrder)
  t.equal(pages, 3)
  const url = `${city}/periods/${period.id}/progress`
  assertProblem(t, await app.inject({ url, query: { cursor: '!!' } }), 400, 'invalid_cursor')
  assertProblem(t, await app.inject({ url, query: { cursor: Buffer.from('["2025-06-30",1]').toString('base64url') } }), 400, 'invalid_cursor')
})

t.test('a closed period\'s entries are read-only until it is reopened', async (t) => {
  const { task, period, url } = await oneTaskOnePeriod()
  await app.inject({ method: 'PUT', url, payload: filed })
  const closed = await app.inject({ method: 'POST', url: `${city}/periods/${period.id}/close` })
  t.equal(closed.json().state, 'closed')

  assertProblem(t, await app.inject({ method: 'PUT', url, payload: { status: 'completed', progress: '完成' } }), 409, 'period_closed')
  assertProblem(t, await app.inject({ method: 'PUT', url, headers: { 'if-match': '"1"' }, payload: filed }), 409, 'period_closed')
  assertProblem(t, await app.inject({ method: 'DELETE', url }), 409, 'period_closed')
  assertProblem(t, await app.inject({ method: 'DELETE', url, headers: { 'if-match': '"1"' } }), 409, 'period_closed')
  const other = await seedTask(app, { year: 2025, seq: 2, leadUnitIds: [task.leadUnits[0]!.id] })
  assertProblem(t, await app.inject({ method: 'PUT', url: entryUrl(other.id, period.id), payload: filed }), 409, 'period_closed')
  const read = await app.inject({ url })
  t.equal(read.statusCode, 200, 'a closed period\'s entries can still be read')
  t.match(read.json(), { ...filed, version: 1 }, 'unchanged')
  t.equal((await app.inject({ url: `${city}/periods/${period.id}/progress` })).json().items.length, 1, 'no entry was added')

  t.equal((await app.inject({ method: 'POST', url: `${city}/periods/${period.id}/reopen` })).statusCode, 200)
  const corrected = await app.inject({ method: 'PUT', url, headers: { 'if-match': '"1"' }, payload: { status: 'completed', progress: '完成' } })
  t.equal(corrected.statusCode, 200)
  t.equal(corrected.headers.etag, '"2"')
})

t.test('an unknown task or period is a 404, and so is a period of another city', async (t) => {
  const { task, period } = await oneTaskOnePeriod()
  assertProblem(t, await app.inject({ method: 'PUT', url: entryUrl(999, period.id), payload: filed }), 404, 'not_found')
  assertProblem(t, await app.inject({ method: 'PUT', url: entryUrl(task.id, 999), payload: filed }), 404, 'not_found')
  assertProblem(t, await app.inject({ url: entryUrl(task.id, 999) }), 404, 'not_found')
  assertProblem(t, await app.inject({ method: 'PUT', url: entryUrl(task.id, period.id, '340400'), payload: filed }), 404, 'not_found')

  await seedCity(app, '340400')
  const huainanUnit = await seedUnit(app, '市发展改革委', undefined, '340400')
  const huainanPeriod = await seedPeriod(app, 2025, 6, '340400')
  const huainanTask = await seedTask(app, { year: 2025, seq: 1, leadUnitIds: [huainanUnit.id] }, '340400')
  const crossPeriod = await app.inject({ method: 'PUT', url: entryUrl(task.id, huainanPeriod.id), payload: filed })
  t.match(assertProblem(t, crossPeriod, 404, 'not_found').detail, new RegExp(`period ${huainanPeriod.id}`))
  const crossTask = await app.inject({ method: 'PUT', url: entryUrl(huainanTask.id, period.id), payload: filed })
  t.match(assertProblem(t, crossTask, 404, 'not_found').detail, new RegExp(`task ${huainanTask.id}`))
  assertProblem(t, await app.inject({ method: 'DELETE', url: entryUrl(task.id, huainanPeriod.id) }), 404, 'not_found')
  assertProblem(t, await app.inject({ url: `${city}/periods/${huainanPeriod.id}/progress` }), 404, 'not_found')
  t.same((await app.inject({ url: `/v1/cities/340400/periods/${huainanPeriod.id}/progress` })).json().items, [], 'nothing was filed in 340400')
  t.same((await app.inject({ url: `${city}/tasks/${task.id}/progress` })).json().items, [], 'nor in 341700')
})

t.test('a task of 2024 cannot report in a 2025 period: 422 year_mismatch', async (t) => {
  const { unit, period } = await oneTaskOnePeriod()
  const lastYears = await seedTask(app, { year: 2024, seq: 1, leadUnitIds: [unit.id] })
  const response = await app.inject({ method: 'PUT', url: entryUrl(lastYears.id, period.id), payload: filed })
  t.match(assertProblem(t, response, 422, 'year_mismatch').detail, /2024.*2025/)
  assertProblem(t, await app.inject({ url: entryUrl(lastYears.id, period.id) }), 404, 'not_found')
})

t.test('validation lists each bad field', async (t) => {
  const { url } = await oneTaskOnePeriod()
  const response = await app.inject({ method: 'PUT', url, payload: { status: 'late', nextSteps: 7, score: 3 } })
  t.same(badFields(t, response), ['body/nextSteps', 'body/progress', 'body/score', 'body/status'])
  const tooLong = await app.inject({ method: 'PUT', url, payload: { status: 'on_track', progress: 'x'.repeat(20001) } })
  t.same(badFields(t, tooLong), ['body/progress'])
  const nul = await app.inject({ method: 'PUT', url, payload: { status: 'on_track', progress: '完成\u0000', remarks: '\u0000' } })
  t.same(badFields(t, nul), ['body/progress', 'body/remarks'], 'NUL, which Postgres text cannot hold, is a 400 and not a 500')
  const badParams = await app.inject({ method: 'PUT', url: '/v1/cities/341700/tasks/one/progress/0', payload: filed })
  t.same(badFields(t, badParams), ['params/periodId', 'params/taskId'])
  assertProblem(t, await app.inject({ url }), 404, 'not_found')
})

t.test('two PUTs of the same entry with the same If-Match at once: one 200, one 412', async (t) => {
  const { url } = await oneTaskOnePeriod()
  await app.inject({ method: 'PUT', url, payload: filed })
  const responses = await Promise.all(['completed', 'on_track'].map((status) =>
    app.inject({ method: 'PUT', url, headers: { 'if-match': '"1"' }, payload: { status, progress: `改为${status}` } })))
  t.same(responses.map((r) => r.statusCode).sort(), [200, 412])
  assertProblem(t, responses.find((r) => r.statusCode === 412)!, 412, 'precondition_failed')
  const final = await app.inject({ url })
  t.equal(final.headers.etag, '"2"')
  t.equal(final.json().version, 2)
  t.same(final.json(), responses.find((r) => r.statusCode === 200)!.json(), 'the stored entry is the winner\'s')
})

t.test('10 first PUTs of the same entry at once: one 201, nine 200, one row at version 10', async (t) => {
  const { task, period, url } = await oneTaskOnePeriod()
  const responses = await Promise.all(Array.from({ length: 10 }, (_, i) =>
    app.inject({ method: 'PUT', url, payload: { status: 'on_track', progress: `第${i}次填报` } })))
  const statuses = responses.map((r) => r.statusCode)
  t.equal(statuses.filter((s) => s === 201).length, 1, `exactly one 201 (got ${statuses.join(',')})`)
  t.equal(statuses.filter((s) => s === 200).length, 9, 'the rest replaced it')
  t.same(responses.map((r) => r.json().id), Array(10).fill(responses[0]!.json().id), 'all wrote the same entry')
  t.same(responses.map((r) => r.json().version).sort((a: number, b: number) => a - b), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    'each write saw its own version')
  const final = await app.inject({ url })
  t.equal(final.json().version, 10)
  t.equal(final.headers.etag, '"10"')
  t.same((await app.inject({ url: `/v1/cities/341700/periods/${period.id}/progress` })).json().items.map((e: Entry) => e.taskId), [task.id],
    'one row')
})

/**
 * Runs `change` in a transaction of its own that commits only once a request sent meanwhile
 * waits on its locks: the request read what was there before the change, and writes after it.
 */
type Sent = Promise<Awaited<ReturnType<typeof app.inject>>>
async function changedWhileWaiting(change: (trx: Transaction<Database>) => Promise<unknown>, request: () => Sent) {
  let sent: Sent | undefined
  await database.db.transaction().execute(async (trx) => {
    await change(trx)
    sent = request()
    while (await sessionsWaitingOnLock(trx) === 0);
  })
  return sent!
}

const entryAudits = async () => (await database.db.selectFrom('auditEvents').select('action')
  .where('entity', '=', 'progress_entry').orderBy('id').execute()).map((row) => row.action)
const entryEvents = async () => (await database.db.selectFrom('events').select('type').where('subject', 'like', 'entry:%').orderBy('id').execute())
  .map((row) => row.type)

const racing = { skip: onPostgres ? false : 'holds a transaction open on one connection while a request runs on another: PostgreSQL only' }

t.test('a PUT whose entry changes between its read and its write: 412, and nothing of it written', racing, async (t) => {
  const { task, period, url } = await oneTaskOnePeriod()
  await app.inject({ method: 'PUT', url, payload: filed })
  const put = await changedWhileWaiting(
    (trx) => trx.updateTable('progressEntries').set({ progress: '另一处的修改', version: sql<number>`version + 1` })
      .where('taskId', '=', task.id).where('periodId', '=', period.id).execute(),
    () => app.inject({ method: 'PUT', url, headers: { 'if-match': '"1"' }, payload: { ...filed, progress: '这次的修改' } }))
  assertProblem(t, put, 412, 'precondition_failed')
  const entry = (await app.inject({ url })).json()
  t.same([entry.progress, entry.version], ['另一处的修改', 2], 'the other change stands')
  t.same(await entryAudits(), ['create'], 'no audit row of the refused write')
  t.same(await entryEvents(), ['entry.accepted'], 'no event of it')
})

t.test('a PUT whose entry changes between its read and its write, without If-Match: written after the change', racing, async (t) => {
  const { task, period, url } = await oneTaskOnePeriod()
  await app.inject({ method: 'PUT', url, payload: filed })
  const put = await changedWhileWaiting(
    (trx) => trx.updateTable('progressEntries').set({ remarks: '另一处的备注', version: sql<number>`version + 1` })
      .where('taskId', '=', task.id).where('periodId', '=', period.id).execute(),
    () => app.inject({ method: 'PUT', url, payload: { ...filed, progress: '这次的修改' } }))
  t.equal(put.statusCode, 200)
  t.same([put.json().progress, put.json().remarks, put.json().version], ['这次的修改', filed.remarks, 3], 'replaced whole, on top of version 2')
  const audits = await database.db.selectFrom('auditEvents').select(['before', 'after']).where('entity', '=', 'progress_entry')
    .where('action', '=', 'update').execute()
  t.equal(audits.length, 1, 'one audit row')
  t.same([(audits[0]!.before as { version: number }).version, (audits[0]!.after as { version: number }).version], [2, 3],
    'its before is the version it replaced')
})

t.test('a PUT racing the close of its period: 409 period_closed, the entry unchanged', racing, async (t) => {
  const { period, url } = await oneTaskOnePeriod()
  await app.inject({ method: 'PUT', url, payload: filed })
  const put = await changedWhileWaiting(
    (trx) => trx.updateTable('periods').set({ state: 'closed', version: sql<number>`version + 1` }).where('id', '=', period.id).execute(),
    () => app.inject({ method: 'PUT', url, payload: { ...filed, progress: '关闭后的修改' } }))
  assertProblem(t, put, 409, 'period_closed')
  t.equal((await app.inject({ url })).json().version, 1)
  t.same(await entryEvents(), ['entry.accepted'])
})

t.test('a PUT writes its audit row as the entry now is, and one event', async (t) => {
  const { url } = await oneTaskOnePeriod()
  await app.inject({ method: 'PUT', url, payload: filed })
  const put = await app.inject({ method: 'PUT', url, headers: { 'if-match': '"1"' }, payload: { ...filed, status: 'on_track', progress: '1-5月,增长6.7%。' } })
  t.equal(put.statusCode, 200)
  const [audit] = await database.db.selectFrom('auditEvents').select(['before', 'after']).where('entity', '=', 'progress_entry')
    .where('action', '=', 'update').execute()
  const stored = await database.db.selectFrom('progressEntries').selectAll().executeTakeFirstOrThrow()
  t.same(audit!.after, JSON.parse(JSON.stringify(stored)), 'after is the row as stored, its time too')
  t.equal((audit!.before as { version: number }).version, 1)
  t.same(await entryEvents(), ['entry.accepted', 'entry.filed'])
})
