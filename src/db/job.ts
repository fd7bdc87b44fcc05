import type { Kysely } from 'kysely'
import type { Database } from './database.js'

/**
 * Work the service does on its own, not for a request: the reminder schedule and the webhook
 * deliveries. Each job reads what is due from the database and claims it there (a unique slot,
 * a lease), so any number of instances can run them and each piece of work is done once;
 * nothing is held only in memory, so a restart loses nothing.
 */
export interface Job {
  name: string
  /** Does what is due at `now`; returns how much it did (more than nothing: run again at once). */
  run: (db: Kysely<Database>, now: Date) => Promise<number>
  /**
   * A job whose run starts work that goes on without holding the worker's round (the webhook
   * deliveries' lanes): waits until that work has ended, and says how much it did since the
   * last time it was asked.
   */
  settle?: () => Promise<number>
  /** The instance stops: start nothing more, let what is under way end, then settle. */
  stop?: () => Promise<void>
}
