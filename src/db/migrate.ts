import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { type Kysely, type Migration, type MigrationProvider, type MigrationResultSet, Migrator, sql } from 'kysely'
import { onCitus, placeNewTables } from './citus.js'

// Works from the sources (tests, tsx) and from dist/ alike: migrations sit two folders up.
const migrationsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations')

class FolderMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await readdir(migrationsDir))
      .filter((file) => /^\d{4}_\d{2}_\d{2}_\d{6}_[a-z0-9_]+\.(ts|js)$/.test(file))
    const migrations: Record<string, Migration> = {}
    for (const file of files) {
      migrations[file.replace(/\.(ts|js)$/, '')] = await import(pathToFileURL(path.join(migrationsDir, file)).href)
    }
    return migrations
  }
}

export function migrator(db: Kysely<any>): Migrator {
  return new Migrator({ db, provider: new FolderMigrationProvider() })
}

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet['results']> {
  const { error, results } = await (await onCitus(db) ? migrateOnCitus(db) : migrator(db).migrateToLatest())
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${String(error)}`, { cause: error })
  }
  return results
}

/**
 * Runs `work` on one connection whose DDL reaches the shards one at a time: Citus cannot create
 * a function or a table, or add a key to a reference table, in a transaction that has already
 * touched a distributed table in parallel.
 */
function sequentially<T>(db: Kysely<any>, work: (connection: Kysely<any>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (connection) => {
    await sql`set citus.multi_shard_modify_mode to 'sequential'`.execute(connection)
    return work(connection)
  })
}

/** Places on a Citus coordinator every table not placed yet (a restore's, before their rows). */
export function placeTables(db: Kysely<any>): Promise<string[]> {
  return sequentially(db, placeNewTables)
}

/**
 * On a Citus coordinator the migrations run one at a time, and the tables each creates are
 * placed (distributed by city, or copied to every node) before the next runs, so every later
 * migration runs against the cluster's tables as it will in production.
 */
async function migrateOnCitus(db: Kysely<any>): Promise<MigrationResultSet> {
  return sequentially(db, async (connection) => {
    const results: NonNullable<MigrationResultSet['results']> = []
    for (;;) {
      const step = await migrator(connection).migrateUp()
      results.push(...step.results ?? [])
      if (step.error) return { error: step.error, results }
      await placeNewTables(connection)
      if (!step.results?.length) return { results }
    }
  })
}

/** True when every migration this build knows has been applied. */
export async function migrationsCurrent(db: Kysely<any>): Promise<boolean> {
  const migrations = await migrator(db).getMigrations()
  return migrations.every((migration) => migration.executedAt !== undefined)
}
