import type { Db } from '../../db/database.js'
import { afterCursor, type PageQuery } from '../../db/page.js'
import { Gone } from '../../shared/errors.js'
import type { EventType } from '../../shared/values.js'
import { eventHorizon, listEvents as listEventRows } from './events.repository.js'

export { deleteOldEvents } from './events.repository.js'

/**
 * A city's events, oldest first, after the cursor. A cursor older than what retention removed
 * would skip events without a word: it is refused, and the follower reads again from the start.
 */
export async function listEvents(db: Db, cityCode: string, query: PageQuery & { type?: EventType, subject?: string }) {
  const after = afterCursor<[number]>(query.cursor, ['number'])
  if (after !== undefined) {
    const removedThrough = await eventHorizon(db, cityCode)
    if (removedThrough !== undefined && after[0] < removedThrough) {
      throw new Gone('events_removed', `the events after this cursor, up to ${removedThrough}, were removed (EVENT_RETENTION_DAYS): ` +
        'read the feed again from its start, without a cursor')
    }
  }
  return listEventRows(db, cityCode, query)
}
