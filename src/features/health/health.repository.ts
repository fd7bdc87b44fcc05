import { sql } from 'kysely'
import type { Db } from '../../db/database.js'

/** The cheapest statement the database answers: whether it is there at all. */
export async function ping(db: Db) {
  await sql`select 1`.execute(db)
}

/** Whether the database takes writes: not a standby (in recovery), nor read-only by its settings. */
export async function takesWrites(db: Db): Promise<boolean> {
  const { rows } = await sql<{ writable: boolean }>`
    select not (pg_is_in_recovery() or current_setting('transaction_read_only') = 'on') as writable
  `.execute(db)
  return rows[0]!.writable
}
