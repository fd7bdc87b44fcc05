import { sql, type Transaction } from 'kysely'
import { generateKey, keyMatches, keyPrefix } from './keys.secret.js'
import type { KeyScope } from './keys.policy.js'
import type { Database, Db, Role } from '../../db/database.js'
import { type Actor, recordAudit } from '../../db/audit.js'
import { afterCursor, type PageQuery, pageOf } from '../../db/page.js'

const publicColumns = ['id', 'prefix', 'name', 'role', 'cityCode', 'leadUnitId', 'createdBy', 'revokedAt', 'version', 'createdAt', 'updatedAt'] as const

/** The live key a bearer token names, or undefined for a malformed, unknown or revoked one. */
export async function authenticate(db: Db, token: string): Promise<KeyScope | undefined> {
  const prefix = keyPrefix(token)
  if (!prefix) return undefined
  const row = await db.selectFrom('apiKeys').select(['id', 'role', 'cityCode', 'leadUnitId', 'secretHash', 'revokedAt'])
    .where('prefix', '=', prefix).executeTakeFirst()
  if (!row || !keyMatches(token, row.secretHash) || row.revokedAt !== null) return undefined
  return { id: row.id, role: row.role, cityCode: row.cityCode, leadUnitId: row.leadUnitId }
}

export interface NewKey { name: string, role: Role, cityCode: string | null, leadUnitId: number | null }

/** Creates a key; the secret is in the result once and never stored. */
export async function createApiKey(trx: Transaction<Database>, actor: Actor, input: NewKey) {
  const { key, prefix, secretHash } = generateKey()
  const row = await trx.insertInto('apiKeys').values({ ...input, prefix, secretHash, createdBy: actor.apiKeyId })
    .returning(publicColumns).executeTakeFirstOrThrow()
  await recordAudit(trx, actor, { cityCode: row.cityCode, action: 'create', entity: 'api_key', entityId: row.id, after: row })
  return { ...row, key }
}

export function findApiKey(db: Db, id: number) {
  return db.selectFrom('apiKeys').select(publicColumns).where('id', '=', id).executeTakeFirst()
}

export async function listApiKeys(db: Db, query: PageQuery & { cityCode?: string }) {
  const { limit, cursor, cityCode } = query
  const after = afterCursor<[number]>(cursor, ['number'])?.[0]
  const rows = await db.selectFrom('apiKeys').select(publicColumns)
    .$if(cityCode !== undefined, (qb) => qb.where('cityCode', '=', cityCode!))
    .$if(after !== undefined, (qb) => qb.where('id', '>', after!))
    .orderBy('id').limit(limit + 1).execute()
  return pageOf(rows, limit, (key) => [key.id])
}

/** Revoking is final and idempotent; the row stays for the audit trail. */
export async function revokeApiKey(trx: Transaction<Database>, actor: Actor, id: number) {
  const before = await trx.selectFrom('apiKeys').select(publicColumns).where('id', '=', id).forUpdate().executeTakeFirst()
  if (!before || before.revokedAt !== null) return before
  const after = await trx.updateTable('apiKeys')
    .set({ revokedAt: sql<string>`now()`, version: sql<number>`version + 1`, updatedAt: sql<string>`now()` })
    .where('id', '=', id).returning(publicColumns).executeTakeFirstOrThrow()
  await recordAudit(trx, actor, { cityCode: after.cityCode, action: 'revoke', entity: 'api_key', entityId: id, before, after })
  return after
}

/** Whether a lead unit leads a task (a lead-unit key writes only those tasks' entries). */
export async function leadsTask(db: Db, cityCode: string, leadUnitId: number, taskId: number) {
  const link = await db.selectFrom('taskLeadUnits').select('taskId')
    .where('cityCode', '=', cityCode).where('taskId', '=', taskId).where('leadUnitId', '=', leadUnitId).executeTakeFirst()
  return link !== undefined
}
