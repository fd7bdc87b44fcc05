// 序时进度 where the office reviews: on the entry, as a filter of the review list and of
// compliance, counted in the summary; worked out again when a task's target or a period's end
// changes, and by the entryPace job for entries an older revision wrote.
import t from 'tap'
import { sql } from 'kysely'
import { readSeed, seedCity, setup } from '../../../test/helper.js'

const { app, database } = await setup(t)
const city = '/v1/cities/341700'

// The database is emptied before each test: each imports the 池州 seed first.
let periodId = 0
let allTasks = new Map<number, number>()
async function importChizhou() {
  await seedCity(app)
  const imported = await app.inject({ method: 'POST', url: `${city}/imports`, payload: { document: readSeed('chizhou-2025-jan-may.txt'), sourceName: 'chizhou.txt' } })
  if (imported.statusCode !== 201) throw new Error(imported.body)
  periodId = imported.json().period.id as number
  allTasks = new Map(((await app.inject({ url: `${city}/tasks`, query: { year: '2025', limit: '200' } })).json().items as { id: number, seq: number }[])
    .map((task) => [task.id, task.seq]))
}
const taskOf = async (seq: number) => (await app.inject({ url: `${city}/tasks`, query: { year: '2025', seq: String(seq) } })).json().items[0]
const entryOf = async (taskId: number) => (await app.inject({ url: `${city}/tasks/${taskId}/progress/${periodId}` })).json()
const seqsOf = (items: { taskId: number }[]) => items.map((item) => allTasks.get(item.taskId))

t.test('the entry carries its pace; the review list and compliance filter by it', async (t) => {
  await importChizhou()
  const first = await entryOf((await taskOf(1)).id)
  t.match(first.pace, { kind: 'rate', verdict: 'behind', statement: '增长6.4%，低于目标0.1个百分点' })
  const last = await entryOf((await taskOf(46)).id)
  t.match(last.pace, { kind: 'quantity', verdict: 'behind', expectedShare: 0.417, statement: /^完成年度目标的35\.2%，低于序时进度6\.5个百分点$/ })

  const behind = (await app.inject({ url: `${city}/periods/${periodId}/progress`, query: { pace: 'behind', limit: '100' } })).json()
  t.same(seqsOf(behind.items), [1, 2, 3, 4, 5, 6, 7, 46], 'the review list, behind 序时进度')
  const none = (await app.inject({ url: `${city}/periods/${periodId}/progress`, query: { pace: 'none', limit: '100' } })).json()
  t.equal(none.items.length, 49 - 8 - 1, 'every other entry has no verdict but the one on schedule')

  const compliance = (await app.inject({ url: `${city}/periods/${periodId}/compliance`, query: { pace: 'behind' } })).json()
  t.same(compliance.tasks.map((task: { seq: number }) => task.seq), [1, 2, 3, 4, 5, 6, 7, 46])
  t.same(new Set(compliance.tasks.map((task: { pace: string }) => task.pace)), new Set(['behind']))
  const bad = await app.inject({ url: `${city}/periods/${periodId}/progress`, query: { pace: 'slow' } })
  t.equal(bad.statusCode, 400)
})

t.test('the summary counts the pace and lists the tasks behind it, whatever the office rated them', async (t) => {
  await importChizhou()
  const summary = (await app.inject({ url: `${city}/periods/${periodId}/summary` })).json()
  t.same(summary.pace, { ahead: 0, on_schedule: 1, behind: 8, noVerdict: 17 })
  t.same(summary.behindSchedule.map((task: { seq: number, status: string }) => [task.seq, task.status]),
    [[1, 'behind'], [2, 'behind'], [3, 'behind'], [4, 'behind'], [5, 'behind'], [6, 'behind'], [7, 'behind'], [46, 'on_track']])
})

