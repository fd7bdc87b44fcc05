/**
 * The commands of API keys: create (with the rules of who may hold which role and scope),
 * revoke, and what a lead unit's deletion or merge does to its keys.
 */
import type { Transaction } from 'kysely'
import type { Database } from '../../db/database.js'
import { type Actor, recordAudit, recordAudits, timeOf } from '../../db/audit.js'
import { Invalid, NotFound, NotPermitted } from '../../shared/errors.js'
import type { KeyScope } from './keys.policy.js'
import { holdKeyScope, insertApiKey, lockApiKey, lockKeysOfUnit, type NewKey, setKeysUnit, setRevoked } from './keys.repository.js'

export { anyKeyHeld, authenticate, findApiKey, leadsTask, listApiKeys, type NewKey } from './keys.repository.js'

/** A key's scope: every entry of its city, or (a reader's) only what the office published. */
export type KeyScopeName = 'all' | 'published'

/**
 * The shape of a key: an admin has no city; a city office and a lead unit have one; a lead
 * unit names its unit; only a reader may be limited to published data.
 */
export function checkKeyShape(input: NewKey & { scope?: KeyScopeName }) {
  const { role, cityCode, leadUnitId } = input
  if (role === 'admin' && (cityCode !== null || leadUnitId !== null)) throw Invalid.field('cityCode', 'must be absent for an admin key')
  if ((role === 'city_office' || role === 'lead_unit') && cityCode === null) throw Invalid.field('cityCode', `is required for a ${role} key`)
  if (role === 'lead_unit' && leadUnitId === null) throw Invalid.field('leadUnitId', 'is required for a lead_unit key')
  if (role !== 'lead_unit' && leadUnitId !== null) throw Invalid.field('leadUnitId', 'belongs only on a lead_unit key')
  if (input.scope === 'published' && role !== 'reader') throw Invalid.field('scope', 'published is a reader\'s scope')
}

/** A city office manages only its own city's keys, and never creates an admin. */
export function assertManages(caller: KeyScope, cityCode: string | null) {
  if (caller.role === 'admin') return
  if (cityCode === null || cityCode !== caller.cityCode) throw new NotPermitted('forbidden', `a city_office key manages only keys of city ${caller.cityCode}`)
}

/**
 * Creates a key; the secret is in the result once and stored only as a hash. Its city and lead
 * unit must exist, and are held while it is written: on a Citus cluster API keys are a
 * reference table with no foreign key to them (docs/scale.md), so this is the only check.
 */
export async function createApiKey(trx: Transaction<Database>, actor: Actor, input: NewKey & { scope?: KeyScopeName }) {
  checkKeyShape(input)
  const { scope, ...key } = input
  if (key.cityCode !== null) {
    const held = await holdKeyScope(trx, key.cityCode, key.leadUnitId)
    if (!held.city) throw new NotFound('city', key.cityCode)
    if (key.leadUnitId !== null && !held.leadUnit) throw new NotFound('lead unit', key.leadUnitId)
  }
  const row = await insertApiKey(trx, actor.apiKeyId, { ...key, publishedOnly: scope === 'published' })
  const { key: _secret, ...after } = row
  await recordAudit(trx, actor, { cityCode: row.cityCode, action: 'create', entity: 'api_key', entityId: row.id, after })
  return row
}

/** Revoking is final and idempotent; the row stays for the audit trail. */
export async function revokeApiKey(trx: Transaction<Database>, actor: Actor, id: number) {
  const before = await lockApiKey(trx, id)
  if (!before || before.revokedAt !== null) return before
  const [after] = await setRevoked(trx, [id], timeOf(actor))
  await recordAudit(trx, actor, { cityCode: after!.cityCode, action: 'revoke', entity: 'api_key', entityId: id, before, after })
  return after
}

/** The unit's keys that still work: what stands in the way of deleting it. */
export async function liveKeysOfUnit(trx: Transaction<Database>, cityCode: string, leadUnitId: number) {
  return (await lockKeysOfUnit(trx, cityCode, leadUnitId)).filter((key) => key.revokedAt === null)
}

/**
 * What becomes of a lead unit's keys when it goes: a merge moves them to the survivor or
 * revokes them, as the office says; revoked keys let go of the unit (their rows stay). Returns
 * the ids moved and revoked.
 */
export async function releaseUnitKeys(trx: Transaction<Database>, actor: Actor, cityCode: string, leadUnitId: number,
  keys: { moveTo: number } | 'revoke'): Promise<{ moved: number[], revoked: number[] }> {
  const held = await lockKeysOfUnit(trx, cityCode, leadUnitId)
  const live = held.filter((key) => key.revokedAt === null)
  const revoked = keys === 'revoke' ? await setRevoked(trx, live.map((key) => key.id), timeOf(actor)) : []
  const moved = keys === 'revoke' ? [] : await setKeysUnit(trx, live.map((key) => key.id), keys.moveTo)
  // Revoked keys, those revoked before and those just now, no longer need the unit.
  const released = await setKeysUnit(trx, [...held.filter((key) => key.revokedAt !== null), ...revoked].map((key) => key.id), null)
  const beforeOf = new Map(held.map((key) => [key.id, key]))
  await recordAudits(trx, actor, [
    ...moved.map((after) => ({ cityCode, action: 'move', entity: 'api_key', entityId: after.id, before: beforeOf.get(after.id), after })),
    ...revoked.map((key) => ({ cityCode, action: 'revoke', entity: 'api_key', entityId: key.id, before: beforeOf.get(key.id),
      after: released.find((row) => row.id === key.id) })),
  ])
  return { moved: moved.map((key) => key.id), revoked: revoked.map((key) => key.id) }
}
