import type { Insertable, Transaction, Updateable } from 'kysely'
import { Conflict, NotFound } from '../../shared/errors.js'
import { afterCursor, type PageQuery, pageOf } from '../../db/page.js'
import type { CityTable, Database, Db, Supervision } from '../../db/database.js'
import { type Actor, recordAudit } from '../../db/audit.js'
import { bumpVersion, current } from '../../db/write.js'

// The city as callers see it; its revision is the report cache's business (cityRevision).
const cityColumns = ['code', 'name', 'province', 'supervision', 'version', 'createdAt', 'updatedAt'] as const

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
const lockCity = (trx: Db, code: string, strength: 'update' | 'delete') =>
  trx.selectFrom('cities').select(cityColumns).where('code', '=', code)
    .$call((qb) => (strength === 'delete' ? qb.forUpdate() : qb.forNoKeyUpdate())).executeTakeFirst()

/** Every write here takes a transaction: the audit row goes with it. */
export async function insertCity(trx: Transaction<Database>, actor: Actor, city: Insertable<CityTable>) {
  const row = await trx.insertInto('cities').values(city).returning(cityColumns).executeTakeFirstOrThrow()
  await recordAudit(trx, actor, { cityCode: row.code, action: 'create', entity: 'city', entityId: row.code, after: row })
  return row
}

export type CityChange = Omit<Updateable<CityTable>, 'supervision'> & { supervision?: Supervision }

export async function updateCity(trx: Transaction<Database>, actor: Actor, code: string, patch: CityChange, ifMatch?: number) {
  const before = current(await lockCity(trx, code, 'update'), ifMatch, 'city', code)
  const { supervision, ...fields } = patch
  const set = { ...fields, ...(supervision ? { supervision: JSON.stringify(supervision) } : {}), ...bumpVersion() }
  const after = await trx.updateTable('cities').set(set).where('code', '=', code)
    .returning(cityColumns).executeTakeFirstOrThrow()
  await recordAudit(trx, actor, { cityCode: code, action: 'update', entity: 'city', entityId: code, before, after })
  return after
}

/**
 * A city with any data cannot be deleted: its reports would go with it. The row is locked
 * FOR UPDATE, as the delete will need it: a write adding the city's first row then waits at
 * its foreign key check instead of deadlocking with the delete over the city's revision.
 */
export async function deleteCity(trx: Transaction<Database>, actor: Actor, code: string, ifMatch?: number) {
  const before = current(await lockCity(trx, code, 'delete'), ifMatch, 'city', code)
  const holding = await trx.selectFrom('leadUnits').select('id').where('cityCode', '=', code)
    .union(trx.selectFrom('periods').select('id').where('cityCode', '=', code))
    .union(trx.selectFrom('tasks').select('id').where('cityCode', '=', code))
    .union(trx.selectFrom('apiKeys').select('id').where('cityCode', '=', code))
    .union(trx.selectFrom('imports').select('id').where('cityCode', '=', code))
    .limit(1).executeTakeFirst()
  if (holding) throw new Conflict('city_in_use', `city ${code} still holds lead units, periods, tasks, imports or API keys`)
  await trx.deleteFrom('cities').where('code', '=', code).execute()
  await recordAudit(trx, actor, { cityCode: code, action: 'delete', entity: 'city', entityId: code, before })
  return before
}
