import Type from 'typebox'
import { ref } from '../../shared/common.schemas.js'

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

export const indicatorSchemas = [Comparator, Target, Actual, Rank]
