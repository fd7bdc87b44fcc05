import type { Insertable, Updateable } from 'kysely'
import { conflict } from '../../http/problem.js'
import type { CityTable, Db } from '../database.js'
import { bumpVersion, written } from './write.js'

export function findCity(db: Db, code: string) {
  return db.selectFrom('cities').selectAll().where('code', '=', code).executeTakeFirst()
}

export function listCities(db: Db, limit: number, after?: string) {
  return db.selectFrom('cities').selectAll()
    .$if(after !== undefined, (qb) => qb.where('code', '>', after!))
    .orderBy('code').limit(limit + 1).execute()
}

export function insertCity(db: Db, city: Insertable<CityTable>) {
  return db.insertInto('cities').values(city).returningAll().executeTakeFirstOrThrow()
}

export async function updateCity(db: Db, code: string, patch: Updateable<CityTable>, ifMatch?: number) {
  const row = await db.updateTable('cities').set({ ...patch, ...bumpVersion() })
    .where('code', '=', code)
    .$if(ifMatch !== undefined, (qb) => qb.where('version', '=', ifMatch!))
    .returningAll().executeTakeFirst()
  return written(row, () => findCity(db, code), 'city', code)
}

/** A city with any data cannot be deleted: its reports would go with it. */
export async function deleteCity(db: Db, code: string, ifMatch?: number) {
  const holding = await db.selectFrom('leadUnits').select('id').where('cityCode', '=', code)
    .union(db.selectFrom('periods').select('id').where('cityCode', '=', code))
    .union(db.selectFrom('tasks').select('id').where('cityCode', '=', code))
    .limit(1).executeTakeFirst()
  if (holding) throw conflict('city_in_use', `city ${code} still holds lead units, periods or tasks`)
  const row = await db.deleteFrom('cities').where('code', '=', code)
    .$if(ifMatch !== undefined, (qb) => qb.where('version', '=', ifMatch!))
    .returningAll().executeTakeFirst()
  return written(row, () => findCity(db, code), 'city', code)
}
