import t from 'tap'
import type { LightMyRequestResponse } from 'fastify'
import { allPages, assertProblem, badFields, putEntry, seedPeriod, seedTask, seedUnit, type Unit } from '../../../test/factories.js'
import { bodyOf, seedCity, setup } from '../../../test/helper.js'
import { Problem } from '../../shared/common.schemas.js'
import { Task, TaskList } from './tasks.schemas.js'

const { app } = await setup(t)
const tasks = '/v1/cities/341700/tasks'

/** Three units, created so that id order differs from the order a task lists them in. */
async function threeUnits(): Promise<[Unit, Unit, Unit]> {
  return [await seedUnit(app, '市发展改革委'), await seedUnit(app, '市统计局'), await seedUnit(app, '市财政局')]
}

const idsOf = (response: LightMyRequestResponse) => bodyOf(response, TaskList).items.map((task) => task.id)

t.test('creates a task with its lead units in the order given, and reads it back', async (t) => {
  await seedCity(app)
  const [ndrc, stats, finance] = await threeUnits()
  const payload = {
    year: 2025, seq: 1, title: '地区生产总值增长6.5%以上。', category: '经济发展',
    leadUnits: [{ leadUnitId: finance.id, role: 'lead' }, { leadUnitId: ndrc.id, role: 'lead' }, { leadUnitId: stats.id, role: 'support' }],
  }
  const created = await app.inject({ method: 'POST', url: tasks, payload })
  t.equal(created.statusCode, 201)
  const task = bodyOf(created, Task)
  t.equal(created.headers.location, `${tasks}/${task.id}`)
  t.equal(created.headers.etag, '"1"')
  t.match(task, { cityCode: '341700', year: 2025, seq: 1, title: payload.title, category: '经济发展', version: 1 })
  t.same(task.leadUnits, [
    { id: finance.id, name: finance.name, role: 'lead', order: 0 },
    { id: ndrc.id, name: ndrc.name, role: 'lead', order: 1 },
    { id: stats.id, name: stats.name, role: 'support', order: 2 },
  ])

  const read = await app.inject({ url: created.headers.location as string })
  t.equal(read.statusCode, 200)
  t.equal(read.headers.etag, '"1"')
  t.same(read.json(), task)

  const noCategory = await app.inject({
    method: 'POST', url: tasks, payload: { year: 2025, seq: 2, title: '粮食产量稳定', leadUnits: [{ leadUnitId: ndrc.id, role: 'lead' }] },
  })
  t.equal(noCategory.statusCode, 201)
  t.equal(bodyOf(noCategory, Task).category, null, 'category is optional and null when absent')

  const list = await app.inject({ url: tasks })
  t.equal(list.statusCode, 200)
  t.same(list.json().items, [task, noCategory.json()], 'the list embeds the same lead units')
  t.equal(bodyOf(list, TaskList).nextCursor, null)
})

t.test('PATCH changes fields, replaces the lead units and bumps the ETag', async (t) => {
  await seedCity(app)
  const [ndrc, stats, finance] = await threeUnits()
  const task = await seedTask(app, { year: 2025, seq: 1, leadUnitIds: [ndrc.id, stats.id] })
  const url = `${tasks}/${task.id}`

  const retitled = await app.inject({ method: 'PATCH', url, headers: { 'if-match': '"1"' }, payload: { title: '新标题', category: '民生' } })
  t.equal(retitled.statusCode, 200)
  t.equal(retitled.headers.etag, '"2"')
  t.match(retitled.json(), { title: '新标题', category: '民生', seq: 1, version: 2 })
  t.same(bodyOf(retitled, Task).leadUnits, task.leadUnits, 'lead units stay when not sent')

  const relinked = await app.inject({
    method: 'PATCH', url, headers: { 'if-match': '"2"' },
    payload: { leadUnits: [{ leadUnitId: finance.id, role: 'support' }, { leadUnitId: stats.id, role: 'lead' }] },
  })
  t.equal(relinked.statusCode, 200)
  t.equal(relinked.headers.etag, '"3"')
  t.same(bodyOf(relinked, Task).leadUnits, [
    { id: finance.id, name: finance.name, role: 'support', order: 0 },
    { id: stats.id, name: stats.name, role: 'lead', order: 1 },
  ])
  t.same(bodyOf(await app.inject({ url }), Task).leadUnits, bodyOf(relinked, Task).leadUnits, 'the replacement is stored')
  const byOldUnit = await app.inject({ url: tasks, query: { leadUnitId: String(ndrc.id) } })
  t.same(bodyOf(byOldUnit, TaskList).items, [], 'the dropped unit no longer leads the task')

  const stale = await app.inject({ method: 'PATCH', url, headers: { 'if-match': '"2"' }, payload: { title: '旧标题' } })
  assertProblem(t, stale, 412, 'precondition_failed')
  t.equal(bodyOf(await app.inject({ url }), Task).title, '新标题', 'the stale write changed nothing')
})

