import { type Insertable, sql, type Transaction, type Updateable } from 'kysely'
import type { DeliveryState, EventType, WebhookFormat } from '../../shared/values.js'
import type { Database, Db, WebhookTable } from '../../db/database.js'
import { afterCursor, type PageQuery, pageOf } from '../../db/page.js'
import { bumpVersion } from '../../db/write.js'

export type WebhookInput = { url: string, events: EventType[], secret?: string, format?: WebhookFormat }
export type WebhookChange = Partial<WebhookInput & { active: boolean }>

export function findWebhook(db: Db, cityCode: string, id: number) {
  return db.selectFrom('webhooks').selectAll().where('cityCode', '=', cityCode).where('id', '=', id).executeTakeFirst()
}

export async function listWebhooks(db: Db, cityCode: string, query: PageQuery) {
  const after = afterCursor<[number]>(query.cursor, ['number'])
  const rows = await db.selectFrom('webhooks').selectAll().where('cityCode', '=', cityCode)
    .$if(after !== undefined, (qb) => qb.where('id', '>', after![0]))
    .orderBy('id').limit(query.limit + 1).execute()
  return pageOf(rows, query.limit, (webhook) => [webhook.id])
}

export function insertWebhookRow(trx: Transaction<Database>, row: Insertable<WebhookTable>) {
  return trx.insertInto('webhooks').values(row).returningAll().executeTakeFirstOrThrow()
}

export function lockWebhook(trx: Transaction<Database>, cityCode: string, id: number) {
  return trx.selectFrom('webhooks').selectAll().where('cityCode', '=', cityCode).where('id', '=', id).forUpdate().executeTakeFirst()
}

export function updateWebhookRow(trx: Transaction<Database>, cityCode: string, id: number, change: Updateable<WebhookTable>) {
  return trx.updateTable('webhooks').set({ ...change, ...bumpVersion() })
    .where('cityCode', '=', cityCode).where('id', '=', id).returningAll().executeTakeFirstOrThrow()
}

/** Its deliveries go with it, sent or not. */
export async function deleteWebhookRow(trx: Transaction<Database>, cityCode: string, id: number) {
  await trx.deleteFrom('webhooks').where('cityCode', '=', cityCode).where('id', '=', id).execute()
}

function deliveries(db: Db, cityCode: string, webhookId: number) {
  return db.selectFrom('webhookDeliveries as d')
    .innerJoin('events as e', (join) => join.on('e.cityCode', '=', cityCode).onRef('e.id', '=', 'd.eventId'))
    .select(['d.id', 'd.webhookId', 'd.eventId', 'e.type as eventType', 'd.state', 'd.attempts', 'd.lastAttemptAt', 'd.lastStatus',
      'd.lastError', 'd.deliveredAt', 'd.createdAt'])
    .select(sql<string | null>`case when d.state = 'pending' then d.next_attempt_at end`.as('nextAttemptAt'))
    .where('d.cityCode', '=', cityCode).where('d.webhookId', '=', webhookId)
}

/** The delivery log of a subscription, newest first. */
export async function listDeliveries(db: Db, cityCode: string, webhookId: number, query: PageQuery & { state?: DeliveryState }) {
  const before = afterCursor<[number]>(query.cursor, ['number'])
  const rows = await deliveries(db, cityCode, webhookId)
    .$if(query.state !== undefined, (qb) => qb.where('d.state', '=', query.state!))
    .$if(before !== undefined, (qb) => qb.where('d.id', '<', before![0]))
    .orderBy('d.id', 'desc').limit(query.limit + 1).execute()
  return pageOf(rows, query.limit, (delivery) => [delivery.id])
}

/**
 * Sends a delivery again, whatever became of it: pending at once, its attempts kept. It goes
 * in its place in the order, after the older ones still pending.
 */
export async function setDeliveryPending(trx: Transaction<Database>, cityCode: string, webhookId: number, id: number, at: Date) {
  const updated = await trx.updateTable('webhookDeliveries').set({ state: 'pending', nextAttemptAt: at.toISOString(), deliveredAt: null })
    .where('cityCode', '=', cityCode).where('webhookId', '=', webhookId).where('id', '=', id).returning('id').executeTakeFirst()
  if (!updated) return undefined
  return (await deliveries(trx, cityCode, webhookId).where('d.id', '=', id).executeTakeFirst())!
}
