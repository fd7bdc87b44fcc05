import Type, { type Static } from 'typebox'
import { COMMENT_KINDS, ENTRY_FLAG_KINDS, ENTRY_STATES, INDICATOR_SOURCES, PROGRESS_STATUSES, ROLES } from '../../shared/values.js'
import { CityCode, Id, LongText, Meta, PageOf, PageQuery, ref, SearchWords, Text, Timestamp } from '../../shared/common.schemas.js'
import { Actual, FigureSpan, Pace, Rank } from '../tasks/indicators.schemas.js'
import { PACE_VERDICTS } from '../../shared/pace.js'
import { STALE_MIN_LENGTH, STALE_SIMILARITY, TEMPLATE_MIN_LENGTH } from '../../shared/copiedText.js'

export const ProgressStatus = Type.Enum([...PROGRESS_STATUSES], {
  $id: 'ProgressStatus',
  description: '工作评价: completed 已完成, ahead 超进度, on_track 序时推进, behind 未达预期, other 其它类; not_rated where a report has no evaluation. ' +
    'A city may write its own words for them (City.statusWords)',
})

export const EntryState = Type.Enum([...ENTRY_STATES], {
  $id: 'EntryState',
  description: 'draft: the lead unit is writing it; submitted: waiting for the office; returned: sent back for rework (see comments); ' +
    'accepted: the office has given its evaluation (status). Entries imported from a published report are accepted.',
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
  pace: Type.Union([ref(Pace), Type.Null()], { description: '序时进度 of actual against the task\'s target; null: the task has no measurable target' }),
  figures: Type.Array(ref(FigureSpan), { description: 'Every figure progress gives, in text order, with its kind and span: what a client highlights' }),
  indicatorsSource: Type.Enum([...INDICATOR_SOURCES], { description: 'actual and rank read from the text, or set by a person (then kept)' }),
  state: ref(EntryState),
  proposedStatus: Type.Union([ref(ProgressStatus), Type.Null()], { description: 'The evaluation the lead unit proposes; the office sets status' }),
  submittedAt: Type.Union([Timestamp, Type.Null()], { description: 'The last submission' }),
  late: Type.Boolean({ description: 'The last submission came after the deadline then in force' }),
  reviewedAt: Type.Union([Timestamp, Type.Null()], { description: 'When the office last returned or accepted it' }),
  ...Meta,
}, { $id: 'ProgressEntry', description: 'A lead unit\'s report on one task for one period' })
export type ProgressEntry = Static<typeof ProgressEntry>

const Long = (description: string) => LongText(20000, { description })

const entryFields = {
  status: ref(ProgressStatus),
  progress: Long('进展情况'),
  nextSteps: Long('近期工作安排'),
  remarks: Long('备注'),
  proposedStatus: Type.Union([ref(ProgressStatus), Type.Null()], { description: 'The evaluation a lead unit proposes' }),
  actual: Type.Union([ref(Actual), Type.Null()], { description: 'Set the figure yourself; left out, it is read from progress' }),
  rank: Type.Union([ref(Rank), Type.Null()], { description: 'Set the rank yourself; left out, it is read from progress' }),
}
const statusNote = 'status is the office\'s evaluation: a city office (or admin) sends it, and the entry is then accepted; ' +
  'a lead unit may not send it (403 status_set_by_office) and proposes one with proposedStatus instead.'

export const ProgressEntryPut = Type.Object({
  status: Type.Optional(entryFields.status),
  progress: entryFields.progress,
  nextSteps: Type.Optional(entryFields.nextSteps),
  remarks: Type.Optional(entryFields.remarks),
  proposedStatus: Type.Optional(entryFields.proposedStatus),
  actual: Type.Optional(entryFields.actual),
  rank: Type.Optional(entryFields.rank),
}, {
  additionalProperties: false,
  description: statusNote,
  examples: [{
    status: 'behind',
    progress: '一季度,增长6.4%,增速居全省第6位。',
    nextSteps: '加强研判分析,及时发现苗头性问题,采取针对性措施。',
  }],
})
export type ProgressEntryPut = Static<typeof ProgressEntryPut>

export const ProgressEntryPatch = Type.Partial(Type.Object(entryFields), {
  additionalProperties: false,
  minProperties: 1,
  description: `Only the fields sent change. ${statusNote}`,
  examples: [{ nextSteps: '加强研判分析,及时发现苗头性问题。' }],
})
export type ProgressEntryPatch = Static<typeof ProgressEntryPatch>

export const ReturnBody = Type.Object({
  reason: Text(2000, { description: 'What the unit must rework; kept as a comment on the entry' }),
}, { additionalProperties: false, examples: [{ reason: '请补充一季度具体数据。' }] })

export const AcceptBody = Type.Object({
  status: ref(ProgressStatus),
}, { additionalProperties: false, examples: [{ status: 'behind' }] })

export const EntryComment = Type.Object({
  id: Id,
  cityCode: CityCode,
  taskId: Id,
  periodId: Id,
  authorKeyId: Type.Union([Id, Type.Null()], { description: 'The API key that wrote it' }),
  authorRole: Type.Enum([...ROLES, 'system'], { description: 'The role of that key when it wrote' }),
  kind: Type.Enum([...COMMENT_KINDS], { description: 'comment: 批示 / 意见; return_reason: why the office returned the entry' }),
  body: Type.String(),
  createdAt: Timestamp,
}, { $id: 'EntryComment', description: '批示 / 意见 on a task\'s entry for a period' })

