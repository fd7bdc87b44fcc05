/**
 * 序时进度: how far a task is against the share of the year that has passed. The yardstick
 * offices publish: a cumulative target is on schedule at 25% by the end of March, 50% by June,
 * 91.7% by the end of November (months elapsed ÷ 12); a rate (增长6.5%以上, 控制在5.5%以内) is on
 * schedule when the year-to-date rate meets it. A task may have its own schedule instead: the
 * share due by dates the office sets (计划进度, drawn straight between them), which is the
 * yardstick of a cumulative target and of a project's completion percentage; or dated milestones
 * (节点: 开工, 主体完工, 投用), each due by its date and read as reached from the progress text.
 * A suggestion only: the evaluation stays the office's. Pure: the entry's figures and text, the
 * task's targets and schedule and the period's dates in, a verdict and the words the office uses
 * out. When no figure reports on a target, it says so and gives no verdict; a task with no
 * measurable target and no schedule has no pace at all.
 */
import { type Actual, assessAgainstTarget, direction, figuresIn, formatNumber, isRate, sameMetric, type Target, unitScale, unitsCompatible } from './indicators.js'

/**
 * Moves on when the way a pace (or an entry's figures) is worked out changes: entries with an older
 * one are worked out again (the entryPace job). 2: the figures of the text with their spans.
 */
export const PACE_REVISION = 2

export const PACE_VERDICTS = ['ahead', 'on_schedule', 'behind'] as const
export type PaceVerdict = typeof PACE_VERDICTS[number]

/** The words for each verdict. */
export const PACE_WORDS: Record<PaceVerdict, string> = { ahead: '超序时', on_schedule: '达序时', behind: '欠序时' }

export interface Pace {
  /**
   * quantity: a cumulative amount against the share due (of the year elapsed, or the task's schedule); rate: a year-to-date
   * rate or level against the target itself; completion: a project's completion percentage against its schedule; milestone:
   * the milestones reached against those due.
   */
  kind: 'quantity' | 'rate' | 'completion' | 'milestone'
  /** The target's text, as the task's title states it, or the schedule's. */
  target: string
  /** The share of the annual target due by the period's end (quantity, completion; milestone: of the milestones), 0–1. */
  expectedShare: number | null
  /** The share of the annual target reached (quantity, completion; milestone: of the milestones). */
  actualShare: number | null
  /** null: no figure reports on the target, or the target has no agreed tolerance (左右). */
  verdict: PaceVerdict | null
  /** How far ahead (+) or behind (−), in percentage points. */
  gap: number | null
  /** What the office would write: 完成年度目标的38.2%，低于序时进度3.5个百分点. */
  statement: string
}

/** A share that far past the due share (in percentage points), or a rate that far past its target, is ahead. */
export const AHEAD_BY = 10
export const RATE_AHEAD_BY = 1

export interface PacePeriod { year: number, endsOn: string }

/** The share of the year elapsed at a date: months ÷ 12, a part month by its days. */
export function shareOfYear(year: number, endsOn: string): number {
  const [y, m, d] = endsOn.split('-').map(Number) as [number, number, number]
  if (y < year) return 0
  if (y > year) return 1
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return Math.min(1, (m - 1 + d / daysInMonth) / 12)
}

const percent = (share: number) => `${formatNumber(Math.round(share * 1000) / 10)}%`
const points = (gap: number) => `${formatNumber(Math.round(Math.abs(gap) * 10) / 10)}个百分点`

/** The target the figure reports on: one of a kind with it, named as it is, or the only one of its kind. */
function targetOf(targets: Target[], actual: Actual): Target | undefined {
  const fitting = targets.filter((target) => unitsCompatible(target.unit, actual.unit) &&
    (direction(target.measure) === 0) === (direction(actual.measure) === 0))
  return fitting.find((target) => actual.metric !== null && sameMetric(actual.metric, target.metric)) ??
    (fitting.length === 1 ? fitting[0] : undefined)
}

