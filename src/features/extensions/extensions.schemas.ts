import Type, { type Static } from 'typebox'
import { EXTENSION_STATES } from '../../shared/values.js'
import { CityCode, Id, Meta, PageOf, PageQuery, ref, Text, Timestamp } from '../../shared/common.schemas.js'

export const ExtensionState = Type.Enum([...EXTENSION_STATES], {
  $id: 'ExtensionState',
  description: 'pending: waits for the office; approved: its dueAt is the entry\'s deadline in force; rejected: the deadline stays',
})

export const Extension = Type.Object({
  id: Id,
  cityCode: CityCode,
  taskId: Id,
  periodId: Id,
  leadUnitId: Type.Union([Id, Type.Null()], { description: 'The unit that asked (the task\'s first lead unit when the office asked for it)' }),
  dueAt: Timestamp,
  reason: Type.String({ description: 'Why the unit needs more time' }),
  state: ref(ExtensionState),
  requestedBy: Type.Union([Id, Type.Null()], { description: 'The API key that asked' }),
  decidedBy: Type.Union([Id, Type.Null()], { description: 'The API key that approved or rejected it' }),
  decisionReason: Type.Union([Type.String(), Type.Null()], { description: 'The office\'s reason' }),
  decidedAt: Type.Union([Timestamp, Type.Null()]),
  ...Meta,
}, { $id: 'Extension', description: '延期申请: a lead unit asks to file one task\'s entry for a period later' })
export type Extension = Static<typeof Extension>

export const ExtensionCreate = Type.Object({
  dueAt: Type.String({ format: 'date-time', description: 'The deadline asked for (RFC 3339); later than the deadline in force' }),
  reason: Text(2000, { description: 'Why more time is needed' }),
}, { additionalProperties: false, examples: [{ dueAt: '2025-06-12T09:00:00+08:00', reason: '统计数据6月10日发布,需据此填报。' }] })

export const ApproveBody = Type.Object({
  reason: Type.Optional(Text(2000, { description: 'The office\'s remark' })),
}, { additionalProperties: false, examples: [{ reason: '同意延期。' }] })

export const RejectBody = Type.Object({
  reason: Text(2000, { description: 'Why the office refuses: the unit reads it' }),
}, { additionalProperties: false, examples: [{ reason: '请按原定时间报送。' }] })

export const ExtensionParams = Type.Object({ cityCode: CityCode, extensionId: Id })
export const ExtensionList = PageOf(ref(Extension), 'ExtensionList')
export const ExtensionHistoryQuery = Type.Object({ ...PageQuery })
export const ExtensionListQuery = Type.Object({
  ...PageQuery,
  state: Type.Optional(ref(ExtensionState)),
  periodId: Type.Optional(Id),
})

export const extensionSchemas = [ExtensionState, Extension, ExtensionList]
