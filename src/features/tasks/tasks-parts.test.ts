/**
 * 县区分解: a task of the list split into parts led by counties and districts, each with its own
 * entries and review; the parent rolls up from them (the weakest part's status by default, or the
 * weighted share's verdict), the report names the parts behind, and an import neither numbers
 * parts as tasks of the list nor reads a county breakdown in a progress cell as units.
 */
import t from 'tap'
import { assertProblem, badFields, putEntry, seedPeriod, seedTask, seedUnit } from '../../../test/factories.js'
import { bodyOf, seedCity, setup } from '../../../test/helper.js'
import { Task, TaskList, TaskRollup } from './tasks.schemas.js'
import { ReportTable, Summary } from '../reports/reports.schemas.js'

const { app, database } = await setup(t)
const city = '/v1/cities/341700'

/** A task of the list split among three counties: 2 + 2 + 1 of its 5 kindergartens. */
async function splitTask(options: { rollup?: 'share' | 'weakest' } = {}) {
  await seedCity(app)
  const education = await seedUnit(app, '市教育局')
  const counties = { guichi: await seedUnit(app, '贵池区'), dongzhi: await seedUnit(app, '东至县'), qingyang: await seedUnit(app, '青阳县') }
  const other = await seedTask(app, { year: 2025, seq: 1, title: '城镇新增就业2万人。', leadUnitIds: [education.id] })
  const parent = bodyOf(await app.inject({ method: 'POST', url: `${city}/tasks`, payload: {
    year: 2025, seq: 2, title: '新(改、扩)建公办园5所。', leadUnits: [{ leadUnitId: education.id, role: 'lead' }], ...options,
  } }), Task)
  const part = async (seq: number, unitId: number, count: number, support?: number) => {
    const created = await app.inject({ method: 'POST', url: `${city}/tasks`, payload: {
      year: 2025, seq, title: `新建公办园${count}所。`, parentId: parent.id, part: count,
      leadUnits: [...support ? [{ leadUnitId: support, role: 'support' }] : [], { leadUnitId: unitId, role: 'lead' }],
    } })
    t.equal(created.statusCode, 201, created.body)
    return bodyOf(created, Task)
  }
  // Numbered under the parent: seq 1 is free there although the list has a task 1.
  const parts = { guichi: await part(1, counties.guichi.id, 2), dongzhi: await part(2, counties.dongzhi.id, 2, education.id), qingyang: await part(3, counties.qingyang.id, 1) }
  const period = await seedPeriod(app, 2025, 6)
  return { education, counties, other, parent, parts, period }
}

const file = (taskId: number, periodId: number, status: string, progress: string) =>
  app.inject({ method: 'PUT', url: `${city}/tasks/${taskId}/progress/${periodId}`, payload: { status, progress } })

const rollupOf = async (taskId: number, periodId: number) => {
  const response = await app.inject({ url: `${city}/tasks/${taskId}/rollup`, query: { periodId: String(periodId) } })
  t.equal(response.statusCode, 200, response.body)
  return bodyOf(response, TaskRollup)
}

t.test('a part is a task of its own: numbered under its parent, with its parent, weight and lead unit', async (t) => {
  const { parent, parts, counties } = await splitTask()
  t.match(parts.guichi, { parentId: parent.id, part: 2, seq: 1, rollup: null, leadUnits: [{ id: counties.guichi.id, name: '贵池区' }] })
  t.match(parent, { parentId: null, part: null, rollup: null })
  const listed = bodyOf(await app.inject({ url: `${city}/tasks`, query: { year: '2025' } }), TaskList)
  t.same(listed.items.map((task) => [task.seq, task.parentId]), [[1, null], [1, parent.id], [2, null], [2, parent.id], [3, parent.id]],
    'the list holds the parts too, each naming its parent')
  const events = (await app.inject({ url: `${city}/events` })).json() as { items: { type: string, data: { taskId: number, parentId: number | null } }[] }
  t.same(events.items.filter((event) => event.type === 'task.created').map((event) => [event.data.taskId, event.data.parentId]),
    [[listed.items[0]!.id, null], [parent.id, null], [parts.guichi.id, parent.id], [parts.dongzhi.id, parent.id], [parts.qingyang.id, parent.id]],
    'a follower learns which task a new one is a part of')
})

