import { mkdirSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { CamelCasePlugin, Kysely, PGliteDialect, PostgresDialect } from 'kysely'
import pg from 'pg'
import type { Database } from './database.js'

const INT8 = 20
const DATE = 1082
const TIMESTAMPTZ = 1184

// bigint ids and counts fit in a JS number for any realistic table size; dates stay
// 'YYYY-MM-DD' strings so no time zone ever shifts them; times become RFC 3339 UTC.
const parseTimestamp = pg.types.getTypeParser(TIMESTAMPTZ)
const parsers = {
  [INT8]: (value: string) => Number(value),
  [DATE]: (value: string) => value,
  [TIMESTAMPTZ]: (value: string) => (parseTimestamp(value) as Date).toISOString(),
}
for (const [oid, parse] of Object.entries(parsers)) pg.types.setTypeParser(Number(oid), parse)

// Column names are snake_case in SQL and camelCase in TypeScript. Keys inside jsonb values
// were written from TypeScript objects and are camelCase already: left as they are.
const camelCase = () => new CamelCasePlugin({ maintainNestedObjectKeys: true })

export type DatabaseTarget = { url: string } | { dataDir: string } | { memory: true }

/** The server DATABASE_URL names, else the embedded database in DATA_DIR. */
export const databaseTarget = (config: { DATABASE_URL?: string, DATA_DIR: string }): DatabaseTarget =>
  config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.DATA_DIR }

export interface DatabaseHandle {
  db: Kysely<Database>
  kind: 'postgres' | 'pglite'
  /** Connection pool figures for /metrics. */
  poolStats(): { total: number, idle: number, waiting: number }
}

export interface PoolOptions { max?: number, connectionTimeoutMillis?: number }

export function openDatabase(target: DatabaseTarget, options: PoolOptions = {}): DatabaseHandle {
  if ('url' in target) {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: options.max ?? 10,
      connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5000,
    })
    // An idle client losing its server must not crash the process; the next query reports it.
    pool.on('error', () => {})
    return {
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [camelCase()] }),
      kind: 'postgres',
      poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    }
  }
  const dataDir = 'dataDir' in target ? target.dataDir : undefined
  if (dataDir) mkdirSync(dataDir, { recursive: true })
  // Started on the first query, so building the app (e.g. to print the OpenAPI document) costs nothing.
  const pglite = () => new PGlite({ dataDir, parsers })
  return {
    db: new Kysely<Database>({ dialect: new PGliteDialect({ pglite }), plugins: [camelCase()] }),
    kind: 'pglite',
    poolStats: () => ({ total: 1, idle: 1, waiting: 0 }),
  }
}
