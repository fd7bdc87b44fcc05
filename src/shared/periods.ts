import { Invalid } from './errors.js'

/** A period lies inside its year and does not end before it starts (dates as 'YYYY-MM-DD'). */
export function checkPeriodRange(period: { year: number, startsOn: string, endsOn: string }) {
  if (period.startsOn > period.endsOn) throw Invalid.field('endsOn', 'must not be before startsOn')
  if (!period.startsOn.startsWith(`${period.year}-`)) throw Invalid.field('startsOn', `must lie in ${period.year}`)
  if (!period.endsOn.startsWith(`${period.year}-`)) throw Invalid.field('endsOn', `must lie in ${period.year}`)
}
