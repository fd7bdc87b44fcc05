import { createHash } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import type { PGlite } from '@electric-sql/pglite'
import { CamelCasePlugin, Kysely, type KyselyPlugin, type LogEvent, PostgresDialect } from 'kysely'
import pg from 'pg'
import type { Database } from './database.js'
import { PGliteDialect } from './pgliteDialect.js'

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

/** loadDataDir: a backup to unpack into an empty dataDir first (db/backup.ts). */
export type DatabaseTarget = { url: string } | { dataDir: string, loadDataDir?: Blob } | { memory: true }

/** The server DATABASE_URL names, else the embedded database in DATA_DIR. */
export const databaseTarget = (config: { DATABASE_URL?: string, DATA_DIR: string }): DatabaseTarget =>
  config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.DATA_DIR }

export interface DatabaseHandle {
  db: Kysely<Database>
  kind: 'postgres' | 'pglite'
  /** Connection pool figures for /metrics. */
  poolStats(): { total: number, idle: number, waiting: number }
  /** The embedded database itself (not on a PostgreSQL server): its backup is taken from it (db/backup.ts). */
  pglite?: () => Promise<PGlite>
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
  /** Called with the SQL and parameters of each statement run (the tests check what every request sends). */
  onStatement?: (sql: string, parameters: readonly unknown[], queryId?: object) => void
  /** Plugins besides camelCase (the SQL snapshots find each statement's author with one). */
  plugins?: KyselyPlugin[]
  /** Called with each error a connection reports on its own (its server went away). */
  onConnectionError?: (error: Error) => void
  /** The embedded database's shared_buffers (default 32MB; PostgreSQL's own default of 128MB costs the process ~100 MB more). */
  embeddedSharedBuffers?: string
}

export const poolDefaults = {
  max: 10,
  connectionTimeoutMillis: 2000,
  statementTimeoutMillis: 5000,
  lockTimeoutMillis: 2000,
  idleInTransactionTimeoutMillis: 10_000,
} as const

/** Statements prepared on one connection at most; past it a statement is sent unnamed. */
const MAX_PREPARED = 500
const MAX_PREPARED_TEXT = 10_000

/** A prepared statement's name: the same SQL text has the same name on every connection (remembered, not hashed again). */
const statementNames = new Map<string, string>()
function statementName(text: string) {
  let name = statementNames.get(text)
  if (name === undefined) {
    name = `d${createHash('sha1').update(text).digest('base64url').slice(0, 22)}`
    if (statementNames.size >= 4 * MAX_PREPARED) statementNames.delete(statementNames.keys().next().value!)
    statementNames.set(text, name)
  }
  return name
}

/**
 * The pool as Kysely sees it.
 * - Every statement is sent as a named (prepared) statement, once per connection: PostgreSQL
 *   parses and plans it once rather than on every execution, which costs more than most of
 *   our statements take to run. Kysely compiles the same SQL text for the same query shape,
 *   so a connection holds one per shape (at most MAX_PREPARED; more go unnamed). A statement
 *   whose table changed under it (a migration by another instance: "cached plan must not
 *   change result type") is run again unnamed, and its connection is not reused.
 * - A query that timed out on the client side (the server stopped answering) leaves its
 *   connection in an unknown state: that connection is discarded when it is released rather
 *   than handed to the next request.
 */
function pooled(pool: pg.Pool) {
  const discard = new WeakSet<pg.PoolClient>()
  const views = new WeakMap<pg.PoolClient, { query: pg.PoolClient['query'], release: (discard?: boolean) => void, processID?: number }>()
  return {
    options: pool.options,
    Client: pg.Client,
    end: () => pool.end(),
    async connect() {
      const client = await pool.connect()
      let view = views.get(client)
      if (!view) {
        const send = (...args: unknown[]) => (client.query as (...a: unknown[]) => Promise<unknown>).apply(client, args)
        const names = new Set<string>()
        view = {
          query: (async (text: string, values?: unknown[]) => {
            let name: string | undefined
            if (typeof text === 'string' && text.length <= MAX_PREPARED_TEXT) {
              name = statementName(text)
              if (!names.has(name)) {
                if (names.size < MAX_PREPARED) names.add(name)
                else name = undefined
              }
            }
            try {
              return await (name === undefined ? send(text, values) : send({ name, text, values }))
            } catch (error) {
              const { message, code } = error as { message: string, code?: string }
              if (message === 'Query read timeout') {
                // The socket goes too: a rollback queued behind the unanswered query would wait as long again.
                discard.add(client)
                ;(client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy()
              } else if (code === '0A000' && name !== undefined && /cached plan must not change result type/.test(message)) {
                discard.add(client)
                return send(text, values)
              }
              throw error
            }
          }) as unknown as pg.PoolClient['query'],
          release: (drop?: boolean) => client.release(drop || discard.has(client) ? true : undefined),
        }
        Object.defineProperty(view, 'processID', { get: () => (client as unknown as { processID?: number }).processID })
        views.set(client, view)
      }
      return view
    },
  }
}

/** Kysely's log hook, for onStatement. */
const statementLog = (options: PoolOptions) => options.onStatement && ((event: LogEvent) => {
  if (event.level === 'query') options.onStatement!(event.query.sql, event.query.parameters, event.query.queryId)
})

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
      db: new Kysely<Database>({
        dialect: new PostgresDialect({ pool: pooled(pool) as unknown as pg.Pool }), plugins: [camelCase(), ...(options.plugins ?? [])], log: statementLog(options),
      }),
      kind: 'postgres',
      poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    }
  }
  const dataDir = 'dataDir' in target ? target.dataDir : undefined
  if (dataDir) mkdirSync(dataDir, { recursive: true })
  // Started on the first query, so building the app (e.g. to print the OpenAPI document) costs nothing.
  // btree_gin: the search indexes lead with the city (migrations/2026_12_05_090000_search_documents.ts).
  const loadDataDir = 'loadDataDir' in target ? target.loadDataDir : undefined
  let instance: Promise<PGlite> | undefined
  // PGlite's modules are loaded then too: a server on PostgreSQL never loads them (6 MB).
  const start = async () => {
    const [{ PGlite }, { btree_gin }] = await Promise.all([import('@electric-sql/pglite'), import('@electric-sql/pglite/contrib/btree_gin')])
    // PGlite's own start parameters, with a page cache sized for an office's machine: its
    // WebAssembly heap is most of what the embedded database costs (docs/perf.md, "Memory").
    const startParams = [...PGlite.defaultStartParams, '-c', `shared_buffers=${options.embeddedSharedBuffers ?? '32MB'}`]
    return new PGlite({ dataDir, loadDataDir, parsers, extensions: { btree_gin }, startParams })
  }
  const pglite = () => (instance ??= start())
  return {
    db: new Kysely<Database>({ dialect: new PGliteDialect({ pglite }), plugins: [camelCase(), ...(options.plugins ?? [])], log: statementLog(options) }),
    kind: 'pglite',
    poolStats: () => ({ total: 1, idle: 1, waiting: 0 }),
    pglite,
  }
}
