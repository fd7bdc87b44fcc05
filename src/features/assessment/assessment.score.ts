/**
 * 考核 scores from the record, by the year's rules: no SQL and no clock of its own, so that a
 * person can recompute any score from its lines. Points are counted in hundredths (integers):
 * 0.1 ten times is 1, not 0.9999999999999999.
 */
import type { AssessedPeriod, EntryFact, LeadLink, ReturnFact } from './assessment.repository.js'
import { type AssessmentLine, type AssessmentRule, type AssessmentRules, type Colour, COLOURS, type UnitAssessment } from './assessment.schemas.js'
import { competitionRanks } from '../../shared/ranking.js'

export interface YearRecord {
  year: number
  periods: AssessedPeriod[]
  leads: LeadLink[]
  entries: EntryFact[]
  returns: ReturnFact[]
}

/** The words a line says its rule in. */
export const RULE_WORDS: Record<AssessmentRule, string> = {
  on_time: '按时报送', late: '逾期报送', missing: '未报送', returned: '退回修改', behind: '未达预期', completed: '已完成', completed_early: '提前完成',
}

const RULE_POINTS: Record<AssessmentRule, keyof AssessmentRules['points']> = {
  on_time: 'onTime', late: 'late', missing: 'missing', returned: 'returned', behind: 'behind', completed: 'completed', completed_early: 'completedEarly',
}

/** What each colour means: the quartile of the rank, and its grade. */
export const COLOUR_MEANINGS: Record<Colour, string> = {
  green: '绿色：排名前四分之一，好',
  blue: '蓝色：排名第二个四分之一，较好',
  yellow: '黄色：排名第三个四分之一，一般',
  red: '红色：排名后四分之一，较差',
}

export const cents = (points: number) => Math.round(points * 100)
const points = (hundredths: number) => hundredths / 100
/** Rounds half away from zero, so a deduction rounds as its bonus would. */
const roundHalfAway = (value: number) => Math.sign(value) * Math.round(Math.abs(value))

/** Whether a period counts for the rules (periodKinds), and whether it is due: closed, or its deadline in force passed. */
export const countedPeriods = (rules: AssessmentRules, periods: AssessedPeriod[]) =>
  periods.filter((period) => rules.periodKinds === undefined || rules.periodKinds.includes(period.kind))

export const isDue = (period: AssessedPeriod, dueAt: string | null, now: Date) =>
  period.state === 'closed' || (dueAt !== null && Date.parse(dueAt) <= now.getTime())

/** A task's weight: named by id first, else (a task of the list, not a part of a split task) by seq, else 1. */
function weightOf(rules: AssessmentRules, taskId: number, seq: number, parentId: number | null): number {
  const weights = rules.taskWeights ?? []
  return (weights.find((w) => w.taskId === taskId) ?? (parentId === null ? weights.find((w) => w.seq === seq) : undefined))?.weight ?? 1
}

type Line = AssessmentLine & { hundredths: number }

/** The lines of one task: the same for each of its lead units. */
function taskLines(rules: AssessmentRules, record: YearRecord, task: { taskId: number, seq: number, parentId: number | null }, periods: AssessedPeriod[],
  facts: Map<string, EntryFact>, returns: Map<string, number>, now: Date): Line[] {
  const weight = weightOf(rules, task.taskId, task.seq, task.parentId)
  const lines: Line[] = []
  const add = (period: AssessedPeriod, rule: AssessmentRule, nth?: number) => {
    const perFact = rules.points[RULE_POINTS[rule]]
    if (perFact === undefined || perFact === 0) return
    const hundredths = roundHalfAway(cents(perFact) * cents(weight) / 100)
    if (hundredths === 0) return
    const what = nth === undefined ? RULE_WORDS[rule] : `第${nth}次${RULE_WORDS[rule]}`
    const weighted = weight === 1 ? '' : `（权重${weight}）`
    const note = `第${task.seq}项（${period.label}）：${what}，${hundredths > 0 ? '加' : '扣'}${points(Math.abs(hundredths))}分${weighted}`
    lines.push({ taskId: task.taskId, seq: task.seq, periodId: period.id, periodLabel: period.label, rule, weight, points: points(hundredths), note, hundredths })
  }
  let completed = false
  for (const period of periods) {
    const key = `${task.taskId}:${period.id}`
    const fact = facts.get(key)
    const handedIn = fact?.state === 'submitted' || fact?.state === 'accepted'
    if (handedIn) add(period, fact.late ? 'late' : 'on_time')
    else if (isDue(period, fact?.dueAt ?? null, now)) add(period, 'missing')
    for (let n = 1; n <= (returns.get(key) ?? 0); n++) add(period, 'returned', n)
    if (fact?.state !== 'accepted') continue
    if (fact.status === 'behind') add(period, 'behind')
    if (fact.status === 'completed' && !completed) {
      completed = true
      add(period, 'completed')
      if (period.endsOn < `${record.year}-12-31`) add(period, 'completed_early')
    }
  }
  return lines
}

