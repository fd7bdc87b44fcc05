import Type, { type Static } from 'typebox'
import { PERIOD_KINDS, PERIOD_STATES } from '../domain/values.js'
import { CityCode, DateString, Id, Meta, PageOf, PageQuery, ref, Text, Timestamp, Year } from './common.js'

export const PeriodKind = Type.Enum([...PERIOD_KINDS], {
  $id: 'PeriodKind',
  description: 'month_cumulative: 1-5月份; quarter: 一季度; half_year: 上半年; year: 全年',
})
export const PeriodState = Type.Enum([...PERIOD_STATES], { $id: 'PeriodState', description: 'A closed period\'s entries are read-only' })

const DueAt = Type.Union([Timestamp, Type.Null()], {
  description: 'The deadline for lead units to submit their entries (RFC 3339); null: none, the period is not supervised',
})

export const Period = Type.Object({
  id: Id,
  cityCode: CityCode,
  year: Year,
  label: Type.String({ examples: ['1-5月份'] }),
  kind: ref(PeriodKind),
  startsOn: DateString,
  endsOn: DateString,
  state: ref(PeriodState),
  dueAt: DueAt,
  ...Meta,
}, { $id: 'Period', description: 'A reporting period, cumulative from 1 January in the reports' })
export type Period = Static<typeof Period>

export const PeriodCreate = Type.Object({
  year: Year,
  label: Text(50, { examples: ['1-5月份'] }),
  kind: ref(PeriodKind),
  startsOn: DateString,
  endsOn: DateString,
  dueAt: Type.Optional(DueAt),
}, {
  additionalProperties: false,
  examples: [{ year: 2025, label: '1-5月份', kind: 'month_cumulative', startsOn: '2025-01-01', endsOn: '2025-05-31' }],
})

export const PeriodPatch = Type.Object({
  year: Type.Optional(Year),
  label: Type.Optional(Text(50)),
  kind: Type.Optional(ref(PeriodKind)),
  startsOn: Type.Optional(DateString),
  endsOn: Type.Optional(DateString),
  dueAt: Type.Optional(DueAt),
}, { additionalProperties: false, minProperties: 1, examples: [{ label: '1-5月份' }] })

export const PeriodParams = Type.Object({ cityCode: CityCode, periodId: Id })
export const PeriodList = PageOf(ref(Period), 'PeriodList')
export const PeriodListQuery = Type.Object({
  ...PageQuery,
  year: Type.Optional(Year),
  state: Type.Optional(ref(PeriodState)),
})

export const periodSchemas = [PeriodKind, PeriodState, Period, PeriodList]
