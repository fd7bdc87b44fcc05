import type { Insertable, Transaction, Updateable } from 'kysely'
import { Conflict, PeriodClosed, Unprocessable } from '../../shared/errors.js'
import { checkPeriodRange } from '../../shared/periods.js'
import { emptyHeader, REPORT_HEADER_FIELDS, type ReportHeader } from '../../shared/reportHeader.js'
import type { Database, Db, PeriodRow, PeriodState, PeriodTable } from '../../db/database.js'
import { type Actor, recordAudit } from '../../db/audit.js'
import { emitEvent } from '../../db/outbox.js'
import { bumpVersion, current, jsonb } from '../../db/write.js'
import { afterCursor, type PageQuery, pageOf } from '../../db/page.js'

export function findPeriod(db: Db, cityCode: string, id: number) {
  return db.selectFrom('periods').selectAll().where('cityCode', '=', cityCode).where('id', '=', id).executeTakeFirst()
}

/**
 * The period an entry write depends on, locked against a concurrent close until the
 * write's transaction ends.
 */
export function lockPeriodForEntryWrite(db: Transaction<Database>, cityCode: string, id: number) {
  return db.selectFrom('periods').selectAll().where('cityCode', '=', cityCode).where('id', '=', id)
    .forShare().executeTakeFirst()
}

export async function listPeriods(db: Db, cityCode: string, query: PageQuery & { year?: number, state?: PeriodState }) {
  const { limit, cursor, year, state } = query
  const after = afterCursor<[string, number]>(cursor, ['date', 'number'])
  const rows = await db.selectFrom('periods').selectAll()
    .where('cityCode', '=', cityCode)
    .$if(year !== undefined, (qb) => qb.where('year', '=', year!))
    .$if(state !== undefined, (qb) => qb.where('state', '=', state!))
    .$if(after !== undefined, (qb) => qb.where((eb) => eb(eb.refTuple('endsOn', 'id'), '>', eb.tuple(after![0], after![1]))))
    .orderBy('endsOn').orderBy('id').limit(limit + 1).execute()
  return pageOf(rows, limit, (period) => [period.endsOn, period.id])
}

/** A period as a caller writes it: the report header as an object, a field left out null. */
type HeaderInput = { reportHeader?: Partial<ReportHeader> | null }
export type PeriodInsert = Omit<Insertable<PeriodTable>, 'reportHeader'> & HeaderInput
export type PeriodUpdate = Omit<Updateable<PeriodTable>, 'reportHeader'> & HeaderInput

/** The header as stored: every field present, null when none is set (and no header at all). */
export function storedHeader(header: Partial<ReportHeader> | null): ReportHeader | null {
  if (header === null) return null
  const full = { ...emptyHeader(), ...header }
  return REPORT_HEADER_FIELDS.some((field) => full[field] !== null) ? full : null
}

function encoded<P extends HeaderInput>(period: P): Omit<P, 'reportHeader'> & { reportHeader?: string | null } {
  const { reportHeader, ...rest } = period
  return reportHeader === undefined ? rest : { ...rest, reportHeader: jsonb(storedHeader(reportHeader)) }
}

/** Every write here takes the transaction its audit row goes with. */
export async function insertPeriod(trx: Transaction<Database>, actor: Actor, period: PeriodInsert) {
  checkPeriodRange(period)
  const row = await trx.insertInto('periods').values(encoded(period)).returningAll().executeTakeFirstOrThrow()
  await recordAudit(trx, actor, { cityCode: row.cityCode, action: 'create', entity: 'period', entityId: row.id, after: row })
  return row
}

/** The period, locked against entry writes and other changes of it until commit. */
export const lockPeriod = (trx: Transaction<Database>, cityCode: string, id: number) => trx.selectFrom('periods').selectAll()
  .where('cityCode', '=', cityCode).where('id', '=', id).forNoKeyUpdate().executeTakeFirst()

