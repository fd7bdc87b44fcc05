import t, { type Test } from 'tap'
import { Compliance } from './compliance.schemas.js'
import { Extension } from '../extensions/extensions.schemas.js'
import { Period as PeriodSchema } from '../periods/periods.schemas.js'
import { assertProblem, cityUrl, seedTask, seedUnit, type Task } from '../../../test/factories.js'
import { bodyOf, createKey, post, seedCity, setup } from '../../../test/helper.js'

// The office's morning view of a period: every state an entry can be in, each light, the
// deadline an approved extension puts in force, per unit and per task, and the filters.
const { app, database } = await setup(t)
const city = cityUrl()
const DAY = 86_400_000

const as = (key: string) => ({ authorization: `Bearer ${key}` })

async function ok(t: Test, url: string, query: Record<string, string> = {}) {
  const response = await app.inject({ url, query })
  t.equal(response.statusCode, 200, `${url} ${JSON.stringify(query)}: ${response.body.slice(0, 300)}`)
  t.match(response.headers['content-type'], /^application\/json/)
  return bodyOf(response, Compliance)
}

/**
 * A period due a day ago with eight tasks of 2025 (and one of 2024, not due), whose
 * entries are: 1 accepted by the office, 2 submitted late, 3 returned, 4 none, 5 a draft,
 * 6 none but extended to tomorrow, 7 none but extended by ten days, 8 extended and then
 * submitted in time. Units: A leads 1, 2 (supporting B), 4, 8; C supports 1 and leads 5-7.
 */
