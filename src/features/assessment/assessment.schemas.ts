import Type, { type Static } from 'typebox'
import { CityCode, DateString, Id, ref, Timestamp, Version, Year } from '../../shared/common.schemas.js'
import { PeriodKind } from '../periods/periods.schemas.js'

// 考核: the office's rule set for a year, and the scores computed from the record by it.
//
// The rule set names only facts the record holds: when each entry was handed in (on time, late,
// not at all), each return by the office, and the office's evaluation (已完成, 未达预期). Every
// object is closed (additionalProperties: false), so a rule on anything else cannot be written:
// the 2024 rules on reducing the burden on the grassroots (整治形式主义为基层减负若干规定) forbid
// scoring app usage, leaders' instructions (批示) or photo evidence, and none of those is a fact
// here to score.

const MAX_POINTS = 100
const gain = (description: string) => Type.Optional(Type.Number({ minimum: 0, maximum: MAX_POINTS, description: `${description} (0 to ${MAX_POINTS}, at most two decimals)` }))
const loss = (description: string) => Type.Optional(Type.Number({ minimum: -MAX_POINTS, maximum: 0, description: `${description} (0 to -${MAX_POINTS}, at most two decimals)` }))

export const AssessmentPoints = Type.Object({
  onTime: gain('Per entry handed in (submitted or accepted) by its deadline in force'),
  late: loss('Per entry handed in after its deadline in force'),
  missing: loss('Per entry not handed in (no entry, a draft, or returned and not handed in again) once its period is closed or its deadline in force has passed'),
  returned: loss('Per return of an entry by the office (退回修改), each return counted'),
  behind: loss('Per entry the office accepted as 未达预期 (behind)'),
  completed: gain('Per task the office accepted as 已完成 (completed): once, in the first counted period it was'),
  completedEarly: gain('Besides completed, when that period ends before 31 December (提前完成)'),
}, {
  $id: 'AssessmentPoints', additionalProperties: false,
  description: 'Points per fact of the record, signed as they move the score: a deduction is 0 or less, a bonus 0 or more. A rule left out counts nothing. ' +
    'There is no rule on app usage, leaders\' instructions (批示) or photo evidence, which the 2024 rules on reducing the burden on the grassroots forbid: such a field is refused',
})

export const TaskWeight = Type.Object({
  seq: Type.Optional(Type.Integer({ minimum: 1, description: 'The task\'s number in the year\'s list' })),
  taskId: Type.Optional(Id),
  weight: Type.Number({ minimum: 0, maximum: 10, description: 'Every line of the task is multiplied by it (1: as is; at most two decimals)' }),
}, { $id: 'TaskWeight', additionalProperties: false, description: 'One task, named by seq or by taskId (one of them), and its weight' })

export const AssessmentCaps = Type.Object({
  deductions: Type.Optional(Type.Number({ minimum: 0, maximum: 1000, description: 'A unit loses at most this many points in all' })),
  bonuses: Type.Optional(Type.Number({ minimum: 0, maximum: 1000, description: 'A unit gains at most this many points in all' })),
}, { $id: 'AssessmentCaps', additionalProperties: false, description: 'Per unit; left out: no cap' })

export const AssessmentRules = Type.Object({
  baseScore: Type.Number({ minimum: -1000, maximum: 1000, description: 'Every unit starts from it (100 for a deduction scheme, 0 for points earned)' }),
  periodKinds: Type.Optional(Type.Array(ref(PeriodKind), {
    minItems: 1, uniqueItems: true, description: 'The kinds of period that count (["quarter"]: the quarterly reports only); left out: every period of the year',
  })),
  points: ref(AssessmentPoints),
  taskWeights: Type.Optional(Type.Array(ref(TaskWeight), { maxItems: 1000, description: 'Tasks that weigh other than 1; a task named twice is refused' })),
  caps: Type.Optional(ref(AssessmentCaps)),
  floor: Type.Optional(Type.Number({ minimum: -1000, maximum: 1000, description: 'No unit scores lower (after the caps); left out: none' })),
}, {
  $id: 'AssessmentRules', additionalProperties: false,
  examples: [{ baseScore: 100, periodKinds: ['quarter'], points: { late: -0.1, missing: -10, returned: -5 }, caps: { deductions: 40 }, floor: 0 }],
  description: 'The year\'s 考核 rules. A unit\'s score: baseScore + its bonuses (at most caps.bonuses) − its deductions (at most caps.deductions), ' +
    'and no less than floor. Each point comes from a fact of the record: an entry handed in on time or late or not at all, a return, the office\'s evaluation',
})
export type AssessmentRules = Static<typeof AssessmentRules>

