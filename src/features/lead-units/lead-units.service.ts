/**
 * The commands of lead units (牵头责任单位): create, rename and alias, delete one nobody uses,
 * merge a duplicate into the unit it duplicates; each audited and written to the event feed.
 * A name may stand for one unit only, as its name or an alias: otherwise an imported report
 * could not tell which unit a cell means.
 */
import type { Insertable, Transaction, Updateable } from 'kysely'
import type { Database, LeadUnitRow, LeadUnitTable } from '../../db/database.js'
import { type Actor, recordAudit, recordAudits } from '../../db/audit.js'
import { emitEvent, emitEvents } from '../../db/outbox.js'
import { current } from '../../db/write.js'
import { Conflict, Invalid, NotFound, PreconditionFailed } from '../../shared/errors.js'
import type { EventType } from '../../shared/values.js'
import { liveKeysOfUnit, releaseUnitKeys } from '../keys/keys.service.js'
import {
  aTaskOfUnit, deleteUnitRow, insertUnitRows, lockUnit, lockUnitNames, lockUnits, moveTaskLinks, unitWithAName, updateUnitRow,
} from './lead-units.repository.js'

export { findLeadUnit, listLeadUnits, lockUnitNames } from './lead-units.repository.js'

const unitEvent = (type: EventType, unit: LeadUnitRow, extra: Record<string, unknown> = {}) => ({
  cityCode: unit.cityCode, type, subject: `lead_unit:${unit.id}`,
  data: { leadUnitId: unit.id, name: unit.name, aliases: unit.aliases, shortName: unit.shortName, version: unit.version, ...extra },
})

async function assertNamesFree(trx: Transaction<Database>, cityCode: string, names: string[], exceptId?: number) {
  if (names.length === 0) return
  if (new Set(names).size !== names.length) throw Invalid.field('aliases', 'must not repeat the unit\'s name or another alias')
  await lockUnitNames(trx, cityCode)
  const taken = await unitWithAName(trx, cityCode, names, exceptId)
  if (taken) throw new Conflict('lead_unit_name_taken', `a name in ${JSON.stringify(names)} already names lead unit ${taken.id} (${taken.name})`)
}

/** A short name is one of the unit's aliases, so a document or a search that uses it finds the unit. */
function assertShortNameIsAlias(shortName: string | null | undefined, aliases: string[]) {
  if (shortName !== null && shortName !== undefined && !aliases.includes(shortName)) {
    throw Invalid.field('shortName', 'must be one of the unit\'s aliases (add it to aliases too)')
  }
}

export async function insertLeadUnit(trx: Transaction<Database>, actor: Actor, unit: Insertable<LeadUnitTable>) {
  const aliases = unit.aliases ?? []
  assertShortNameIsAlias(unit.shortName, aliases)
  await assertNamesFree(trx, unit.cityCode, [unit.name, ...aliases])
  const [row] = await insertLeadUnits(trx, actor, unit.cityCode, [{ name: unit.name, aliases, shortName: unit.shortName ?? null }])
  return row!
}

/**
 * Creates units (a person's one, or the names a report brings), each audited as `action` and
 * announced. Their names must be free: the caller holds lockUnitNames and has checked them.
 */
export async function insertLeadUnits(trx: Transaction<Database>, actor: Actor, cityCode: string,
  units: { name: string, aliases: string[], shortName?: string | null }[], action = 'create'): Promise<LeadUnitRow[]> {
  const created = await insertUnitRows(trx, cityCode, units)
  await recordAudits(trx, actor, created.map((after) => ({ cityCode, action, entity: 'lead_unit', entityId: after.id, after })))
  await emitEvents(trx, actor, cityCode, created.map((unit) => unitEvent('lead_unit.created', unit)))
  return created
}

