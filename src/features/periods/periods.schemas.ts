import Type, { type Static, type TSchema } from 'typebox'
import { PERIOD_KINDS, PERIOD_STATES } from '../../shared/values.js'
import { CityCode, DateString, Id, LongText, Meta, PageOf, PageQuery, ref, Text, Timestamp, Year } from '../../shared/common.schemas.js'

export const PeriodKind = Type.Enum([...PERIOD_KINDS], {
  $id: 'PeriodKind',
  description: 'month_cumulative: 1-5月份; quarter: 一季度; half_year: 上半年; year: 全年',
})
export const PeriodState = Type.Enum([...PERIOD_STATES], { $id: 'PeriodState', description: 'A closed period\'s entries are read-only' })

const DueAt = Type.Union([Timestamp, Type.Null()], {
  description: 'The deadline for lead units to submit their entries (RFC 3339); null: none, the period is not supervised',
})

const nullable = <T extends TSchema>(schema: T, description: string, examples: unknown[]) =>
  Type.Union([schema, Type.Null()], { description, examples })

const reportHeaderFields = {
  title: nullable(Text(200), 'The report\'s title; null: the exports write 关于{period}市政府重点工作责任清单进展情况的报告',
    ['关于1-5月份市政府重点工作责任清单进展情况的报告']),
  documentNumber: nullable(Text(100), '文号; null: none', ['池政办〔2025〕12号']),
  issuingOffice: nullable(Text(100), 'The issuing office; null: the exports write {city}人民政府办公室', ['池州市人民政府办公室']),
  issuedOn: nullable(DateString, '成文日期; null: the exports date a closed period\'s report the day it closed, an open one\'s today', ['2025-06-26']),
  listSize: nullable(Type.Integer({ minimum: 1, maximum: 100000 }),
    'How many tasks the whole list has, where the city holds only part of it (the table lists 49 of 147); null: the tasks held', [147]),
  opening: nullable(LongText(5000, { minLength: 1 }),
    'The report\'s opening paragraph as published. The narrative keeps its sentences before the figures; where the city holds ' +
    'only part of the list, it says the paragraph as published while the entries held agree with its figures', [
      '今年以来,各地各部门按照《2025年市政府重点工作责任清单》(池政秘〔2025〕9号)要求,压实工作责任,细化工作举措,认真抓好落实。' +
      '1-5月份,147项市政府重点工作总体进展顺利,其中:2项已完成(建成省级创新型城市、完成人工造林任务),137项按序时推进,8项未达预期目标。',
    ]),
}

export const ReportHeader = Type.Object(reportHeaderFields, {
  $id: 'ReportHeader',
  description: 'What the period\'s published report says around its table: the exports print it, the narrative uses the list size ' +
    'and the opening. An import of a document that states them keeps them',
})

/** A header as sent: a field left out is null. */
const ReportHeaderInput = Type.Union([
  Type.Partial(Type.Object(reportHeaderFields), { additionalProperties: false }),
  Type.Null(),
], { description: 'The report header, replaced whole (a field left out is null); null: none' })

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
  reportHeader: Type.Union([ref(ReportHeader), Type.Null()], { description: 'What its published report says around the table; null: nothing kept' }),
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
  reportHeader: Type.Optional(ReportHeaderInput),
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
  reportHeader: Type.Optional(ReportHeaderInput),
}, { additionalProperties: false, minProperties: 1, examples: [{ label: '1-5月份' }] })

export const PeriodParams = Type.Object({ cityCode: CityCode, periodId: Id })
export const CloseBody = Type.Object({
  force: Type.Optional(Type.Boolean({ default: false, description: 'Close even though submitted entries wait for review; they stay counted as 已报送待审核' })),
}, { additionalProperties: false, description: 'May be left out', examples: [{ force: true }] })
export const PeriodList = PageOf(ref(Period), 'PeriodList')
export const PeriodListQuery = Type.Object({
  ...PageQuery,
  year: Type.Optional(Year),
  state: Type.Optional(ref(PeriodState)),
})

export const periodSchemas = [PeriodKind, PeriodState, ReportHeader, Period, PeriodList]
