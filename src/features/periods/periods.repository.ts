import type { Insertable, Transaction, Updateable } from 'kysely'
import { emptyHeader, REPORT_HEADER_FIELDS, type ReportHeader } from '../../shared/reportHeader.js'
import type { Database, Db, PeriodState, PeriodTable } from '../../db/database.js'
import { bumpVersion, jsonb } from '../../db/write.js'
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

export function insertPeriodRow(trx: Transaction<Database>, period: PeriodInsert) {
  return trx.insertInto('periods').values(encoded(period)).returningAll().executeTakeFirstOrThrow()
}

/** The period, locked against entry writes and other changes of it until commit. */
export const lockPeriod = (trx: Transaction<Database>, cityCode: string, id: number) => trx.selectFrom('periods').selectAll()
  .where('cityCode', '=', cityCode).where('id', '=', id).forNoKeyUpdate().executeTakeFirst()

/** Sets the columns given and moves the version on. */
export function updatePeriodRow(trx: Transaction<Database>, cityCode: string, id: number, patch: PeriodUpdate & { state?: PeriodState }) {
  return trx.updateTable('periods').set({ ...encoded(patch), ...bumpVersion() })
    .where('cityCode', '=', cityCode).where('id', '=', id).returningAll().executeTakeFirstOrThrow()
}

export async function deletePeriodRow(trx: Transaction<Database>, cityCode: string, id: number) {
  await trx.deleteFrom('periods').where('cityCode', '=', cityCode).where('id', '=', id).execute()
}

/** Whether any entry is filed in the period. */
export async function periodHasEntries(db: Db, cityCode: string, id: number) {
  return Boolean(await db.selectFrom('progressEntries').select('id').where('cityCode', '=', cityCode).where('periodId', '=', id).limit(1).executeTakeFirst())
}

/** An import that filled the period, if any. */
export function importOfPeriod(db: Db, cityCode: string, id: number) {
  return db.selectFrom('imports').select('id').where('cityCode', '=', cityCode).where('periodId', '=', id).limit(1).executeTakeFirst()
}

/** The period's submitted entries the office has not reviewed yet, in the order of the list. */
export function entriesAwaitingReview(db: Db, cityCode: string, periodId: number) {
  return db.selectFrom('progressEntries as e')
    .innerJoin('tasks as t', (join) => join.on('t.cityCode', '=', cityCode).onRef('t.id', '=', 'e.taskId'))
    .select(['e.taskId', 't.seq', 'e.id as entryId'])
    .where('e.cityCode', '=', cityCode).where('t.cityCode', '=', cityCode).where('e.periodId', '=', periodId).where('e.state', '=', 'submitted')
    .orderBy('t.seq').orderBy('t.id').execute()
}

/** Whether the period's report was ever published: its releases are the public record. */
export async function periodHasReleases(db: Db, cityCode: string, id: number) {
  return Boolean(await db.selectFrom('releases').select('id').where('cityCode', '=', cityCode).where('periodId', '=', id).limit(1).executeTakeFirst())
}
