// The audit trail: every command records its change here, in the change's own transaction.
import { type RawBuilder, sql } from 'kysely'
import type { Db } from './database.js'

/**
 * Who is writing and when: the API key (once keys exist) and the request, for the audit trail,
 * and the time the service stamps on what it writes (the app's clock; unset: now).
 */
export interface Actor { apiKeyId: number | null, requestId: string | null, at?: Date }

export const systemActor: Actor = { apiKeyId: null, requestId: null }

/** The time a write is stamped with. */
export const timeOf = (actor: Actor): Date => actor.at ?? new Date()

/** Writes not tied to one city are kept under this code. */
export const NO_CITY = '000000'

export interface AuditEvent {
  cityCode: string | null
  action: string
  entity: string
  entityId: string | number
  before?: unknown
  after?: unknown
}

/** Records a write; call with the write's own transaction so both stay or neither does. */
export function recordAudit(trx: Db, actor: Actor, event: AuditEvent) {
  return recordAudits(trx, actor, [event])
}

/** Records many writes in as few statements as the parameter limit allows. */
export async function recordAudits(trx: Db, actor: Actor, events: AuditEvent[]) {
  for (let i = 0; i < events.length; i += 500) {
    await trx.insertInto('auditEvents').values(events.slice(i, i + 500).map((event) => ({
      cityCode: event.cityCode ?? NO_CITY,
      apiKeyId: actor.apiKeyId,
      requestId: actor.requestId,
      action: event.action,
      entity: event.entity,
      entityId: String(event.entityId),
      before: event.before === undefined ? null : JSON.stringify(event.before),
      after: event.after === undefined ? null : JSON.stringify(event.after),
    }))).execute()
  }
}

/**
 * The audit rows of writes as one INSERT, however many: to send inside another statement of the
 * same transaction (a data-modifying WITH of the write's event: db/outbox.ts), one round trip
 * fewer than recordAudits. The rows go in the order given. `only`: for a statement whose write may
 * change nothing (a version that moved on): the rows are written when `when` holds, each row's
 * after merged with `afterAlso` (what the statement itself stamps: its time).
 */
export function auditInsert(actor: Actor, events: AuditEvent[], only?: { when: RawBuilder<unknown>, afterAlso: RawBuilder<unknown> }): RawBuilder<unknown> {
  const rows = events.map((event, i) => ({
    i, city_code: event.cityCode ?? NO_CITY, action: event.action, entity: event.entity, entity_id: String(event.entityId),
    before: event.before ?? null, after: event.after ?? null,
  }))
  return sql`insert into audit_events (city_code, api_key_id, request_id, action, entity, entity_id, before, after)
    select a.city_code, ${actor.apiKeyId}::bigint, ${actor.requestId}::text, a.action, a.entity, a.entity_id, a.before,
      ${only ? sql`a.after || ${only.afterAlso}` : sql`a.after`}
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as a (i int, city_code text, action text, entity text, entity_id text, before jsonb, after jsonb)
    ${only ? sql`where ${only.when}` : sql``}
    order by a.i`
}
