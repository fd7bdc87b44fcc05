import { type Insertable, type Kysely, sql, type Transaction, type Updateable } from 'kysely'
import type { DeliveryState, EventType, WebhookFormat } from '../../shared/values.js'
import type { Database, Db, EventRow, WebhookDeliveryTable, WebhookRow, WebhookTable } from '../../db/database.js'
import { afterCursor, type PageQuery, pageOf } from '../../db/page.js'
import { bumpVersion } from '../../db/write.js'

/** Deliveries one lease reads and sends at most. */
export const BATCH = 20
const MINUTE = 60_000

/** A pending delivery with its event, as the job sends it. */
export type Delivery = { id: number, attempts: number, createdAt: string, nextAttemptAt: string, event: EventRow }

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

/**
 * Leases the subscription whose oldest pending delivery has come due, if no instance holds it
 * (SKIP LOCKED, then a lease that outlives the statement): one instance sends a subscription's
 * deliveries at a time, so they arrive in order. Only the oldest counts: while it waits for its
 * retry, the subscription has nothing to send.
 */
export async function leaseNext(db: Kysely<Database>, now: Date, leaseMs: number): Promise<WebhookRow | undefined> {
  // One city a lease, each on the one node that holds the city on Citus (docs/scale.md): the
  // cities with a delivery due are read first, across cities, the longest due first.
  const { rows: cities } = await sql<{ cityCode: string }>`
    select city_code from webhook_deliveries where state = 'pending' and next_attempt_at <= ${now}
    group by city_code order by min(next_attempt_at) limit 20
  `.execute(db)
  for (const { cityCode } of cities) {
    const leased = await leaseNextOfCity(db, cityCode, now, leaseMs)
    if (leased) return leased
  }
  return undefined
}

async function leaseNextOfCity(db: Kysely<Database>, cityCode: string, now: Date, leaseMs: number): Promise<WebhookRow | undefined> {
  const { rows } = await sql<WebhookRow>`
    update webhooks w set leased_until = ${new Date(now.getTime() + leaseMs)}
    where w.city_code = ${cityCode} and w.id = (
      select h.id from webhooks h
      cross join lateral (
        select d.next_attempt_at from webhook_deliveries d
        where d.city_code = ${cityCode} and d.webhook_id = h.id and d.state = 'pending'
        order by d.event_id limit 1
      ) head
      where h.city_code = ${cityCode} and h.active and (h.leased_until is null or h.leased_until < ${now}) and head.next_attempt_at <= ${now}
      order by head.next_attempt_at limit 1
      for update of h skip locked
    )
    returning w.*
  `.execute(db)
  return rows[0]
}

/**
 * The subscription's pending deliveries, oldest event first: the head holds back the rest. A
 * group robot takes 20 messages a minute, so its reminders (催办, which come in rounds) go after
 * its other events: a round of them never holds a submission or a return back past the minute.
 * Each subject keeps its order either way (a reminder's subject is not an entry's).
 */
export async function pendingOf(db: Kysely<Database>, webhook: WebhookRow): Promise<Delivery[]> {
  const rows = await db.selectFrom('webhookDeliveries as d')
    .innerJoin('events as e', (join) => join.on('e.cityCode', '=', webhook.cityCode).onRef('e.id', '=', 'd.eventId'))
    .select(['d.id', 'd.attempts', 'd.createdAt', 'd.nextAttemptAt', 'e.id as eventId', 'e.cityCode', 'e.type', 'e.subject', 'e.data', 'e.dedupeKey',
      'e.createdAt as eventCreatedAt'])
    .where('d.cityCode', '=', webhook.cityCode).where('d.webhookId', '=', webhook.id).where('d.state', '=', 'pending')
    .$if(webhook.format !== 'json', (qb) => qb.orderBy(sql`e.type = 'reminder.issued'`))
    .orderBy('d.eventId').limit(BATCH).execute()
  return rows.map((row) => ({
    id: row.id, attempts: row.attempts, createdAt: row.createdAt, nextAttemptAt: row.nextAttemptAt,
    event: { id: row.eventId, cityCode: row.cityCode, type: row.type, subject: row.subject, data: row.data, dedupeKey: row.dedupeKey, createdAt: row.eventCreatedAt },
  }))
}

