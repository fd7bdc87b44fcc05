import { type Kysely, sql } from 'kysely'
import type { EventType } from '../../shared/values.js'
import type { Database, Db } from '../../db/database.js'
import { afterCursor, type PageQuery, pageOf } from '../../db/page.js'

/** A city's events, oldest first: a follower that cannot take webhooks reads on from the last id it saw. */
export async function listEvents(db: Db, cityCode: string, query: PageQuery & { type?: EventType, subject?: string }) {
  const { limit, cursor, type, subject } = query
  const after = afterCursor<[number]>(cursor, ['number'])
  const rows = await db.selectFrom('events').selectAll()
    .where('cityCode', '=', cityCode)
    .$if(type !== undefined, (qb) => qb.where('type', '=', type!))
    .$if(subject !== undefined, (qb) => qb.where('subject', '=', subject!))
    .$if(after !== undefined, (qb) => qb.where('id', '>', after![0]))
    .orderBy('id').limit(limit + 1).execute()
  return pageOf(rows, limit, (event) => [event.id])
}

/** The last event id removed from the city's feed, if any was. */
export async function eventHorizon(db: Db, cityCode: string): Promise<number | undefined> {
  const row = await db.selectFrom('eventHorizons').select('removedThrough').where('cityCode', '=', cityCode).executeTakeFirst()
  return row === undefined ? undefined : Number(row.removedThrough)
}

/**
 * Removes up to `limit` events created before `before` that no pending delivery still waits to
 * send (their settled deliveries go with them), and moves each city's horizon on to the last id
 * removed; returns how many went.
 */
export async function deleteOldEvents(db: Kysely<Database>, before: Date, limit: number): Promise<number> {
  // One city a statement, on the one node that holds it on Citus (docs/scale.md).
  const cities = await db.selectFrom('events').select('cityCode').where('createdAt', '<', before.toISOString()).groupBy('cityCode').orderBy('cityCode').execute()
  let removed = 0
  for (const { cityCode } of cities) {
    if (removed >= limit) break
    removed += await deleteOldEventsOfCity(db, cityCode, before, limit - removed)
  }
  return removed
}

async function deleteOldEventsOfCity(db: Kysely<Database>, cityCode: string, before: Date, limit: number): Promise<number> {
  const { rows } = await sql<{ removed: number }>`
    with gone as (
      delete from events where city_code = ${cityCode} and id in (
        select e.id from events e
        where e.city_code = ${cityCode} and e.created_at < ${before} and not exists (
          select 1 from webhook_deliveries d where d.city_code = ${cityCode} and d.event_id = e.id and d.state = 'pending'
        )
        limit ${limit}
      )
      returning city_code, id
    ), horizon as (
      insert into event_horizons (city_code, removed_through)
      select ${cityCode}, max(id) from gone having count(*) > 0
      on conflict (city_code) do update set removed_through = greatest(event_horizons.removed_through, excluded.removed_through)
    )
    select count(*)::int as removed from gone
  `.execute(db)
  return rows[0]!.removed
}