/** A share of its work a task must have done by a date: 计划进度. */
export interface ScheduleShare { by: string, percent: number }
/** A milestone (节点) due by a date; reached when the progress says so in its name or one of its words. */
export interface Milestone { name: string, due: string, words?: string[] }
/** A task's own yardstick, set by the office: the share due by dates, or dated milestones, or both. */
export interface TaskSchedule { shares?: ScheduleShare[], milestones?: Milestone[] }

/** What an entry's pace is worked out from besides its figure: the task's schedule and the entry's text. */
export interface PacePlan { schedule: TaskSchedule | null, progress: string }

const dayOfYear = (year: number, date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return (Date.UTC(y, m - 1, d) - Date.UTC(year, 0, 1)) / 86_400_000 + 1
}

/**
 * The share due by a date on a task's schedule: straight between its dates, from nothing at the
 * year's start (unless the schedule starts on 1 January with some share done); after the last
 * date, the last date's share.
 */
export function scheduledShare(shares: ScheduleShare[], year: number, endsOn: string): number {
  const day = dayOfYear(year, endsOn)
  let from = { day: 0, share: 0 }
  for (const point of shares) {
    const to = { day: dayOfYear(year, point.by), share: point.percent / 100 }
    if (day <= to.day) return to.day === from.day ? to.share : from.share + (to.share - from.share) * Math.max(0, day - from.day) / (to.day - from.day)
    from = to
  }
  return from.share
}