/** A robot's messages sent in the minute before now, and when the oldest of them leaves that minute. */
export async function robotWindow(db: Kysely<Database>, webhook: WebhookRow, now: Date) {
  const row = await db.selectFrom('webhookDeliveries')
    .select((eb) => [eb.fn.countAll<number>().as('sent'), eb.fn.min('lastAttemptAt').as('oldest')])
    .where('cityCode', '=', webhook.cityCode).where('webhookId', '=', webhook.id)
    .where('lastAttemptAt', '>', new Date(now.getTime() - MINUTE).toISOString()).where('lastAttemptAt', '<=', now.toISOString())
    .executeTakeFirstOrThrow()
  return { sent: Number(row.sent), freesAt: row.oldest === null ? now : new Date(Date.parse(row.oldest) + MINUTE) }
}

/** A delivery's columns as an attempt (or the robot's full minute) leaves them. */
export type DeliveryChange = Updateable<WebhookDeliveryTable>

/**
 * Records an attempt and, in the same statement, keeps the subscription leased to its sender
 * until `leasedUntil` (long enough for the next attempt): a lease lives only as long as its
 * holder goes on sending, so one a killed process left ends within seconds.
 */
export async function setDelivery(db: Kysely<Database>, webhook: Pick<WebhookRow, 'cityCode' | 'id'>, id: number, change: DeliveryChange, leasedUntil: Date) {
  await db.with('attempt', (db) => db.updateTable('webhookDeliveries').set(change)
    .where('cityCode', '=', webhook.cityCode).where('id', '=', id).returning('id'))
    .updateTable('webhooks').set({ leasedUntil })
    .where('cityCode', '=', webhook.cityCode).where('id', '=', webhook.id).execute()
}

/** The subscription is free for any instance to send again. */
export async function releaseLease(db: Kysely<Database>, webhook: Pick<WebhookRow, 'cityCode' | 'id'>) {
  await db.updateTable('webhooks').set({ leasedUntil: null }).where('cityCode', '=', webhook.cityCode).where('id', '=', webhook.id).execute()
}

/**
 * The outbox as an operator watches it: per subscription, the deliveries pending and failed, and
 * the age of the oldest pending one (seconds at `now`). Subscriptions with none of either are left out.
 */
export async function deliveryBacklog(db: Db, now: Date) {
  return db.selectFrom('webhookDeliveries')
    .select(['cityCode', 'webhookId'])
    .select((eb) => [
      eb.fn.countAll<string>().filterWhere('state', '=', 'pending').as('pending'),
      eb.fn.countAll<string>().filterWhere('state', '=', 'failed').as('failed'),
      sql<string | null>`extract(epoch from ${now}::timestamptz - min(created_at) filter (where state = 'pending'))`.as('oldestPendingSeconds'),
    ])
    .where('state', 'in', ['pending', 'failed'])
    .groupBy(['cityCode', 'webhookId']).orderBy('cityCode').orderBy('webhookId').execute()
}

/**
 * Removes up to `limit` deliveries that are settled (delivered, or given up) and were last tried
 * before `before`; returns how many. Pending ones are never removed.
 */
export async function deleteSettledDeliveries(db: Kysely<Database>, before: Date, limit: number): Promise<number> {
  const { rows } = await sql<{ removed: number }>`
    with removed as (
      delete from webhook_deliveries where (city_code, id) in (
        select city_code, id from webhook_deliveries
        where state in ('delivered', 'failed') and last_attempt_at < ${before}
        limit ${limit}
      )
      returning 1
    )
    select count(*)::int as removed from removed
  `.execute(db)
  return rows[0]!.removed
}
