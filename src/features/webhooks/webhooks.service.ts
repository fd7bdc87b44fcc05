/**
 * The commands of webhook subscriptions: subscribe, change, unsubscribe, redeliver; each
 * audited (never with the secret) and written to the event feed. Delivery is the job in
 * webhooks.delivery.ts.
 */
import type { Transaction } from 'kysely'
import type { Database, WebhookRow } from '../../db/database.js'
import { type Actor, recordAudit, timeOf } from '../../db/audit.js'
import { emitEvent } from '../../db/outbox.js'
import { current } from '../../db/write.js'
import { Invalid, NotFound } from '../../shared/errors.js'
import { maskUrl } from '../../shared/redact.js'
import type { Receivers } from './webhooks.receivers.js'
import type { EventType, WebhookFormat } from '../../shared/values.js'
import { deleteWebhookRow, insertWebhookRow, lockWebhook, setDeliveryPending, updateWebhookRow, type WebhookChange, type WebhookInput } from './webhooks.repository.js'

export { deleteSettledDeliveries, deliveryBacklog, findWebhook, listDeliveries, listWebhooks } from './webhooks.repository.js'

/**
 * A subscription as callers see it, in a response or in the audit trail: the secret is kept for
 * signing and never shown, nor the credentials its URL carries (user-info, query values: a
 * robot's key or access_token), which are masked; what was given is sent whole.
 */
export function publicWebhook(row: WebhookRow) {
  const { secret, leasedUntil: _lease, url, ...rest } = row
  return { ...rest, url: maskUrl(url), secretSet: secret !== '' }
}

/** duban's own JSON is always signed; a robot's URL carries its own token, and 钉钉's secret is optional. */
function assertSigned(format: WebhookFormat, secret: string) {
  if (format === 'json' && secret === '') throw Invalid.field('secret', 'is required for the json format: every delivery is signed with it')
}

/** A subscription's event: what it follows and where it sends, never its secret or the receiver's credentials. */
function webhookEvent(type: EventType, row: WebhookRow) {
  const { cityCode, id, events, format, active, version } = publicWebhook(row)
  const receiver = new URL(row.url)
  return { cityCode, type, subject: `webhook:${id}`, data: { webhookId: id, host: receiver.host, events, format, active, version } }
}

/** receivers: where the operator lets deliveries go (WEBHOOK_ALLOWED_NETWORKS). */
export async function insertWebhook(trx: Transaction<Database>, actor: Actor, receivers: Receivers, cityCode: string, input: WebhookInput) {
  receivers.assertUrl(input.url)
  const format = input.format ?? 'json'
  const secret = input.secret ?? ''
  assertSigned(format, secret)
  const row = await insertWebhookRow(trx, { cityCode, url: input.url, events: input.events, secret, format, createdBy: actor.apiKeyId })
  await recordAudit(trx, actor, { cityCode, action: 'create', entity: 'webhook', entityId: row.id, after: publicWebhook(row) })
  await emitEvent(trx, actor, webhookEvent('webhook.created', row))
  return row
}

export async function updateWebhook(trx: Transaction<Database>, actor: Actor, receivers: Receivers, cityCode: string, id: number,
  change: WebhookChange, ifMatch?: number) {
  if (change.url !== undefined) receivers.assertUrl(change.url)
  const before = current(await lockWebhook(trx, cityCode, id), ifMatch, 'webhook', id)
  assertSigned(change.format ?? before.format, change.secret ?? before.secret)
  const after = await updateWebhookRow(trx, cityCode, id, change)
  await recordAudit(trx, actor, { cityCode, action: 'update', entity: 'webhook', entityId: id, before: publicWebhook(before), after: publicWebhook(after) })
  await emitEvent(trx, actor, webhookEvent('webhook.updated', after))
  return after
}

/** Its deliveries go with it, sent or not. */
export async function deleteWebhook(trx: Transaction<Database>, actor: Actor, cityCode: string, id: number, ifMatch?: number) {
  const before = current(await lockWebhook(trx, cityCode, id), ifMatch, 'webhook', id)
  await deleteWebhookRow(trx, cityCode, id)
  await recordAudit(trx, actor, { cityCode, action: 'delete', entity: 'webhook', entityId: id, before: publicWebhook(before) })
  await emitEvent(trx, actor, webhookEvent('webhook.deleted', before))
}

/**
 * Sends a delivery again, whatever became of it: pending at once, its attempts kept. It goes
 * in its place in the order, after the older ones still pending.
 */
export async function redeliver(trx: Transaction<Database>, actor: Actor, cityCode: string, webhookId: number, id: number) {
  const delivery = await setDeliveryPending(trx, cityCode, webhookId, id, timeOf(actor))
  if (!delivery) throw new NotFound('delivery', id)
  await recordAudit(trx, actor, { cityCode, action: 'redeliver', entity: 'webhook_delivery', entityId: id })
  return delivery
}
