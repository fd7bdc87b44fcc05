import type { Kysely } from 'kysely'
import type { Database } from './database.js'
import type { Job } from './job.js'

const DAY = 86_400_000
/** How often an instance looks for rows past their days, and how many it removes a statement. */
const SWEEP_EVERY_MS = 3600_000
const CHUNK = 5000

/**
 * Keeps what `remove` removes to `days` days (0: for ever): once an hour an instance removes
 * what is older, a chunk a statement; a full chunk runs the job again at once (the worker yields
 * between rounds), so a long-neglected table is emptied without one long statement.
 */
export function retentionJob(name: string, days: number,
  remove: (db: Kysely<Database>, before: Date, limit: number) => Promise<number>): Job {
  let sweptAt = -Infinity
  return {
    name,
    async run(db, now) {
      if (days <= 0 || now.getTime() - sweptAt < SWEEP_EVERY_MS) return 0
      const removed = await remove(db, new Date(now.getTime() - days * DAY), CHUNK)
      if (removed < CHUNK) sweptAt = now.getTime()
      return removed
    },
  }
}
