import type { EventType } from '../../shared/values.js'
import type { Db } from '../../db/database.js'
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