export const AssessmentRuleSet = Type.Object({
  cityCode: CityCode,
  year: Year,
  rules: ref(AssessmentRules),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
}, { $id: 'AssessmentRuleSet', description: 'The rule set a city\'s office keeps for a year; ETag is its version' })
export type AssessmentRuleSet = Static<typeof AssessmentRuleSet>

export const AssessmentRulesParams = Type.Object({ cityCode: CityCode, year: Year })

export const ASSESSMENT_RULES = ['on_time', 'late', 'missing', 'returned', 'behind', 'completed', 'completed_early'] as const
export type AssessmentRule = typeof ASSESSMENT_RULES[number]
export const AssessmentRuleName = Type.Enum([...ASSESSMENT_RULES], {
  $id: 'AssessmentRuleName',
  description: 'The rule a line comes from: on_time 按时报送, late 逾期报送, missing 未报送, returned 退回修改, behind 未达预期, completed 已完成, completed_early 提前完成',
})

export const COLOURS = ['green', 'blue', 'yellow', 'red'] as const
export type Colour = typeof COLOURS[number]
export const AssessmentColour = Type.Enum([...COLOURS], {
  $id: 'AssessmentColour',
  description: 'The unit\'s quartile by rank: green the first (好), blue the second (较好), yellow the third (一般), red the last (较差)',
})

export const AssessmentLine = Type.Object({
  taskId: Id,
  seq: Type.Integer({ minimum: 1 }),
  periodId: Id,
  periodLabel: Type.String(),
  rule: ref(AssessmentRuleName),
  weight: Type.Number({ description: 'The task\'s weight, by which the rule\'s points were multiplied' }),
  points: Type.Number({ description: 'Signed; rounded to 0.01' }),
  note: Type.String({ description: 'The line in the office\'s words, e.g. 第3项（1-3月份）：逾期报送，扣0.1分' }),
}, { $id: 'AssessmentLine', description: 'One point (or several) a unit earned or lost, and why' })

export const UnitAssessment = Type.Object({
  leadUnitId: Id,
  name: Type.String(),
  tasks: Type.Integer({ minimum: 0, description: 'Tasks of the year it leads (role lead; supporting units are not scored)' }),
  baseScore: Type.Number(),
  bonuses: Type.Number({ description: 'The sum of its positive lines' }),
  deductions: Type.Number({ description: 'The sum of its negative lines, as a positive number' }),
  bonusesCounted: Type.Number({ description: 'bonuses, at most caps.bonuses' }),
  deductionsCounted: Type.Number({ description: 'deductions, at most caps.deductions' }),
  floorApplied: Type.Boolean({ description: 'The score was raised to the floor' }),
  score: Type.Number({ description: 'baseScore + bonusesCounted − deductionsCounted, at least floor' }),
  rank: Type.Integer({ minimum: 1, description: '1 + the number of units scoring more: equal scores share a rank' }),
  quartile: Type.Integer({ minimum: 1, maximum: 4, description: 'floor((rank − 1) × 4 ÷ units) + 1: units of one rank share it' }),
  colour: ref(AssessmentColour),
  lines: Type.Array(ref(AssessmentLine), { description: 'By task (seq), then period, then rule' }),
}, { $id: 'UnitAssessment' })

export const Assessment = Type.Object({
  cityCode: CityCode,
  year: Year,
  asOf: Timestamp,
  rules: Type.Object({ version: Version, updatedAt: Timestamp, value: ref(AssessmentRules) }),
  periods: Type.Array(Type.Object({
    id: Id, label: Type.String(), kind: ref(PeriodKind), endsOn: DateString,
    due: Type.Boolean({ description: 'Closed, or its deadline has passed: a task not handed in by its deadline in force counts as missing' }),
  }), { description: 'The periods that count, by end date' }),
  colours: Type.Array(Type.Object({ colour: ref(AssessmentColour), quartile: Type.Integer(), meaning: Type.String() }),
    { description: 'What each colour means' }),
  units: Type.Array(ref(UnitAssessment), { description: 'By rank, then the order of the first task each unit leads' }),
}, { $id: 'Assessment', description: 'Each lead unit\'s score for the year, computed from the record now by the year\'s rules; nothing of it is stored' })
export type Assessment = Static<typeof Assessment>
export type UnitAssessment = Static<typeof UnitAssessment>
export type AssessmentLine = Static<typeof AssessmentLine>

export const AssessmentFormat = Type.Enum(['json', 'xlsx'], { $id: 'AssessmentFormat' })
export const AssessmentQuery = Type.Object({
  year: Year,
  format: Type.Optional(ref(AssessmentFormat)),
})

export const assessmentSchemas = [AssessmentPoints, TaskWeight, AssessmentCaps, AssessmentRules, AssessmentRuleSet, AssessmentRuleName, AssessmentColour,
  AssessmentLine, UnitAssessment, Assessment, AssessmentFormat]