export async function updateLeadUnit(trx: Transaction<Database>, actor: Actor, cityCode: string, id: number, patch: Updateable<LeadUnitTable>, ifMatch?: number) {
  const before = current(await lockUnit(trx, cityCode, id), ifMatch, 'lead unit', id)
  assertShortNameIsAlias(patch.shortName === undefined ? before.shortName : patch.shortName, patch.aliases ?? before.aliases)
  await assertNamesFree(trx, cityCode, [patch.name ?? before.name, ...(patch.aliases ?? before.aliases)], id)
  const after = await updateUnitRow(trx, cityCode, id, patch)
  await recordAudit(trx, actor, { cityCode, action: 'update', entity: 'lead_unit', entityId: id, before, after })
  await emitEvent(trx, actor, unitEvent('lead_unit.updated', after))
  return after
}

/**
 * Deletes a unit that leads no task and has no key that still works; its revoked keys stay on
 * record without it.
 */
export async function deleteLeadUnit(trx: Transaction<Database>, actor: Actor, cityCode: string, id: number, ifMatch?: number) {
  const before = current(await lockUnit(trx, cityCode, id), ifMatch, 'lead unit', id)
  const leading = await aTaskOfUnit(trx, cityCode, id)
  if (leading) throw new Conflict('lead_unit_in_use', `lead unit ${id} still leads task ${leading.taskId}; reassign or merge it first`)
  const [live] = await liveKeysOfUnit(trx, cityCode, id)
  if (live) throw new Conflict('lead_unit_in_use', `lead unit ${id} has API key ${live.id}, which still works; revoke it, or merge the unit`)
  await releaseUnitKeys(trx, actor, cityCode, id, 'revoke')
  await deleteUnitRow(trx, cityCode, id)
  await recordAudit(trx, actor, { cityCode, action: 'delete', entity: 'lead_unit', entityId: id, before })
  await emitEvent(trx, actor, unitEvent('lead_unit.deleted', before))
  return before
}

/** What a merge did: the survivor as it is now, and what moved to it. */
export type MergeOutcome = {
  leadUnit: LeadUnitRow
  movedTaskIds: number[]
  aliasesAdded: string[]
  keys: { moved: number[], revoked: number[] }
}

/**
 * Folds one unit into another: its task links move to the survivor (a task led by both keeps
 * one link), its names become the survivor's aliases, its keys move to the survivor or are
 * revoked (as the office says: a duplicate's key that moved could edit the survivor's
 * entries), and it is deleted.
 */
export async function mergeLeadUnit(trx: Transaction<Database>, actor: Actor, cityCode: string, id: number,
  merge: { into: number, keys?: 'move' | 'revoke' }, ifMatch?: number): Promise<MergeOutcome> {
  const intoId = merge.into
  if (id === intoId) throw Invalid.field('into', 'must name another lead unit')
  const locked = await lockUnits(trx, cityCode, [id, intoId])
  const source = locked.find((unit) => unit.id === id)
  const survivor = locked.find((unit) => unit.id === intoId)
  if (!source) throw new NotFound('lead unit', id)
  if (!survivor) throw new NotFound('lead unit', intoId)
  if (ifMatch !== undefined && source.version !== ifMatch) throw new PreconditionFailed()

  const movedTaskIds = await moveTaskLinks(trx, cityCode, id, intoId)
  const keys = await releaseUnitKeys(trx, actor, cityCode, id, merge.keys === 'move' ? { moveTo: intoId } : 'revoke')
  await deleteUnitRow(trx, cityCode, id)
  const aliases = [...new Set([...survivor.aliases, source.name, ...source.aliases])].filter((name) => name !== survivor.name)
  const aliasesAdded = aliases.filter((name) => !survivor.aliases.includes(name))
  const merged = await updateUnitRow(trx, cityCode, intoId, { aliases })
  await recordAudit(trx, actor, { cityCode, action: 'merge', entity: 'lead_unit', entityId: intoId, before: { source, survivor },
    after: { leadUnit: merged, movedTaskIds, aliasesAdded, keys } })
  await recordAudit(trx, actor, { cityCode, action: 'delete', entity: 'lead_unit', entityId: id, before: source, after: { mergedInto: intoId } })
  await emitEvent(trx, actor, unitEvent('lead_unit.merged', merged, { mergedId: id, mergedName: source.name, movedTaskIds, aliasesAdded, keys }))
  return { leadUnit: merged, movedTaskIds, aliasesAdded, keys }
}
