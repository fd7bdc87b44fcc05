import { sql, type Transaction } from 'kysely'
import { generateKey, keyMatches, keyPrefix } from './keys.secret.js'
import type { KeyScope } from './keys.policy.js'
import type { Database, Db, Role } from '../../db/database.js'
import { afterCursor, type PageQuery, pageOf } from '../../db/page.js'

const publicColumns = ['id', 'prefix', 'name', 'role', 'cityCode', 'leadUnitId', 'createdBy', 'revokedAt', 'version', 'createdAt', 'updatedAt'] as const
/** A key as the API shows it: never its secret; its scope by name. */
const keyView = [...publicColumns, sql<'all' | 'published'>`case when published_only then 'published' else 'all' end`.as('scope')] as const

/** The live key a bearer token names, or undefined for a malformed, unknown or revoked one. */
export async function authenticate(db: Db, token: string): Promise<KeyScope | undefined> {
  const prefix = keyPrefix(token)
  if (!prefix) return undefined
  const row = await db.selectFrom('apiKeys').select(['id', 'role', 'cityCode', 'leadUnitId', 'secretHash', 'revokedAt', 'publishedOnly'])
    .where('prefix', '=', prefix).executeTakeFirst()
  if (!row || !keyMatches(token, row.secretHash) || row.revokedAt !== null) return undefined
  return { id: row.id, role: row.role, cityCode: row.cityCode, leadUnitId: row.leadUnitId, publishedOnly: row.publishedOnly }
}

export interface NewKey { name: string, role: Role, cityCode: string | null, leadUnitId: number | null, publishedOnly?: boolean }

/**
 * Whether a key's city and lead unit exist, held (FOR KEY SHARE, as a foreign key would hold
 * them) until the transaction ends, so neither is deleted while the key naming it is written.
 */
export async function holdKeyScope(trx: Transaction<Database>, cityCode: string, leadUnitId: number | null) {
  const city = await trx.selectFrom('cities').select('code').where('code', '=', cityCode).forKeyShare().executeTakeFirst()
  const leadUnit = leadUnitId === null ? undefined
    : await trx.selectFrom('leadUnits').select('id').where('cityCode', '=', cityCode).where('id', '=', leadUnitId).forKeyShare().executeTakeFirst()
  return { city: city !== undefined, leadUnit: leadUnit !== undefined }
}

/** Stores a new key's hash; the secret is in the result once and never stored. */
export async function insertApiKey(trx: Transaction<Database>, createdBy: number | null, input: NewKey) {
  const { key, prefix, secretHash } = generateKey()
  const row = await trx.insertInto('apiKeys').values({ ...input, prefix, secretHash, createdBy })
    .returning(keyView).executeTakeFirstOrThrow()
  return { ...row, key }
}

export function findApiKey(db: Db, id: number) {
  return db.selectFrom('apiKeys').select(keyView).where('id', '=', id).executeTakeFirst()
}

export async function listApiKeys(db: Db, query: PageQuery & { cityCode?: string }) {
  const { limit, cursor, cityCode } = query
  const after = afterCursor<[number]>(cursor, ['number'])?.[0]
  const rows = await db.selectFrom('apiKeys').select(keyView)
    .$if(cityCode !== undefined, (qb) => qb.where('cityCode', '=', cityCode!))
    .$if(after !== undefined, (qb) => qb.where('id', '>', after!))
    .orderBy('id').limit(limit + 1).execute()
  return pageOf(rows, limit, (key) => [key.id])
}

export function lockApiKey(trx: Transaction<Database>, id: number) {
  return trx.selectFrom('apiKeys').select(keyView).where('id', '=', id).forUpdate().executeTakeFirst()
}

/** Marks keys revoked at `at` (the row stays for the audit trail); returns them as they are now. */
export function setRevoked(trx: Transaction<Database>, ids: number[], at: Date) {
  if (ids.length === 0) return Promise.resolve([])
  return trx.updateTable('apiKeys')
    .set({ revokedAt: at.toISOString(), version: sql<number>`version + 1`, updatedAt: sql<string>`now()` })
    .where('id', 'in', ids).returning(keyView).execute()
}

/** The keys of a lead unit, live or revoked, locked until commit. */
export function lockKeysOfUnit(trx: Transaction<Database>, cityCode: string, leadUnitId: number) {
  return trx.selectFrom('apiKeys').select(keyView).where('cityCode', '=', cityCode).where('leadUnitId', '=', leadUnitId)
    .orderBy('id').forUpdate().execute()
}

/** Points keys at another unit of the city (or at none: only a revoked key may be left without one). */
export function setKeysUnit(trx: Transaction<Database>, ids: number[], leadUnitId: number | null) {
  if (ids.length === 0) return Promise.resolve([])
  return trx.updateTable('apiKeys').set({ leadUnitId, version: sql<number>`version + 1`, updatedAt: sql<string>`now()` })
    .where('id', 'in', ids).returning(keyView).execute()
}

/** Whether a lead unit leads a task (a lead-unit key writes only those tasks' entries). */
export async function leadsTask(db: Db, cityCode: string, leadUnitId: number, taskId: number) {
  const link = await db.selectFrom('taskLeadUnits').select('taskId')
    .where('cityCode', '=', cityCode).where('taskId', '=', taskId).where('leadUnitId', '=', leadUnitId).executeTakeFirst()
  return link !== undefined
}

/**
 * Whether any key exists (revoked ones count), with the table locked against another
 * instance's first key until commit.
 */
export async function anyKeyHeld(db: Db, lock = false) {
  if (lock) await sql`lock table api_keys in share row exclusive mode`.execute(db)
  const { count } = await db.selectFrom('apiKeys').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()
  return Number(count) > 0
}
