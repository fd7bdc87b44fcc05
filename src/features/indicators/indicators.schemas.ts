import Type, { type Static } from 'typebox'
import { CityCode, Id, ref, Year } from '../../shared/common.schemas.js'
import { Rank } from '../tasks/indicators.schemas.js'

export const ProvinceCode = Type.String({
  pattern: '^[1-9][0-9]0000$',
  description: 'A province\'s code (GB/T 2260): the first two digits of its cities\' codes and 0000, e.g. 340000 for 安徽省',
  examples: ['340000'],
})

export const ProvinceParams = Type.Object({ provinceCode: ProvinceCode })
export const ProvinceIndicatorParams = Type.Object({ provinceCode: ProvinceCode, indicatorId: Id })
export const TaskIndicatorParams = Type.Object({ cityCode: CityCode, taskId: Id })

export const Indicator = Type.Object({
  id: Id,
  provinceCode: ProvinceCode,
  name: Type.String({ examples: ['地区生产总值'] }),
  unit: Type.String({ examples: ['%'] }),
  kind: Type.Enum(['growth', 'amount', 'share'], { description: 'growth: a growth rate (增长6.4%); amount: an amount or count; share: a percentage that is no change' }),
  aliases: Type.Array(Type.String(), { description: 'Other names titles and reports write for it', examples: [['规上工业增加值']] }),
}, { $id: 'Indicator', additionalProperties: false, description: 'An indicator of a province\'s catalogue, shared by its cities' })
export type Indicator = Static<typeof Indicator>

export const IndicatorCatalogue = Type.Object({
  provinceCode: ProvinceCode,
  provinceName: Type.String({ examples: ['安徽省'] }),
  cities: Type.Integer({ minimum: 1, description: 'The prefecture-level cities the province ranks its cities among (安徽: 16)' }),
  items: Type.Array(ref(Indicator)),
}, { $id: 'IndicatorCatalogue', additionalProperties: false, description: 'A province\'s indicators, by name' })

export const TaskIndicator = Type.Object({
  taskId: Id,
  indicator: Type.Union([ref(Indicator), Type.Null()], { description: 'null: the task reports none of the province\'s indicators' }),
  source: Type.Enum(['matched', 'manual'], { description: 'matched: read from the task\'s title; manual: set by the office' }),
  confidence: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], {
    description: 'How sure the match from the title is: 0.95 when the title sets a target on the indicator (地区生产总值增长6.5%以上), ' +
      '0.6 when it only mentions it; null for a link set by hand. The province\'s ranking counts a match of 0.95, or any link the office confirmed',
  }),
  confirmed: Type.Boolean({ description: 'Whether the office confirmed or set the link (PUT); false: the title\'s match, worked out on read' }),
}, { $id: 'TaskIndicator', additionalProperties: false, description: 'The province\'s indicator a task reports on' })
export type TaskIndicator = Static<typeof TaskIndicator>

export const TaskIndicatorPut = Type.Object({
  indicatorId: Type.Union([Id, Type.Null()], {
    description: 'The indicator of the city\'s province the task reports on; the title\'s own match confirms it, another changes it; null: none',
  }),
}, { additionalProperties: false, examples: [{ indicatorId: 9 }] })

export const ProvinceViewQuery = Type.Object({
  year: Year,
  period: Type.Integer({ minimum: 1, maximum: 12, description: 'The month the period ends (1–12): each city\'s entry of a period of the year ending that month (1-5月份: 5)' }),
  provinceCities: Type.Optional(Type.Integer({
    minimum: 1, maximum: 100,
    description: 'The number of cities the province ranks (a 全省 rank is among them). Default: the stored count of the province (安徽: 16). ' +
      'A quoted rank is checked only when this many cities have a figure here; with fewer it cannot be checked',
  })),
})

export const CityFigure = Type.Object({
  cityCode: CityCode,
  cityName: Type.String({ examples: ['池州市'] }),
  taskId: Id,
  periodId: Id,
  periodLabel: Type.String({ examples: ['1-5月份'] }),
  value: Type.Number({ description: 'The growth the entry reports, in percent (下降 negative)', examples: [6.4] }),
  text: Type.String({ description: 'The figure as the progress writes it', examples: ['增长6.4%'] }),
  rank: Type.Integer({ minimum: 1, description: 'The province\'s rank of the city among the cities with a figure here: higher growth first; ties share the better rank and the next skips (1, 2, 2, 4)' }),
  quotedRank: Type.Union([ref(Rank), Type.Null()], { description: 'The rank the city\'s entry quotes, if any' }),
  rankCheck: Type.Union([Type.Enum(['agrees', 'disagrees', 'cannot_check']), Type.Null()], {
    description: 'null: no rank quoted. cannot_check: a 全省 rank is among all the province\'s cities, and fewer have a figure here (or the rank is not of 全省)',
  }),
}, { $id: 'CityFigure', additionalProperties: false, description: 'A city\'s latest accepted figure for the indicator in the period' })

export const ProvinceView = Type.Object({
  provinceCode: ProvinceCode,
  indicator: ref(Indicator),
  year: Year,
  period: Type.Integer({ minimum: 1, maximum: 12 }),
  provinceCities: Type.Integer({ minimum: 1, description: 'The cities the province ranks, a quoted rank among them' }),
  citiesWithFigure: Type.Integer({ minimum: 0, description: 'How many of the province\'s cities here have a figure; the ranks are among these' }),
  complete: Type.Boolean({ description: 'Whether every city of the province has a figure, so quoted ranks can be checked' }),
  cities: Type.Array(ref(CityFigure), { description: 'By rank, then city code. A key of one city sees its own row only; the ranks are still among all' }),
  disagreements: Type.Array(CityCode, { description: 'The cities (of those shown) whose quoted rank disagrees with the computed one' }),
}, { $id: 'ProvinceView', additionalProperties: false, description: 'The cities of a province on one indicator: their figures, ranks, and the ranks they quote checked' })
export type ProvinceView = Static<typeof ProvinceView>

export const provinceIndicatorSchemas = [Indicator, IndicatorCatalogue, TaskIndicator, CityFigure, ProvinceView]
