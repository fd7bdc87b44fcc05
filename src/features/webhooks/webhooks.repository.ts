import { sql, type Transaction } from 'kysely'
import { Invalid, NotFound } from '../../shared/errors.js'
import type { DeliveryState, EventType, WebhookFormat } from '../../shared/values.js'
import type { Database, Db, WebhookRow } from '../../db/database.js'
import { afterCursor, type PageQuery, pageOf } from '../../db/page.js'
import { type Actor, recordAudit } from '../../db/audit.js'
import { bumpVersion, current } from '../../db/write.js'

export type WebhookInput = { url: string, events: EventType[], secret?: string, format?: WebhookFormat }
export type WebhookChange = Partial<WebhookInput & { active: boolean }>

/** A subscription as callers see it: the secret is kept for signing and never shown, in a response or in the audit trail. */
export function publicWebhook(row: WebhookRow) {
  const { secret, leasedUntil: _lease, ...rest } = row
  return { ...rest, secretSet: secret !== '' }
}

/** duban's own JSON is always signed; a robot's URL carries its own token, and 钉钉's secret is optional. */
function assertSigned(format: WebhookFormat, secret: string) {
  if (format === 'json' && secret === '') throw Invalid.field('secret', 'is required for the json format: every delivery is signed with it')
}

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

export async function insertWebhook(trx: Transaction<Database>, actor: Actor, cityCode: string, input: WebhookInput) {
  const format = input.format ?? 'json'
  const secret = input.secret ?? ''
  assertSigned(format, secret)
  const row = await trx.insertInto('webhooks').values({
    cityCode, url: input.url, events: input.events, secret, format, createdBy: actor.apiKeyId,
  }).returningAll().executeTakeFirstOrThrow()
  await recordAudit(trx, actor, { cityCode, action: 'create', entity: 'webhook', entityId: row.id, after: publicWebhook(row) })
  return row
}

export async function updateWebhook(trx: Transaction<Database>, actor: Actor, cityCode: string, id: number, change: WebhookChange, ifMatch?: number) {
  const before = current(await trx.selectFrom('webhooks').selectAll().where('cityCode', '=', cityCode).where('id', '=', id).forUpdate()
    .executeTakeFirst(), ifMatch, 'webhook', id)
  assertSigned(change.format ?? before.format, change.secret ?? before.secret)
  const after = await trx.updateTable('webhooks').set({ ...change, ...bumpVersion() })
    .where('cityCode', '=', cityCode).where('id', '=', id).returningAll().executeTakeFirstOrThrow()
  await recordAudit(trx, actor, { cityCode, action: 'update', entity: 'webhook', entityId: id, before: publicWebhook(before), after: publicWebhook(after) })
  return after
}

/** Its deliveries go with it, sent or not. */
export async function deleteWebhook(trx: Transaction<Database>, actor: Actor, cityCode: string, id: number, ifMatch?: number) {
  const before = current(await findWebhook(trx, cityCode, id), ifMatch, 'webhook', id)
  await trx.deleteFrom('webhooks').where('cityCode', '=', cityCode).where('id', '=', id).execute()
  await recordAudit(trx, actor, { cityCode, action: 'delete', entity: 'webhook', entityId: id, before: publicWebhook(before) })
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
export async function redeliver(trx: Transaction<Database>, actor: Actor, cityCode: string, webhookId: number, id: number) {
  const updated = await trx.updateTable('webhookDeliveries').set({ state: 'pending', nextAttemptAt: sql<string>`now()`, deliveredAt: null })
    .where('cityCode', '=', cityCode).where('webhookId', '=', webhookId).where('id', '=', id).returning('id').executeTakeFirst()
  if (!updated) throw new NotFound('delivery', id)
  await recordAudit(trx, actor, { cityCode, action: 'redeliver', entity: 'webhook_delivery', entityId: id })
  return (await deliveries(trx, cityCode, webhookId).where('d.id', '=', id).executeTakeFirst())!
}
