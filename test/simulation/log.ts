/** The day's line: what happened, in the order a person follows the loop. */
import type { Day } from './calendar.js'

const ORDER: [string, string][] = [
  ['imported', 'imported'], ['periodMoved', 'deadline moved'], ['drafted', 'drafts'], ['submitted', 'submitted'], ['late', 'late'],
  ['asked', 'extensions asked'], ['approved', 'approved'], ['rejected', 'rejected'], ['returned', 'returned'], ['accepted', 'accepted'],
  ['reminders', 'reminders'], ['overdue', 'overdue'], ['closed', 'closed'], ['refusedWrites', 'writes refused (closed)'],
  ['events', 'events'], ['json', 'to json'], ['robot', 'to robot'], ['jsonRefused', 'json answered 500'],
]

export class Tally {
  readonly counts = new Map<string, number>()
  readonly words: string[] = []

  add(name: string, n = 1) {
    if (n !== 0) this.counts.set(name, (this.counts.get(name) ?? 0) + n)
  }

  /** A word of its own on the line: "closed 1-3月份", "json receiver down". */
  say(text: string) {
    this.words.push(text)
  }

  line(day: Day): string {
    const weekday = new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' })
    const parts = ORDER.filter(([name]) => this.counts.has(name)).map(([name, label]) => `${label} ${this.counts.get(name)}`)
    return `${day} ${weekday}  ${[...parts, ...this.words].join(' · ') || '—'}`
  }
}

/** The whole run's counts, summed from the days'. */
export class Totals extends Tally {
  addDay(day: Tally) {
    for (const [name, n] of day.counts) this.add(name, n)
  }
}
