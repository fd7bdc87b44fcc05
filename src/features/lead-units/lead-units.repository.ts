import { sql, type Transaction, type Updateable } from 'kysely'
import type { Database, Db, LeadUnitRow, LeadUnitTable } from '../../db/database.js'
import { bumpVersion, chunks } from '../../db/write.js'
import { indexLeadUnits } from '../../db/searchIndex.js'
import { afterCursor, type PageQuery, pageOf } from '../../db/page.js'

export function findLeadUnit(db: Db, cityCode: string, id: number) {
  return db.selectFrom('leadUnits').selectAll().where('cityCode', '=', cityCode).where('id', '=', id).executeTakeFirst()
}

export async function listLeadUnits(db: Db, cityCode: string, query: PageQuery & { name?: string }) {
  const { limit, cursor, name } = query
  const after = afterCursor<[number]>(cursor, ['number'])?.[0]
  const rows = await db.selectFrom('leadUnits').selectAll()
    .where('cityCode', '=', cityCode)
    .$if(name !== undefined, (qb) => qb.where((eb) => eb.or([
      eb('name', '=', name!),
      eb(sql.val(name!), '=', eb.fn.any('aliases')),
    ])))
    .$if(after !== undefined, (qb) => qb.where('id', '>', after!))
    .orderBy('id').limit(limit + 1).execute()
  return pageOf(rows, limit, (unit) => [unit.id])
}

/** A unit of the city (other than exceptId) that has one of the names as its name or an alias. */
export function unitWithAName(trx: Transaction<Database>, cityCode: string, names: string[], exceptId?: number) {
  return trx.selectFrom('leadUnits').select(['id', 'name'])
    .where('cityCode', '=', cityCode)
    .$if(exceptId !== undefined, (qb) => qb.where('id', '<>', exceptId!))
    .where((eb) => eb.or([eb('name', 'in', names), eb('aliases', '&&', sql<string[]>`${names}::text[]`)]))
    .executeTakeFirst()
}

/**
 * Serializes the writes that claim unit names in a city until the transaction ends: the
 * database enforces unique names, but a name must not collide with an alias either.
 */
export async function lockUnitNames(trx: Transaction<Database>, cityCode: string) {
  await sql`select pg_advisory_xact_lock(hashtext(${`duban:unit-names:${cityCode}`}))`.execute(trx)
}

/** Creates units with their search documents, in chunks. Returns them in the order given. */
export async function insertUnitRows(trx: Transaction<Database>, cityCode: string,
  units: { name: string, aliases: string[], shortName?: string | null }[]): Promise<LeadUnitRow[]> {
  const created: LeadUnitRow[] = []
  for (const batch of chunks(units)) {
    const rows = await trx.insertInto('leadUnits').values(batch.map((unit) => ({ cityCode, ...unit }))).returningAll().execute()
    // Names are unique in a city: they tell which row is which unit whatever order RETURNING gives.
    const rowOf = new Map(rows.map((row) => [row.name, row]))
    const ordered = batch.map((unit) => rowOf.get(unit.name)!)
    await indexLeadUnits(trx, cityCode, ordered)
    created.push(...ordered)
  }
  return created
}

export const lockUnit = (trx: Transaction<Database>, cityCode: string, id: number) => trx.selectFrom('leadUnits').selectAll()
  .where('cityCode', '=', cityCode).where('id', '=', id).forNoKeyUpdate().executeTakeFirst()

/** Both units locked in id order, so two opposite merges at once queue instead of deadlocking. */
export function lockUnits(trx: Transaction<Database>, cityCode: string, ids: number[]) {
  return trx.selectFrom('leadUnits').selectAll().where('cityCode', '=', cityCode).where('id', 'in', ids).orderBy('id').forUpdate().execute()
}

export async function updateUnitRow(trx: Transaction<Database>, cityCode: string, id: number, patch: Updateable<LeadUnitTable>) {
  const after = await trx.updateTable('leadUnits').set({ ...patch, ...bumpVersion() })
    .where('cityCode', '=', cityCode).where('id', '=', id).returningAll().executeTakeFirstOrThrow()
  await indexLeadUnits(trx, cityCode, [after])
  return after
}

/** A task the unit leads or supports, if any. */
export function aTaskOfUnit(db: Db, cityCode: string, id: number) {
  return db.selectFrom('taskLeadUnits').select('taskId').where('cityCode', '=', cityCode).where('leadUnitId', '=', id).limit(1).executeTakeFirst()
}

export async function deleteUnitRow(trx: Transaction<Database>, cityCode: string, id: number) {
  await trx.deleteFrom('leadUnits').where('cityCode', '=', cityCode).where('id', '=', id).execute()
}

/**
 * Moves a unit's task links to another: a task led by both keeps the survivor's link. The
 * tasks whose units changed move their version on. Returns their ids, in order.
 */
export async function moveTaskLinks(trx: Transaction<Database>, cityCode: string, fromId: number, intoId: number): Promise<number[]> {
  const shared = trx.selectFrom('taskLeadUnits').select('taskId').where('cityCode', '=', cityCode).where('leadUnitId', '=', intoId)
  const dropped = await trx.deleteFrom('taskLeadUnits')
    .where('cityCode', '=', cityCode).where('leadUnitId', '=', fromId).where('taskId', 'in', shared)
    .returning('taskId').execute()
  const moved = await trx.updateTable('taskLeadUnits').set({ leadUnitId: intoId, ...bumpVersion() })
    .where('cityCode', '=', cityCode).where('leadUnitId', '=', fromId)
    .returning('taskId').execute()
  const taskIds = [...new Set([...dropped, ...moved].map((link) => link.taskId))].sort((a, b) => a - b)
  if (taskIds.length > 0) {
    await trx.updateTable('tasks').set(bumpVersion()).where('cityCode', '=', cityCode).where('id', 'in', taskIds).execute()
  }
  return taskIds
}
