/**
 * Every change the scenario made, or saw the worker make, with what the record should show
 * of it: the event (its subject and type) and the audit row (entity, id, the request that
 * made it, and the actions that name the step). The event and audit invariants hold the
 * service's feed and trail against it.
 */
import type { Day } from './calendar.js'

/**
 * Which invariant check holds a change's event: the supervision loop's steps, whose event
 * types exist (loop); edits of an entry's text (edit); changes to the list itself, tasks,
 * units, periods and imports (list).
 */
export type ChangeClass = 'loop' | 'edit' | 'list'

export interface Change {
  day: Day
  /** The step, as a person says it: submit, return, accept, draft, close, import … */
  what: string
  where: { periodId?: number, taskId?: number, leadUnitId?: number }
  class: ChangeClass
  /** The event it should be in the feed as: its subject (compared without case, - or _) and type. */
  subject: string
  type: string | RegExp
  audit: { entity: string, entityId: number, requestId: string | null, actions: string[] } | null
}

/** An edit of an entry is an entry event other than the steps of the review. */
export const ENTRY_EDIT = /^entry\.(?!(submitted|returned|accepted|overdue)$)/

/** A change to a period other than its close (whose event is period.closed). */
export const PERIOD_CHANGE = /^period\.(?!closed$)/

export const entrySubject = (taskId: number, periodId: number) => `entry:${taskId}:${periodId}`

export const typeMatches = (expected: string | RegExp, type: string) => (typeof expected === 'string' ? expected === type : expected.test(type))

export class Ledger {
  readonly changes: Change[] = []

  add(change: Change) {
    this.changes.push(change)
  }
}
