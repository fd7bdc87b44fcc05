import type { Insertable, Updateable } from 'kysely'
import { conflict, invalid, periodClosed } from '../../http/problem.js'
import type { Db, PeriodRow, PeriodState, PeriodTable } from '../database.js'
import { bumpVersion, written } from './write.js'

export function findPeriod(db: Db, cityCode: string, id: number) {
  return db.selectFrom('periods').selectAll().where('cityCode', '=', cityCode).where('id', '=', id).executeTakeFirst()
}

/**
 * The period an entry write depends on, locked against a concurrent close until the
 * write's transaction ends.
 */
export function lockPeriodForEntryWrite(db: Db, cityCode: string, id: number) {
  return db.selectFrom('periods').selectAll().where('cityCode', '=', cityCode).where('id', '=', id)
    .forShare().executeTakeFirst()
}

export function listPeriods(db: Db, cityCode: string, opts: { limit: number, after?: [string, number], year?: number, state?: PeriodState }) {
  const { limit, after, year, state } = opts
  return db.selectFrom('periods').selectAll()
    .where('cityCode', '=', cityCode)
    .$if(year !== undefined, (qb) => qb.where('year', '=', year!))
    .$if(state !== undefined, (qb) => qb.where('state', '=', state!))
    .$if(after !== undefined, (qb) => qb.where((eb) => eb(eb.refTuple('endsOn', 'id'), '>', eb.tuple(after![0], after![1]))))
    .orderBy('endsOn').orderBy('id').limit(limit + 1).execute()
}

/** A period lies inside its year and does not end before it starts. */
export function checkPeriodRange(period: Pick<PeriodRow, 'year' | 'startsOn' | 'endsOn'>) {
  if (period.startsOn > period.endsOn) throw invalid('body/endsOn', 'must not be before startsOn')
  if (!period.startsOn.startsWith(`${period.year}-`)) throw invalid('body/startsOn', `must lie in ${period.year}`)
  if (!period.endsOn.startsWith(`${period.year}-`)) throw invalid('body/endsOn', `must lie in ${period.year}`)
}

export function insertPeriod(db: Db, period: Insertable<PeriodTable>) {
  checkPeriodRange(period)
  return db.insertInto('periods').values(period).returningAll().executeTakeFirstOrThrow()
}

function lockedForChange(db: Db, cityCode: string, id: number) {
  return db.selectFrom('periods').selectAll()
    .where('cityCode', '=', cityCode).where('id', '=', id).forUpdate().executeTakeFirst()
}

export async function updatePeriod(db: Db, cityCode: string, id: number, patch: Updateable<PeriodTable>, ifMatch?: number) {
  const current = await lockedForChange(db, cityCode, id)
  if (current?.state === 'closed') throw periodClosed(id)
  if (current) checkPeriodRange({ ...current, ...patch } as PeriodRow)
  const row = await db.updateTable('periods').set({ ...patch, ...bumpVersion() })
    .where('cityCode', '=', cityCode).where('id', '=', id)
    .$if(ifMatch !== undefined, (qb) => qb.where('version', '=', ifMatch!))
    .returningAll().executeTakeFirst()
  return written(row, () => Promise.resolve(current), 'period', id)
}

/** Closing makes the period's entries read-only; reopening lets them be corrected. */
export async function setPeriodState(db: Db, cityCode: string, id: number, state: PeriodState, ifMatch?: number) {
  const row = await db.updateTable('periods').set({ state, ...bumpVersion() })
    .where('cityCode', '=', cityCode).where('id', '=', id)
    .$if(ifMatch !== undefined, (qb) => qb.where('version', '=', ifMatch!))
    .returningAll().executeTakeFirst()
  return written(row, () => findPeriod(db, cityCode, id), 'period', id)
}

export async function deletePeriod(db: Db, cityCode: string, id: number, ifMatch?: number) {
  const current = await lockedForChange(db, cityCode, id)
  if (current?.state === 'closed') throw periodClosed(id)
  const entry = await db.selectFrom('progressEntries').select('id')
    .where('cityCode', '=', cityCode).where('periodId', '=', id).limit(1).executeTakeFirst()
  if (entry) throw conflict('period_in_use', `period ${id} has progress entries; delete them first`)
  const row = await db.deleteFrom('periods')
    .where('cityCode', '=', cityCode).where('id', '=', id)
    .$if(ifMatch !== undefined, (qb) => qb.where('version', '=', ifMatch!))
    .returningAll().executeTakeFirst()
  return written(row, () => Promise.resolve(current), 'period', id)
}