t.test('DELETE removes a task without entries, and its lead-unit links with it', async (t) => {
  await seedCity(app)
  const unit = await seedUnit(app, '市发展改革委')
  const task = await seedTask(app, { year: 2025, seq: 1, leadUnitIds: [unit.id] })
  const url = `${tasks}/${task.id}`
  assertProblem(t, await app.inject({ method: 'DELETE', url, headers: { 'if-match': '"3"' } }), 412, 'precondition_failed')
  const deleted = await app.inject({ method: 'DELETE', url, headers: { 'if-match': '"1"' } })
  t.equal(deleted.statusCode, 204)
  t.equal(deleted.body, '')
  assertProblem(t, await app.inject({ url }), 404, 'not_found')
  assertProblem(t, await app.inject({ method: 'DELETE', url }), 404, 'not_found')
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/cities/341700/lead-units/${unit.id}` })).statusCode, 204,
    'the unit leads nothing any more')
})

t.test('a task with progress entries cannot be deleted: 409 task_has_progress', async (t) => {
  await seedCity(app)
  const unit = await seedUnit(app, '市发展改革委')
  const task = await seedTask(app, { year: 2025, seq: 1, leadUnitIds: [unit.id] })
  const period = await seedPeriod(app, 2025, 5)
  await putEntry(app, task.id, period.id, 'behind')
  assertProblem(t, await app.inject({ method: 'DELETE', url: `${tasks}/${task.id}` }), 409, 'task_has_progress')
  t.equal((await app.inject({ url: `${tasks}/${task.id}` })).statusCode, 200, 'the task is still there')
  t.equal((await app.inject({ url: `${tasks}/${task.id}/progress/${period.id}` })).statusCode, 200, 'and so is its entry')
})

t.test('the list filters by year, seq and lead unit', async (t) => {
  await seedCity(app)
  const [ndrc, stats, finance] = await threeUnits()
  const a = await seedTask(app, { year: 2024, seq: 1, leadUnitIds: [ndrc.id] })
  const b = await seedTask(app, { year: 2025, seq: 2, leadUnitIds: [stats.id, ndrc.id] })
  const c = await seedTask(app, { year: 2025, seq: 1, leadUnitIds: [finance.id] })
  t.same(idsOf(await app.inject({ url: tasks })), [a.id, c.id, b.id], 'ordered by year, then seq')
  t.same(idsOf(await app.inject({ url: tasks, query: { year: '2025' } })), [c.id, b.id])
  t.same(idsOf(await app.inject({ url: tasks, query: { seq: '1' } })), [a.id, c.id])
  t.same(idsOf(await app.inject({ url: tasks, query: { year: '2025', seq: '2' } })), [b.id])
  t.same(idsOf(await app.inject({ url: tasks, query: { leadUnitId: String(ndrc.id) } })), [a.id, b.id], 'as lead or as second unit')
  t.same(idsOf(await app.inject({ url: tasks, query: { leadUnitId: String(finance.id), year: '2024' } })), [])
  t.same(idsOf(await app.inject({ url: tasks, query: { leadUnitId: '999' } })), [])
})

t.test('q finds text in the title, taking % and _ literally', async (t) => {
  await seedCity(app)
  const unit = await seedUnit(app, '市发展改革委')
  const percent = await seedTask(app, { year: 2025, seq: 1, title: '地区生产总值增长6.5%以上。', leadUnitIds: [unit.id] })
  const plain = await seedTask(app, { year: 2025, seq: 2, title: '规模以上工业增加值增长65以上', leadUnitIds: [unit.id] })
  const underscore = await seedTask(app, { year: 2025, seq: 3, title: '编号A_1的项目开工', leadUnitIds: [unit.id] })
  t.same(idsOf(await app.inject({ url: tasks, query: { q: '增长' } })), [percent.id, plain.id])
  t.same(idsOf(await app.inject({ url: tasks, query: { q: '%' } })), [percent.id], '% is a character, not a wildcard')
  t.same(idsOf(await app.inject({ url: tasks, query: { q: '6.5%以上' } })), [percent.id])
  t.same(idsOf(await app.inject({ url: tasks, query: { q: '6%' } })), [], 'no wildcard between 6 and %')
  t.same(idsOf(await app.inject({ url: tasks, query: { q: 'A_1' } })), [underscore.id])
  t.same(idsOf(await app.inject({ url: tasks, query: { q: '_' } })), [underscore.id], '_ is a character, not a wildcard')
  t.same(idsOf(await app.inject({ url: tasks, query: { q: '\\' } })), [], 'a backslash is a character too')
})

t.test('status with periodId filters by the task\'s entry in that period', async (t) => {
  await seedCity(app)
  const unit = await seedUnit(app, '市发展改革委')
  const may = await seedPeriod(app, 2025, 5)
  const march = await seedPeriod(app, 2025, 3)
  const [done, ontrack, behind, unrated, silent] = await Promise.all([1, 2, 3, 4, 5].map(async (seq) => seedTask(app, { year: 2025, seq, leadUnitIds: [unit.id] })))
  await putEntry(app, done!.id, may.id, 'completed')
  await putEntry(app, ontrack!.id, may.id, 'on_track')
  await putEntry(app, behind!.id, may.id, 'behind')
  await putEntry(app, unrated!.id, may.id, 'not_rated')
  await putEntry(app, silent!.id, march.id, 'behind')

  const inMay = (status: string) => app.inject({ url: tasks, query: { status, periodId: String(may.id) } })
  t.same(idsOf(await inMay('completed')), [done!.id])
  t.same(idsOf(await inMay('on_track')), [ontrack!.id])
  t.same(idsOf(await inMay('behind')), [behind!.id], 'an entry in another period does not count')
  t.same(idsOf(await inMay('not_rated')), [unrated!.id])
  t.same(idsOf(await inMay('not_reported')), [silent!.id], 'not_reported: no entry in the period')
  const marchNotReported = await app.inject({ url: tasks, query: { status: 'not_reported', periodId: String(march.id) } })
  t.same(idsOf(marchNotReported), [done!.id, ontrack!.id, behind!.id, unrated!.id])
  t.same(bodyOf(marchNotReported, TaskList).items[0]?.leadUnits, [{ id: unit.id, name: unit.name, role: 'lead', order: 0 }])

  const noPeriod = await app.inject({ url: tasks, query: { status: 'behind' } })
  t.same(badFields(t, noPeriod), ['querystring/periodId'])
  const noStatus = await app.inject({ url: tasks, query: { periodId: String(may.id) } })
  t.same(badFields(t, noStatus), ['querystring/status'])
  const badStatus = await app.inject({ url: tasks, query: { status: 'late', periodId: String(may.id) } })
  t.same(badFields(t, badStatus), ['querystring/status'])
  const unknownPeriod = await app.inject({ url: tasks, query: { status: 'behind', periodId: '999' } })
  t.match(assertProblem(t, unknownPeriod, 404, 'not_found').detail, /period 999/)
})

t.test('validation lists each bad field', async (t) => {
  await seedCity(app)
  const unit = await seedUnit(app, '市发展改革委')
  const response = await app.inject({
    method: 'POST', url: tasks,
    payload: { year: 25, seq: 0, title: '   ', category: '', leadUnits: [{ leadUnitId: unit.id, role: 'chief' }, { leadUnitId: 'x', role: 'lead' }], owner: 'me' },
  })
  t.same(badFields(t, response), ['body/category', 'body/leadUnits/0/role', 'body/leadUnits/1/leadUnitId', 'body/owner', 'body/seq', 'body/title', 'body/year'])
  const missing = await app.inject({ method: 'POST', url: tasks, payload: {} })
  t.same(badFields(t, missing), ['body/leadUnits', 'body/seq', 'body/title', 'body/year'])
  const noUnits = await app.inject({ method: 'POST', url: tasks, payload: { year: 2025, seq: 1, title: '任务', leadUnits: [] } })
  t.same(badFields(t, noUnits), ['body/leadUnits'])
  const twice = await app.inject({
    method: 'POST', url: tasks,
    payload: { year: 2025, seq: 1, title: '任务', leadUnits: [{ leadUnitId: unit.id, role: 'lead' }, { leadUnitId: unit.id, role: 'support' }] },
  })
  t.same(badFields(t, twice), ['body/leadUnits'])
  const nul = await app.inject({
    method: 'POST', url: tasks, payload: { year: 2025, seq: 1, title: '任务\u0000', leadUnits: [{ leadUnitId: unit.id, role: 'lead' }] },
  })
  t.same(badFields(t, nul), ['body/title'], 'NUL, which Postgres text cannot hold, is a 400 and not a 500')
  t.same(badFields(t, await app.inject({ url: tasks, query: { q: 'a\u0000' } })), ['querystring/q'])
  const emptyPatch = await app.inject({ method: 'PATCH', url: `${tasks}/1`, payload: {} })
  t.equal(emptyPatch.statusCode, 400)
  t.equal(bodyOf(emptyPatch, Problem).code, 'validation_failed')
  t.same(badFields(t, await app.inject({ url: `${tasks}/0` })), ['params/taskId'])
  t.same(badFields(t, await app.inject({ url: tasks, query: { limit: '501', year: 'next' } })), ['querystring/limit', 'querystring/year'])
  t.same(bodyOf(await app.inject({ url: tasks }), TaskList).items, [], 'nothing was created')
})

t.test('an unknown city, task or lead unit is a 404, also a lead unit named in the body', async (t) => {
  assertProblem(t, await app.inject({ url: '/v1/cities/340400/tasks' }), 404, 'not_found')
  await seedCity(app)
  const unit = await seedUnit(app, '市发展改革委')
  t.match(assertProblem(t, await app.inject({ url: `${tasks}/999` }), 404, 'not_found').detail, /task 999/)
  assertProblem(t, await app.inject({ method: 'PATCH', url: `${tasks}/999`, payload: { title: '任务' } }), 404, 'not_found')

  const unknownUnit = await app.inject({
    method: 'POST', url: tasks,
    payload: { year: 2025, seq: 1, title: '任务', leadUnits: [{ leadUnitId: unit.id, role: 'lead' }, { leadUnitId: 999, role: 'support' }] },
  })
  t.match(assertProblem(t, unknownUnit, 404, 'not_found').detail, /lead unit 999/)
  t.same(bodyOf(await app.inject({ url: tasks }), TaskList).items, [], 'no task was left behind without its units')

  await seedCity(app, '340400')
  const foreign = await seedUnit(app, '市财政局', undefined, '340400')
  const foreignUnit = await app.inject({
    method: 'POST', url: tasks, payload: { year: 2025, seq: 1, title: '任务', leadUnits: [{ leadUnitId: foreign.id, role: 'lead' }] },
  })
  assertProblem(t, foreignUnit, 404, 'not_found')

  const task = await seedTask(app, { year: 2025, seq: 1, leadUnitIds: [unit.id] })
  const patchUnknown = await app.inject({
    method: 'PATCH', url: `${tasks}/${task.id}`, payload: { title: '改了', leadUnits: [{ leadUnitId: 999, role: 'lead' }] },
  })
  assertProblem(t, patchUnknown, 404, 'not_found')
  t.match((await app.inject({ url: `${tasks}/${task.id}` })).json(), { title: task.title, version: 1, leadUnits: task.leadUnits }, 'unchanged')
})

t.test('a task of another city is not visible through this city', async (t) => {
  await seedCity(app)
  await seedCity(app, '340400')
  const unit = await seedUnit(app, '市财政局', undefined, '340400')
  const foreign = await seedTask(app, { year: 2025, seq: 1, leadUnitIds: [unit.id] }, '340400')
  assertProblem(t, await app.inject({ url: `${tasks}/${foreign.id}` }), 404, 'not_found')
  assertProblem(t, await app.inject({ method: 'DELETE', url: `${tasks}/${foreign.id}` }), 404, 'not_found')
  t.same(bodyOf(await app.inject({ url: tasks }), TaskList).items, [])
  t.equal((await app.inject({ url: `/v1/cities/340400/tasks/${foreign.id}` })).statusCode, 200, 'still there in its own city')
})

t.test('a duplicate (year, seq) is a 409 task_seq_taken', async (t) => {
  await seedCity(app)
  const unit = await seedUnit(app, '市发展改革委')
  const first = await seedTask(app, { year: 2025, seq: 1, leadUnitIds: [unit.id] })
  const again = await app.inject({
    method: 'POST', url: tasks, payload: { year: 2025, seq: 1, title: '另一项', leadUnits: [{ leadUnitId: unit.id, role: 'lead' }] },
  })
  assertProblem(t, again, 409, 'task_seq_taken')
  const second = await seedTask(app, { year: 2025, seq: 2, leadUnitIds: [unit.id] })
  assertProblem(t, await app.inject({ method: 'PATCH', url: `${tasks}/${second.id}`, payload: { seq: 1 } }), 409, 'task_seq_taken')
  const nextYear = await seedTask(app, { year: 2026, seq: 1, leadUnitIds: [unit.id] })
  t.not(nextYear.id, first.id, 'the same seq in another year is a different task')
  t.same(idsOf(await app.inject({ url: tasks })), [first.id, second.id, nextYear.id])
})

t.test('23 tasks across years page 5 at a time, each exactly once, in list order', async (t) => {
  await seedCity(app)
  const unit = await seedUnit(app, '市发展改革委')
  const created: Task[] = []
  // Created out of order, so the id order is not the list order.
  for (const [year, count] of [[2025, 10], [2024, 8], [2026, 5]] as const) {
    for (let seq = count; seq >= 1; seq--) created.push(await seedTask(app, { year, seq, leadUnitIds: [unit.id] }))
  }
  const expected = [...created].sort((a, b) => a.year - b.year || a.seq - b.seq).map((task) => task.id)
  const { items, pages } = await allPages<Task>(t, app, tasks, { limit: '5' })
  t.same(items.map((task) => task.id), expected)
  t.equal(new Set(items.map((task) => task.id)).size, 23)
  t.equal(pages, 5)
  t.ok(items.every((task) => task.leadUnits.length === 1), 'every page embeds lead units')

  const filtered = await allPages<Task>(t, app, tasks, { limit: '3', year: '2024' })
  t.same(filtered.items.map((task) => task.id), expected.slice(0, 8))
  t.equal(filtered.pages, 3)

  assertProblem(t, await app.inject({ url: tasks, query: { cursor: 'bm90LWEtY3Vyc29y' } }), 400, 'invalid_cursor')
  assertProblem(t, await app.inject({ url: tasks, query: { cursor: Buffer.from('[2025,1]').toString('base64url') } }), 400, 'invalid_cursor')
})

t.test('two PATCHes with the same If-Match at once: one 200, one 412', async (t) => {
  await seedCity(app)
  const [ndrc, stats] = await threeUnits()
  const task = await seedTask(app, { year: 2025, seq: 1, leadUnitIds: [ndrc.id] })
  const url = `${tasks}/${task.id}`
  const responses = await Promise.all([
    app.inject({ method: 'PATCH', url, headers: { 'if-match': '"1"' }, payload: { title: '甲改', leadUnits: [{ leadUnitId: stats.id, role: 'lead' }] } }),
    app.inject({ method: 'PATCH', url, headers: { 'if-match': '"1"' }, payload: { title: '乙改', leadUnits: [{ leadUnitId: ndrc.id, role: 'support' }] } }),
  ])
  t.same(responses.map((r) => r.statusCode).sort(), [200, 412])
  const winner = responses.find((r) => r.statusCode === 200)!
  assertProblem(t, responses.find((r) => r.statusCode === 412)!, 412, 'precondition_failed')
  const final = await app.inject({ url })
  t.equal(final.headers.etag, '"2"')
  t.equal(bodyOf(final, Task).version, 2)
  t.same(final.json(), winner.json(), 'the stored task is the winner\'s, lead units included')
})

t.test('a task with entries cannot move to another year: 422 year_mismatch', async (t) => {
  await seedCity(app)
  const unit = await seedUnit(app, '市发展改革委')
  const period = await seedPeriod(app, 2025, 5)
  const reported = await seedTask(app, { year: 2025, seq: 1, leadUnitIds: [unit.id] })
  const silent = await seedTask(app, { year: 2025, seq: 2, leadUnitIds: [unit.id] })
  await putEntry(app, reported.id, period.id, 'on_track')
  const moved = await app.inject({ method: 'PATCH', url: `${tasks}/${reported.id}`, payload: { year: 2026, title: '改了' } })
  assertProblem(t, moved, 422, 'year_mismatch')
  t.match((await app.inject({ url: `${tasks}/${reported.id}` })).json(), { year: 2025, title: reported.title, version: 1 }, 'unchanged')
  const sameYear = await app.inject({ method: 'PATCH', url: `${tasks}/${reported.id}`, payload: { year: 2025, seq: 3 } })
  t.equal(sameYear.statusCode, 200, 'naming its own year is no move')
  const free = await app.inject({ method: 'PATCH', url: `${tasks}/${silent.id}`, payload: { year: 2026 } })
  t.equal(free.statusCode, 200, 'a task without entries may move')
  t.equal(bodyOf(free, Task).year, 2026)
})
