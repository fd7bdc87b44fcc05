import t from 'tap'
import type { PeriodRow, ProgressEntryRow } from '../../db/database.js'
import type { TaskView } from '../tasks/tasks.repository.js'
import { type ImportExisting, planImport } from './imports.plan.js'
import type { ParsedReport, ParsedRow } from '../../shared/report/types.js'
import type { ImportRequest } from './imports.schemas.js'
import { emptyHeader } from '../../shared/reportHeader.js'

// planImport reads nothing but its arguments: every case here is built by hand, no database.

const stamp = { createdAt: '2025-06-01T00:00:00.000Z', updatedAt: '2025-06-01T00:00:00.000Z' }
const period: PeriodRow = { cityCode: '341700', id: 7, year: 2025, label: '1-5月份', kind: 'month_cumulative',
  startsOn: '2025-01-01', endsOn: '2025-05-31', state: 'open', dueAt: null, reportHeader: null, version: 1, ...stamp }
const units = [{ id: 1, name: '市发展改革委', aliases: ['市发改委'] }, { id: 2, name: '市财政局', aliases: [] }]

function row(seq: number, extra: Partial<ParsedRow> = {}): ParsedRow {
  return { rowNumber: seq, line: seq + 2, seq, title: `任务${seq}`, leadUnits: ['市发展改革委'], supportUnits: [], status: 'on_track',
    progress: `进展${seq}`, nextSteps: '', remarks: '', target: '', truncated: false, section: null, other: {}, ...extra }
}

const report = (rows: ParsedRow[]): ParsedReport => ({ layout: 'pipe', year: 2025,
  period: { label: '1-5月份', kind: 'month_cumulative', startsOn: '2025-01-01', endsOn: '2025-05-31' },
  columns: ['seq', 'title', 'leadUnits', 'progress'], columnRoles: [], headerLine: 1, rows, warnings: [], header: emptyHeader(), headerLabelled: [] })

function task(seq: number, unitIds = [1], extra: Partial<TaskView> = {}): TaskView {
  return { cityCode: '341700', id: 100 + seq, year: 2025, seq, title: `任务${seq}`, category: null, targets: [], targetsSource: 'extracted', schedule: null,
    parentId: null, part: null, rollup: null, leadUnits: unitIds.map((id, order) => ({ id, name: units.find((unit) => unit.id === id)!.name, role: 'lead', order })),
    version: 1, ...stamp, ...extra }
}

/** An entry as the last import left it (imported_version = version), unless extra says otherwise. */
function entry(seq: number, extra: Partial<ProgressEntryRow> = {}): ProgressEntryRow {
  return { cityCode: '341700', id: 1000 + seq, taskId: 100 + seq, periodId: period.id, status: 'on_track', progress: `进展${seq}`,
    nextSteps: '', remarks: '', actual: null, rank: null, pace: null, paceRev: 1, figures: [], indicatorsSource: 'extracted', importedVersion: 1, importId: 1,
    state: 'accepted', proposedStatus: null, submittedAt: null, late: false, reviewedAt: null, version: 1, ...stamp, ...extra }
}

const request: ImportRequest = { document: '…', sourceName: 'test.txt' }
const stored = (existing: Partial<ImportExisting>): ImportExisting => ({ cityName: '池州市', period, leadUnits: units, tasks: [], entries: [], ...existing })

t.test('an empty city: the period, units, tasks and entries are all new', async (t) => {
  const plan = planImport(report([row(1), row(2, { leadUnits: ['市统计局', '市财政局'] })]), { cityName: '池州市', period: undefined, leadUnits: [], tasks: [], entries: [] }, request)
  t.equal(plan.year, 2025)
  t.match(plan.period, { action: 'create', values: { year: 2025, label: '1-5月份' } })
  t.same(plan.leadUnits, { creates: ['市发展改革委', '市统计局', '市财政局'], unchanged: 0 })
  t.same(plan.tasks.creates.map((created) => [created.seq, created.leadUnits]), [[1, [{ created: 0 }]], [2, [{ created: 1 }, { created: 2 }]]])
  t.same(plan.entries.creates.map((created) => [created.seq, created.taskId, created.status]), [[1, null, 'on_track'], [2, null, 'on_track']])
  t.same([plan.tasks.updates, plan.entries.updates, plan.entries.conflicts], [[], [], []])
})

t.test('what is stored as the document says is unchanged, and an alias names its unit', async (t) => {
  const plan = planImport(report([row(1), row(2, { leadUnits: ['市发改委'] })]),
    stored({ tasks: [task(1), task(2)], entries: [entry(1), entry(2)] }), request)
  t.same(plan.period, { action: 'unchanged', period })
  t.same(plan.leadUnits, { creates: [], unchanged: 2 }, 'each name the document uses is counted once')
  t.same([plan.tasks.creates, plan.tasks.updates, plan.tasks.unchanged], [[], [], 2])
  t.same([plan.entries.creates, plan.entries.updates, plan.entries.resync, plan.entries.unchanged], [[], [], [], 2])
})

