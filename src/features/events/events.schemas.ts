/**
 * What each event says: the payload (`data`) of every event type, and the envelope a JSON
 * webhook receives (the same as GET …/events lists). The OpenAPI document carries one webhook
 * per type (plugins/swagger.ts), so the SDK gives typed events; test/event-schemas.test.ts
 * holds every event the service writes against its schema.
 */
import Type, { type TSchema } from 'typebox'
import { EVENT_TYPES, type EventType } from '../../shared/values.js'
import { CityCode, Id, ref, Timestamp } from '../../shared/common.schemas.js'
import { EntryState, ProgressStatus } from '../entries/entries.schemas.js'

const Nullable = <S extends TSchema>(schema: S) => Type.Union([schema, Type.Null()])
const UnitName = Type.Object({ id: Id, name: Type.String() })
const Common = { cityName: Type.String({ description: 'The city\'s name, so a message can say where without another request' }) }

const EntryData = Type.Object({
  ...Common,
  taskId: Id, taskSeq: Type.Integer(), taskTitle: Type.String(),
  leadUnits: Type.Array(UnitName, { description: 'The task\'s lead units, in the list\'s order' }),
  periodId: Id, periodLabel: Type.String(), entryId: Id,
  state: ref(EntryState), status: ref(ProgressStatus), proposedStatus: Nullable(ref(ProgressStatus)),
  submittedAt: Nullable(Timestamp), late: Type.Boolean(), version: Type.Integer(),
  origin: Type.Union([Type.Literal('api'), Type.Literal('import'), Type.Literal('return_sheet')],
    { description: 'Where the write came from: the API, a published report\'s import, or a lead unit\'s return sheet' }),
  reason: Type.Optional(Type.String({ description: 'entry.returned: the office\'s reason' })),
}, { $id: 'EntryEventData' })

const OverdueData = Type.Object({
  ...Common,
  taskId: Id, taskSeq: Type.Integer(), taskTitle: Type.String(), periodId: Id, periodLabel: Type.String(),
  state: Nullable(ref(EntryState)), dueAt: Timestamp, leadUnits: Type.Array(UnitName),
}, { $id: 'EntryOverdueData' })

const ReminderData = Type.Object({
  ...Common,
  reminderId: Id, periodId: Id, periodLabel: Type.String(), leadUnitId: Id, leadUnitName: Type.String(),
  kind: Type.String({ description: 'manual, before_due or overdue' }), slotAt: Nullable(Timestamp), reason: Type.String(),
  dueAt: Nullable(Timestamp), tasks: Type.Array(Type.Object({ taskId: Id, seq: Type.Integer(), title: Type.String(), dueAt: Nullable(Timestamp) })),
}, { $id: 'ReminderIssuedData' })

const ExtensionFields = {
  ...Common,
  extensionId: Id, taskId: Id, taskSeq: Type.Integer(), taskTitle: Type.String(), periodId: Id, periodLabel: Type.String(),
  leadUnitId: Nullable(Id), leadUnitName: Nullable(Type.String()), dueAt: Timestamp,
}
const ExtensionRequestedData = Type.Object({
  ...ExtensionFields, deadline: Timestamp, reason: Type.String(),
}, { $id: 'ExtensionRequestedData' })
const ExtensionDecidedData = Type.Object({
  ...ExtensionFields,
  decision: Type.Union([Type.Literal('approved'), Type.Literal('rejected')]), reason: Nullable(Type.String()), requestReason: Type.String(),
  deadline: Nullable(Timestamp),
}, { $id: 'ExtensionDecidedData' })

const PeriodData = Type.Object({
  ...Common,
  periodId: Id, year: Type.Integer(), label: Type.String(), kind: Type.String(), startsOn: Type.String({ format: 'date' }),
  endsOn: Type.String({ format: 'date' }), dueAt: Nullable(Timestamp), state: Type.String({ description: 'open or closed' }), version: Type.Integer(),
}, { $id: 'PeriodEventData' })

const TaskData = Type.Object({
  ...Common,
  taskId: Id, year: Type.Integer(), seq: Type.Integer(), title: Type.String(), category: Nullable(Type.String()), version: Type.Integer(),
  parentId: Type.Union([Id, Type.Null()], { description: '县区分解: the task of the list this one is a part of (seq then numbers it under the parent); null: a task of the list' }),
  leadUnits: Type.Array(Type.Object({ id: Id, name: Type.String(), role: Type.String({ description: 'lead or support' }) })),
}, { $id: 'TaskEventData' })

const LeadUnitData = Type.Object({
  ...Common,
  leadUnitId: Id, name: Type.String(), aliases: Type.Array(Type.String()), shortName: Nullable(Type.String()), version: Type.Integer(),
  mergedId: Type.Optional(Id), mergedName: Type.Optional(Type.String()), movedTaskIds: Type.Optional(Type.Array(Id)),
  aliasesAdded: Type.Optional(Type.Array(Type.String())),
  keys: Type.Optional(Type.Object({ moved: Type.Array(Id), revoked: Type.Array(Id) })),
}, { $id: 'LeadUnitEventData', description: 'lead_unit.merged also says what the merge moved' })

const ImportData = Type.Object({
  ...Common,
  importId: Id, sourceName: Type.String(), checksum: Type.String(), format: Type.String(), layout: Type.String(),
  periodId: Nullable(Id), periodLabel: Type.String(), counts: Type.Record(Type.String(), Type.Unknown()),
}, { $id: 'ImportCommittedData' })

