/**
 * A year-end forecast from the figures so far. A cumulative target is projected at the shape of
 * the task's own schedule when the office set one (the figure ÷ the share it plans done by
 * then), else, when last year's list had the same indicator with a figure at the same month and
 * at the year's end, at last year's seasonal shape (the figure ÷ the share of last year's total
 * reached by then), else at the pace of the year so far (the figure ÷ the share of the year elapsed). A rate is
 * projected as it stands, or moved by how much last year's rate moved from this month to the
 * year's end. Each forecast says its basis in words; none is made without a figure.
 */
import { type Actual, direction, formatNumber, isRate, type Target, unitScale } from './indicators.js'
import { type PacePeriod, type ScheduleShare, scheduledShare, shareOfYear } from './pace.js'

/** Last year's figures for the same indicator: at the month this period ends, and at the year's end. */
export interface LastYear { atMonth: number, atYearEnd: number, month: number }

export interface Forecast {
  /** The projected year-end value, in the target's unit. */
  projected: number
  unit: string
  /** run_rate: the pace of the year so far; last_year: last year's seasonal shape; schedule: the task's own schedule. */
  basis: 'run_rate' | 'last_year' | 'schedule'
  /** The target is projected to be missed. */
  misses: boolean
  statement: string
}

const round = (n: number) => Math.round(n * 100) / 100
const pct = (share: number) => `${formatNumber(Math.round(share * 1000) / 10)}%`

/** The forecast of a target from the figure that reports on it, or null when it cannot be made. */
export function forecastOf(target: Target, actual: Actual, period: PacePeriod, lastYear?: LastYear, shares?: ScheduleShare[]): Forecast | null {
  if (target.comparator === 'approx' || target.comparator === 'eq') return null
  if (isRate(target.unit) || direction(target.measure) !== 0) return rateForecast(target, actual, lastYear)
  if (target.comparator !== 'gte') return null
  const month = Number(period.endsOn.slice(5, 7))
  const value = actual.value * unitScale(actual.unit).factor / unitScale(target.unit).factor
  const lastShare = lastYear && lastYear.month === month && lastYear.atYearEnd > 0 && lastYear.atMonth > 0 && lastYear.atMonth <= lastYear.atYearEnd
    ? lastYear.atMonth / lastYear.atYearEnd : null
  const planned = shares?.length ? scheduledShare(shares, period.year, period.endsOn) : null
  // A schedule that plans the whole target by then has no shape left to project by.
  if (planned !== null && (planned <= 0 || planned >= 1)) return null
  const elapsed = shareOfYear(period.year, period.endsOn)
  if (elapsed <= 0) return null
  const share = planned ?? lastShare ?? elapsed
  // A count comes out whole (422个, not 422.4个); an amount to two places.
  const whole = Number.isInteger(target.value) && unitScale(target.unit).factor === 1 && !/元|吨|公里|千米|亩|平方|立方/.test(target.unit)
  const projected = whole ? Math.round(value / share) : round(value / share)
  const misses = projected < target.value
  const basis = planned !== null ? 'schedule' : lastShare === null ? 'run_rate' : 'last_year'
  const how = basis === 'schedule'
    ? `按计划进度（${month}月底应完成全年的${pct(planned!)}）推算`
    : basis === 'last_year'
      ? `按上年同期进度（上年${month}月底完成全年的${pct(lastShare!)}）推算`
      : `按目前进度（全年时间已过${pct(elapsed)}）推算`
  return { projected, unit: target.unit, basis, misses,
    statement: `${how}，全年预计${formatNumber(projected)}${target.unit}，${misses ? `低于目标${formatNumber(target.value)}${target.unit}` : '可完成目标'}` }
}

function rateForecast(target: Target, actual: Actual, lastYear?: LastYear): Forecast | null {
  if (actual.unit !== target.unit && !(isRate(actual.unit) && isRate(target.unit))) return null
  const signed = direction(target.measure) === 0 ? actual.value : direction(target.measure) * direction(actual.measure) * actual.value
  const drift = lastYear ? lastYear.atYearEnd - lastYear.atMonth : 0
  const projected = round(signed + drift)
  const misses = target.comparator === 'lte' ? projected > target.value : projected < target.value
  const label = target.measure ?? ''
  const how = lastYear ? `按上年${lastYear.month}月至年末${drift >= 0 ? '提高' : '回落'}${formatNumber(round(Math.abs(drift)))}个百分点推算` : '按目前累计水平推算'
  return { projected, unit: target.unit, basis: lastYear ? 'last_year' : 'run_rate', misses,
    statement: `${how}，全年预计${label}${formatNumber(projected)}${target.unit}，${misses ? '达不到目标' : '可完成目标'}` }
}
