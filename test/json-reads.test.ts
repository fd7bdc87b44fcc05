/**
 * The reads whose JSON PostgreSQL builds (one task, the task list, one entry, a period's
 * entries: see rowJson in src/db/json.ts) answer exactly what the same rows give through the
 * driver and the response schema: every property of the schema in its order, times cut to the
 * millisecond as the driver's parser cuts them, nulls, targets, actual and rank, lead units in
 * the report's order, pages and their cursors, a search.
 */
import t from 'tap'
import { sql } from 'kysely'
import { putEntry, seedPeriod, seedTask, seedUnit } from './factories.js'
import { bodyOf, seedCity, setup } from './helper.js'
import { findTask } from '../src/features/tasks/tasks.repository.js'
import { findEntry } from '../src/features/entries/entries.repository.js'
import { PeriodProgressEntryList, ProgressEntry } from '../src/features/entries/entries.schemas.js'
import { Task, TaskList } from '../src/features/tasks/tasks.schemas.js'

const { app, database } = await setup(t)
const db = database.db
const city = '/v1/cities/341700'

/** What the driver and the serializer make of a row: the schema's properties, in its order, as JSON. */
function serialized(schema: { properties: object }, row: object) {
  const values = row as Record<string, unknown>
  return JSON.parse(JSON.stringify(Object.fromEntries(Object.keys(schema.properties).map((key) => [key, values[key]]))))
}

t.test('one task and the list: the schema\'s properties in order, as the row gives them', async (t) => {
  await seedCity(app)
  const [ndrc, stats, finance] = [await seedUnit(app, '市发展改革委'), await seedUnit(app, '市统计局'), await seedUnit(app, '市财政局')]
  const withTargets = await seedTask(app, { year: 2025, seq: 1, title: '地区生产总值增长6.5%以上，规上工业增加值增长8%。', leadUnitIds: [finance.id, ndrc.id, stats.id] })
  const plain = await seedTask(app, { year: 2025, seq: 2, leadUnitIds: [stats.id] })
  await seedTask(app, { year: 2025, seq: 3, leadUnitIds: [ndrc.id] })
  t.ok(withTargets.targets.length >= 2, 'the title gives targets')
  // A time past the millisecond, and lead units whose positions have a gap (as after a merge).
  await sql`update tasks set created_at = '2025-01-02 03:04:05.999999+08' where id = ${withTargets.id}`.execute(db)
  await sql`update task_lead_units set position = position * 10 where task_id = ${withTargets.id}`.execute(db)

  for (const task of [withTargets, plain]) {
    const response = await app.inject({ url: `${city}/tasks/${task.id}` })
    t.equal(response.statusCode, 200)
    t.equal(response.headers['content-type'], 'application/json; charset=utf-8')
    t.equal(response.headers.etag, `"${task.version}"`)
    t.same(Object.keys(response.json()), Object.keys(Task.properties), 'every property, in the schema\'s order')
    t.same(response.json(), serialized(Task, (await findTask(db, '341700', task.id))!), `task ${task.seq} as the row gives it`)
  }
  const read = bodyOf(await app.inject({ url: `${city}/tasks/${withTargets.id}` }), Task)
  t.equal(read.createdAt, '2025-01-01T19:04:05.999Z', 'UTC, cut to the millisecond')
  t.same(read.leadUnits.map((unit) => [unit.id, unit.order]), [[finance.id, 0], [ndrc.id, 1], [stats.id, 2]], 'in position order, counted from 0')
  t.same(read.targets, withTargets.targets)

  const first = await app.inject({ url: `${city}/tasks`, query: { year: '2025', limit: '2' } })
  const page = bodyOf(first, TaskList)
  t.same(Object.keys(first.json()), ['items', 'nextCursor'])
  t.same(page.items, [serialized(Task, (await findTask(db, '341700', withTargets.id))!), serialized(Task, (await findTask(db, '341700', plain.id))!)])
  const rest = bodyOf(await app.inject({ url: `${city}/tasks`, query: { year: '2025', limit: '2', cursor: page.nextCursor! } }), TaskList)
  t.same([rest.items.map((task) => task.seq), rest.nextCursor], [[3], null], 'the cursor goes on after the page')
  t.same(bodyOf(await app.inject({ url: `${city}/tasks`, query: { year: '2024' } }), TaskList), { items: [], nextCursor: null }, 'an empty page of a city that exists')
  t.equal((await app.inject({ url: '/v1/cities/340400/tasks', query: { year: '2025' } })).statusCode, 404, 'an empty page of no city')
})