export async function updatePeriod(trx: Transaction<Database>, actor: Actor, cityCode: string, id: number, patch: PeriodUpdate, ifMatch?: number) {
  const before = current(await lockPeriod(trx, cityCode, id), ifMatch, 'period', id)
  if (before.state === 'closed') throw new PeriodClosed(id)
  checkPeriodRange({ ...before, ...patch } as Pick<PeriodRow, 'year' | 'startsOn' | 'endsOn'>)
  // Entries belong to tasks of the period's year: the year stays while it has any.
  if (patch.year !== undefined && patch.year !== before.year) {
    const entry = await trx.selectFrom('progressEntries').select('id')
      .where('cityCode', '=', cityCode).where('periodId', '=', id).limit(1).executeTakeFirst()
    if (entry) throw new Unprocessable('year_mismatch', `period ${id} has entries for tasks of ${before.year}; its year cannot change`)
  }
  const after = await trx.updateTable('periods').set({ ...encoded(patch), ...bumpVersion() })
    .where('cityCode', '=', cityCode).where('id', '=', id).returningAll().executeTakeFirstOrThrow()
  await recordAudit(trx, actor, { cityCode, action: 'update', entity: 'period', entityId: id, before, after })
  return after
}

/**
 * Closing makes the period's entries read-only; reopening lets them be corrected. Entry
 * writes hold the period FOR SHARE, so a close waits for those in flight.
 */
export async function setPeriodState(trx: Transaction<Database>, actor: Actor, cityCode: string, id: number, state: PeriodState, ifMatch?: number) {
  const before = current(await lockPeriod(trx, cityCode, id), ifMatch, 'period', id)
  if (before.state === state) return before
  const after = await trx.updateTable('periods').set({ state, ...bumpVersion() })
    .where('cityCode', '=', cityCode).where('id', '=', id).returningAll().executeTakeFirstOrThrow()
  await recordAudit(trx, actor, { cityCode, action: state === 'closed' ? 'close' : 'reopen', entity: 'period', entityId: id, before, after })
  if (state === 'closed') {
    await emitEvent(trx, {
      cityCode, type: 'period.closed', subject: `period:${id}`,
      data: { periodId: id, year: after.year, label: after.label, startsOn: after.startsOn, endsOn: after.endsOn, dueAt: after.dueAt },
    })
  }
  return after
}

/** The period's submitted entries the office has not reviewed yet, in the order of the list. */
export function entriesAwaitingReview(db: Db, cityCode: string, periodId: number) {
  return db.selectFrom('progressEntries as e')
    .innerJoin('tasks as t', (join) => join.onRef('t.cityCode', '=', 'e.cityCode').onRef('t.id', '=', 'e.taskId'))
    .select(['e.taskId', 't.seq', 'e.id as entryId'])
    .where('e.cityCode', '=', cityCode).where('t.cityCode', '=', cityCode).where('e.periodId', '=', periodId).where('e.state', '=', 'submitted')
    .orderBy('t.seq').orderBy('t.id').execute()
}

export async function deletePeriod(trx: Transaction<Database>, actor: Actor, cityCode: string, id: number, ifMatch?: number) {
  const before = current(await lockPeriod(trx, cityCode, id), ifMatch, 'period', id)
  if (before.state === 'closed') throw new PeriodClosed(id)
  const entry = await trx.selectFrom('progressEntries').select('id')
    .where('cityCode', '=', cityCode).where('periodId', '=', id).limit(1).executeTakeFirst()
  if (entry) throw new Conflict('period_in_use', `period ${id} has progress entries; delete them first`)
  const imported = await trx.selectFrom('imports').select('id')
    .where('cityCode', '=', cityCode).where('periodId', '=', id).limit(1).executeTakeFirst()
  if (imported) throw new Conflict('period_in_use', `period ${id} was filled by import ${imported.id}, which stays on record`)
  await trx.deleteFrom('periods').where('cityCode', '=', cityCode).where('id', '=', id).execute()
  await recordAudit(trx, actor, { cityCode, action: 'delete', entity: 'period', entityId: id, before })
  return before
}
