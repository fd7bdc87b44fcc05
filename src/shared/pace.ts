/**
 * 序时进度: how far a task is against the share of the year that has passed. The yardstick
 * offices publish: a cumulative target is on schedule at 25% by the end of March, 50% by June,
 * 91.7% by the end of November (months elapsed ÷ 12); a rate (增长6.5%以上, 控制在5.5%以内) is on
 * schedule when the year-to-date rate meets it. A suggestion only: the evaluation stays the
 * office's. Pure: the entry's figures, the task's targets and the period's dates in, a verdict
 * and the words the office uses out. When no figure reports on a target, it says so and gives
 * no verdict; a task with no measurable target has no pace at all.
 */
import { type Actual, assessAgainstTarget, direction, formatNumber, isRate, sameMetric, type Target, unitScale, unitsCompatible } from './indicators.js'

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
  /** quantity: a cumulative amount against the share of the year elapsed; rate: a year-to-date rate or level against the target itself. */
  kind: 'quantity' | 'rate'
  /** The target's text, as the task's title states it. */
  target: string
  /** The share of the annual target due by the period's end (quantity only), 0–1. */
  expectedShare: number | null
  /** The share of the annual target reached (quantity only). */
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

/** The pace of an entry, or null for a task with no measurable target. */
export function paceOf(targets: Target[], actual: Actual | null, period: PacePeriod): Pace | null {
  const measurable = targets.filter((target) => target.comparator !== 'eq')
  if (measurable.length === 0) return null
  const target = actual === null ? undefined : targetOf(measurable, actual)
  if (actual === null || target === undefined) {
    const named = measurable[0]!
    return { kind: isRate(named.unit) ? 'rate' : 'quantity', target: named.text, expectedShare: null, actualShare: null, verdict: null, gap: null,
      statement: actual === null ? `进展未报告与目标“${named.text}”对应的数值` : `进展中的“${actual.text}”与目标不是同一指标，无法比较` }
  }
  if (isRate(target.unit) || direction(target.measure) !== 0 || target.comparator !== 'gte') return ratePace(target, actual)
  return quantityPace(target, actual, shareOfYear(period.year, period.endsOn))
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

function quantityPace(target: Target, actual: Actual, expected: number): Pace {
  const share = (actual.value * unitScale(actual.unit).factor) / (target.value * unitScale(target.unit).factor)
  const gap = (share - expected) * 100
  const verdict: PaceVerdict = share >= 1 || gap >= AHEAD_BY ? (share >= 1 && expected >= 1 ? 'on_schedule' : 'ahead') : gap >= 0 ? 'on_schedule' : 'behind'
  const statement = share >= 1
    ? `已完成年度目标（${percent(share)}）`
    : `完成年度目标的${percent(share)}，${gap >= 0 ? '高于' : '低于'}序时进度${points(gap)}`
  return { kind: 'quantity', target: target.text, expectedShare: Math.round(expected * 1000) / 1000, actualShare: Math.round(share * 1000) / 1000,
    verdict, gap: Math.round(gap * 10) / 10, statement }
}
