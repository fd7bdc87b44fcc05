import Type, { type Static } from 'typebox'
import { REMINDER_KINDS } from '../../shared/values.js'
import { CityCode, Id, PageOf, PageQuery, ref, Text, Timestamp } from '../../shared/common.schemas.js'

export const ReminderKind = Type.Enum([...REMINDER_KINDS], {
  $id: 'ReminderKind',
  description: 'manual: sent by the office; before_due: the city\'s schedule, days before a deadline; overdue: at and after it',
})

export const Reminder = Type.Object({
  id: Id,
  cityCode: CityCode,
  periodId: Id,
  leadUnitId: Id,
  taskIds: Type.Array(Id, { description: 'The tasks whose entries the unit had not filed' }),
  kind: ref(ReminderKind),
  slotAt: Type.Union([Timestamp, Type.Null()], { description: 'When the slot of the schedule it fills came; null for a manual one' }),
  slot: Type.Union([Type.String(), Type.Null()], {
    description: 'Which slot: the deadline it counts from and its offset in minutes (period@-1440m: a day before the period\'s deadline; ' +
      'extension:7@0m: at extension 7\'s). A unit is reminded once a slot; null for a manual reminder',
  }),
  reason: Type.String(),
  issuedBy: Type.Union([Id, Type.Null()], { description: 'The API key that sent it; null for the schedule' }),
  createdAt: Timestamp,
}, { $id: 'Reminder', description: '催办: a lead unit reminded of the entries it has not filed for a period' })
export type Reminder = Static<typeof Reminder>

export const ReminderCreate = Type.Object({
  leadUnitId: Type.Optional(Id),
  reason: Type.Optional(Text(2000, { description: 'What the unit reads; left out, a standard text naming the count' })),
}, {
  additionalProperties: false,
  description: 'One unit (leadUnitId), or every unit with missing entries (left out)',
  examples: [{ leadUnitId: 3, reason: '请于今日下班前报送。' }],
})

export const ReminderBatch = Type.Object({
  items: Type.Array(ref(Reminder)),
}, { $id: 'ReminderBatch', description: 'The reminders written, one per unit' })

export const ReminderList = PageOf(ref(Reminder), 'ReminderList')
export const ReminderListQuery = Type.Object({ ...PageQuery, leadUnitId: Type.Optional(Id) })

export const reminderSchemas = [ReminderKind, Reminder, ReminderBatch, ReminderList]
