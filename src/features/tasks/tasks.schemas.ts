import Type, { type Static } from 'typebox'
import { INDICATOR_SOURCES, LEAD_ROLES } from '../../shared/values.js'
import { CityCode, DateString, Id, LongText, Meta, PageOf, PageQuery, ref, Text, Year } from '../../shared/common.schemas.js'
import { ProgressStatus } from '../entries/entries.schemas.js'
import { PaceVerdict, Target } from './indicators.schemas.js'
import { ROLLUP_RULES } from './tasks.rollup.js'

export const LeadRole = Type.Enum([...LEAD_ROLES], { $id: 'LeadRole', description: 'lead: 牵头; support: 配合' })

export const TaskLeadUnit = Type.Object({
  id: Id,
  name: Type.String({ examples: ['市发展改革委'] }),
  role: ref(LeadRole),
  order: Type.Integer({ minimum: 0, description: 'Position in the report\'s lead-unit cell, from 0' }),
}, { $id: 'TaskLeadUnit' })

export const RollupRule = Type.Enum([...ROLLUP_RULES], {
  $id: 'RollupRule', description: 'How a split task\'s status follows its parts: weakest, the weakest part\'s; share, the verdict of the parts\' weighted share',
})

export const TaskSchedule = Type.Object({
  shares: Type.Optional(Type.Array(Type.Object({
    by: DateString,
    percent: Type.Number({ minimum: 0, maximum: 100, description: 'The share of the year\'s target (or of the project) done by then, in %' }),
  }, { additionalProperties: false }), {
    minItems: 1, maxItems: 24,
    description: '计划进度: the share due by each date, dates rising and shares not falling; due shares between them are drawn straight, from nothing on 1 January',
  })),
  milestones: Type.Optional(Type.Array(Type.Object({
    name: Text(50, { description: 'As the office says it: 开工, 主体完工, 投用', examples: ['主体完工'] }),
    due: DateString,
    words: Type.Optional(Type.Array(Text(50), { maxItems: 10, description: 'Other words the progress may say it with (主体结构封顶)' })),
  }, { additionalProperties: false }), { minItems: 1, maxItems: 20, description: '节点: each due by its date; reached when the progress says so' })),
}, {
  $id: 'TaskSchedule', additionalProperties: false, minProperties: 1,
  description: 'The task\'s own yardstick for 序时进度 instead of months ÷ 12: its dates lie in the task\'s year. Milestones, when given, are the yardstick; ' +
    'else the shares are, for a cumulative target or, with no measurable target, for the completion percentage the progress gives',
  examples: [{ milestones: [{ name: '开工', due: '2025-03-31' }, { name: '主体完工', due: '2025-09-30' }, { name: '投用', due: '2025-12-31' }] }],
})
export type TaskSchedule = Static<typeof TaskSchedule>

export const Task = Type.Object({
  id: Id,
  cityCode: CityCode,
  year: Year,
  seq: Type.Integer({ minimum: 1, description: '序号: number in the city\'s annual list' }),
  title: Type.String({ examples: ['地区生产总值增长6.5%以上。'] }),
  category: Type.Union([Type.String(), Type.Null()]),
  leadUnits: Type.Array(ref(TaskLeadUnit)),
  targets: Type.Array(ref(Target), { description: 'The numeric targets the title sets' }),
  targetsSource: Type.Enum([...INDICATOR_SOURCES], { description: 'extracted from the title, or set by a person (then kept)' }),
  schedule: Type.Union([ref(TaskSchedule), Type.Null()], { description: 'The office\'s own schedule or milestones; null: 序时进度 is months ÷ 12' }),
  parentId: Type.Union([Id, Type.Null()], {
    description: '县区分解: the task of the list this one is a part of (a county\'s or district\'s share, its seq numbering it under the parent); null: a task of the list',
  }),
  part: Type.Union([Type.Number({ exclusiveMinimum: 0 }), Type.Null()], {
    description: 'A part\'s share of its parent\'s quantity target, in the parent\'s unit (2 of 5 所): its weight in the roll-up; null: not weighted',
  }),
  rollup: Type.Union([ref(RollupRule), Type.Null()], { description: 'A split task\'s rule for its status; null: weakest' }),
  ...Meta,
}, { $id: 'Task', description: '重点工作任务: one task of the city\'s annual list' })
export type Task = Static<typeof Task>

const LeadUnitLinks = Type.Array(Type.Object({
  leadUnitId: Id,
  role: ref(LeadRole),
}, { additionalProperties: false }), { minItems: 1, maxItems: 30, description: 'In the order the report lists them' })