/** Ranks by score (ties share the rank of the first of them), quartile and colour. */
function ranked<T extends { hundredths: number }>(units: T[]): (T & { rank: number, quartile: number, colour: Colour })[] {
  const sorted = [...units].sort((a, b) => b.hundredths - a.hundredths)
  const ranks = competitionRanks(sorted.map((unit) => unit.hundredths))
  return sorted.map((unit, i) => {
    const rank = ranks[i]!
    const quartile = Math.floor(((rank - 1) * 4) / sorted.length) + 1
    return { ...unit, rank, quartile, colour: COLOURS[quartile - 1]! }
  })
}

/** Each lead unit's score for the year at `now`, with its lines; units by rank, then by the first task each leads. */
export function assess(rules: AssessmentRules, record: YearRecord, now: Date): { periods: (AssessedPeriod & { due: boolean })[], units: UnitAssessment[] } {
  const periods = countedPeriods(rules, record.periods)
  const facts = new Map(record.entries.map((fact) => [`${fact.taskId}:${fact.periodId}`, fact]))
  const returns = new Map<string, number>()
  for (const r of record.returns) returns.set(`${r.taskId}:${r.periodId}`, (returns.get(`${r.taskId}:${r.periodId}`) ?? 0) + 1)
  const linesOfTask = new Map<number, Line[]>()
  const units = new Map<number, { leadUnitId: number, name: string, tasks: number, lines: Line[] }>()
  for (const link of record.leads) {
    let lines = linesOfTask.get(link.taskId)
    if (!lines) linesOfTask.set(link.taskId, lines = taskLines(rules, record, link, periods, facts, returns, now))
    const unit = units.get(link.leadUnitId) ?? { leadUnitId: link.leadUnitId, name: link.name, tasks: 0, lines: [] }
    unit.tasks += 1
    unit.lines.push(...lines)
    units.set(link.leadUnitId, unit)
  }

  const base = cents(rules.baseScore)
  const scored = [...units.values()].map((unit, order) => {
    const bonuses = unit.lines.filter((line) => line.hundredths > 0).reduce((sum, line) => sum + line.hundredths, 0)
    const deductions = -unit.lines.filter((line) => line.hundredths < 0).reduce((sum, line) => sum + line.hundredths, 0)
    const bonusesCounted = rules.caps?.bonuses === undefined ? bonuses : Math.min(bonuses, cents(rules.caps.bonuses))
    const deductionsCounted = rules.caps?.deductions === undefined ? deductions : Math.min(deductions, cents(rules.caps.deductions))
    const raw = base + bonusesCounted - deductionsCounted
    const floor = rules.floor === undefined ? undefined : cents(rules.floor)
    const hundredths = floor !== undefined && raw < floor ? floor : raw
    return { ...unit, order, bonuses, deductions, bonusesCounted, deductionsCounted, floorApplied: hundredths !== raw, hundredths }
  })
  const result = ranked(scored).sort((a, b) => a.rank - b.rank || a.order - b.order)
  return {
    periods: periods.map((period) => ({ ...period, due: isDue(period, period.dueAt, now) })),
    units: result.map((unit) => ({
      leadUnitId: unit.leadUnitId,
      name: unit.name,
      tasks: unit.tasks,
      baseScore: points(base),
      bonuses: points(unit.bonuses),
      deductions: points(unit.deductions),
      bonusesCounted: points(unit.bonusesCounted),
      deductionsCounted: points(unit.deductionsCounted),
      floorApplied: unit.floorApplied,
      score: points(unit.hundredths),
      rank: unit.rank,
      quartile: unit.quartile,
      colour: unit.colour,
      lines: unit.lines.map(({ hundredths: _, ...line }) => line),
    })),
  }
}
