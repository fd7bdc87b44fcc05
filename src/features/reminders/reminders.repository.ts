import type { Transaction } from 'kysely'
import { NotFound, PeriodClosed, Unprocessable } from '../../shared/errors.js'
import type { EntryState, ReminderKind } from '../../shared/values.js'
import type { Database, Db, ReminderRow } from '../../db/database.js'
import { afterCursor, type PageQuery, pageOf } from '../../db/page.js'
import { type Actor, recordAudits } from '../../db/audit.js'
import { deadlineOf } from '../extensions/extensions.service.js'
import { emitEvent } from '../../db/outbox.js'
import { lockPeriodForEntryWrite } from '../periods/periods.service.js'

/** A task a unit has not handed in for a period, with its deadline in force. */
export type UnfiledTask = {
  taskId: number
  seq: number
  title: string
  leadUnitId: number
  leadUnitName: string
  /** null: no entry. */
  state: EntryState | null
  dueAt: string | null
}

/** Missing, as compliance counts it: no entry, or a draft. A returned entry waits for its unit too, but is not missing. */
export const isMissing = (task: Pick<UnfiledTask, 'state'>) => task.state === null || task.state === 'draft'

/**
 * Every (task, unit) of the period's year whose entry is not handed in (none, a draft, or
 * returned), one statement, in unit then list order. `leadUnitId` narrows to one unit.
 */
export function unfiledTasks(db: Db, cityCode: string, periodId: number, leadUnitId?: number): Promise<UnfiledTask[]> {
  return db.selectFrom('periods as p')
    .innerJoin('tasks as t', (join) => join.on('t.cityCode', '=', cityCode).onRef('t.year', '=', 'p.year'))
    .innerJoin('taskLeadUnits as l', (join) => join.on('l.cityCode', '=', cityCode).onRef('l.taskId', '=', 't.id'))
    .innerJoin('leadUnits as u', (join) => join.on('u.cityCode', '=', cityCode).onRef('u.id', '=', 'l.leadUnitId'))
    .leftJoin('progressEntries as e', (join) => join.on('e.cityCode', '=', cityCode).onRef('e.taskId', '=', 't.id').onRef('e.periodId', '=', 'p.id'))
    .select(['t.id as taskId', 't.seq', 't.title', 'l.leadUnitId', 'u.name as leadUnitName', 'e.state'])
    .select(deadlineOf('p', 't.id').as('dueAt'))
    .where('p.cityCode', '=', cityCode).where('p.id', '=', periodId)
    .where((eb) => eb.or([eb('e.id', 'is', null), eb('e.state', 'in', ['draft', 'returned'])]))
    .$if(leadUnitId !== undefined, (qb) => qb.where('l.leadUnitId', '=', leadUnitId!))
    .orderBy('l.leadUnitId').orderBy('t.seq').orderBy('t.id')
    .execute() as Promise<UnfiledTask[]>
}

/** The deadlines that can be in force for the period's entries: its own and each approved extension's. */
export async function periodDeadlines(db: Db, cityCode: string, periodId: number): Promise<string[]> {
  const rows = await db.selectFrom('periods').select('dueAt as at').where('cityCode', '=', cityCode).where('id', '=', periodId)
    .union((eb) => eb.selectFrom('extensionRequests').select('dueAt as at')
      .where('cityCode', '=', cityCode).where('periodId', '=', periodId).where('state', '=', 'approved'))
    .execute()
  return rows.flatMap((row) => (row.at === null ? [] : [row.at]))
}

export type NewReminder = {
  cityCode: string
  periodId: number
  periodLabel: string
  leadUnitId: number
  leadUnitName: string
  kind: ReminderKind
  /** The schedule's slot; none for a manual reminder. */
  slotAt?: Date
  reason: string
  tasks: Pick<UnfiledTask, 'taskId' | 'seq' | 'title' | 'dueAt'>[]
}

/**
 * Writes reminders, each with its event and audit row, in the caller's transaction. A slot
 * already written (by this instance before, or by another one just now) is passed over: the
 * unique slot key decides, so only the rows actually written are returned and announced.
 */
export async function issueReminders(trx: Transaction<Database>, actor: Actor, reminders: NewReminder[]): Promise<ReminderRow[]> {
  if (reminders.length === 0) return []
  const issued: ReminderRow[] = []
  for (const reminder of reminders) {
    const row = await trx.insertInto('reminders').values({
      cityCode: reminder.cityCode, periodId: reminder.periodId, leadUnitId: reminder.leadUnitId,
      taskIds: reminder.tasks.map((task) => task.taskId), kind: reminder.kind, slotAt: reminder.slotAt ?? null,
      reason: reminder.reason, issuedBy: actor.apiKeyId,
    })
      .onConflict((oc) => oc.columns(['cityCode', 'periodId', 'leadUnitId', 'kind', 'slotAt']).where('slotAt', 'is not', null).doNothing())
      .returningAll().executeTakeFirst()
    if (!row) continue
    issued.push(row)
    await emitEvent(trx, {
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

/** A period's reminders, newest first. */
export async function listReminders(db: Db, cityCode: string, periodId: number, query: PageQuery & { leadUnitId?: number }) {
  const { limit, cursor, leadUnitId } = query
  const before = afterCursor<[number]>(cursor, ['number'])
  const rows = await db.selectFrom('reminders').selectAll()
    .where('cityCode', '=', cityCode).where('periodId', '=', periodId)
    .$if(leadUnitId !== undefined, (qb) => qb.where('leadUnitId', '=', leadUnitId!))
    .$if(before !== undefined, (qb) => qb.where('id', '<', before![0]))
    .orderBy('id', 'desc').limit(limit + 1).execute()
  return pageOf(rows, limit, (reminder) => [reminder.id])
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

/** A time as the office reads it: Beijing time (all of China is UTC+8, without summer time). */
export function beijingTime(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')
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
  if (period.state === 'closed') throw new PeriodClosed(period.id)
  const { leadUnitId } = request
  if (leadUnitId !== undefined) {
    const unit = await trx.selectFrom('leadUnits').select('id').where('cityCode', '=', cityCode).where('id', '=', leadUnitId).executeTakeFirst()
    if (!unit) throw new NotFound('lead unit', leadUnitId)
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
