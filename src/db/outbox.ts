import { sql, type Transaction } from 'kysely'
import type { EventType } from '../shared/values.js'
import type { Database, EventRow } from './database.js'

export type NewEvent = {
  cityCode: string
  type: EventType
  /** What it is about: entries of one subject are delivered in the order they were written. */
  subject: string
  data: Record<string, unknown>
  /** Set for an event that must be written once only: a second with the same key is dropped. */
  dedupeKey?: string
}

/** The subject of an entry's events. */
export const entrySubject = (taskId: number, periodId: number) => `entry:${taskId}:${periodId}`

/**
 * Writes an event in the transaction of the change it tells of (the outbox), and in the same
 * statement one delivery for each of the city's active webhooks that follow its type: an event
 * is delivered to a subscription once, whichever instance sends it. Returns the event, or
 * undefined when its dedupe key was written before.
 */
export async function emitEvent(trx: Transaction<Database>, event: NewEvent): Promise<EventRow | undefined> {
  const { rows } = await sql<EventRow>`
    with e as (
      insert into events (city_code, type, subject, data, dedupe_key)
      values (${event.cityCode}, ${event.type}, ${event.subject}, ${JSON.stringify(event.data)}::jsonb, ${event.dedupeKey ?? null})
      on conflict (city_code, dedupe_key) where dedupe_key is not null do nothing
      returning *
    ), d as (
      insert into webhook_deliveries (city_code, webhook_id, event_id)
      select w.city_code, w.id, e.id from webhooks w join e on w.city_code = e.city_code
      where w.city_code = ${event.cityCode} and w.active and e.type = any (w.events)
    )
    select * from e
  `.execute(trx)
  return rows[0]
}
