/**
 * 催办: reminders to the units whose entries are missing, by the office (remindMissing) or on
 * the city's schedule (reminders.schedule.ts); each is a record, an event and an audit row.
 */
import { assertPeriodOpen } from '../../shared/periods.js'
import type { Transaction } from 'kysely'
import type { Database, ReminderRow } from '../../db/database.js'
import { type Actor, recordAudits } from '../../db/audit.js'
import { emitEvent } from '../../db/outbox.js'
import { NotFound, Unprocessable } from '../../shared/errors.js'
import { lockPeriodForEntryWrite } from '../periods/periods.service.js'
import { insertReminder, isMissing, leadUnitExists, type NewReminder, unfiledTasks } from './reminders.repository.js'

export { isMissing, listReminders, type NewReminder, periodDeadlines, remindersIssuedByKind, type UnfiledTask, unfiledTasks } from './reminders.repository.js'

/**
 * Writes reminders, each with its event and audit row, in the caller's transaction. A slot
 * already written (by this instance before, or by another one just now) is passed over: the
 * unique slot key decides, so only the rows actually written are returned and announced.
 */
export async function issueReminders(trx: Transaction<Database>, actor: Actor, reminders: NewReminder[]): Promise<ReminderRow[]> {
  if (reminders.length === 0) return []
  const issued: ReminderRow[] = []
  for (const reminder of reminders) {
    const row = await insertReminder(trx, actor.apiKeyId, reminder)
    if (!row) continue
    issued.push(row)
    await emitEvent(trx, actor, {
      cityCode: row.cityCode, type: 'reminder.issued', subject: `reminder:${row.periodId}:${row.leadUnitId}`,
      data: {
        reminderId: row.id, periodId: row.periodId, periodLabel: reminder.periodLabel, leadUnitId: row.leadUnitId,
        leadUnitName: reminder.leadUnitName, kind: row.kind, slotAt: row.slotAt, reason: row.reason,
        dueAt: earliest(reminder.tasks.map((task) => task.dueAt)), tasks: reminder.tasks,
      },
    })
  }
  await recordAudits(trx, actor, issued.map((row) => ({ cityCode: row.cityCode, action: 'create', entity: 'reminder', entityId: row.id, after: row })))
  return issued
}

export function earliest(times: (string | null)[]): string | null {
  const known = times.filter((time): time is string => time !== null)
  return known.length === 0 ? null : known.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b))
}

/** The tasks of each unit, in the order the rows come (unit, then list order). */
export function byUnit<T extends { leadUnitId: number }>(rows: T[]): Map<number, T[]> {
  const units = new Map<number, T[]>()
  for (const row of rows) {
    const tasks = units.get(row.leadUnitId)
    if (tasks) tasks.push(row)
    else units.set(row.leadUnitId, [row])
  }
  return units
}

/**
 * 催办 by the office: one reminder to each unit with missing entries in the period (or to the
 * one unit named), listing its missing tasks. The period is held as an entry write holds it,
 * so it cannot close meanwhile.
 */
export async function remindMissing(trx: Transaction<Database>, actor: Actor, cityCode: string, periodId: number,
  request: { leadUnitId?: number, reason?: string }): Promise<ReminderRow[]> {
  const period = await lockPeriodForEntryWrite(trx, cityCode, periodId)
  if (!period) throw new NotFound('period', periodId)
  assertPeriodOpen(period)
  const { leadUnitId } = request
  if (leadUnitId !== undefined) {
    if (!(await leadUnitExists(trx, cityCode, leadUnitId))) throw new NotFound('lead unit', leadUnitId)
  }
  const missing = (await unfiledTasks(trx, cityCode, periodId, leadUnitId)).filter(isMissing)
  if (missing.length === 0) {
    throw new Unprocessable('nothing_missing', leadUnitId === undefined
      ? `no unit has a missing entry in period ${periodId}`
      : `lead unit ${leadUnitId} has no missing entry in period ${periodId}`)
  }
  const reminders = [...byUnit(missing).values()].map((tasks): NewReminder => ({
    cityCode, periodId, periodLabel: period.label, leadUnitId: tasks[0]!.leadUnitId, leadUnitName: tasks[0]!.leadUnitName, kind: 'manual',
    reason: request.reason ?? `${period.label}进展情况尚有${tasks.length}项任务未报送,请尽快报送。`,
    tasks: tasks.map(({ taskId, seq, title, dueAt }) => ({ taskId, seq, title, dueAt })),
  }))
  return issueReminders(trx, actor, reminders)
}
