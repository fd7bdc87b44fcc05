import type { Kysely, Transaction } from 'kysely'
import type { Database, Supervision } from '../../db/database.js'
import { systemActor } from '../../db/audit.js'
import { emitEvent, entrySubject } from '../../db/outbox.js'
import { isMissing, issueReminders, type NewReminder, periodDeadlines, type UnfiledTask, unfiledTasks } from './reminders.service.js'
import { beijingTime } from '../../shared/time.js'
import type { ReminderKind } from '../../shared/values.js'
import type { Job } from '../../db/job.js'
import { claimDuePeriod, dueCities, scheduledPeriod, setNextCheck, writtenDedupeKeys } from './reminders.repository.js'

const DAY = 86_400_000

/** Periods one run looks at, at most: past it the run says it did something, and the worker runs it again after the other jobs. */
const PERIODS_A_RUN = 200
/** A period whose check failed is looked at again this much later, so that it does not hold up the others. */
const RETRY_MS = 5 * 60_000

/** A slot of one deadline: its kind, when it comes, and its offset from the deadline in minutes (what names it). */
export type Slot = { kind: Exclude<ReminderKind, 'manual'>, at: number, offsetMinutes: number }

/**
 * The slots of one deadline: d days before it for each d of remindDaysBefore, then the
 * deadline itself and every overdueEveryDays after it (0: only the deadline).
 */
function beforeSlots(dueAt: number, supervision: Supervision): number[] {
  return supervision.remindDaysBefore.filter((days) => days > 0).map((days) => dueAt - days * DAY)
}

/** The latest slot at or before now, if any has come. */
export function latestSlot(dueAt: number, supervision: Supervision, now: number): Slot | undefined {
  const slot = (kind: Slot['kind'], at: number): Slot => ({ kind, at, offsetMinutes: Math.round((at - dueAt) / 60_000) })
  if (now >= dueAt) {
    const every = supervision.overdueEveryDays * DAY
    return slot('overdue', every > 0 ? dueAt + Math.floor((now - dueAt) / every) * every : dueAt)
  }
  const passed = beforeSlots(dueAt, supervision).filter((at) => at <= now)
  return passed.length === 0 ? undefined : slot('before_due', Math.max(...passed))
}

/**
 * The name of a slot: the deadline it counts from and its offset. A deadline moved (by the
 * office, or to 17:45 from 17:30) keeps the names of its slots, so one already sent is not sent
 * again; an extension is a deadline of its own, with slots of its own.
 */
export const slotKey = (deadlineSource: string, slot: Slot) => `${deadlineSource}@${slot.offsetMinutes}m`

/** The first slot after now; none when the deadline has passed and nothing repeats. */
export function nextSlot(dueAt: number, supervision: Supervision, now: number): number | undefined {
  if (now < dueAt) return Math.min(dueAt, ...beforeSlots(dueAt, supervision).filter((at) => at > now))
  const every = supervision.overdueEveryDays * DAY
  return every > 0 ? dueAt + (Math.floor((now - dueAt) / every) + 1) * every : undefined
}

/**
 * The reminders the schedule owes at now: for each unit, its missing tasks grouped by the
 * latest slot of each one's deadline in force, so a task given more time is reminded on its
 * own dates, and slots missed while no instance ran are not made up one by one.
 */
export function dueReminders(unfiled: UnfiledTask[], period: { cityCode: string, id: number, label: string },
  supervision: Supervision, now: Date): NewReminder[] {
  const reminders = new Map<string, NewReminder>()
  for (const task of unfiled.filter(isMissing)) {
    if (task.dueAt === null) continue
    const slot = latestSlot(Date.parse(task.dueAt), supervision, now.getTime())
    if (!slot) continue
    const key = `${task.leadUnitId}:${slot.kind}:${slotKey(task.deadlineSource, slot)}`
    const reminder = reminders.get(key) ?? {
      cityCode: period.cityCode, periodId: period.id, periodLabel: period.label, leadUnitId: task.leadUnitId,
      leadUnitName: task.leadUnitName, kind: slot.kind, slotAt: new Date(slot.at), slot: slotKey(task.deadlineSource, slot), reason: '', tasks: [],
    }
    reminder.tasks.push({ taskId: task.taskId, seq: task.seq, title: task.title, dueAt: task.dueAt })
    reminders.set(key, reminder)
  }
  return [...reminders.values()].map((reminder) => ({ ...reminder, reason: reasonOf(reminder) }))
}

function reasonOf(reminder: NewReminder): string {
  const dueAt = beijingTime(reminder.tasks.map((task) => task.dueAt!).sort()[0]!)
  const count = reminder.tasks.length
  return reminder.kind === 'before_due'
    ? `${reminder.periodLabel}进展情况将于${dueAt}截止报送,尚有${count}项任务未报送,请按时报送。`
    : `${reminder.periodLabel}进展情况已于${dueAt}截止报送,尚有${count}项任务未报送,请尽快报送。`
}

