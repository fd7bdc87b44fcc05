import { type RawBuilder, sql, type Transaction } from 'kysely'
import type { EventType } from '../shared/values.js'
import type { Database, Db, EventRow } from './database.js'
import { type Actor, timeOf } from './audit.js'
import { chunks } from './write.js'

export type NewEvent = {
  cityCode: string
  type: EventType
  /** What it is about: entries of one subject are delivered in the order they were written. */
  subject: string
  data: Record<string, unknown>
  /** Set for an event that must be written once only: a second with the same key is dropped. */
  dedupeKey?: string
}

/** One row, produced once the city's feed is locked for this transaction (ids are numbered after it). */
const feedLock = (cityCode: string) => sql`(select pg_advisory_xact_lock(hashtext(${`duban:events:${cityCode}`}))) as feed_lock`

type CityEvent = Omit<NewEvent, 'cityCode' | 'dedupeKey'>

/**
 * The queries of a WITH that write events of one city in the order given, numbered under its
 * feed lock and named by the city (`e`: their ids and types), when `when` holds.
 */
const eventsInOrder = (cityCode: string, events: CityEvent[], at: string, when?: RawBuilder<unknown>) => sql`v as (
        select * from jsonb_to_recordset(${JSON.stringify(events.map((event, i) => ({ ...event, i })))}::jsonb)
          as v (i int, type text, subject text, data jsonb)
      ), e as (
        insert into events (city_code, type, subject, data, created_at)
        select ${cityCode}, v.type, v.subject, v.data || jsonb_build_object('cityName', (select c.name from cities c where c.code = ${cityCode})), ${at}::timestamptz
        from v cross join ${feedLock(cityCode)} ${when ? sql`where ${when}` : sql``} order by v.i
        returning id, type
      )`

/** The deliveries of those events (`e`): one for each of the city's active webhooks that follows its type. */
const deliveriesOf = (cityCode: string, at: string) => sql`insert into webhook_deliveries (city_code, webhook_id, event_id, next_attempt_at)
      select w.city_code, w.id, e.id, ${at}::timestamptz from webhooks w join e on e.type = any (w.events)
      where w.city_code = ${cityCode} and w.active`

/** The transactions that wrote a delivery of an event: once one commits, the worker is woken to send it (http/write.ts). */
const emitting = new WeakSet<object>()
/** Whether the transaction wrote a delivery for the worker to send. */
export const wroteEvents = (trx: object) => emitting.has(trx)

/** The subject of an entry's events. */
export const entrySubject = (taskId: number, periodId: number) => `entry:${taskId}:${periodId}`

/**
 * Writes an event in the transaction of the change it tells of (the outbox), and in the same
 * statement one delivery for each of the city's active webhooks that follow its type: an event
 * is delivered to a subscription once, whichever instance sends it. Returns the event, or
 * undefined when its dedupe key was written before.
 *
 * A city's events are numbered in the order their transactions commit: the event is numbered
 * under a lock of the city's feed held until commit (feedLock), so no transaction can commit a
 * lower id after a follower has read a higher one, and GET …/events read on from a cursor skips
 * nothing. A city's writes already commit one after another (its revision), so this costs them
 * only the stretch from their first event to their commit.
 */
export async function emitEvent(trx: Transaction<Database>, actor: Actor, event: NewEvent): Promise<EventRow | undefined> {
  // Stamped with the actor's time (the app's clock), and named by its city, so that a follower
  // (or a group chat) reads where and when without another request.
  const at = timeOf(actor).toISOString()
  const { rows } = await sql<EventRow & { deliveries: number }>`
    with e as (
      insert into events (city_code, type, subject, data, dedupe_key, created_at)
      select ${event.cityCode}, ${event.type}, ${event.subject},
        ${JSON.stringify(event.data)}::jsonb || jsonb_build_object('cityName', (select c.name from cities c where c.code = ${event.cityCode})),
        ${event.dedupeKey ?? null}, ${at}::timestamptz
      from ${feedLock(event.cityCode)}
      on conflict (city_code, dedupe_key) where dedupe_key is not null do nothing
      returning *
    ), d as (
      insert into webhook_deliveries (city_code, webhook_id, event_id, next_attempt_at)
      select w.city_code, w.id, e.id, ${at}::timestamptz from webhooks w join e on w.city_code = e.city_code
      where w.city_code = ${event.cityCode} and w.active and e.type = any (w.events)
      returning 1
    )
    select e.*, (select count(*) from d)::int as deliveries from e
  `.execute(trx)
  if (!rows[0]) return undefined
  const { deliveries, ...row } = rows[0]
  if (deliveries > 0) emitting.add(trx)
  return row as EventRow
}

/**
 * A write that is one statement of its own, outside a transaction, with its audit rows and its
 * events: `change` is the head of the statement's WITH, whose last query, named `changed`,
 * returns the rows written; the audit rows (auditInsert with `only`) and the events, with their
 * deliveries, are written in the same statement, and only when `changed` wrote a row. The event
 * is numbered under the city's feed lock, which its commit (the statement's end) lets go.
 * Returns the rows written (none: the write's condition did not hold) and whether a delivery
 * was made, for the worker to be woken.
 */
export async function writeWithEvents<R>(db: Db, actor: Actor, cityCode: string, change: RawBuilder<unknown>, events: CityEvent[],
  audits: RawBuilder<unknown>): Promise<{ rows: R[], delivered: boolean }> {
  const at = timeOf(actor).toISOString()
  const { rows } = await sql<R & { delivered: number }>`
    with ${change},
    audit as (${audits}),
    ${eventsInOrder(cityCode, events, at, sql`exists (select from changed)`)},
    d as (${deliveriesOf(cityCode, at)} returning 1)
    select changed.*, (select count(*) from d)::int as delivered from changed
  `.execute(db)
  return { rows: rows.map(({ delivered: _, ...row }) => row as unknown as R), delivered: rows.some((row) => row.delivered > 0) }
}

/**
 * Writes many events of one city at once, in the order given (their ids in that order), each
 * with its deliveries: what a command that writes many rows (an import) tells, in one
 * statement a chunk rather than one an event. None here has a dedupe key.
 */
export async function emitEvents(trx: Transaction<Database>, actor: Actor, cityCode: string, events: CityEvent[],
  alsoInsert?: RawBuilder<unknown>) {
  const at = timeOf(actor).toISOString()
  // A further INSERT of the same transaction (the writes' audit rows: auditInsert) rides with the first batch, or goes alone.
  if (events.length === 0) {
    if (alsoInsert) await sql`${alsoInsert}`.execute(trx)
    return
  }
  let also = alsoInsert ? sql`also as (${alsoInsert}),` : sql``
  for (const batch of chunks(events)) {
    const first = also
    also = sql``
    const written = await sql`with ${first} ${eventsInOrder(cityCode, batch, at)} ${deliveriesOf(cityCode, at)}`.execute(trx)
    if (Number(written.numAffectedRows ?? 0) > 0) emitting.add(trx)
  }
}
