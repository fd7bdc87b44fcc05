/**
 * How each lead unit behaves, and what that makes of each entry it files. A unit's
 * personality is drawn once; each entry's dates and words are drawn from the seed and the
 * entry's own names, so the same seed plans the same year.
 */
import { addDays, type Day, type PeriodPlan } from './calendar.js'
import { between, chance, derive, type Rng, weighted } from './random.js'
import type { Status } from './types.js'

export type Personality = 'on_time' | 'late' | 'returned_once' | 'extension' | 'silent'

export const PERSONALITIES: Record<Personality, string> = {
  on_time: 'files on time',
  late: 'files late',
  returned_once: 'is returned once, then fixes it',
  extension: 'asks for more time',
  silent: 'never reports',
}

/** Ten units' worth: every kind is met in a list of five units or more. */
const BAG: Personality[] = ['on_time', 'late', 'returned_once', 'extension', 'silent', 'on_time', 'returned_once', 'on_time', 'late', 'extension']

/** Each unit's personality: the units in an order drawn from the seed take the bag's in turn. */
export function personalities(seed: number, unitNames: string[]): Map<string, Personality> {
  const rng = derive(seed, 'units')
  const order = unitNames.map((name) => ({ name, draw: rng() })).sort((a, b) => a.draw - b.draw)
  return new Map(order.map(({ name }, i) => [name, BAG[i % BAG.length]!]))
}

export interface EntryPlan {
  draftOn: Day
  /** The first submission. */
  submitOn: Day
  proposed: Status
  /** The office returns the first submission. */
  returnFirst: boolean
  /** Days from a return to the submission again. */
  fixDays: number
  /** Asked on askOn for `days` more days; the office decides the day after. */
  extension?: { askOn: Day, days: number, approve: boolean }
  /** Days the office takes to review a submission. */
  reviewDays: number
  /** The office's evaluation (工作评价). */
  evaluation: Status
}

const proposal = (rng: Rng): Status => weighted(rng, { on_track: 75, completed: 10, behind: 15 })

/** The plan of one entry, or null: a silent unit files nothing. */
export function entryPlan(seed: number, personality: Personality, period: PeriodPlan, taskSeq: number): EntryPlan | null {
  if (personality === 'silent') return null
  const rng = derive(seed, 'entry', taskSeq, period.month)
  const due = period.dueOn
  const proposed = proposal(rng)
  const base = {
    proposed, returnFirst: false, fixDays: between(rng, 1, 2), reviewDays: between(rng, 0, 2),
    evaluation: chance(rng, 0.1) ? proposal(rng) : proposed,
  }
  const early = between(rng, 2, 6)
  const onTime = { draftOn: addDays(due, -early), submitOn: addDays(due, -between(rng, 0, Math.min(early, 2))) }
  switch (personality) {
    case 'on_time': return { ...base, ...onTime }
    case 'returned_once': return { ...base, ...onTime, returnFirst: true }
    case 'late': {
      // Now and then so late that the period has closed: the write is refused.
      const after = chance(rng, 0.1) ? between(rng, 11, 13) : between(rng, 1, 4)
      return { ...base, draftOn: addDays(due, -between(rng, 0, 3)), submitOn: addDays(due, after) }
    }
    case 'extension': {
      if (!chance(rng, 0.5)) return { ...base, ...onTime }
      const days = between(rng, 3, 7)
      const approve = chance(rng, 0.7)
      const askOn = addDays(due, -between(rng, 1, 2))
      // Given the time, it files before the new deadline; refused, it files late.
      const submitOn = approve ? addDays(due, days - between(rng, 0, 2)) : addDays(due, between(rng, 1, 3))
      return { ...base, draftOn: addDays(due, -between(rng, 3, 5)), submitOn, extension: { askOn, days, approve } }
    }
  }
}
