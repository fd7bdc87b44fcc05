import { type Insertable, type Transaction } from 'kysely'
import type { Database, Db, ImportTable } from '../../db/database.js'
import { afterCursor, type PageQuery } from '../../db/page.js'

/** The period an import names by id, held FOR SHARE until commit (as an entry write holds it). */
export function lockPeriodById(trx: Transaction<Database>, cityCode: string, id: number) {
  return trx.selectFrom('periods').selectAll().where('cityCode', '=', cityCode).where('id', '=', id).forShare().executeTakeFirst()
}

/** The period of the year with the label an import wants, held FOR UPDATE (the import may change it). */
export function lockPeriodByLabel(trx: Transaction<Database>, cityCode: string, year: number, label: string) {
  return trx.selectFrom('periods').selectAll()
    .where('cityCode', '=', cityCode).where('year', '=', year).where('label', '=', label).forUpdate().executeTakeFirst()
}

export function cityUnits(db: Db, cityCode: string) {
  return db.selectFrom('leadUnits').select(['id', 'name', 'aliases']).where('cityCode', '=', cityCode).execute()
}

export function periodEntries(db: Db, cityCode: string, periodId: number) {
  return db.selectFrom('progressEntries').selectAll().where('cityCode', '=', cityCode).where('periodId', '=', periodId).execute()
}

export async function periodYear(db: Db, cityCode: string, periodId: number) {
  return (await db.selectFrom('periods').select('year').where('cityCode', '=', cityCode).where('id', '=', periodId).executeTakeFirst())?.year
}

export function insertImportRow(trx: Transaction<Database>, row: Insertable<ImportTable>) {
  return trx.insertInto('imports').values(row).returningAll().executeTakeFirstOrThrow()
}

/** Records what the import did, once its writes are made. */
export function finishImportRow(trx: Transaction<Database>, cityCode: string, id: number, periodId: number | null, result: unknown) {
  return trx.updateTable('imports').set({ periodId, result: JSON.stringify(result) })
    .where('cityCode', '=', cityCode).where('id', '=', id).returningAll().executeTakeFirstOrThrow()
}

export function findImport(db: Db, cityCode: string, id: number) {
  return db.selectFrom('imports').selectAll().where('cityCode', '=', cityCode).where('id', '=', id).executeTakeFirst()
}

/** Newest first: limit + 1 rows, the last telling whether a next page exists. */
export function listImportRows(db: Db, cityCode: string, query: PageQuery) {
  const before = afterCursor<[number]>(query.cursor, ['number'])?.[0]
  return db.selectFrom('imports').selectAll().where('cityCode', '=', cityCode)
    .$if(before !== undefined, (qb) => qb.where('id', '<', before!))
    .orderBy('id', 'desc').limit(query.limit + 1).execute()
}