const dayWords = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`

/** The pace of an entry, or null for a task with no measurable target and no schedule of its own. */
export function paceOf(targets: Target[], actual: Actual | null, period: PacePeriod, plan?: PacePlan): Pace | null {
  const schedule = plan?.schedule ?? null
  if (schedule?.milestones?.length) return milestonePace(schedule.milestones, plan!.progress, period)
  const shares = schedule?.shares?.length ? schedule.shares : null
  const measurable = targets.filter((target) => target.comparator !== 'eq')
  if (measurable.length === 0) return shares ? completionPace(shares, plan!.progress, period) : null
  const target = actual === null ? undefined : targetOf(measurable, actual)
  if (actual === null || target === undefined) {
    const named = measurable[0]!
    return { kind: isRate(named.unit) ? 'rate' : 'quantity', target: named.text, expectedShare: null, actualShare: null, verdict: null, gap: null,
      statement: actual === null ? `进展未报告与目标“${named.text}”对应的数值` : `进展中的“${actual.text}”与目标不是同一指标，无法比较` }
  }
  if (isRate(target.unit) || direction(target.measure) !== 0 || target.comparator !== 'gte') return ratePace(target, actual)
  const due = dueShare(shares, period)
  return quantityPace(target, actual, due.share, due.yardstick)
}

/** The share of a target due by a period's end: by the task's own shares (计划进度), else months ÷ 12 (序时进度). */
export function dueShare(shares: ScheduleShare[] | null | undefined, period: PacePeriod): { share: number, yardstick: Yardstick } {
  return shares?.length
    ? { share: scheduledShare(shares, period.year, period.endsOn), yardstick: '计划进度' }
    : { share: shareOfYear(period.year, period.endsOn), yardstick: '序时进度' }
}

function ratePace(target: Target, actual: Actual): Pace {
  const base = { kind: 'rate' as const, target: target.text, expectedShare: null, actualShare: null }
  const assessed = assessAgainstTarget(target, actual)
  const said = `${actual.measure ?? ''}${formatNumber(actual.value)}${actual.unit}`
  if (assessed === 'unknown') return { ...base, verdict: null, gap: null, statement: `${said}，目标“${target.text}”没有约定的幅度，无法判断` }
  // In the target's terms: how far past (+) or short of (−) it the figure is.
  const signed = direction(target.measure) === 0 ? actual.value : direction(target.measure) * direction(actual.measure) * actual.value
  const gap = (target.comparator === 'lte' ? target.value - signed : signed - target.value) * unitScale(actual.unit).factor / unitScale(target.unit).factor
  const unit = isRate(target.unit) ? '个百分点' : target.unit
  const amount = `${formatNumber(Math.round(Math.abs(gap) * 10) / 10)}${unit}`
  if (assessed === 'short') {
    return { ...base, verdict: 'behind', gap, statement: `${said}，${target.comparator === 'lte' ? '超出' : '低于'}目标${amount}` }
  }
  const verdict = isRate(target.unit) && gap >= RATE_AHEAD_BY ? 'ahead' : 'on_schedule'
  return { ...base, verdict, gap, statement: gap === 0 ? `${said}，达到目标` : `${said}，${target.comparator === 'lte' ? '低于控制目标' : '高于目标'}${amount}` }
}

function quantityPace(target: Target, actual: Actual, expected: number, yardstick: Yardstick): Pace {
  const share = (actual.value * unitScale(actual.unit).factor) / (target.value * unitScale(target.unit).factor)
  return { kind: 'quantity', target: target.text, ...shareAgainst(share, expected, yardstick) }
}

export type Yardstick = '序时进度' | '计划进度'

/**
 * A share of the year's target reached against the share due, as the office says it: 完成年度目标的
 * 38.2%，低于序时进度3.5个百分点. A task's figure is measured so, and a split task's parts together.
 */
export function shareAgainst(share: number, expected: number, yardstick: Yardstick): Pick<Pace, 'expectedShare' | 'actualShare' | 'verdict' | 'gap' | 'statement'> {
  const gap = (share - expected) * 100
  const statement = share >= 1
    ? `已完成年度目标（${percent(share)}）`
    : `完成年度目标的${percent(share)}，${gap >= 0 ? '高于' : '低于'}${yardstick}${points(gap)}`
  return { expectedShare: Math.round(expected * 1000) / 1000, actualShare: Math.round(share * 1000) / 1000,
    verdict: shareVerdict(share, expected, gap), gap: Math.round(gap * 10) / 10, statement }
}

/** The verdict of a share reached against the share due: ahead by AHEAD_BY points, or done before the last date. */
const shareVerdict = (share: number, expected: number, gap: number): PaceVerdict =>
  share >= 1 || gap >= AHEAD_BY ? (share >= 1 && expected >= 1 ? 'on_schedule' : 'ahead') : gap >= 0 ? 'on_schedule' : 'behind'

// A completion percentage: 完成总工程量的80%, 形象进度达80%, 工程进度完成85%: a share, in a clause that speaks of completion.
const COMPLETION_WORDS = /完成|进度|工程量|形象/
const CLAUSE_END = /[，。；！？,;!?\n]/

/** The completion percentage the progress reports last, as a share (0–1), or null. */
export function completionIn(progress: string): { share: number, text: string } | null {
  const shares = figuresIn(progress).filter((figure) => figure.kind === 'share' && figure.unit === '%' && figure.value !== null)
  for (const figure of shares.reverse()) {
    const clause = progress.slice(0, figure.start).split(CLAUSE_END).at(-1)!
    if (COMPLETION_WORDS.test(clause) && !/占|比重|率/.test(clause)) return { share: figure.value! / 100, text: figure.text }
  }
  return null
}

const scheduleText = (shares: ScheduleShare[]) => `计划进度：${shares.map((point) => `${dayWords(point.by)}${formatNumber(point.percent)}%`).join('、')}`

function completionPace(shares: ScheduleShare[], progress: string, period: PacePeriod): Pace {
  const expected = scheduledShare(shares, period.year, period.endsOn)
  const base = { kind: 'completion' as const, target: scheduleText(shares), expectedShare: Math.round(expected * 1000) / 1000 }
  const done = completionIn(progress)
  if (done === null) return { ...base, actualShare: null, verdict: null, gap: null, statement: '进展未报告完成进度的百分比' }
  const gap = (done.share - expected) * 100
  return { ...base, actualShare: Math.round(done.share * 1000) / 1000, verdict: shareVerdict(done.share, expected, gap), gap: Math.round(gap * 10) / 10,
    statement: done.share >= 1 ? '已全部完成' : `完成进度${percent(done.share)}，${gap >= 0 ? '高于' : '低于'}计划进度（${percent(expected)}）${points(gap)}` }
}

// Words a report uses for the usual milestones besides their own names.
const MILESTONE_SYNONYMS: [string, string[]][] = [['开工', ['动工', '开工建设']], ['完工', ['竣工']], ['投用', ['投入使用', '投运', '交付使用']]]
// Before a milestone's words in the same clause: it is not reached (未开工, 计划6月底开工, 力争年底前投用).
const NOT_YET = /未|没有|计划|预计|拟|将|力争|确保|争取|待|准备|即将|加快|推进|筹备|启动/
// After them: only its preparations are spoken of (开工前期工作, 开工手续).
const PREPARATION = /^(?:前|准备|手续|条件|仪式)/

/** Every way a report may say the milestone is reached: its name, its words, the usual synonyms, and each with 已 before its last two characters (主体已完工). */
function milestoneWords(milestone: Milestone): string[] {
  const words = [milestone.name, ...(milestone.words ?? [])]
  for (const [word, synonyms] of MILESTONE_SYNONYMS) {
    if (milestone.name.includes(word)) words.push(...synonyms.map((synonym) => milestone.name.replace(word, synonym)))
  }
  const all = words.flatMap((word) => word.length >= 4 ? [word, `${word.slice(0, -2)}已${word.slice(-2)}`] : [word])
  return [...new Set(all.map((word) => word.replace(/\s+/g, '')))]
}

/** Whether the progress says the milestone is reached: one of its words, not planned or denied in its clause, not its preparations. */
export function milestoneReached(progress: string, milestone: Milestone): boolean {
  const text = progress.replace(/[\s\u00a0\u3000]+/g, '')
  return milestoneWords(milestone).some((word) => {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const clause = text.slice(0, at).split(CLAUSE_END).at(-1)!
      if (!NOT_YET.test(clause) && !PREPARATION.test(text.slice(at + word.length))) return true
    }
    return false
  })
}

function milestonePace(milestones: Milestone[], progress: string, period: PacePeriod): Pace {
  const named = (list: Milestone[], withDue = false) => list.map((m) => `“${m.name}”${withDue ? `（${dayWords(m.due)}到期）` : ''}`).join('、')
  const due = milestones.filter((m) => m.due <= period.endsOn)
  const reached = milestones.filter((m) => milestoneReached(progress, m))
  const missed = due.filter((m) => !reached.includes(m))
  const early = reached.filter((m) => !due.includes(m))
  const verdict: PaceVerdict = missed.length > 0 ? 'behind' : early.length > 0 ? 'ahead' : 'on_schedule'
  const parts: string[] = []
  if (verdict === 'ahead') parts.push(...(reached.length > early.length ? [`已完成${named(reached.filter((m) => due.includes(m)))}`] : []), `提前完成${named(early, true)}`)
  else if (reached.length > 0) parts.push(`已完成${named(reached)}`)
  if (missed.length > 0) parts.push(`${named(missed, true)}未见完成`)
  if (parts.length === 0) {
    const next = milestones.filter((m) => m.due > period.endsOn).sort((a, b) => a.due.localeCompare(b.due))[0]
    parts.push(next ? `尚无到期节点，下一节点${named([next], true)}` : '进展未提及节点完成情况')
  }
  return {
    kind: 'milestone', target: `节点：${milestones.map((m) => `${m.name}（${dayWords(m.due)}）`).join('、')}`,
    expectedShare: Math.round(due.length / milestones.length * 1000) / 1000, actualShare: Math.round(reached.length / milestones.length * 1000) / 1000,
    verdict, gap: null, statement: parts.join('；'),
  }
}
