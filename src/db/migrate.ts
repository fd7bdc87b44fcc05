import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { type Kysely, type Migration, type MigrationProvider, type MigrationResultSet, Migrator } from 'kysely'

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
  const { error, results } = await migrator(db).migrateToLatest()
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${String(error)}`, { cause: error })
  }
  return results
}

/** True when every migration this build knows has been applied. */
export async function migrationsCurrent(db: Kysely<any>): Promise<boolean> {
  const migrations = await migrator(db).getMigrations()
  return migrations.every((migration) => migration.executedAt !== undefined)
}
