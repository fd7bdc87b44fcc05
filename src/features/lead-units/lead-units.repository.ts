import { type Insertable, sql, type Transaction, type Updateable } from 'kysely'
import { Conflict, Invalid, NotFound, PreconditionFailed } from '../../shared/errors.js'
import type { Database, Db, LeadUnitRow, LeadUnitTable } from '../../db/database.js'
import { type Actor, recordAudit, recordAudits } from '../../db/audit.js'
import { bumpVersion, chunks, current } from '../../db/write.js'
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

/**
 * A name may stand for one unit only, whether as its name or as an alias: otherwise an
 * imported report could not tell which unit a cell means.
 */
async function assertNamesFree(db: Transaction<Database>, cityCode: string, names: string[], exceptId?: number) {
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
export async function lockUnitNames(trx: Transaction<Database>, cityCode: string) {
  await sql`select pg_advisory_xact_lock(hashtext(${`duban:unit-names:${cityCode}`}))`.execute(trx)
}

/** A short name is one of the unit's aliases, so a document or a search that uses it finds the unit. */
function assertShortNameIsAlias(shortName: string | null | undefined, aliases: string[]) {
  if (shortName !== null && shortName !== undefined && !aliases.includes(shortName)) {
    throw Invalid.field('shortName', 'must be one of the unit\'s aliases (add it to aliases too)')
  }
}

/** Every write here takes the transaction its audit row goes with. */
export async function insertLeadUnit(trx: Transaction<Database>, actor: Actor, unit: Insertable<LeadUnitTable>) {
  const aliases = unit.aliases ?? []
  assertShortNameIsAlias(unit.shortName, aliases)
  await assertNamesFree(trx, unit.cityCode, [unit.name, ...aliases])
  const [row] = await insertLeadUnits(trx, actor, unit.cityCode, [{ name: unit.name, aliases, shortName: unit.shortName ?? null }])
  return row!
}

/**
 * Creates units, one audit event each, in chunks. Their names must be free: the caller
 * holds lockUnitNames and has checked them. Returns the units in the order given.
 */
export async function insertLeadUnits(trx: Transaction<Database>, actor: Actor, cityCode: string,
  units: { name: string, aliases: string[], shortName?: string | null }[]): Promise<LeadUnitRow[]> {
  const created: LeadUnitRow[] = []
  for (const batch of chunks(units)) {
    const rows = await trx.insertInto('leadUnits').values(batch.map((unit) => ({ cityCode, ...unit }))).returningAll().execute()
    // Names are unique in a city: they tell which row is which unit whatever order RETURNING gives.
    const rowOf = new Map(rows.map((row) => [row.name, row]))
    const ordered = batch.map((unit) => rowOf.get(unit.name)!)
    await indexLeadUnits(trx, cityCode, ordered)
    await recordAudits(trx, actor, ordered.map((after) => ({ cityCode, action: 'create', entity: 'lead_unit', entityId: after.id, after })))
    created.push(...ordered)
  }
  return created
}

const lockUnit = (trx: Transaction<Database>, cityCode: string, id: number) => trx.selectFrom('leadUnits').selectAll()
  .where('cityCode', '=', cityCode).where('id', '=', id).forNoKeyUpdate().executeTakeFirst()

export async function updateLeadUnit(trx: Transaction<Database>, actor: Actor, cityCode: string, id: number, patch: Updateable<LeadUnitTable>, ifMatch?: number) {
  const before = current(await lockUnit(trx, cityCode, id), ifMatch, 'lead unit', id)
  assertShortNameIsAlias(patch.shortName === undefined ? before.shortName : patch.shortName, patch.aliases ?? before.aliases)
  await assertNamesFree(trx, cityCode, [patch.name ?? before.name, ...(patch.aliases ?? before.aliases)], id)
  const after = await trx.updateTable('leadUnits').set({ ...patch, ...bumpVersion() })
    .where('cityCode', '=', cityCode).where('id', '=', id).returningAll().executeTakeFirstOrThrow()
  await indexLeadUnits(trx, cityCode, [after])
  await recordAudit(trx, actor, { cityCode, action: 'update', entity: 'lead_unit', entityId: id, before, after })
  return after
}

export async function deleteLeadUnit(trx: Transaction<Database>, actor: Actor, cityCode: string, id: number, ifMatch?: number) {
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
 * keeps one link), its names become the survivor's aliases, and it is deleted.
 */
export async function mergeLeadUnit(trx: Transaction<Database>, actor: Actor, cityCode: string, id: number, intoId: number, ifMatch?: number) {
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
  await indexLeadUnits(trx, cityCode, [merged])
  await recordAudit(trx, actor, { cityCode, action: 'merge', entity: 'lead_unit', entityId: intoId, before: { source, survivor }, after: merged })
  await recordAudit(trx, actor, { cityCode, action: 'delete', entity: 'lead_unit', entityId: id, before: source, after: { mergedInto: intoId } })
  return { leadUnit: merged, movedTaskIds: [...new Set(movedTaskIds)].sort((a, b) => a - b) }
}
