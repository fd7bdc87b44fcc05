import type { Kysely } from 'kysely'
import { loadConfig } from '../config.js'
import { databaseTarget, openDatabase } from '../db/connect.js'
import type { Database } from '../db/database.js'
import { migrateToLatest } from '../db/migrate.js'
import { Problem } from '../http/problem.js'

/**
 * Runs a command against the configured database, migrated first unless told not to, and exits: 0 when it
 * succeeds, 1 with one line saying why when it fails. The database is closed either way.
 */
export async function withDatabase(what: string, command: (db: Kysely<Database>) => Promise<void>, opts = { migrate: true }): Promise<never> {
  const database = openDatabase(databaseTarget(loadConfig()))
  let exitCode = 0
  try {
    if (opts.migrate) await migrateToLatest(database.db)
    await command(database.db)
  } catch (error) {
    const reason = error instanceof Problem ? `${error.code}: ${error.detail}` : error instanceof Error ? error.message : String(error)
    console.error(`${what} failed: ${reason}`)
    exitCode = 1
  } finally {
    await database.db.destroy()
  }
  process.exit(exitCode)
}