t.test('a title change updates the task and keeps its links; a units change relinks it', async (t) => {
  const plan = planImport(report([row(1, { title: '地区生产总值增长6.5%以上。' }), row(2, { leadUnits: ['市财政局', '市发改委'] })]),
    stored({ tasks: [task(1), task(2)] }), request)
  t.equal(plan.tasks.updates.length, 2)
  const [retitled, relinked] = plan.tasks.updates
  t.equal(retitled!.title, '地区生产总值增长6.5%以上。')
  t.match(retitled!.targets, [{ value: 6.5 }], 'extracted targets follow the new title')
  t.notOk('leadUnits' in retitled!, 'its links stay')
  t.equal(relinked!.title, '任务2')
  t.same(relinked!.leadUnits, [{ id: 2 }, { id: 1 }], 'the units in the document\'s order')
  t.equal(relinked!.before.id, 102)
})

t.test('a person\'s targets stay when the title changes', async (t) => {
  const targets = [{ kind: 'growth' as const, value: 9, unit: '%', label: '人工' }]
  const plan = planImport(report([row(1, { title: '地区生产总值增长6.5%以上。' })]),
    stored({ tasks: [task(1, [1], { targets: targets as never, targetsSource: 'manual' })] }), request)
  t.same(plan.tasks.updates[0]!.targets, targets)
})

t.test('a cut-off row that lost its units keeps the task\'s units', async (t) => {
  const plan = planImport(report([row(1, { leadUnits: [], truncated: true })]), stored({ tasks: [task(1, [1, 2])] }), request)
  t.equal(plan.tasks.unchanged, 1, 'nothing to change')
  t.match(plan.warnings, [{ code: 'no_lead_unit', rowNumber: 1 }])
  const retitled = planImport(report([row(1, { title: '新标题', leadUnits: [] })]), stored({ tasks: [task(1, [1, 2])] }), request)
  t.notOk('leadUnits' in retitled.tasks.updates[0]!, 'a new title alone does not unlink it')
})

t.test('a repeated seq is planned once, from its first row, with a warning', async (t) => {
  const plan = planImport(report([row(1), row(1, { rowNumber: 2, title: '重复' })]), stored({}), request)
  t.same(plan.tasks.creates.map((created) => created.title), ['任务1'])
  t.equal(plan.entries.creates.length, 1)
  t.match(plan.warnings, [{ code: 'duplicate_seq_skipped', rowNumber: 2 }])
})

t.test('entries a person changed are conflicts, unless overwrite; one the person set to the document is re-synced', async (t) => {
  const document = report([row(1), row(2), row(3), row(4, { status: 'behind' })])
  const existing = stored({
    tasks: [task(1), task(2), task(3), task(4)],
    entries: [
      entry(1, { importedVersion: null, importId: null, status: 'behind' }), // filed by a person
      entry(2, { version: 2, progress: '人工更正' }), // changed since the import
      entry(3, { version: 3 }), // changed, then changed back to the document's text
      entry(4), // as the last import left it: the document's change applies
    ],
  })
  const plan = planImport(document, existing, request)
  t.same(plan.entries.conflicts, [
    { seq: 1, taskId: 101, entryId: 1001, fields: ['status'], reason: 'filed_by_person' },
    { seq: 2, taskId: 102, entryId: 1002, fields: ['progress'], reason: 'changed_since_import' },
  ])
  t.same(plan.entries.resync, [1003])
  t.equal(plan.entries.unchanged, 1)
  t.same(plan.entries.updates.map((update) => [update.before.id, update.text.status]), [[1004, 'behind']])

  const overwrite = planImport(document, existing, { ...request, overwrite: true })
  t.same(overwrite.entries.conflicts, [])
  t.same(overwrite.entries.updates.map((update) => update.before.id), [1001, 1002, 1004])
})

t.test('figures a person set stay; extracted ones follow the text', async (t) => {
  const actual = { value: 7, unit: '%', kind: 'growth' }
  const plan = planImport(report([row(1, { progress: '增长6.6%。' }), row(2, { progress: '增长6.6%。' })]),
    stored({ tasks: [task(1), task(2)], entries: [entry(1, { indicatorsSource: 'manual', actual: actual as never }), entry(2)] }), request)
  const [manual, extracted] = plan.entries.updates
  t.equal(manual!.figures, undefined, 'manual: the figures are not written')
  t.ok(extracted!.figures, 'extracted: written again')
})

t.test('the period: named by id, changed dates, closed, unknown', async (t) => {
  t.throws(() => planImport(report([row(1)]), stored({ period: { ...period, year: 2024 } }), { ...request, periodId: 7 }), { code: 'year_mismatch' })
  t.match(planImport(report([row(1)]), stored({ period: { ...period, endsOn: '2025-05-30' } }), request).period,
    { action: 'update', set: { endsOn: '2025-05-31' } })
  t.throws(() => planImport(report([row(1)]), stored({ period: { ...period, state: 'closed' } }), request), { code: 'period_closed' })
  t.throws(() => planImport({ ...report([row(1)]), period: null }, stored({ period: undefined }), request), { code: 'period_unknown' })
  t.throws(() => planImport({ ...report([row(1)]), year: null }, stored({}), request), { code: 'year_unknown' })
})