t.test('a target the office sets, and a period\'s end, move the pace of the entries they concern', async (t) => {
  await importChizhou()
  const task = await taskOf(46)
  const before = await entryOf(task.id)
  const target = task.targets[0]
  const changed = await app.inject({ method: 'PATCH', url: `${city}/tasks/${task.id}`, headers: { 'if-match': `"${task.version}"` },
    payload: { targets: [{ ...target, value: target.value / 2, text: `${target.metric}${target.value / 2}${target.unit}` }] } })
  t.equal(changed.statusCode, 200, changed.body)
  const after = await entryOf(task.id)
  t.equal(after.pace.verdict, 'ahead', 'half the target: the same figure is ahead')
  t.equal(after.version, before.version, 'the entry itself did not change: its version stays')

  const period = (await app.inject({ url: `${city}/periods/${periodId}` })).json()
  const moved = await app.inject({ method: 'PATCH', url: `${city}/periods/${periodId}`, headers: { 'if-match': `"${period.version}"` },
    payload: { endsOn: '2025-03-31' } })
  t.equal(moved.statusCode, 200, moved.body)
  t.equal((await entryOf(task.id)).pace.expectedShare, 0.25, 'the share due follows the period\'s end')
})

t.test('the entryPace job works out again what an older revision wrote', async (t) => {
  await importChizhou()
  const task = await taskOf(2)
  await sql`update progress_entries set pace = null, pace_rev = 0 where task_id = ${task.id}`.execute(database.db)
  t.equal((await entryOf(task.id)).pace, null)
  await app.worker.drain(new Date())
  t.match((await entryOf(task.id)).pace, { verdict: 'behind', statement: '增长5.1%，低于目标2.9个百分点' })
  const left = await sql<{ n: number }>`select count(*)::int as n from progress_entries where pace_rev = 0`.execute(database.db)
  t.equal(left.rows[0]!.n, 0)
})

t.test('an entry carries every figure of its text with its span; figures against the proposed status are flagged', async (t) => {
  await importChizhou()
  const fourth = await entryOf((await taskOf(4)).id)
  t.same(fourth.figures.map((figure: { kind: string }) => figure.kind), ['date', 'amount', 'growth', 'rank'])
  t.ok(fourth.figures.every((figure: { start: number, end: number, text: string }) => fourth.progress.slice(figure.start, figure.end) === figure.text))

  // The unit proposes 序时推进 for task 46; its figures are behind 序时进度.
  const task = await taskOf(46)
  const entry = await entryOf(task.id)
  const patched = await app.inject({ method: 'PATCH', url: `${city}/tasks/${task.id}/progress/${periodId}`, headers: { 'if-match': `"${entry.version}"` },
    payload: { proposedStatus: 'on_track' } })
  t.equal(patched.statusCode, 200, patched.body)
  const flagged = (await app.inject({ url: `${city}/periods/${periodId}/progress`, query: { flag: 'contradiction', limit: '100' } })).json()
  t.same(seqsOf(flagged.items), [46])
  t.match(flagged.items[0].flags, [{ kind: 'contradiction', proposedStatus: 'on_track', statement: /低于序时进度/ }])
  const compliance = (await app.inject({ url: `${city}/periods/${periodId}/compliance`, query: { flag: 'contradiction' } })).json()
  t.same(compliance.tasks.map((row: { seq: number }) => row.seq), [46])

  await sql`update progress_entries set figures = '[]', pace_rev = 0 where task_id = ${(await taskOf(4)).id}`.execute(database.db)
  await app.worker.drain(new Date())
  t.equal((await entryOf((await taskOf(4)).id)).figures.length, 4, 'the entryPace job works out the figures of entries written before')
})