export const CommentCreate = Type.Object({
  body: Text(4000, { description: 'The comment' }),
}, { additionalProperties: false, examples: [{ body: '请加快进度,确保二季度完成。' }] })

export const EntryCommentList = PageOf(ref(EntryComment), 'EntryCommentList')

// Flags on copied progress text (entries.flags.ts), which the office's review list and compliance show.

export const EntryFlagKind = Type.Enum([...ENTRY_FLAG_KINDS], {
  $id: 'EntryFlagKind',
  description: 'stale: 进展无实质变化, the progress is nearly the same as its task\'s entry of the previous period, dates and figures set aside; ' +
    'template: 模板化表述, a sentence of it is word for word in the entry of a task that shares none of its lead units; ' +
    'contradiction: the unit proposes 序时推进 or 已完成 but the entry\'s own figures are behind 序时进度',
})

export const StaleFlag = Type.Object({
  kind: Type.Literal('stale'),
  previousPeriodId: Id,
  similarity: Type.Number({ minimum: 0, maximum: 1, description: 'How alike the two progress texts are once dates and figures are set ' +
    `aside (Dice coefficient of their character bigrams, two places): 1 the same; flagged from ${STALE_SIMILARITY}` }),
}, {
  $id: 'StaleFlag',
  description: 'The progress says again what the task\'s entry said in the previous period of the year (the one that ends latest before this ' +
    `one ends), only its dates and figures moved on. Texts under ${STALE_MIN_LENGTH} characters, dates and figures set aside (a figure ` +
    'and a rank), are not compared.',
})

export const TemplateFlag = Type.Object({
  kind: Type.Literal('template'),
  sentence: Type.String({ description: `The sentence as this entry writes it (split at 。；！？ and line breaks; ${TEMPLATE_MIN_LENGTH} characters or more)` }),
  otherEntries: Type.Array(Type.Object({
    taskId: Id,
    seq: Type.Integer({ minimum: 1 }),
    leadUnitIds: Type.Array(Id, { description: 'The lead units of that task, none of them one of this task\'s' }),
  }), { minItems: 1, description: 'The period\'s other entries that hold the sentence, in the order of the list' }),
}, { $id: 'TemplateFlag', description: 'A sentence another unit\'s entry of the same period holds word for word (地点改一改)' })

export const ContradictionFlag = Type.Object({
  kind: Type.Literal('contradiction'),
  proposedStatus: ref(ProgressStatus),
  statement: Type.String({ description: 'What the figures say: the pace\'s statement', examples: ['增长4%，低于目标1个百分点'] }),
}, {
  $id: 'ContradictionFlag', additionalProperties: false,
  description: 'The unit proposes 序时推进 or 已完成, but the entry\'s own figures are behind 序时进度 (see pace)',
})

export const EntryFlag = Type.Union([ref(StaleFlag), ref(TemplateFlag), ref(ContradictionFlag)], { $id: 'EntryFlag', description: 'Why the office may look twice at an entry\'s text' })
export type EntryFlag = Static<typeof EntryFlag>

export const EntryFlags = Type.Array(ref(EntryFlag), {
  description: 'Copied text (stale first, then each shared sentence in the order of the text), then figures against the proposed status; ' +
    'empty when none. Compared only with entries ' +
    'the caller may read (accepted ones, for a reader of published data)',
})

/** An entry as the period's review list gives it: with its flags. */
export const PeriodProgressEntry = Type.Object({ ...ProgressEntry.properties, flags: EntryFlags }, {
  $id: 'PeriodProgressEntry', description: 'A lead unit\'s report on one task for the period, with what its text is flagged for',
})
export const PeriodProgressEntryList = PageOf(ref(PeriodProgressEntry), 'PeriodProgressEntryList')

export const EntryParams = Type.Object({ cityCode: CityCode, taskId: Id, periodId: Id })
export const ProgressEntryList = PageOf(ref(ProgressEntry), 'ProgressEntryList')
export const PeriodProgressQuery = Type.Object({
  ...PageQuery,
  status: Type.Optional(ref(ProgressStatus)),
  state: Type.Optional(ref(EntryState)),
  leadUnitId: Type.Optional(Id),
  pace: Type.Optional(Type.Enum([...PACE_VERDICTS, 'none'], {
    description: 'Only the entries with this 序时进度 verdict (ahead, on_schedule, behind); none: those with no verdict (no figure for the ' +
      'target, or no measurable target)',
  })),
  flag: Type.Optional(ref(EntryFlagKind)),
  q: Type.Optional(SearchWords('Only the entries that hold every word (separated by spaces) in their text or evaluation, their task\'s title or ' +
    'a lead unit\'s name or alias; matched as GET /search matches them')),
})
export const TaskProgressQuery = Type.Object({ ...PageQuery })

export const progressSchemas = [ProgressStatus, EntryState, ProgressEntry, ProgressEntryList, EntryComment, EntryCommentList,
  EntryFlagKind, StaleFlag, TemplateFlag, ContradictionFlag, EntryFlag, PeriodProgressEntry, PeriodProgressEntryList]
