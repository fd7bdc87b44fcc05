import { mkdirSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { CamelCasePlugin, Kysely, PGliteDialect, PostgresDialect } from 'kysely'
import pg from 'pg'
import type { Database } from './database.js'

const INT8 = 20
const JSON_OID = 114
const DATE = 1082
const TIMESTAMPTZ = 1184
const JSONB = 3802

// bigint ids and counts fit in a JS number for any realistic table size; dates stay
// 'YYYY-MM-DD' strings so no time zone ever shifts them; times become RFC 3339 UTC; json
// and jsonb arrive parsed from either driver (both do so by default: said here so that no
// caller has to check for a string).
const parseTimestamp = pg.types.getTypeParser(TIMESTAMPTZ)
const parsers = {
  [INT8]: (value: string) => Number(value),
  [JSON_OID]: (value: string) => JSON.parse(value) as unknown,
  [DATE]: (value: string) => value,
  [TIMESTAMPTZ]: (value: string) => (parseTimestamp(value) as Date).toISOString(),
  [JSONB]: (value: string) => JSON.parse(value) as unknown,
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

export interface PoolOptions {
  /** Connections to the server (default 10). */
  max?: number
  /** Connecting, and waiting for a free connection when all are busy (default 2000 ms). */
  connectionTimeoutMillis?: number
  /** A statement running longer is cancelled by the server (default 5000 ms; 0: no limit, as for each timeout here). */
  statementTimeoutMillis?: number
  /** A statement waiting longer for a row lock gives up (default 2000 ms). */
  lockTimeoutMillis?: number
  /** A transaction left idle longer is ended by the server (default 10000 ms). */
  idleInTransactionTimeoutMillis?: number
  /** Called with each error a connection reports on its own (its server went away). */
  onConnectionError?: (error: Error) => void
}

export const poolDefaults = {
  max: 10,
  connectionTimeoutMillis: 2000,
  statementTimeoutMillis: 5000,
  lockTimeoutMillis: 2000,
  idleInTransactionTimeoutMillis: 10_000,
} as const

/**
 * The pool as Kysely sees it. A query that timed out on the client side (the server stopped
 * answering) leaves its connection in an unknown state: that connection is discarded when it
 * is released rather than handed to the next request.
 */
function discardingTimedOut(pool: pg.Pool) {
  const timedOut = new WeakSet<pg.PoolClient>()
  const views = new WeakMap<pg.PoolClient, { query: pg.PoolClient['query'], release: (discard?: boolean) => void, processID?: number }>()
  return {
    options: pool.options,
    Client: pg.Client,
    end: () => pool.end(),
    async connect() {
      const client = await pool.connect()
      let view = views.get(client)
      if (!view) {
        view = {
          query: (async (...args: Parameters<pg.PoolClient['query']>) => {
            try {
              return await (client.query as (...a: unknown[]) => Promise<unknown>)(...args)
            } catch (error) {
              if ((error as Error).message === 'Query read timeout') {
                // The socket goes too: a rollback queued behind the unanswered query would wait as long again.
                timedOut.add(client)
                ;(client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy()
              }
              throw error
            }
          }) as pg.PoolClient['query'],
          release: (discard?: boolean) => client.release(discard || timedOut.has(client) ? true : undefined),
        }
        Object.defineProperty(view, 'processID', { get: () => (client as unknown as { processID?: number }).processID })
        views.set(client, view)
      }
      return view
    },
  }
}

export function openDatabase(target: DatabaseTarget, options: PoolOptions = {}): DatabaseHandle {
  if ('url' in target) {
    const settings = { ...poolDefaults, ...options }
    const pool = new pg.Pool({
      connectionString: target.url,
      max: settings.max,
      connectionTimeoutMillis: settings.connectionTimeoutMillis,
      statement_timeout: settings.statementTimeoutMillis,
      lock_timeout: settings.lockTimeoutMillis,
      idle_in_transaction_session_timeout: settings.idleInTransactionTimeoutMillis,
      // The client gives up a little after the server would have: a server that stopped
      // answering (frozen, a dead network path) cannot hold a request longer than this.
      query_timeout: settings.statementTimeoutMillis > 0 ? settings.statementTimeoutMillis + 1000 : undefined,
      keepAlive: true,
    })
    const reported = options.onConnectionError ?? (() => {})
    // A connection whose server goes away reports it as an 'error' event, idle or checked out:
    // unheard, that event would end the process. The query it was running (if any) fails on
    // its own and the pool drops the connection when it is released.
    // (An idle connection's error reaches the pool's 'error' too: reported once, from the connection.)
    pool.on('error', () => {})
    pool.on('connect', (client) => client.on('error', reported))
    return {
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool: discardingTimedOut(pool) as unknown as pg.Pool }), plugins: [camelCase()] }),
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