async function supervised() {
  await seedCity(app)
  const [a, b, c] = [await seedUnit(app, '市发展改革委'), await seedUnit(app, '市财政局'), await seedUnit(app, '市住房城乡建设局')]
  const leads = [[a, c], [b, a], [b], [a], [c], [c], [c], [a]]
  const tasks: Task[] = []
  for (const [i, units] of leads.entries()) tasks.push(await seedTask(app, { year: 2025, seq: i + 1, leadUnitIds: units.map((unit) => unit.id) }))
  await seedTask(app, { year: 2024, seq: 1, leadUnitIds: [a.id] })
  const dueAt = new Date(Date.now() - DAY).toISOString()
  const period = await post(app, `${city}/periods`, {
    year: 2025, label: '1-5月份', kind: 'month_cumulative', startsOn: '2025-01-01', endsOn: '2025-05-31', dueAt,
  }, PeriodSchema)
  const keys = {
    a: await createKey(database, { role: 'lead_unit', cityCode: '341700', leadUnitId: a.id }),
    b: await createKey(database, { role: 'lead_unit', cityCode: '341700', leadUnitId: b.id }),
    c: await createKey(database, { role: 'lead_unit', cityCode: '341700', leadUnitId: c.id }),
  }
  const entryUrl = (seq: number) => `${city}/tasks/${tasks[seq - 1]!.id}/progress/${period.id}`
  const send = async (method: 'PUT' | 'POST', url: string, key: string | undefined, payload: object | undefined) => {
    const response = await app.inject({ method, url, headers: key ? as(key) : {}, ...(payload ? { payload } : {}) })
    if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`)
    return response
  }
  const draft = (seq: number, key: string) => send('PUT', entryUrl(seq), key, { progress: `任务${seq}进展` })
  const submit = (seq: number, key: string) => send('POST', `${entryUrl(seq)}/submit`, key, undefined)
  const extend = async (seq: number, key: string, days: number) => {
    const asked = bodyOf(await send('POST', `${entryUrl(seq)}/extension`, key,
      { dueAt: new Date(Date.now() + days * DAY).toISOString(), reason: '统计数据尚未发布。' }), Extension)
    return bodyOf(await send('POST', `${city}/extensions/${asked.id}/approve`, undefined, { reason: '同意。' }), Extension)
  }

  await send('PUT', entryUrl(1), undefined, { status: 'on_track', progress: '办公室录入' })
  await draft(2, keys.b)
  await submit(2, keys.b)
  await draft(3, keys.b)
  await submit(3, keys.b)
  await send('POST', `${entryUrl(3)}/return`, undefined, { reason: '数据不全,请补充。' })
  await draft(5, keys.c)
  const tomorrow = await extend(6, keys.c, 1)
  const later = await extend(7, keys.c, 10)
  const extended = await extend(8, keys.a, 2)
  await draft(8, keys.a)
  await submit(8, keys.a)
  return { units: { a, b, c }, tasks, period, dueAt, extensions: { tomorrow, later, extended } }
}

const counts = (due: number, onTime: number, late: number, returned: number, missing: number) => ({ due, onTime, late, returned, missing })

t.test('every count and light, per task and per unit, with the deadline in force', async (t) => {
  const { units: { a, b, c }, tasks, period, dueAt, extensions } = await supervised()
  const body = await ok(t, `${city}/periods/${period.id}/compliance`)
  t.same(body.period, { id: period.id, label: '1-5月份', dueAt })
  t.equal(body.warningDays, 3, 'the city\'s default setting')
  t.same(body.totals, counts(8, 2, 1, 1, 4), 'each task once; the 2024 task is not due')

  t.same(body.tasks.map((task) => task.seq), [1, 2, 3, 4, 5, 6, 7, 8], 'in list order')
  t.same(body.tasks.map((task) => [task.state, task.late, task.light]), [
    ['accepted', false, 'green'],
    ['submitted', true, 'green'],
    ['returned', true, 'red'],
    [null, false, 'red'],
    ['draft', false, 'red'],
    [null, false, 'yellow'],
    [null, false, 'none'],
    ['submitted', false, 'green'],
  ])
  t.same(body.tasks.map((task) => task.dueAt), [dueAt, dueAt, dueAt, dueAt, dueAt, extensions.tomorrow.dueAt, extensions.later.dueAt,
    extensions.extended.dueAt], 'an approved extension\'s deadline, else the period\'s')
  t.same(body.tasks[0], {
    taskId: tasks[0]!.id, seq: 1, title: '任务2025-1', leadUnitIds: [a.id, c.id], state: 'accepted', dueAt, submittedAt: null, late: false, light: 'green', pace: null,
    flags: [],
  }, 'an entry the office filed is accepted and on time, without a submission')
  t.same(body.tasks[1]!.leadUnitIds, [b.id, a.id], 'lead units in the order the task lists them')
  t.ok(Date.parse(body.tasks[1]!.submittedAt!) > Date.parse(dueAt), 'submitted after the deadline')
  t.ok(Date.parse(body.tasks[7]!.submittedAt!) < Date.parse(extensions.extended.dueAt), 'submitted before the extended deadline')
  t.equal(body.tasks[3]!.submittedAt, null)

  t.same(body.units, [
    { leadUnitId: a.id, name: '市发展改革委', ...counts(4, 2, 1, 0, 1) },
    { leadUnitId: c.id, name: '市住房城乡建设局', ...counts(4, 1, 0, 0, 3) },
    { leadUnitId: b.id, name: '市财政局', ...counts(2, 0, 1, 1, 0) },
  ], 'a task with two units counts for both; units in the order of the first task each one is on (C supports task 1)')
})

t.test('the light follows the city\'s warningDays and the period\'s deadline', async (t) => {
  const { period } = await supervised()
  const url = `${city}/periods/${period.id}/compliance`
  const lights = async (t: Test) => (await ok(t, url)).tasks.map((task) => task.light)

  const patched = await app.inject({ method: 'PATCH', url: city, payload: { supervision: { remindDaysBefore: [1], overdueEveryDays: 0, warningDays: 0 } } })
  t.equal(patched.statusCode, 200, patched.body)
  t.equal((await ok(t, url)).warningDays, 0)
  t.same(await lights(t), ['green', 'green', 'red', 'red', 'red', 'none', 'none', 'green'], 'no warning window: tomorrow is not yellow')

  await app.inject({ method: 'PATCH', url: city, payload: { supervision: { remindDaysBefore: [1], overdueEveryDays: 0, warningDays: 3 } } })
  const move = async (dueAt: string | null) => {
    const response = await app.inject({ method: 'PATCH', url: `${city}/periods/${period.id}`, payload: { dueAt } })
    t.equal(response.statusCode, 200, response.body)
  }
  await move(new Date(Date.now() + DAY).toISOString())
  t.same(await lights(t), ['green', 'green', 'yellow', 'yellow', 'yellow', 'yellow', 'none', 'green'], 'due tomorrow, warned three days ahead')
  await move(new Date(Date.now() + 10 * DAY).toISOString())
  t.same(await lights(t), ['green', 'green', 'none', 'none', 'none', 'yellow', 'none', 'green'], 'due in ten days; an extension can be sooner')
  await move(null)
  const free = await ok(t, url)
  t.equal(free.period.dueAt, null)
  t.same(free.tasks.map((task) => task.light), ['green', 'green', 'none', 'none', 'none', 'yellow', 'none', 'green'],
    'no deadline of its own: only the extensions\' deadlines light up')
})

t.test('a period without a deadline or entries: all due, all missing, no light', async (t) => {
  await supervised()
  const open = await post(app, `${city}/periods`, { year: 2025, label: '上半年', kind: 'half_year', startsOn: '2025-01-01', endsOn: '2025-06-30' }, PeriodSchema)
  const body = await ok(t, `${city}/periods/${open.id}/compliance`)
  t.same(body.totals, counts(8, 0, 0, 0, 8))
  t.ok(body.tasks.every((task) => task.light === 'none' && task.state === null && task.dueAt === null), 'extensions of another period do not count')
  t.equal(body.units.length, 3)

  const empty = await post(app, `${city}/periods`, { year: 2030, label: '全年', kind: 'year', startsOn: '2030-01-01', endsOn: '2030-12-31' }, PeriodSchema)
  t.same(await ok(t, `${city}/periods/${empty.id}/compliance`), {
    period: { id: empty.id, label: '全年', dueAt: null }, warningDays: 3, totals: counts(0, 0, 0, 0, 0), units: [], tasks: [],
  }, 'a year without tasks')
})

t.test('filters: leadUnitId, light, both', async (t) => {
  const { units: { a, b, c }, period } = await supervised()
  const url = `${city}/periods/${period.id}/compliance`

  const ofB = await ok(t, url, { leadUnitId: String(b.id) })
  t.same(ofB.tasks.map((task) => task.seq), [2, 3], 'the tasks B is on')
  t.same(ofB.tasks[0]!.leadUnitIds, [b.id, a.id], 'each still with all its lead units')
  t.same(ofB.totals, counts(2, 0, 1, 1, 0))
  t.same(ofB.units, [{ leadUnitId: b.id, name: '市财政局', ...counts(2, 0, 1, 1, 0) }], 'only B')

  const red = await ok(t, url, { light: 'red' })
  t.same(red.tasks.map((task) => task.seq), [3, 4, 5])
  t.same(red.totals, counts(3, 0, 0, 1, 2))
  t.same(red.units.map((unit) => [unit.leadUnitId, unit.due]), [[b.id, 1], [a.id, 1], [c.id, 1]], 'units by their first red task')

  const yellowOfC = await ok(t, url, { light: 'yellow', leadUnitId: String(c.id) })
  t.same(yellowOfC.tasks.map((task) => task.seq), [6])
  t.same(yellowOfC.units, [{ leadUnitId: c.id, name: '市住房城乡建设局', ...counts(1, 0, 0, 0, 1) }])

  const greenOfB = await ok(t, url, { light: 'green', leadUnitId: String(b.id) })
  t.same(greenOfB.tasks.map((task) => task.seq), [2])
  t.same(greenOfB.totals, counts(1, 0, 1, 0, 0))

  const nobody = await ok(t, url, { leadUnitId: '999999' })
  t.same([nobody.totals, nobody.units, nobody.tasks], [counts(0, 0, 0, 0, 0), [], []], 'a unit that leads nothing: nothing to count')
})

t.test('each task carries its entry\'s flags on copied text; flag= narrows the tasks every part counts', async (t) => {
  const { units: { a, b, c }, tasks, period } = await supervised()
  // Our own reports, as the seeds write: task 1's text of 1-4月份 filed again with its figures moved on, and
  // one sentence in the entries of tasks 2 (B, supported by A) and 5 (C), which share no lead unit.
  const april = await post(app, `${city}/periods`, {
    year: 2025, label: '1-4月份', kind: 'month_cumulative', startsOn: '2025-01-01', endsOn: '2025-04-30',
  }, PeriodSchema)
  const report = (month: number, done: number) => `截至${month}月底，全市新开工重点项目${done}个，完成投资${done / 4}亿元。组织召开项目调度会${month}次，` +
    '协调解决用地、环评等问题，对进度滞后的项目实行挂图作战。'
  const template = '坚持问题导向，强化统筹调度，确保各项任务按时保质完成'
  const put = async (taskId: number, periodId: number, progress: string) => {
    const response = await app.inject({ method: 'PUT', url: `${city}/tasks/${taskId}/progress/${periodId}`, payload: { status: 'on_track', progress } })
    t.ok(response.statusCode < 300, response.body)
  }
  await put(tasks[0]!.id, april.id, report(4, 8))
  await put(tasks[0]!.id, period.id, report(5, 12))
  await put(tasks[1]!.id, period.id, `东至县完成农村道路改造8公里。${template}。`)
  await put(tasks[4]!.id, period.id, `贵池区完成农村道路改造12公里。${template}。`)
  const url = `${city}/periods/${period.id}/compliance`
  const body = await ok(t, url)
  const flags = new Map(body.tasks.map((task) => [task.seq, task.flags]))
  t.same(flags.get(1), [{ kind: 'stale', previousPeriodId: april.id, similarity: 1 }])
  t.same(flags.get(2), [{ kind: 'template', sentence: template, otherEntries: [{ taskId: tasks[4]!.id, seq: 5, leadUnitIds: [c.id] }] }])
  t.same(flags.get(5), [{ kind: 'template', sentence: template, otherEntries: [{ taskId: tasks[1]!.id, seq: 2, leadUnitIds: [b.id] }] }])
  t.same([3, 4, 6, 7, 8].map((seq) => flags.get(seq)), [[], [], [], [], []], 'the rest: none, with or without an entry')

  const stale = await ok(t, url, { flag: 'stale' })
  t.same(stale.tasks.map((task) => task.seq), [1])
  t.same(stale.totals, counts(1, 1, 0, 0, 0))
  t.same(stale.units.map((unit) => [unit.leadUnitId, unit.due]), [[a.id, 1], [c.id, 1]], 'the units on task 1')
  const template2 = await ok(t, url, { flag: 'template', leadUnitId: String(c.id) })
  t.same(template2.tasks.map((task) => task.seq), [5], 'both filters')
  const none = await ok(t, `${city}/periods/${april.id}/compliance`, { flag: 'template' })
  t.same([none.totals, none.tasks], [counts(0, 0, 0, 0, 0), []], 'no entry flagged: nothing counted')
})

t.test('the city\'s own data only; readers and lead units may read it', async (t) => {
  const { period } = await supervised()
  await seedCity(app, '340400')
  const other = await seedUnit(app, '市发展改革委', undefined, '340400')
  await seedTask(app, { year: 2025, seq: 1, leadUnitIds: [other.id] }, '340400')
  t.equal((await ok(t, `${city}/periods/${period.id}/compliance`)).totals.due, 8)
  assertProblem(t, await app.inject({ url: `${cityUrl('340400')}/periods/${period.id}/compliance` }), 404, 'not_found')

  const reader = await createKey(database, { role: 'reader', cityCode: '341700' })
  t.equal((await app.inject({ url: `${city}/periods/${period.id}/compliance`, headers: as(reader) })).statusCode, 200)
})

t.test('404 for an unknown period or city, 400 for an unknown or bad parameter', async (t) => {
  const { period } = await supervised()
  const missing = assertProblem(t, await app.inject({ url: `${city}/periods/999999/compliance` }), 404, 'not_found')
  t.match(missing.detail, /period/)
  const noCity = assertProblem(t, await app.inject({ url: `/v1/cities/110000/periods/${period.id}/compliance` }), 404, 'not_found')
  t.match(noCity.detail, /city/)
  const url = `${city}/periods/${period.id}/compliance`
  const bad: Record<string, string>[] = [{ bogus: '1' }, { light: 'blue' }, { leadUnitId: '0' }, { leadUnitId: 'x' }, { flag: 'copied' }]
  for (const query of bad) {
    assertProblem(t, await app.inject({ url, query }), 400, 'validation_failed')
  }
  assertProblem(t, await app.inject({ url, headers: { authorization: '' } }), 401, 'unauthorized')
})
