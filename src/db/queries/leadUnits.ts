import { type Insertable, sql, type Updateable } from 'kysely'
import { Conflict, Invalid, NotFound, PreconditionFailed } from '../../domain/errors.js'
import type { Db, LeadUnitTable } from '../database.js'
import { type Actor, recordAudit } from './audit.js'
import { bumpVersion, current } from './write.js'

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
  if (new Set(names).size !== names.length) throw Invalid.field('aliases', 'must not repeat the unit\'s name or another alias')
  await lockUnitNames(db, cityCode)
  const taken = await db.selectFrom('leadUnits').select(['id', 'name'])
    .where('cityCode', '=', cityCode)
    .$if(exceptId !== undefined, (qb) => qb.where('id', '<>', exceptId!))
    .where((eb) => eb.or([eb('name', 'in', names), eb('aliases', '&&', sql<string[]>`${names}::text[]`)]))
    .executeTakeFirst()
  if (taken) throw new Conflict('lead_unit_name_taken', `a name in ${JSON.stringify(names)} already names lead unit ${taken.id} (${taken.name})`)
}

/**
 * Serializes the writes that claim unit names in a city until the transaction ends: the
 * database enforces unique names, but a name must not collide with an alias either.
 */
export async function lockUnitNames(trx: Db, cityCode: string) {
  await sql`select pg_advisory_xact_lock(hashtext(${`duban:unit-names:${cityCode}`}))`.execute(trx)
}

/** Call inside a transaction (as every write here: the audit row goes with it). */
export async function insertLeadUnit(trx: Db, actor: Actor, unit: Insertable<LeadUnitTable>) {
  const aliases = unit.aliases ?? []
  await assertNamesFree(trx, unit.cityCode, [unit.name, ...aliases])
  const row = await trx.insertInto('leadUnits').values({ ...unit, aliases }).returningAll().executeTakeFirstOrThrow()
  await recordAudit(trx, actor, { cityCode: row.cityCode, action: 'create', entity: 'lead_unit', entityId: row.id, after: row })
  return row
}

const lockUnit = (trx: Db, cityCode: string, id: number) => trx.selectFrom('leadUnits').selectAll()
  .where('cityCode', '=', cityCode).where('id', '=', id).forNoKeyUpdate().executeTakeFirst()

export async function updateLeadUnit(trx: Db, actor: Actor, cityCode: string, id: number, patch: Updateable<LeadUnitTable>, ifMatch?: number) {
  const before = current(await lockUnit(trx, cityCode, id), ifMatch, 'lead unit', id)
  await assertNamesFree(trx, cityCode, [patch.name ?? before.name, ...(patch.aliases ?? before.aliases)], id)
  const after = await trx.updateTable('leadUnits').set({ ...patch, ...bumpVersion() })
    .where('cityCode', '=', cityCode).where('id', '=', id).returningAll().executeTakeFirstOrThrow()
  await recordAudit(trx, actor, { cityCode, action: 'update', entity: 'lead_unit', entityId: id, before, after })
  return after
}

export async function deleteLeadUnit(trx: Db, actor: Actor, cityCode: string, id: number, ifMatch?: number) {
  const before = current(await lockUnit(trx, cityCode, id), ifMatch, 'lead unit', id)
  const leading = await trx.selectFrom('taskLeadUnits').select('taskId')
    .where('cityCode', '=', cityCode).where('leadUnitId', '=', id).limit(1).executeTakeFirst()
  if (leading) throw new Conflict('lead_unit_in_use', `lead unit ${id} still leads task ${leading.taskId}; reassign or merge it first`)
  const key = await trx.selectFrom('apiKeys').select('id').where('cityCode', '=', cityCode).where('leadUnitId', '=', id)
    .limit(1).executeTakeFirst()
  if (key) throw new Conflict('lead_unit_in_use', `lead unit ${id} has API key ${key.id}; merge the unit instead, which moves its keys`)
  await trx.deleteFrom('leadUnits').where('cityCode', '=', cityCode).where('id', '=', id).execute()
  await recordAudit(trx, actor, { cityCode, action: 'delete', entity: 'lead_unit', entityId: id, before })
  return before
}

/**
 * Folds one unit into another: its task links move to the survivor (a task led by both
 * keeps one link), its names become the survivor's aliases, and it is deleted. Call
 * inside a transaction.
 */
export async function mergeLeadUnit(trx: Db, actor: Actor, cityCode: string, id: number, intoId: number, ifMatch?: number) {
  if (id === intoId) throw Invalid.field('into', 'must name another lead unit')
  // Both rows locked in id order, so two opposite merges at once queue instead of deadlocking.
  const locked = await trx.selectFrom('leadUnits').selectAll()
    .where('cityCode', '=', cityCode).where('id', 'in', [id, intoId]).orderBy('id').forUpdate().execute()
  const source = locked.find((unit) => unit.id === id)
  const survivor = locked.find((unit) => unit.id === intoId)
  if (!source) throw new NotFound('lead unit', id)
  if (!survivor) throw new NotFound('lead unit', intoId)
  if (ifMatch !== undefined && source.version !== ifMatch) throw new PreconditionFailed()

  const shared = trx.selectFrom('taskLeadUnits').select('taskId').where('cityCode', '=', cityCode).where('leadUnitId', '=', intoId)
  const dropped = await trx.deleteFrom('taskLeadUnits')
    .where('cityCode', '=', cityCode).where('leadUnitId', '=', id).where('taskId', 'in', shared)
    .returning('taskId').execute()
  const moved = await trx.updateTable('taskLeadUnits').set({ leadUnitId: intoId, ...bumpVersion() })
    .where('cityCode', '=', cityCode).where('leadUnitId', '=', id)
    .returning('taskId').execute()
  const movedTaskIds = [...dropped, ...moved].map((link) => link.taskId)
  if (movedTaskIds.length > 0) {
    await trx.updateTable('tasks').set(bumpVersion()).where('cityCode', '=', cityCode).where('id', 'in', movedTaskIds).execute()
  }

  // The unit's API keys now speak for the survivor.
  await trx.updateTable('apiKeys').set({ leadUnitId: intoId, ...bumpVersion() })
    .where('cityCode', '=', cityCode).where('leadUnitId', '=', id).execute()
  await trx.deleteFrom('leadUnits').where('cityCode', '=', cityCode).where('id', '=', id).execute()
  const aliases = [...new Set([...survivor.aliases, source.name, ...source.aliases])].filter((name) => name !== survivor.name)
  const merged = await trx.updateTable('leadUnits').set({ aliases, ...bumpVersion() })
    .where('cityCode', '=', cityCode).where('id', '=', intoId)
    .returningAll().executeTakeFirstOrThrow()
  await recordAudit(trx, actor, { cityCode, action: 'merge', entity: 'lead_unit', entityId: intoId, before: { source, survivor }, after: merged })
  await recordAudit(trx, actor, { cityCode, action: 'delete', entity: 'lead_unit', entityId: id, before: source, after: { mergedInto: intoId } })
  return { leadUnit: merged, movedTaskIds: [...new Set(movedTaskIds)].sort((a, b) => a - b) }
}
