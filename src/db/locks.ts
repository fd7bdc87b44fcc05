import { sql, type Transaction } from 'kysely'
import type { Database } from './database.js'

/**
 * One import at a time per city and year, a published report's or a lead unit's return
 * sheet: two imports of one document cannot both create a task or an entry. Held until commit.
 */
export async function lockImportsOfYear(trx: Transaction<Database>, cityCode: string, year: number) {
  await sql`select pg_advisory_xact_lock(hashtext(${`duban:import:${cityCode}:${year}`}))`.execute(trx)
}