t.test('the weakest part gives the status; the weighted share needs every part\'s figure; the parts behind are named', async (t) => {
  const { parent, parts, period } = await splitTask()
  const none = await rollupOf(parent.id, period.id)
  t.match(none, { rule: 'weakest', status: null, behind: [], statement: null })
  t.same(none.unreported, [parts.guichi.id, parts.dongzhi.id, parts.qingyang.id], 'nothing filed: every part unreported')

  // Each county files its own part; the office has accepted them (filed by the office).
  t.equal((await file(parts.guichi.id, period.id, 'on_track', '已新建公办园1所，其余在建。')).statusCode, 201)
  t.equal((await file(parts.qingyang.id, period.id, 'completed', '已新建公办园1所，投入使用。')).statusCode, 201)
  const two = await rollupOf(parent.id, period.id)
  t.equal(two.status, null, 'a part not yet reported leaves the weakest status unknown')
  t.same(two.unreported, [parts.dongzhi.id])
  t.match(two.share, { actualShare: null, statement: '东至县未报告完成数，无法合计' })

  t.equal((await file(parts.dongzhi.id, period.id, 'behind', '园舍正在进行主体施工，尚未建成。')).statusCode, 201)
  const all = await rollupOf(parent.id, period.id)
  t.equal(all.status, 'behind', 'behind, on track and completed: the weakest is behind')
  t.same(all.behind, [parts.dongzhi.id])
  t.equal(all.statement, '其中东至县未达序时进度。')
  t.same(all.parts.map((part) => [part.seq, part.status, part.behind]), [[1, 'on_track', false], [2, 'behind', true], [3, 'completed', false]])
  t.match(all.share, { actualShare: null }, 'the county behind gives no figure: no weighted share')

  t.equal((await file(parts.dongzhi.id, period.id, 'behind', '已新建公办园0所，均在主体施工。')).statusCode, 200)
  const weighted = await rollupOf(parent.id, period.id)
  // (2 × 1/2 + 2 × 0 + 1 × 1) ÷ 5 = 40% at the end of June, against 50% due.
  t.match(weighted.share, { actualShare: 0.4, expectedShare: 0.5, verdict: 'behind', gap: -10, statement: '合计完成年度目标的40%，低于序时进度10个百分点' })

  // By the weighted share instead: the same figures say behind; better figures say on track.
  t.equal((await app.inject({ method: 'PATCH', url: `${city}/tasks/${parent.id}`, payload: { rollup: 'share' } })).statusCode, 200)
  t.match(await rollupOf(parent.id, period.id), { rule: 'share', status: 'behind' })
  t.equal((await file(parts.dongzhi.id, period.id, 'on_track', '已新建公办园1所，其余主体施工。')).statusCode, 200)
  const better = await rollupOf(parent.id, period.id)
  t.match(better, { rule: 'share', status: 'on_track', behind: [], statement: null })
  t.match(better.share, { actualShare: 0.6, verdict: 'on_schedule' })
})

t.test('the summary and the report name the parts behind; parts are not rows of the list', async (t) => {
  const { parent, parts, period, other } = await splitTask()
  await putEntry(app, other.id, period.id, 'on_track')
  await putEntry(app, parent.id, period.id, 'on_track')
  await file(parts.guichi.id, period.id, 'behind', '已新建公办园0所。')
  await file(parts.dongzhi.id, period.id, 'behind', '已新建公办园0所。')
  await file(parts.qingyang.id, period.id, 'completed', '已新建公办园1所。')
  const summary = bodyOf(await app.inject({ url: `${city}/periods/${period.id}/summary` }), Summary)
  t.equal(summary.taskCount, 2, 'the list\'s two tasks, not its parts')
  t.same(summary.counts.on_track, 2)
  t.equal(summary.splits.length, 1)
  t.match(summary.splits[0], { taskId: parent.id, seq: 2, rollup: { status: 'behind', behind: [parts.guichi.id, parts.dongzhi.id] } })
  t.match(summary.narrative, /第2项“新（改、扩）建公办园5所”分解到县区落实，其中贵池区、东至县未达序时进度。/,
    'each part named by its lead unit, not the unit supporting it (市教育局 supports 东至县\'s)')

  const table = bodyOf(await app.inject({ url: `${city}/periods/${period.id}/report` }), ReportTable)
  t.same(table.rows.map((row) => row[0]), ['1', '2'], 'one row a task of the list')
  t.match(table.narrative, /其中贵池区、东至县未达序时进度/)
})