t.test('a task\'s own schedule or milestones are its yardstick: set by the office, checked, and the entries follow', async (t) => {
  await importChizhou()
  const task = await taskOf(46)
  const set = (schedule: unknown, version: number) => app.inject({ method: 'PATCH', url: `${city}/tasks/${task.id}`,
    headers: { 'if-match': `"${version}"` }, payload: { schedule } })

  const shares = { shares: [{ by: '2025-05-31', percent: 30 }, { by: '2025-12-31', percent: 100 }] }
  const scheduled = await set(shares, task.version)
  t.equal(scheduled.statusCode, 200, scheduled.body)
  t.same(scheduled.json().schedule, shares, 'the task carries its schedule')
  t.same((await taskOf(46)).schedule, shares, 'and lists it')
  t.match((await entryOf(task.id)).pace, { kind: 'quantity', expectedShare: 0.3, verdict: 'on_schedule', statement: /高于计划进度5\.2个百分点$/ },
    'behind months ÷ 12, on the office\'s own schedule')
  const summary = (await app.inject({ url: `${city}/periods/${periodId}/summary` })).json()
  t.match(summary.forecasts.find((forecast: { seq: number }) => forecast.seq === 46), { basis: 'schedule', statement: /^按计划进度（5月底应完成全年的30%）推算/ })

  const milestones = { milestones: [{ name: '开工', due: '2025-03-31' }, { name: '投用', due: '2025-12-31' }] }
  const marked = await set(milestones, scheduled.json().version)
  t.equal(marked.statusCode, 200, marked.body)
  t.match((await entryOf(task.id)).pace, { kind: 'milestone', verdict: 'behind', statement: '“开工”（3月31日到期）未见完成' })
  const behind = (await app.inject({ url: `${city}/periods/${periodId}/progress`, query: { pace: 'behind', limit: '100' } })).json()
  t.ok(seqsOf(behind.items).includes(46), 'the review list filters by it')

  const entry = await entryOf(task.id)
  const filed = await app.inject({ method: 'PATCH', url: `${city}/tasks/${task.id}/progress/${periodId}`, headers: { 'if-match': `"${entry.version}"` },
    payload: { progress: '项目已于3月开工建设，目前完成主体工程。' } })
  t.equal(filed.statusCode, 200, filed.body)
  t.match(filed.json().pace, { kind: 'milestone', verdict: 'on_schedule', statement: '已完成“开工”' }, 'a new text is read for its milestones')

  const cleared = await set(null, marked.json().version)
  t.equal(cleared.statusCode, 200, cleared.body)
  t.equal(cleared.json().schedule, null)
  t.equal((await entryOf(task.id)).pace.kind, 'quantity', 'back to months ÷ 12')

  for (const [schedule, field] of [
    [{ shares: [{ by: '2024-12-31', percent: 10 }] }, 'schedule.shares[0].by'],
    [{ shares: [{ by: '2025-06-30', percent: 50 }, { by: '2025-03-31', percent: 60 }] }, 'schedule.shares[1].by'],
    [{ shares: [{ by: '2025-03-31', percent: 50 }, { by: '2025-06-30', percent: 40 }] }, 'schedule.shares[1].percent'],
    [{ milestones: [{ name: '开工', due: '2025-03-31' }, { name: '开工', due: '2025-04-30' }] }, 'schedule.milestones[1].name'],
  ] as const) {
    const refused = await set(schedule, cleared.json().version)
    t.equal(refused.statusCode, 400, JSON.stringify(schedule))
    t.match(refused.json(), { errors: [{ field }] }, field)
  }
  t.equal((await set({ shares: [{ by: '2025-03-31', percent: 120 }] }, cleared.json().version)).statusCode, 400, 'a share past 100%')
  t.equal((await set({}, cleared.json().version)).statusCode, 400, 'an empty schedule')
  t.equal((await taskOf(46)).version, cleared.json().version, 'nothing refused was written')

  const kept = await set(shares, cleared.json().version)
  const moved = await app.inject({ method: 'PATCH', url: `${city}/tasks/${task.id}`, headers: { 'if-match': `"${kept.json().version}"` },
    payload: { year: 2026 } })
  t.equal(moved.statusCode, 422, 'a task with entries of 2025 stays in 2025')
})
