import { type Insertable, sql, type Transaction, type Updateable } from 'kysely'
import { NotFound } from '../../shared/errors.js'
import { afterCursor, type PageQuery, pageOf } from '../../db/page.js'
import type { CityTable, Database, Db, OpenData, Supervision } from '../../db/database.js'
import type { StatusVocabulary } from '../../shared/statusWords.js'
import { bumpVersion } from '../../db/write.js'

// The city as callers see it; its revision is the report cache's business (cityRevision).
const cityColumns = ['code', 'name', 'province', 'supervision', 'statusWords', 'openData', 'version', 'createdAt', 'updatedAt'] as const

export function findCity(db: Db, code: string) {
  return db.selectFrom('cities').select(cityColumns).where('code', '=', code).executeTakeFirst()
}

/** Throws NotFound unless the city exists: asked by a read under a city only when it found nothing. */
export async function assertCity(db: Db, code: string) {
  if (!(await findCity(db, code))) throw new NotFound('city', code)
}

/** The city's report data revision, or undefined when there is no such city. */
export async function cityRevision(db: Db, code: string): Promise<number | undefined> {
  const row = await db.selectFrom('cities').select('revision').where('code', '=', code).executeTakeFirst()
  return row?.revision
}

/** Cities by code; `only` narrows to the one city a city-scoped key may see. */
export async function listCities(db: Db, query: PageQuery & { only?: string }) {
  const { limit, cursor, only } = query
  const after = afterCursor<[string]>(cursor, ['string'])?.[0]
  const rows = await db.selectFrom('cities').select(cityColumns)
    .$if(only !== undefined, (qb) => qb.where('code', '=', only!))
    .$if(after !== undefined, (qb) => qb.where('code', '>', after!))
    .orderBy('code').limit(limit + 1).execute()
  return pageOf(rows, limit, (city) => [city.code])
}

/** The city row, locked for an update of its fields, or FOR UPDATE when it is to be deleted. */
export const lockCity = (trx: Db, code: string, strength: 'update' | 'delete') =>
  trx.selectFrom('cities').select(cityColumns).where('code', '=', code)
    .$call((qb) => (strength === 'delete' ? qb.forUpdate() : qb.forNoKeyUpdate())).executeTakeFirst()

export function insertCityRow(trx: Transaction<Database>, city: Insertable<CityTable>) {
  return trx.insertInto('cities').values(city).returning(cityColumns).executeTakeFirstOrThrow()
}

export type CityChange = Omit<Updateable<CityTable>, 'supervision' | 'statusWords' | 'openData'> & {
  supervision?: Supervision
  statusWords?: StatusVocabulary | null
  openData?: OpenData
}

export function updateCityRow(trx: Transaction<Database>, code: string, patch: CityChange) {
  const { supervision, statusWords, openData, ...fields } = patch
  const set = {
    ...fields,
    ...(openData ? { openData: JSON.stringify(openData) } : {}),
    ...(supervision ? { supervision: JSON.stringify(supervision) } : {}),
    ...(statusWords !== undefined ? { statusWords: statusWords === null ? null : JSON.stringify(statusWords) } : {}),
    ...bumpVersion(),
  }
  return trx.updateTable('cities').set(set).where('code', '=', code).returning(cityColumns).executeTakeFirstOrThrow()
}

/** Moves the city's report revision on (its words are in every report): once a transaction, as the data triggers do. */
export async function reviseCity(trx: Transaction<Database>, code: string) {
  await sql`select revise_city(${code})`.execute(trx)
}

/** Whether the city holds any lead unit, period, task, API key or import. */
export async function cityHoldsData(db: Db, code: string) {
  return Boolean(await db.selectFrom('leadUnits').select('id').where('cityCode', '=', code)
    .union(db.selectFrom('periods').select('id').where('cityCode', '=', code))
    .union(db.selectFrom('tasks').select('id').where('cityCode', '=', code))
    .union(db.selectFrom('apiKeys').select('id').where('cityCode', '=', code))
    .union(db.selectFrom('imports').select('id').where('cityCode', '=', code))
    .limit(1).executeTakeFirst())
}

export async function deleteCityRow(trx: Transaction<Database>, code: string) {
  await trx.deleteFrom('cities').where('code', '=', code).execute()
}