t.test('the rules of a split: one level deep, the parent\'s year, a weight only on a part, a rule only on the parent', async (t) => {
  const { parent, parts, education, period } = await splitTask()
  const post = (payload: object) => app.inject({ method: 'POST', url: `${city}/tasks`, payload: {
    year: 2025, seq: 9, title: '新建公办园1所。', leadUnits: [{ leadUnitId: education.id, role: 'lead' }], ...payload } })
  assertProblem(t, await post({ parentId: parts.guichi.id }), 422, 'part_of_part')
  assertProblem(t, await post({ parentId: parent.id, year: 2024 }), 422, 'year_mismatch')
  assertProblem(t, await post({ parentId: 999999 }), 404, 'not_found')
  const weightOnly = await post({ part: 1 })
  assertProblem(t, weightOnly, 400, 'validation_failed')
  t.same(badFields(t, weightOnly), ['body/part'])
  const ruleOnPart = await post({ parentId: parent.id, rollup: 'share' })
  t.same(badFields(t, ruleOnPart), ['body/rollup'])
  assertProblem(t, await post({ parentId: parent.id, seq: 1 }), 409, 'task_seq_taken')
  t.same(badFields(t, await app.inject({ method: 'PATCH', url: `${city}/tasks/${parts.guichi.id}`, payload: { rollup: 'share' } })), ['body/rollup'])
  t.same(badFields(t, await app.inject({ method: 'PATCH', url: `${city}/tasks/${parent.id}`, payload: { part: 3 } })), ['body/part'])
  assertProblem(t, await app.inject({ method: 'PATCH', url: `${city}/tasks/${parts.guichi.id}`, payload: { year: 2026 } }), 422, 'year_mismatch')
  assertProblem(t, await app.inject({ method: 'PATCH', url: `${city}/tasks/${parent.id}`, payload: { year: 2026 } }), 409, 'task_has_parts')
  assertProblem(t, await app.inject({ method: 'DELETE', url: `${city}/tasks/${parent.id}` }), 409, 'task_has_parts')
  t.match(bodyOf(await app.inject({ method: 'PATCH', url: `${city}/tasks/${parts.guichi.id}`, payload: { part: 3 } }), Task), { part: 3, version: 2 })
  const lastYear = await seedPeriod(app, 2024, 6)
  assertProblem(t, await app.inject({ url: `${city}/tasks/${parent.id}/rollup`, query: { periodId: String(lastYear.id) } }), 422, 'year_mismatch')
  assertProblem(t, await app.inject({ url: `${city}/tasks/${parent.id}/rollup`, query: { periodId: '999999' } }), 404, 'not_found')
  t.match(await rollupOf(parts.guichi.id, period.id), { parts: [], status: null, share: null }, 'a task with no parts rolls up nothing')
  // Parts go first, then the parent.
  for (const part of Object.values(parts)) t.equal((await app.inject({ method: 'DELETE', url: `${city}/tasks/${part.id}` })).statusCode, 204)
  t.equal((await app.inject({ method: 'DELETE', url: `${city}/tasks/${parent.id}` })).statusCode, 204)
})

t.test('an import reads a county breakdown in a progress cell as text, and matches only the list\'s tasks', async (t) => {
  const { parent, parts, other } = await splitTask()
  const breakdown = '全市已建成公办园3所。其中：贵池区已建成1所；东至县2所主体完工；青阳县已建成1所。'
  const document = [
    '2025年重点工作任务1-6月份进展情况', '',
    ['序号', '重点工作任务', '牵头责任单位', '工作评价', '1-6月份进展情况'].join('\t'),
    ['1', '城镇新增就业2万人。', '市教育局', '序时推进', '城镇新增就业1.2万人。'].join('\t'),
    ['2', '新(改、扩)建公办园5所。', '市教育局', '序时推进', breakdown].join('\t'),
  ].join('\n')
  const imported = await app.inject({ method: 'POST', url: `${city}/imports`, payload: { document, sourceName: 'breakdown.txt' } })
  t.equal(imported.statusCode, 201, imported.body)
  t.same(imported.json().counts.tasks, { created: 0, updated: 0, unchanged: 2 }, 'seq 1 and 2 are the list\'s tasks, not parts 1 and 2')
  const units = await database.db.selectFrom('leadUnits').select('name').orderBy('id').execute()
  t.same(units.map((unit) => unit.name), ['市教育局', '贵池区', '东至县', '青阳县'], 'no unit read from the breakdown')
  const entries = await database.db.selectFrom('progressEntries').select(['taskId', 'progress']).orderBy('taskId').execute()
  t.same(entries.map((entry) => [Number(entry.taskId), entry.progress]), [[other.id, '城镇新增就业1.2万人。'], [parent.id, breakdown]],
    'the breakdown stays the parent\'s progress, word for word; the parts have no entry from it')
  const stillParts = await database.db.selectFrom('tasks').select(['id', 'title', 'version']).where('parentId', '=', parent.id).orderBy('seq').execute()
  t.same(stillParts.map((part) => [Number(part.id), part.title, part.version]),
    [[parts.guichi.id, '新建公办园2所。', 1], [parts.dongzhi.id, '新建公办园2所。', 1], [parts.qingyang.id, '新建公办园1所。', 1]])
})

t.test('a part is not a task of the list: not among the status changes, not what a weight by seq names', async (t) => {
  const { parts, period, other } = await splitTask()
  const may = await seedPeriod(app, 2025, 5)
  await file(parts.guichi.id, period.id, 'behind', '已新建公办园0所。')
  await file(other.id, period.id, 'on_track', '城镇新增就业1.2万人。')
  const changes = await app.inject({ url: `${city}/periods/${period.id}/changes`, query: { since: String(may.id) } })
  t.equal(changes.statusCode, 200, changes.body)
  t.same(changes.json().items.map((item: { taskId: number }) => item.taskId), [other.id], 'the list\'s task 1, not part 1 of task 2')
  // seq 1 is the list's task 1 (not part 1 of task 2): naming it again by its id is naming it twice.
  const twice = await app.inject({ method: 'PUT', url: `${city}/assessment-rules/2025`, payload: {
    baseScore: 100, points: { missing: -10 }, taskWeights: [{ seq: 1, weight: 3 }, { taskId: other.id, weight: 2 }] } })
  assertProblem(t, twice, 400, 'validation_failed')
})
