import Type, { type Static } from 'typebox'
import { INDICATOR_SOURCES, PROGRESS_STATUSES } from '../domain/values.js'
import { CityCode, Id, LongText, Meta, PageOf, PageQuery, ref } from './common.js'
import { Actual, Rank } from './indicators.js'

export const ProgressStatus = Type.Enum([...PROGRESS_STATUSES], {
  $id: 'ProgressStatus',
  description: '工作评价: completed 已完成, on_track 序时推进, behind 未达预期; not_rated where a report has no evaluation',
})

export const ProgressEntry = Type.Object({
  id: Id,
  cityCode: CityCode,
  taskId: Id,
  periodId: Id,
  status: ref(ProgressStatus),
  progress: Type.String({ description: '进展情况: what was done in the period' }),
  nextSteps: Type.String({ description: '近期工作安排' }),
  remarks: Type.String({ description: '备注' }),
  actual: Type.Union([ref(Actual), Type.Null()], { description: 'The figure the progress reports against the task\'s target' }),
  rank: Type.Union([ref(Rank), Type.Null()], { description: 'The rank the progress gives, e.g. 居全省第6位' }),
  indicatorsSource: Type.Enum([...INDICATOR_SOURCES], { description: 'actual and rank read from the text, or set by a person (then kept)' }),
  ...Meta,
}, { $id: 'ProgressEntry', description: 'A lead unit\'s report on one task for one period' })
export type ProgressEntry = Static<typeof ProgressEntry>

const Long = (description: string) => LongText(20000, { description })

export const ProgressEntryPut = Type.Object({
  status: ref(ProgressStatus),
  progress: Long('进展情况'),
  nextSteps: Type.Optional(Long('近期工作安排')),
  remarks: Type.Optional(Long('备注')),
  actual: Type.Optional(Type.Union([ref(Actual), Type.Null()], { description: 'Set the figure yourself; left out, it is read from progress' })),
  rank: Type.Optional(Type.Union([ref(Rank), Type.Null()], { description: 'Set the rank yourself; left out, it is read from progress' })),
}, {
  additionalProperties: false,
  examples: [{
    status: 'behind',
    progress: '一季度,增长6.4%,增速居全省第6位。',
    nextSteps: '加强研判分析,及时发现苗头性问题,采取针对性措施。',
  }],
})
export type ProgressEntryPut = Static<typeof ProgressEntryPut>

export const EntryParams = Type.Object({ cityCode: CityCode, taskId: Id, periodId: Id })
export const ProgressEntryList = PageOf(ref(ProgressEntry), 'ProgressEntryList')
export const PeriodProgressQuery = Type.Object({
  ...PageQuery,
  status: Type.Optional(ref(ProgressStatus)),
  leadUnitId: Type.Optional(Id),
})
export const TaskProgressQuery = Type.Object({ ...PageQuery })

export const progressSchemas = [ProgressStatus, ProgressEntry, ProgressEntryList]
