/**
 * What the simulation knows of the city it plays: the keys it holds, the units and their
 * personalities, the tasks, the periods, and each entry as the scenario has moved it. The
 * service is the record; this is what the scenario expects of it.
 */
import type { Api } from './api.js'
import type { Day, PeriodPlan, SimClock } from './calendar.js'
import { Ledger } from './ledger.js'
import type { EntryPlan, Personality } from './plans.js'
import type { JsonReceiver, RobotReceiver } from './receivers.js'
import type { App } from '../../src/app.js'
import { Tally } from './log.js'
import type { AuditRow, EntryState, Event, Reminder } from './types.js'

export interface Unit { id: number, name: string, key: string, personality: Personality }
export interface Task { id: number, seq: number, title: string, leadUnitIds: number[] }

export interface Period extends PeriodPlan {
  id: number
  /** The deadline now in force for the period (the office may move it). */
  deadline: string
  state: 'open' | 'closed'
  /** Its entries came from the published report (accepted); units file none. */
  imported: boolean
  version: number
}

export interface EntryCase {
  taskId: number
  periodId: number
  /** The unit that files it: the task's first lead unit. */
  unitId: number
  plan: EntryPlan | null
  state: EntryState | null
  version: number
  submissions: number
  submittedOn?: Day
  /** The deadline in force for it: the period's, or an approved extension's. */
  deadline: string
  extension?: { id: number, state: 'pending' | 'approved' | 'rejected', askedOn: Day }
  /** The day a returned entry is reworked and submitted again. */
  fixOn?: Day
}

/** A time the service stamped, beside the one the simulated clock gave (late flags, submission times). */
export interface Stamp { day: Day, where: string, what: string, expected: string, seen: string }

/** A write the scenario made to a closed period, and the answer it got. */
export interface ClosedWrite { day: Day, what: string, periodId: number, taskId?: number, status: number, code?: string }

export interface Keys { admin: string, office: string, reader: string }

export const entryKey = (taskId: number, periodId: number) => `${taskId}:${periodId}`

export class World {
  readonly units = new Map<number, Unit>()
  readonly tasks = new Map<number, Task>()
  readonly periods: Period[] = []
  readonly entries = new Map<string, EntryCase>()
  readonly ledger = new Ledger()
  readonly closedWrites: ClosedWrite[] = []
  /** The event feed as followed so far, oldest first. */
  readonly feed: Event[] = []
  /** Periods written to today (their counts are checked tonight). */
  readonly touched = new Set<number>()
  /** Things the scenario met that no invariant covers but a reader should know (a 200 where a 409 was due …). */
  readonly notes: string[] = []
  /** The reminders read so far, by id, with the deadline in force for their tasks when read (the earliest). */
  readonly reminders = new Map<number, Reminder & { deadline: string }>()
  /** The entry.overdue events due: one for each entry not handed in when its deadline in force passed. */
  readonly overdueDue = new Map<string, { taskId: number, periodId: number, deadline: string, day: Day }>()
  /** Audit rows written since the last check, oldest first. */
  auditNew: AuditRow[] = []
  lastAuditId = 0
  /** Where the event feed is read on from (see observe.ts). */
  feedCursor: string | null = null
  /** Each closed period's entries as they were when it closed. */
  readonly closedSnapshots = new Map<number, string>()
  readonly stamps: Stamp[] = []
  /** How far the ledger has been checked against the audit trail. */
  auditedUpTo = 0
  /** Today's line. */
  tally = new Tally()
  drains = 0
  keys!: Keys
  /** Why the published-scope reader key could not be made, if it could not. */
  readerRefusal?: string
  webhookIds: { json: number, robot: number } = { json: 0, robot: 0 }

  constructor(
    readonly seed: number,
    readonly cityCode: string,
    readonly api: Api,
    readonly apps: App[],
    readonly clock: SimClock,
    readonly receivers: { json: JsonReceiver, robot: RobotReceiver },
  ) {}

  get day(): Day {
    return this.clock.day
  }

  period(id: number): Period {
    return this.periods.find((period) => period.id === id)!
  }

  entry(taskId: number, periodId: number): EntryCase {
    return this.entries.get(entryKey(taskId, periodId))!
  }

  /** Where something is, for a message: period, task and unit by their names. */
  where(at: { periodId?: number, taskId?: number, leadUnitId?: number }): string {
    const parts = []
    if (at.periodId !== undefined) parts.push(`period ${this.periods.find((period) => period.id === at.periodId)?.label ?? at.periodId}`)
    if (at.taskId !== undefined) {
      const task = this.tasks.get(at.taskId)
      parts.push(task ? `task 第${task.seq}项 (id ${task.id})` : `task ${at.taskId}`)
      const unitId = at.leadUnitId ?? task?.leadUnitIds[0]
      if (unitId !== undefined) parts.push(`unit ${this.units.get(unitId)?.name ?? unitId}`)
    } else if (at.leadUnitId !== undefined) {
      parts.push(`unit ${this.units.get(at.leadUnitId)?.name ?? at.leadUnitId}`)
    }
    return parts.join(' · ')
  }

  note(text: string) {
    this.notes.push(`${this.day}: ${text}`)
  }
}
