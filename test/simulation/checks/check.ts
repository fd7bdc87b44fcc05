/** An invariant check: what it is called, and a function that answers what broke (or nothing). */
import type { Day } from '../calendar.js'
import type { World } from '../world.js'
import type { Views } from './views.js'

export interface Context {
  world: World
  views: Views
  /** The run's last day: checks that wait for "eventually" look now. */
  final: boolean
  lastDay: Day
}

export interface Check {
  /** Its number in the list of invariants (an extra check has a name instead). */
  invariant: string
  name: string
  /** What broke, said as where and what; undefined when it holds. */
  run: (context: Context) => Promise<string | undefined>
}

/** The first of the messages, with how many more there were. */
export function first(messages: string[]): string | undefined {
  if (messages.length === 0) return undefined
  return messages.length === 1 ? messages[0] : `${messages[0]} (and ${messages.length - 1} more)`
}
