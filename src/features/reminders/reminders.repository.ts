import type { Transaction } from 'kysely'
import type { EntryState, ReminderKind } from '../../shared/values.js'
import type { Database, Db } from '../../db/database.js'
import { afterCursor, type PageQuery, pageOf } from '../../db/page.js'
import { deadlineOf, deadlineSourceOf } from '../../db/deadlines.js'

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
  /** Which deadline dueAt is: the period's own, or an extension's (db/deadlines.ts). */
  deadlineSource: string
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
    .select(deadlineOf(cityCode, 'p', 't.id').as('dueAt'))
    .select(deadlineSourceOf(cityCode, 'p', 't.id').as('deadlineSource'))
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
  /** The schedule's slot: when, and which (the deadline it counts from and the offset); none for a manual reminder. */
  slotAt?: Date
  slot?: string
  reason: string
  tasks: Pick<UnfiledTask, 'taskId' | 'seq' | 'title' | 'dueAt'>[]
}

/** Writes a reminder unless its slot was written already (by this instance before, or another just now): undefined then. */
export function insertReminder(trx: Transaction<Database>, issuedBy: number | null, reminder: NewReminder) {
  return trx.insertInto('reminders').values({
    cityCode: reminder.cityCode, periodId: reminder.periodId, leadUnitId: reminder.leadUnitId,
    taskIds: reminder.tasks.map((task) => task.taskId), kind: reminder.kind, slotAt: reminder.slotAt ?? null, slot: reminder.slot ?? null,
    reason: reminder.reason, issuedBy,
  })
    .onConflict((oc) => oc.columns(['cityCode', 'periodId', 'leadUnitId', 'kind', 'slot']).where('slot', 'is not', null).doNothing())
    .returningAll().executeTakeFirst()
}

/** Whether the unit is one of the city's. */
export async function leadUnitExists(db: Db, cityCode: string, leadUnitId: number) {
  return Boolean(await db.selectFrom('leadUnits').select('id').where('cityCode', '=', cityCode).where('id', '=', leadUnitId).executeTakeFirst())
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

/** Event dedupe keys already written in the city, of those given. */
export async function writtenDedupeKeys(db: Db, cityCode: string, keys: string[]) {
  if (keys.length === 0) return new Set<string>()
  const rows = await db.selectFrom('events').select('dedupeKey').where('cityCode', '=', cityCode).where('dedupeKey', 'in', keys).execute()
  return new Set(rows.map((event) => event.dedupeKey))
}

/** What the schedule needs of a period: its state and deadline, and its city's supervision settings. */
export function scheduledPeriod(db: Db, cityCode: string, periodId: number) {
  return db.selectFrom('periods as p')
    .innerJoin('cities as c', 'c.code', 'p.cityCode')
    .select(['p.cityCode', 'p.id', 'p.label', 'p.state', 'p.dueAt', 'c.supervision'])
    .where('p.cityCode', '=', cityCode).where('p.id', '=', periodId).where('c.code', '=', cityCode)
    .executeTakeFirst()
}

/** Moves the period's bookmark: when the schedule next looks at it (null: never, until a deadline or a setting changes). */
export async function setNextCheck(db: Db, cityCode: string, periodId: number, at: Date | null) {
  await db.updateTable('reminderSchedules').set({ nextCheckAt: at }).where('cityCode', '=', cityCode).where('periodId', '=', periodId).execute()
}

/** The cities with a period due for a check, the longest due first (one read across cities). */
export async function dueCities(db: Db, now: Date, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('reminderSchedules').select('cityCode')
    .where('nextCheckAt', '<=', now.toISOString()).groupBy('cityCode')
    .orderBy((eb) => eb.fn.min('nextCheckAt')).limit(limit).execute()
  return rows.map((row) => row.cityCode)
}

/**
 * Claims the city's period whose check came first and that no other instance is looking at,
 * until commit. One city a claim: on Citus (docs/scale.md) a row lock is taken on one node.
 */
export function claimDuePeriod(trx: Transaction<Database>, cityCode: string, now: Date) {
  return trx.selectFrom('reminderSchedules').select(['cityCode', 'periodId'])
    .where('cityCode', '=', cityCode).where('nextCheckAt', '<=', now.toISOString()).orderBy('nextCheckAt').limit(1)
    .forUpdate().skipLocked().executeTakeFirst()
}

/** Reminders issued since the database began, by kind (what the metrics count). */
export function remindersIssuedByKind(db: Db) {
  return db.selectFrom('reminders').select(['kind', (eb) => eb.fn.countAll<string>().as('issued')]).groupBy('kind').orderBy('kind').execute()
}