const WebhookData = Type.Object({
  ...Common,
  webhookId: Id, host: Type.String({ description: 'The receiver\'s host; never its path, query or credentials' }),
  events: Type.Array(Type.String()), format: Type.String(), active: Type.Boolean(), version: Type.Integer(),
}, { $id: 'WebhookEventData' })

/** The payload of each event type. */
export const EVENT_DATA: Record<EventType, TSchema> = {
  'entry.filed': EntryData, 'entry.submitted': EntryData, 'entry.returned': EntryData, 'entry.accepted': EntryData, 'entry.deleted': EntryData,
  'entry.overdue': OverdueData,
  'reminder.issued': ReminderData,
  'extension.requested': ExtensionRequestedData, 'extension.decided': ExtensionDecidedData,
  'period.created': PeriodData, 'period.updated': PeriodData, 'period.closed': PeriodData, 'period.reopened': PeriodData, 'period.deleted': PeriodData,
  'task.created': TaskData, 'task.updated': TaskData, 'task.deleted': TaskData,
  'lead_unit.created': LeadUnitData, 'lead_unit.updated': LeadUnitData, 'lead_unit.merged': LeadUnitData, 'lead_unit.deleted': LeadUnitData,
  'import.committed': ImportData,
  'webhook.created': WebhookData, 'webhook.updated': WebhookData, 'webhook.deleted': WebhookData,
}

/** EntrySubmittedEvent for entry.submitted: the name of a type's envelope in the document. */
export const eventSchemaName = (type: EventType) =>
  `${type.split(/[._]/).map((word) => word[0]!.toUpperCase() + word.slice(1)).join('')}Event`

/** The body a JSON webhook receives for each type (and an item of GET …/events). */
export const eventEnvelopes = EVENT_TYPES.map((type) => Type.Object({
  id: Id, type: Type.Literal(type), subject: Type.String(), cityCode: CityCode, createdAt: Timestamp, data: ref(EVENT_DATA[type]),
}, { $id: eventSchemaName(type), description: `The ${type} event, as a JSON webhook receives it` }))

export const eventSchemas = [...new Set(Object.values(EVENT_DATA)), ...eventEnvelopes]

// One real-looking body of each family, for the document's examples (checked against the schemas by the linter).
const at = '2025-06-05T09:30:00.000Z'
const entryExample = {
  cityName: '池州市', taskId: 1, taskSeq: 1, taskTitle: '地区生产总值增长6.5%以上。', leadUnits: [{ id: 1, name: '市发展改革委' }],
  periodId: 5, periodLabel: '1-5月份', entryId: 12, state: 'submitted', status: 'not_rated', proposedStatus: 'on_track', submittedAt: at, late: false,
  version: 2, origin: 'api',
}
const familyExamples = new Map<TSchema, Record<string, unknown>>([
  [EntryData, entryExample],
  [OverdueData, { cityName: '池州市', taskId: 1, taskSeq: 1, taskTitle: '地区生产总值增长6.5%以上。', periodId: 5, periodLabel: '1-5月份', state: null,
    dueAt: at, leadUnits: [{ id: 1, name: '市发展改革委' }] }],
  [ReminderData, { cityName: '池州市', reminderId: 3, periodId: 5, periodLabel: '1-5月份', leadUnitId: 1, leadUnitName: '市发展改革委', kind: 'before_due',
    slotAt: at, reason: '1-5月份进展情况将于2025-06-06 17:30截止报送，尚有1项任务未报送，请按时报送。', dueAt: at,
    tasks: [{ taskId: 1, seq: 1, title: '地区生产总值增长6.5%以上。', dueAt: at }] }],
  [ExtensionRequestedData, { cityName: '池州市', extensionId: 2, taskId: 1, taskSeq: 1, taskTitle: '地区生产总值增长6.5%以上。', periodId: 5,
    periodLabel: '1-5月份', leadUnitId: 1, leadUnitName: '市发展改革委', dueAt: at, deadline: at, reason: '统计数据6月10日发布。' }],
  [ExtensionDecidedData, { cityName: '池州市', extensionId: 2, taskId: 1, taskSeq: 1, taskTitle: '地区生产总值增长6.5%以上。', periodId: 5,
    periodLabel: '1-5月份', leadUnitId: 1, leadUnitName: '市发展改革委', dueAt: at, decision: 'approved', reason: null,
    requestReason: '统计数据6月10日发布。', deadline: at }],
  [PeriodData, { cityName: '池州市', periodId: 5, year: 2025, label: '1-5月份', kind: 'month_cumulative', startsOn: '2025-01-01', endsOn: '2025-05-31',
    dueAt: at, state: 'open', version: 1 }],
  [TaskData, { cityName: '池州市', taskId: 1, year: 2025, seq: 1, title: '地区生产总值增长6.5%以上。', category: null, version: 1, parentId: null,
    leadUnits: [{ id: 1, name: '市发展改革委', role: 'lead' }] }],
  [LeadUnitData, { cityName: '池州市', leadUnitId: 1, name: '市发展改革委', aliases: ['市发改委'], shortName: '市发改委', version: 1 }],
  [ImportData, { cityName: '池州市', importId: 1, sourceName: '池州1-5月.txt', checksum: 'e3b0c442', format: 'text', layout: 'pipe', periodId: 5,
    periodLabel: '1-5月份', counts: {} }],
  [WebhookData, { cityName: '池州市', webhookId: 1, host: 'oa.example.gov.cn', events: ['entry.submitted'], format: 'json', active: true, version: 1 }],
])

/** An example of the body a JSON subscription receives for the type. */
export const eventExample = (type: EventType) => ({
  id: 128, type, subject: 'entry:1:5', cityCode: '341700', createdAt: at, data: familyExamples.get(EVENT_DATA[type])!,
})
