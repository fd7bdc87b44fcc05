import Type, { type Static } from 'typebox'
import { Id, ref, Timestamp } from '../../shared/common.schemas.js'
import { EntryFlag, EntryFlagKind, EntryState } from '../entries/entries.schemas.js'
import { PaceVerdict } from '../tasks/indicators.schemas.js'
import { PACE_VERDICTS } from '../../shared/pace.js'

export const LIGHTS = ['green', 'yellow', 'red', 'none'] as const

export const Light = Type.Enum([...LIGHTS], {
  $id: 'Light',
  description: 'green: submitted (or accepted); red: not submitted and past its deadline in force; ' +
    'yellow: not submitted and due within the city\'s warningDays; none: not yet near, or the period has no deadline',
})
export type Light = Static<typeof Light>

const counts = {
  due: Type.Integer({ minimum: 0, description: 'Tasks whose entry is due in the period' }),
  onTime: Type.Integer({ minimum: 0, description: 'Submitted (or accepted) by the deadline then in force' }),
  late: Type.Integer({ minimum: 0, description: 'Submitted after it' }),
  returned: Type.Integer({ minimum: 0, description: 'Returned by the office and not submitted again yet' }),
  missing: Type.Integer({ minimum: 0, description: 'No entry, or a draft' }),
}

export const ComplianceCounts = Type.Object(counts, { $id: 'ComplianceCounts' })

export const UnitCompliance = Type.Object({
  leadUnitId: Id,
  name: Type.String(),
  ...counts,
}, { $id: 'UnitCompliance', description: 'One lead unit\'s tasks (led or supported) in the period' })

export const TaskCompliance = Type.Object({
  taskId: Id,
  seq: Type.Integer({ minimum: 1 }),
  title: Type.String(),
  leadUnitIds: Type.Array(Id, { description: 'In the order the report lists them' }),
  state: Type.Union([ref(EntryState), Type.Null()], { description: 'The entry\'s state; null: no entry' }),
  dueAt: Type.Union([Timestamp, Type.Null()], { description: 'The deadline in force: an approved extension\'s, else the period\'s' }),
  submittedAt: Type.Union([Timestamp, Type.Null()]),
  late: Type.Boolean({ description: 'The last submission came after the deadline then in force' }),
  light: ref(Light),
  pace: Type.Union([ref(PaceVerdict), Type.Null()], {
    description: '序时进度 of the entry\'s figures against the task\'s target (see Pace on the entry); null: no entry, no figure, or no measurable target',
  }),
  flags: Type.Array(ref(EntryFlag), {
    description: 'The entry\'s flags on copied text, as the period\'s review list gives them (stale, then template); empty with no entry',
  }),
}, { $id: 'TaskCompliance' })

export const Compliance = Type.Object({
  period: Type.Object({
    id: Id,
    label: Type.String(),
    dueAt: Type.Union([Timestamp, Type.Null()], { description: 'The period\'s own deadline' }),
  }),
  warningDays: Type.Integer({ minimum: 0, description: 'A task due within this many days is yellow (the city\'s setting)' }),
  totals: ref(ComplianceCounts),
  units: Type.Array(ref(UnitCompliance), { description: 'In the order of the first task each unit leads' }),
  tasks: Type.Array(ref(TaskCompliance), { description: 'In the order of the list (seq)' }),
}, { $id: 'Compliance', description: 'Who has filed the period\'s entries on time, late, or not yet, with a light per task' })
export type Compliance = Static<typeof Compliance>

export const ComplianceQuery = Type.Object({
  leadUnitId: Type.Optional(Id),
  light: Type.Optional(ref(Light)),
  pace: Type.Optional(Type.Enum([...PACE_VERDICTS, 'none'], { description: 'Only the tasks with this 序时进度 verdict; none: those with none' })),
  flag: Type.Optional(ref(EntryFlagKind)),
}, { description: 'Filters narrow the tasks; totals and units count only the tasks left' })

export const complianceSchemas = [Light, ComplianceCounts, UnitCompliance, TaskCompliance, Compliance]