t.test('one entry and a period\'s entries: nulls, times, actual and rank as the row gives them', async (t) => {
  await seedCity(app)
  const unit = await seedUnit(app, '市统计局')
  const period = await seedPeriod(app, 2025, 5)
  const gdp = await seedTask(app, { year: 2025, seq: 1, title: '地区生产总值增长6.5%以上。', leadUnitIds: [unit.id] })
  const other = await seedTask(app, { year: 2025, seq: 2, leadUnitIds: [unit.id] })
  const filed = await app.inject({
    method: 'PUT', url: `${city}/tasks/${gdp.id}/progress/${period.id}`,
    payload: { status: 'behind', progress: '1-5月份，全市地区生产总值增长5.1%，居全省第16位。', nextSteps: '加强调度。' },
  })
  t.equal(filed.statusCode, 201)
  const entry = bodyOf(filed, ProgressEntry)
  t.ok(entry.actual !== null && entry.rank !== null, 'the progress gives the figure and the rank')
  await putEntry(app, other.id, period.id, 'on_track')
  await sql`update progress_entries set submitted_at = '2025-06-01 00:00:00.0005+00', late = true where task_id = ${other.id}`.execute(db)

  for (const task of [gdp, other]) {
    const response = await app.inject({ url: `${city}/tasks/${task.id}/progress/${period.id}` })
    t.equal(response.statusCode, 200)
    const row = (await findEntry(db, { cityCode: '341700', taskId: task.id, periodId: period.id }))!
    t.equal(response.headers.etag, `"${row.version}"`)
    t.same(Object.keys(response.json()), Object.keys(ProgressEntry.properties), 'every property, in the schema\'s order')
    t.same(response.json(), serialized(ProgressEntry, row), `entry of task ${task.seq} as the row gives it`)
  }
  t.same(bodyOf(await app.inject({ url: `${city}/tasks/${gdp.id}/progress/${period.id}` }), ProgressEntry), entry, 'as the PUT answered')
  const late = bodyOf(await app.inject({ url: `${city}/tasks/${other.id}/progress/${period.id}` }), ProgressEntry)
  t.same([late.submittedAt, late.late, entry.submittedAt, entry.proposedStatus], ['2025-06-01T00:00:00.000Z', true, null, null], 'times and nulls')

  const rows = async (...ids: number[]) => Promise.all(ids.map(async (taskId) =>
    serialized(ProgressEntry, (await findEntry(db, { cityCode: '341700', taskId, periodId: period.id }))!)))
  // The period's review list gives each entry with its flags on copied text (none here).
  const listed = async (...ids: number[]) => (await rows(...ids)).map((row) => ({ ...row, flags: [] }))
  const list = (query: Record<string, string>) => app.inject({ url: `${city}/periods/${period.id}/progress`, query })
  const all = bodyOf(await list({}), PeriodProgressEntryList)
  t.same(all, { items: await listed(gdp.id, other.id), nextCursor: null })
  const behind = bodyOf(await list({ status: 'behind' }), PeriodProgressEntryList)
  t.same(behind.items, await listed(gdp.id), 'filtered')
  const paged = bodyOf(await list({ limit: '1' }), PeriodProgressEntryList)
  const second = bodyOf(await list({ limit: '1', cursor: paged.nextCursor! }), PeriodProgressEntryList)
  t.same([...paged.items, ...second.items], all.items, 'page by page')
  t.same(bodyOf(await list({ q: '生产总值' }), PeriodProgressEntryList).items, await listed(gdp.id), 'a search answers the same JSON')
  t.same(bodyOf(await list({ status: 'completed' }), PeriodProgressEntryList), { items: [], nextCursor: null }, 'an empty page of a period that exists')
  t.equal((await app.inject({ url: `${city}/periods/999999/progress` })).statusCode, 404, 'no such period')
})
