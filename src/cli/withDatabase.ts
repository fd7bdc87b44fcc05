import type { Kysely } from 'kysely'
import { ConfigError, databaseOptionsFrom, loadConfig } from '../config.js'
import { databaseTarget, openDatabase } from '../db/connect.js'
import { lockDataDirOrExit, ownerOnly } from '../db/dataDirLock.js'
import type { Database } from '../db/database.js'
import { migrateToLatest } from '../db/migrate.js'
import { DomainError } from '../shared/errors.js'

/**
 * Runs a command against the configured database, migrated first unless told not to, and exits: 0 when it
 * succeeds, 1 with one line saying why when it fails. The database is closed either way. The embedded
 * database is locked first: while another process (the server) has it open, the command stops at once.
 */
export async function withDatabase(what: string, command: (db: Kysely<Database>) => Promise<void>, opts = { migrate: true }): Promise<never> {
  let config
  try {
    config = loadConfig()
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(`${what} failed: invalid configuration: ${error.message}`)
    process.exit(1)
  }
  const target = databaseTarget(config)
  // The embedded database opens in one process at a time: a second one stops here, before PGlite touches the folder.
  const lock = lockDataDirOrExit(target)
  // A command-line tool is no request: a migration may rightly run longer than any request may.
  const database = openDatabase(target, { ...databaseOptionsFrom(config), statementTimeoutMillis: 0, lockTimeoutMillis: 0, idleInTransactionTimeoutMillis: 0 })
  let exitCode = 0
  try {
    if (opts.migrate) await migrateToLatest(database.db)
    await command(database.db)
  } catch (error) {
    const reason = error instanceof DomainError ? `${error.code}: ${error.detail}` : error instanceof Error ? error.message : String(error)
    console.error(`${what} failed: ${reason}`)
    exitCode = 1
  } finally {
    await database.db.destroy()
    if ('dataDir' in target) ownerOnly(target.dataDir)
    lock?.release()
  }
  process.exit(exitCode)
}
