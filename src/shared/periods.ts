import { Invalid, PeriodClosed } from './errors.js'

/** A period lies inside its year and does not end before it starts (dates as 'YYYY-MM-DD'). */
export function checkPeriodRange(period: { year: number, startsOn: string, endsOn: string }) {
  if (period.startsOn > period.endsOn) throw Invalid.field('endsOn', 'must not be before startsOn')
  if (!period.startsOn.startsWith(`${period.year}-`)) throw Invalid.field('startsOn', `must lie in ${period.year}`)
  if (!period.endsOn.startsWith(`${period.year}-`)) throw Invalid.field('endsOn', `must lie in ${period.year}`)
}

/**
 * A closed period is read-only: its entries, extensions, reminders, its own fields and what an
 * import or a return sheet would write to it. The one place the rule is written (a test holds it so).
 */
export function assertPeriodOpen(period: { id: number, state: string }) {
  if (period.state === 'closed') throw new PeriodClosed(period.id)
}
