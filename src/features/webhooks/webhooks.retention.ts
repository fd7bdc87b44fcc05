import type { Job } from '../../db/job.js'
import { deleteSettledDeliveries } from './webhooks.repository.js'

const DAY = 86_400_000
/** How often an instance looks for settled deliveries past their time, and how many it removes a statement. */
const SWEEP_EVERY_MS = 3600_000
const CHUNK = 5000

/**
 * Keeps the delivery log to `days` days (WEBHOOK_DELIVERY_LOG_DAYS; 0 keeps it for ever): once an
 * hour an instance removes the deliveries delivered or given up before then, a chunk a statement,
 * so the table the worker reads holds what is pending and what is recent. The events themselves
 * stay: they are the feed a follower reads on from (GET …/events) and the deliveries' subject.
 */
export function deliveryRetention(days: number): Job {
  let sweptAt = -Infinity
  return {
    name: 'deliveryRetention',
    async run(db, now) {
      if (days <= 0 || now.getTime() - sweptAt < SWEEP_EVERY_MS) return 0
      const removed = await deleteSettledDeliveries(db, new Date(now.getTime() - days * DAY), CHUNK)
      // A full chunk: more may wait, and the worker runs the job again at once (yielding between rounds).
      if (removed < CHUNK) sweptAt = now.getTime()
      return removed
    },
  }
}
