import { type Insertable, sql, type Updateable } from 'kysely'
import { conflict } from '../../http/problem.js'
import type { Db, LeadUnitTable } from '../database.js'
import { bumpVersion, written } from './write.js'

export function findLeadUnit(db: Db, cityCode: string, id: number) {
  return db.selectFrom('leadUnits').selectAll().where('cityCode', '=', cityCode).where('id', '=', id).executeTakeFirst()
}

export function listLeadUnits(db: Db, cityCode: string, opts: { limit: number, after?: number, name?: string }) {
  const { limit, after, name } = opts
  return db.selectFrom('leadUnits').selectAll()
    .where('cityCode', '=', cityCode)
    .$if(name !== undefined, (qb) => qb.where((eb) => eb.or([
      eb('name', '=', name!),
      eb(sql.val(name!), '=', eb.fn.any('aliases')),
    ])))
    .$if(after !== undefined, (qb) => qb.where('id', '>', after!))
    .orderBy('id').limit(limit + 1).execute()
}

/**
 * A name may stand for one unit only, whether as its name or as an alias: otherwise an
 * imported report could not tell which unit a cell means.
 */
async function assertNamesFree(db: Db, cityCode: string, names: string[], exceptId?: number) {
  if (names.length === 0) return
  const taken = await db.selectFrom('leadUnits').select(['id', 'name'])
    .where('cityCode', '=', cityCode)
    .$if(exceptId !== undefined, (qb) => qb.where('id', '<>', exceptId!))
    .where((eb) => eb.or([eb('name', 'in', names), eb('aliases', '&&', sql<string[]>`${names}::text[]`)]))
    .executeTakeFirst()
  if (taken) throw conflict('lead_unit_name_taken', `a name in ${JSON.stringify(names)} already names lead unit ${taken.id} (${taken.name})`)
}

export async function insertLeadUnit(db: Db, unit: Insertable<LeadUnitTable>) {
  const aliases = unit.aliases ?? []
  await assertNamesFree(db, unit.cityCode, [unit.name, ...aliases])
  return db.insertInto('leadUnits').values({ ...unit, aliases }).returningAll().executeTakeFirstOrThrow()
}

export async function updateLeadUnit(db: Db, cityCode: string, id: number, patch: Updateable<LeadUnitTable>, ifMatch?: number) {
  await assertNamesFree(db, cityCode, [...(patch.name ? [patch.name] : []), ...(patch.aliases ?? [])], id)
  const row = await db.updateTable('leadUnits').set({ ...patch, ...bumpVersion() })
    .where('cityCode', '=', cityCode).where('id', '=', id)
    .$if(ifMatch !== undefined, (qb) => qb.where('version', '=', ifMatch!))
    .returningAll().executeTakeFirst()
  return written(row, () => findLeadUnit(db, cityCode, id), 'lead unit', id)
}

export async function deleteLeadUnit(db: Db, cityCode: string, id: number, ifMatch?: number) {
  const leading = await db.selectFrom('taskLeadUnits').select('taskId')
    .where('cityCode', '=', cityCode).where('leadUnitId', '=', id).limit(1).executeTakeFirst()
  if (leading) throw conflict('lead_unit_in_use', `lead unit ${id} still leads task ${leading.taskId}; reassign or merge it first`)
  const row = await db.deleteFrom('leadUnits')
    .where('cityCode', '=', cityCode).where('id', '=', id)
    .$if(ifMatch !== undefined, (qb) => qb.where('version', '=', ifMatch!))
    .returningAll().executeTakeFirst()
  return written(row, () => findLeadUnit(db, cityCode, id), 'lead unit', id)
}
