import Type from 'typebox'
import { ref } from '../../shared/common.schemas.js'
import { AHEAD_BY, PACE_VERDICTS, PACE_WORDS, RATE_AHEAD_BY } from '../../shared/pace.js'
import { FIGURE_KINDS } from '../../shared/indicators.js'

export const Comparator = Type.Enum(['gte', 'lte', 'approx', 'eq'], {
  $id: 'Comparator', description: 'gte: 以上/不少于 (or none written on a growth or count target); lte: 以下/以内; approx: 左右',
})

export const Target = Type.Object({
  metric: Type.String({ examples: ['地区生产总值'] }),
  measure: Type.Union([Type.String(), Type.Null()], { description: '增长, 下降 …; null for a level or count', examples: ['增长'] }),
  comparator: ref(Comparator),
  comparatorWritten: Type.Boolean({ description: 'false when the title writes no 以上/以下/左右 and the comparator is read from the kind of target' }),
  value: Type.Number({ examples: [6.5] }),
  unit: Type.String({ examples: ['%'] }),
  text: Type.String({ description: 'The words the target was read from' }),
}, { $id: 'Target', additionalProperties: false, description: 'A numeric target a task\'s title sets' })

export const Actual = Type.Object({
  metric: Type.Union([Type.String(), Type.Null()]),
  measure: Type.Union([Type.String(), Type.Null()]),
  value: Type.Number({ examples: [6.4] }),
  unit: Type.String({ examples: ['%'] }),
  text: Type.String(),
}, { $id: 'Actual', additionalProperties: false, description: 'The figure an entry\'s progress reports for the target' })

export const Rank = Type.Object({
  position: Type.Union([Type.Integer({ minimum: 1 }), Type.Literal('last')], { examples: [6] }),
  scope: Type.String({ examples: ['全省'] }),
  text: Type.String(),
}, { $id: 'Rank', additionalProperties: false, description: 'A rank the progress text gives, e.g. 居全省第6位' })

export const PaceVerdict = Type.Enum([...PACE_VERDICTS], {
  $id: 'PaceVerdict', description: `序时进度: ahead (${PACE_WORDS.ahead}): a cumulative target ${AHEAD_BY} percentage points or more past the share of the year ` +
    `elapsed, or reached before the year is out, or a rate ${RATE_AHEAD_BY} point or more past its target; on_schedule (${PACE_WORDS.on_schedule}); ` +
    `behind (${PACE_WORDS.behind}): short of the share due, or of the rate`,
})

export const Pace = Type.Object({
  kind: Type.Enum(['quantity', 'rate', 'completion', 'milestone'], {
    description: 'quantity: a cumulative amount against the share due (of the year elapsed, months ÷ 12, or the task\'s schedule: 计划进度); ' +
      'rate: a year-to-date rate or level against the target itself; completion: a completion percentage the progress gives (完成总工程量的80%) ' +
      'against the task\'s schedule; milestone: the task\'s milestones (节点) the progress reports reached against those due',
  }),
  target: Type.String({ description: 'The target\'s words in the task\'s title, or the task\'s schedule in words' }),
  expectedShare: Type.Union([Type.Number(), Type.Null()], { description: 'The share of the annual target due by the period\'s end, 0–1 (milestone: of the milestones)' }),
  actualShare: Type.Union([Type.Number(), Type.Null()], { description: 'The share reached (milestone: of the milestones)' }),
  verdict: Type.Union([ref(PaceVerdict), Type.Null()], { description: 'null: no figure reports on the target, or the target has no agreed tolerance (左右); statement says which' }),
  gap: Type.Union([Type.Number(), Type.Null()], { description: 'How far ahead (+) or behind (−): percentage points of the target (quantity, completion), or of the rate; null for milestones' }),
  statement: Type.String({ description: 'In the office\'s words', examples: ['完成年度目标的38.2%，低于序时进度3.5个百分点'] }),
}, {
  $id: 'Pace', additionalProperties: false,
  description: '序时进度: the entry\'s figure against the task\'s target and the share of the year its period reaches. A suggestion; the evaluation (status) stays the office\'s',
})

export const FigureSpan = Type.Object({
  kind: Type.Enum([...FIGURE_KINDS], { description: 'amount: an amount or count (51.36亿元, 6598人); growth: a change (增长6.4%, 下降0.7个百分点); ' +
    'share: a percentage that is no change (占全年的38.2%); rank: 居全省第6位; date: 5月底, 1-5月' }),
  text: Type.String({ description: 'The figure as the progress writes it: progress.slice(start, end)' }),
  start: Type.Integer({ minimum: 0, description: 'Where it starts in progress, in UTF-16 code units (JavaScript string index)' }),
  end: Type.Integer({ minimum: 0 }),
  value: Type.Union([Type.Number(), Type.Null()], { description: 'The number (amount, growth, share); null for a rank or a date' }),
  unit: Type.Union([Type.String(), Type.Null()]),
}, { $id: 'FigureSpan', additionalProperties: false, description: 'A figure the progress gives, with its kind and where it stands in the text' })

export const indicatorSchemas = [Comparator, Target, Actual, Rank, PaceVerdict, Pace, FigureSpan]