/** Each entry whose deadline in force has passed unsubmitted falls overdue once per deadline: the dedupe key says so. */
async function emitOverdue(trx: Transaction<Database>, period: { cityCode: string, id: number, label: string }, unfiled: UnfiledTask[], now: Date) {
  const overdue = [...byTask(unfiled).values()].filter(([task]) => task!.dueAt !== null && Date.parse(task!.dueAt) <= now.getTime())
  if (overdue.length === 0) return 0
  const keyOf = (task: UnfiledTask) => `overdue:${task.taskId}:${period.id}:${new Date(task.dueAt!).toISOString()}`
  // Those written at an earlier check are passed over with one read rather than one insert each.
  const written = await writtenDedupeKeys(trx, period.cityCode, overdue.map(([task]) => keyOf(task!)))
  let count = 0
  for (const units of overdue) {
    const task = units[0]!
    if (written.has(keyOf(task))) continue
    const event = await emitEvent(trx, { ...systemActor, at: now }, {
      cityCode: period.cityCode, type: 'entry.overdue', subject: entrySubject(task.taskId, period.id), dedupeKey: keyOf(task),
      data: {
        taskId: task.taskId, taskSeq: task.seq, taskTitle: task.title, periodId: period.id, periodLabel: period.label,
        state: task.state, dueAt: task.dueAt, leadUnits: units.map((unit) => ({ id: unit.leadUnitId, name: unit.leadUnitName })),
      },
    })
    if (event) count++
  }
  return count
}

function byTask(unfiled: UnfiledTask[]): Map<number, UnfiledTask[]> {
  const tasks = new Map<number, UnfiledTask[]>()
  for (const row of unfiled) tasks.set(row.taskId, [...(tasks.get(row.taskId) ?? []), row])
  return tasks
}

/** When the period next has a slot, over every deadline its entries can have; null: none left. */
function nextCheck(deadlines: string[], supervision: Supervision, now: Date): Date | null {
  const slots = deadlines.map((dueAt) => nextSlot(Date.parse(dueAt), supervision, now.getTime())).filter((at) => at !== undefined)
  return slots.length === 0 ? null : new Date(Math.min(...slots))
}

/** Looks at one claimed period: writes what is owed at now and moves its bookmark to the next slot. */
async function checkPeriod(trx: Transaction<Database>, cityCode: string, periodId: number, now: Date): Promise<number> {
  const period = await scheduledPeriod(trx, cityCode, periodId)
  const reschedule = (at: Date | null) => setNextCheck(trx, cityCode, periodId, at)
  if (!period || period.state === 'closed' || period.dueAt === null) {
    await reschedule(null)
    return 0
  }
  const unfiled = await unfiledTasks(trx, cityCode, periodId)
  const reminders = await issueReminders(trx, { ...systemActor, at: now }, dueReminders(unfiled, period, period.supervision, now))
  const overdue = await emitOverdue(trx, period, unfiled, now)
  await reschedule(nextCheck(await periodDeadlines(trx, cityCode, periodId), period.supervision, now))
  return reminders.length + overdue
}

type Claim = { cityCode: string, periodId: number }

/**
 * Claims the period whose slot came first and is not being looked at by another instance
 * (SKIP LOCKED), and looks at it in the same transaction: the claim holds until the reminders
 * are written and the bookmark moved on.
 */
async function checkNextPeriod(db: Kysely<Database>, cities: string[], now: Date): Promise<{ claim: Claim, written: number } | { claim: Claim, error: unknown } | undefined> {
  let claim: Claim | undefined
  try {
    return await db.transaction().execute(async (trx) => {
      for (const cityCode of cities) {
        claim = await claimDuePeriod(trx, cityCode, now)
        if (claim) break
      }
      if (!claim) return undefined
      return { claim, written: await checkPeriod(trx, claim.cityCode, claim.periodId, now) }
    })
  } catch (error) {
    if (!claim) throw error
    return { claim, error }
  }
}

/**
 * 催办 on the city's schedule: reminders before and after each deadline in force and the
 * entry.overdue events, exactly once whatever the number of instances (the unique slot key and
 * the events' dedupe key decide; the claim keeps two instances from doing the work twice).
 * Returns what it wrote; at least 1 when periods were left for the next run.
 */
export function reminderSchedule(): Job {
  return {
    name: 'reminderSchedule',
    async run(db, now) {
      let written = 0
      let failure: unknown
      const cities = await dueCities(db, now, PERIODS_A_RUN)
      for (let checked = 0; checked < PERIODS_A_RUN; checked++) {
        const result = await checkNextPeriod(db, cities, now)
        if (!result) break
        if ('error' in result) {
          failure ??= result.error
          await setNextCheck(db, result.claim.cityCode, result.claim.periodId, new Date(now.getTime() + RETRY_MS))
        } else {
          written += result.written
        }
        if (checked === PERIODS_A_RUN - 1) written = Math.max(written, 1)
      }
      if (failure !== undefined) throw failure
      return written
    },
  }
}
