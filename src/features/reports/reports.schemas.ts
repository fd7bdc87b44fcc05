import Type from 'typebox'
import { Id, ref } from '../../shared/common.schemas.js'
import { Actual, Rank, Target } from '../tasks/indicators.schemas.js'
import { Period } from '../periods/periods.schemas.js'
import { ProgressStatus } from '../entries/entries.schemas.js'
import { TaskRollup } from '../tasks/tasks.schemas.js'

const StatusCounts = Type.Object({
  completed: Type.Integer({ minimum: 0 }),
  ahead: Type.Integer({ minimum: 0, description: '超进度: ahead of 序时' }),
  on_track: Type.Integer({ minimum: 0 }),
  behind: Type.Integer({ minimum: 0 }),
  other: Type.Integer({ minimum: 0, description: '其它类: a class the city keeps outside the pace (by its own words)' }),
  not_rated: Type.Integer({ minimum: 0 }),
  awaiting_review: Type.Integer({ minimum: 0, description: '已报送待审核: submitted and not yet reviewed by the office' }),
  returned: Type.Integer({ minimum: 0, description: '退回修改: returned to the unit and not yet submitted again' }),
  not_reported: Type.Integer({ minimum: 0, description: '未报送: no entry for the period, or only a draft' }),
})
const UnitRef = Type.Object({ id: Id, name: Type.String() })
const TaskRef = Type.Object({ taskId: Id, seq: Type.Integer(), title: Type.String() })

export const Summary = Type.Object({
  period: ref(Period),
  taskCount: Type.Integer({ minimum: 0, description: 'Tasks on the city\'s list for the period\'s year' }),
  counts: StatusCounts,
  late: Type.Integer({ minimum: 0, description: 'Entries handed in (submitted or accepted) after their deadline in force, as compliance counts them' }),
  behind: Type.Array(Type.Object({
    taskId: Id, seq: Type.Integer(), title: Type.String(),
    leadUnits: Type.Array(UnitRef),
    targets: Type.Array(ref(Target)),
    actual: Type.Union([ref(Actual), Type.Null()]),
    rank: Type.Union([ref(Rank), Type.Null()]),
    progress: Type.String(),
  }), { description: 'Tasks rated 未达预期, in seq order' }),
  units: Type.Array(Type.Object({
    leadUnitId: Id, name: Type.String(), tasks: Type.Integer({ description: 'Tasks the unit leads' }),
    counts: StatusCounts, notReported: Type.Integer(),
  }), { description: 'Per lead unit, in the order units first appear in the list' }),
  notReported: Type.Array(Type.Object({ leadUnitId: Id, name: Type.String(), tasks: Type.Array(TaskRef) }), {
    description: 'Who has not reported: tasks with no entry or only a draft, by lead unit (submitted and returned entries are counted apart, as compliance counts them)',
  }),
  suggestions: Type.Array(Type.Object({
    taskId: Id, seq: Type.Integer(), status: ref(ProgressStatus), suggestedStatus: Type.Literal('behind'), reason: Type.String(),
  }), { description: 'Entries whose figures say behind although a person rated them otherwise; never applied' }),
  pace: Type.Object({
    ahead: Type.Integer({ minimum: 0 }), on_schedule: Type.Integer({ minimum: 0 }), behind: Type.Integer({ minimum: 0 }),
    noVerdict: Type.Integer({ minimum: 0, description: 'A measurable target, but no figure in the progress that reports on it' }),
  }, { description: '序时进度 of the accepted entries of tasks with a measurable target (see Pace)' }),
  behindSchedule: Type.Array(Type.Object({
    taskId: Id, seq: Type.Integer(), title: Type.String(), status: ref(ProgressStatus),
    statement: Type.String({ examples: ['完成年度目标的35.2%，低于序时进度6.5个百分点'] }),
  }), { description: 'Tasks whose figures are behind 序时进度, whatever the office rated them, in seq order: a suggestion, never applied' }),
  forecasts: Type.Array(Type.Object({
    taskId: Id, seq: Type.Integer(), title: Type.String(), status: ref(ProgressStatus),
    projected: Type.Number({ description: 'The projected year-end value, in unit' }),
    unit: Type.String(),
    basis: Type.Enum(['run_rate', 'last_year', 'schedule'], {
      description: 'run_rate: the figure at the pace of the year so far (a rate as it stands); last_year: last year\'s figures for the same indicator ' +
        'at this month and at the year\'s end give the shape of the year; schedule: the task\'s own schedule (计划进度) gives it',
    }),
    misses: Type.Boolean({ description: 'The projection misses the target' }),
    atRisk: Type.Boolean({ description: 'On track now (rated 序时推进 or 已完成, or on or ahead of 序时进度) but projected to miss' }),
    statement: Type.String({ examples: ['按目前进度（全年时间已过41.7%）推算，全年预计84.5亿元，低于目标100亿元'] }),
  }), { description: 'A year-end forecast for each accepted entry with a figure for its task\'s target, in seq order' }),
  atRisk: Type.Array(Type.Object({ taskId: Id, seq: Type.Integer(), title: Type.String(), status: ref(ProgressStatus), statement: Type.String() }), {
    description: 'Tasks on track now but projected to miss their target; the narrative says so in a sentence each',
  }),
  splits: Type.Array(Type.Object({ taskId: Id, seq: Type.Integer(), title: Type.String(), rollup: ref(TaskRollup) }), {
    description: '县区分解: each task of the list split into parts, as its parts stand (the narrative names the parts behind), in seq order',
  }),
  narrative: Type.String({ description: 'The Chinese summary paragraph, from stored data only' }),
}, { $id: 'Summary' })

export const ReportTable = Type.Object({
  title: Type.String({ examples: ['池州市2025年1-5月份重点工作进展情况'] }),
  narrative: Type.String(),
  columns: Type.Array(Type.String(), { examples: [['序号', '重点工作任务', '牵头责任单位', '工作评价', '1-5月份进展情况', '近期工作安排', '备注']] }),
  rows: Type.Array(Type.Array(Type.String()), { description: 'One row per task, cells in the order of columns' }),
}, { $id: 'ReportTable' })

export const ReportFormat = Type.Enum(['json', 'csv', 'xlsx', 'md', 'docx'], { $id: 'ReportFormat' })
export const ReportQuery = Type.Object({
  format: Type.Optional(ref(ReportFormat)),
})

export const StatusChanges = Type.Object({
  since: ref(Period),
  period: ref(Period),
  items: Type.Array(Type.Object({
    taskId: Id, seq: Type.Integer(), title: Type.String(),
    from: Type.Union([ref(ProgressStatus), Type.Literal('not_reported')]),
    to: Type.Union([ref(ProgressStatus), Type.Literal('not_reported')]),
  })),
}, { $id: 'StatusChanges' })
export const ChangesQuery = Type.Object({ since: Id })

export const reportSchemas = [Summary, ReportTable, ReportFormat, StatusChanges]
