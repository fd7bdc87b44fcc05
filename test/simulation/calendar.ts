/**
 * The simulated year's calendar, in Beijing time (UTC+8, no summer time), as the office keeps
 * it: twelve monthly periods, cumulative from 1 January, each due five days after its month
 * ends at 17:30, and closed ten days after that.
 */
const DAY = 86_400_000

/** A day, YYYY-MM-DD. */
export type Day = string

/** The instant of a Beijing date and time (HH:MM). */
export const beijing = (day: Day, time: string) => new Date(`${day}T${time}:00+08:00`)

/** The Beijing date of an instant. */
export const dayOf = (at: Date | string) => new Date(new Date(at).getTime() + 8 * 3600_000).toISOString().slice(0, 10)

export const addDays = (day: Day, days: number): Day => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)

export const daysFrom = (from: Day, to: Day) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY)

/** A time as the office writes it: 2025-04-05 17:30. */
export const beijingText = (at: Date | string) => new Date(new Date(at).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')

export interface PeriodPlan {
  month: number
  label: string
  startsOn: Day
  endsOn: Day
  /** The day it is due, and the deadline (17:30 that day). */
  dueOn: Day
  dueAt: string
  /** The day the office closes it. */
  closeOn: Day
}

export const DUE_AFTER_MONTH_END = 5
export const CLOSE_AFTER_DUE = 10

export function yearPeriods(year: number): PeriodPlan[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month = i + 1
    const endsOn = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10)
    const dueOn = addDays(endsOn, DUE_AFTER_MONTH_END)
    return {
      month,
      label: month === 1 ? '1月份' : month === 12 ? '全年' : `1-${month}月份`,
      startsOn: `${year}-01-01`,
      endsOn,
      dueOn,
      dueAt: beijing(dueOn, '17:30').toISOString(),
      closeOn: addDays(dueOn, CLOSE_AFTER_DUE),
    }
  })
}

/** The simulation's clock: the service reads it (AppOptions.clock) and the worker is drained at it. */
export class SimClock {
  #now: Date
  constructor(start: Date) {
    this.#now = start
  }

  get now() {
    return new Date(this.#now)
  }

  get day(): Day {
    return dayOf(this.#now)
  }

  set(at: Date) {
    this.#now = new Date(at)
  }

  readonly read = () => new Date(this.#now)
}
