import { sql } from 'kysely'
import type { Db } from '../../db/database.js'

/** The cheapest statement the database answers: whether it is there at all. */
export async function ping(db: Db) {
  await sql`select 1`.execute(db)
}
