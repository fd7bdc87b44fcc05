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
  const admin = async <R extends pg.QueryResultRow>(statement: string, values: unknown[] = []) => {
    const client = new pg.Client({ connectionString: serverUrl })
    await client.connect()
    try {
      return (await client.query<R>(statement, values)).rows
    } finally {
      await client.end()
    }
  }
  // On a Citus cluster (docs/scale.md) the sessions a coordinator's session opened on the workers
  // end a moment after it does, and a worker will not drop a database one is still in: the drop
  // waits until the cluster shows none (at most 10 s, then tries anyway).
  const workersLeft = async () => {
    const [citus] = await admin<{ on: boolean }>(`select to_regclass('citus_stat_activity') is not null as on`)
    if (!citus!.on) return
    for (let looks = 0; looks < 1000; looks++) {
      const [left] = await admin<{ n: number }>('select count(*)::int as n from citus_stat_activity where datname = $1', [name])
      if (left!.n === 0) return
      await new Promise((resolve) => setTimeout(resolve, 10))
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
      await workersLeft()
      await admin(`drop database if exists ${name} with (force)`)
    },
  }
}