export const TaskCreate = Type.Object({
  year: Year,
  seq: Type.Integer({ minimum: 1, maximum: 100000 }),
  title: Text(2000),
  category: Type.Optional(Type.Union([Text(100), Type.Null()])),
  leadUnits: LeadUnitLinks,
  targets: Type.Optional(Type.Array(ref(Target), { maxItems: 20, description: 'Set the targets yourself; left out, they are read from the title' })),
  schedule: Type.Optional(Type.Union([ref(TaskSchedule), Type.Null()])),
  parentId: Type.Optional(Type.Union([Id, Type.Null()], {
    description: 'Make the task a part of a task of the list (县区分解): of the same year, itself not a part; seq then numbers it under the parent',
  })),
  part: Type.Optional(Type.Union([Type.Number({ exclusiveMinimum: 0, maximum: 1e12 }), Type.Null()], { description: 'A part\'s share of its parent\'s quantity target' })),
  rollup: Type.Optional(Type.Union([ref(RollupRule), Type.Null()])),
}, {
  additionalProperties: false,
  examples: [{ year: 2025, seq: 1, title: '地区生产总值增长6.5%以上。', leadUnits: [{ leadUnitId: 1, role: 'lead' }] }],
})
export type TaskCreate = Static<typeof TaskCreate>

export const TaskPatch = Type.Object({
  year: Type.Optional(Year),
  seq: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
  title: Type.Optional(Text(2000)),
  category: Type.Optional(Type.Union([Text(100), Type.Null()])),
  leadUnits: Type.Optional(LeadUnitLinks),
  targets: Type.Optional(Type.Array(ref(Target), { maxItems: 20, description: 'Set the targets yourself; they are then kept when the title changes' })),
  schedule: Type.Optional(Type.Union([ref(TaskSchedule), Type.Null()], { description: 'null: back to months ÷ 12' })),
  part: Type.Optional(Type.Union([Type.Number({ exclusiveMinimum: 0, maximum: 1e12 }), Type.Null()], { description: 'A part\'s share of its parent\'s quantity target' })),
  rollup: Type.Optional(Type.Union([ref(RollupRule), Type.Null()], { description: 'A split task\'s rule; null: weakest' })),
}, { additionalProperties: false, minProperties: 1, examples: [{ title: '地区生产总值增长6.5%以上。' }] })
export type TaskPatch = Static<typeof TaskPatch>

export const TaskParams = Type.Object({ cityCode: CityCode, taskId: Id })
export const TaskList = PageOf(ref(Task), 'TaskList')
export const TaskListQuery = Type.Object({
  ...PageQuery,
  year: Type.Optional(Year),
  seq: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
  leadUnitId: Type.Optional(Id),
  periodId: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description: 'With status: the period whose entry is matched' })),
  status: Type.Optional(Type.Union([ref(ProgressStatus), Type.Literal('not_reported')], {
    description: 'Status of the task\'s entry in periodId; not_reported: no entry yet',
  })),
  q: Type.Optional(LongText(100, { minLength: 1, description: 'Text the title contains' })),
})
export type TaskListQuery = Static<typeof TaskListQuery>

export const TaskRollupQuery = Type.Object({
  periodId: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description: 'The period whose entries roll up' }),
})

export const TaskRollup = Type.Object({
  taskId: Id,
  periodId: Id,
  rule: ref(RollupRule),
  status: Type.Union([ref(ProgressStatus), Type.Null()], {
    description: 'The task\'s status by its parts: null when a part has no accepted entry (weakest) or there is no weighted share (share)',
  }),
  share: Type.Union([Type.Object({
    expectedShare: Type.Number({ description: 'The share of the target due by the period\'s end (序时进度, or the task\'s own shares), 0–1' }),
    actualShare: Type.Union([Type.Number(), Type.Null()], { description: 'Σ part × share reached ÷ Σ part, 0–1; null: a part has no figure' }),
    verdict: Type.Union([ref(PaceVerdict), Type.Null()]),
    gap: Type.Union([Type.Number(), Type.Null()], { description: 'Percentage points ahead (+) or behind (−)' }),
    statement: Type.String({ examples: ['合计完成年度目标的40%，低于序时进度1.7个百分点'] }),
  }), Type.Null()], { description: 'The parts\' weighted share, when every part has a weight (part); null otherwise' }),
  parts: Type.Array(Type.Object({
    taskId: Id, seq: Type.Integer(), title: Type.String(),
    leadUnits: Type.Array(Type.Object({ id: Id, name: Type.String() })),
    part: Type.Union([Type.Number(), Type.Null()]),
    state: Type.Union([Type.Enum(['submitted', 'returned', 'accepted']), Type.Null()], { description: 'Its entry in the review; null: none, or a draft' }),
    status: Type.Union([ref(ProgressStatus), Type.Null()], { description: 'The office\'s evaluation of its accepted entry' }),
    verdict: Type.Union([ref(PaceVerdict), Type.Null()], { description: '序时进度 of its accepted entry\'s figures' }),
    behind: Type.Boolean({ description: 'Rated 未达预期, or behind 序时进度 by its figures' }),
  }), { description: 'In seq order' }),
  behind: Type.Array(Id, { description: 'The parts behind' }),
  unreported: Type.Array(Id, { description: 'The parts with no accepted entry for the period' }),
  statement: Type.Union([Type.String(), Type.Null()], { examples: ['其中贵池区、东至县未达序时进度。'], description: 'null: no part behind' }),
}, { $id: 'TaskRollup', description: '县区分解: how a split task stands in a period by its parts' })

export const taskSchemas = [LeadRole, TaskLeadUnit, RollupRule, TaskSchedule, Task, TaskList, TaskRollup]
