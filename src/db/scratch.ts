import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { type DatabaseHandle, openDatabase, type PoolOptions } from './connect.js'
import { migrateToLatest } from './migrate.js'

/**
 * A migrated database of its own for a test file or a benchmark: a new database on the
 * server at `serverUrl` (dropped by `drop`; `url` names it), or an in-memory embedded one without it.
 */
export async function openScratchDatabase(serverUrl: string | undefined, poolSize = 20, options: Pick<PoolOptions, 'onStatement' | 'statementTimeoutMillis' | 'plugins'> = {}): Promise<{ database: DatabaseHandle, drop: () => Promise<void>, url?: string }> {
  if (!serverUrl) {
    const database = openDatabase({ memory: true }, options)
    await migrateToLatest(database.db)
    return { database, drop: () => database.db.destroy() }
  }
  const name = `duban_scratch_${randomBytes(6).toString('hex')}`
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl })
    await client.connect()
    try {
      await client.query(statement)
    } finally {
      await client.end()
    }
  }
  // On a Citus cluster (docs/scale.md) a worker refuses to drop a database while a session the
  // coordinator opened there is still closing (55006, in use), which the coordinator's FORCE
  // does not reach: the drop is tried again while that lasts, for 10 s at most.
  const dropDatabase = async () => {
    const deadline = Date.now() + 10_000
    for (;;) {
      try {
        return await admin(`drop database if exists ${name} with (force)`)
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || Date.now() > deadline) throw error
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
  }
  await admin(`create database ${name}`)
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  // Migrated without the request timeouts, as the server migrates.
  const migrating = openDatabase({ url: url.toString() }, { max: 1, statementTimeoutMillis: 0, lockTimeoutMillis: 0, idleInTransactionTimeoutMillis: 0 })
  try {
    await migrateToLatest(migrating.db)
  } finally {
    await migrating.db.destroy()
  }
  const database = openDatabase({ url: url.toString() }, { max: poolSize, ...options })
  return {
    database,
    url: url.toString(),
    drop: async () => {
      await database.db.destroy()
      await dropDatabase()
    },
  }
}
