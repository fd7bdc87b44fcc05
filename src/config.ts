import path from 'node:path'
import Type, { type Static } from 'typebox'
import { Value } from 'typebox/value'
import type { AppOptions } from './app.js'
import type { PoolOptions } from './db/connect.js'
import { parseNetworks } from './features/webhooks/webhooks.receivers.js'

export const ConfigSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.String({ minLength: 1, default: '0.0.0.0' }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  DATA_DIR: Type.String({ minLength: 1, default: './data' }),
  /** The embedded database's shared buffers (PostgreSQL's shared_buffers): its page cache, most of what it holds in memory. */
  EMBEDDED_SHARED_BUFFERS: Type.String({ pattern: '^[1-9][0-9]*(kB|MB|GB)$', default: '32MB' }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info' }),
  /** Let GET requests under /v1 through without an API key. */
  ALLOW_ANONYMOUS_READS: Type.Boolean({ default: false }),
  /** When set, /metrics wants Authorization: Bearer <this token>. */
  METRICS_TOKEN: Type.Optional(Type.String({ minLength: 16 })),
  /** Origins allowed to call from a browser, comma-separated; empty: none. */
  CORS_ORIGINS: Type.String({ default: '' }),
  /**
   * Which proxies in front of the service are believed about the client (X-Forwarded-For) and
   * the scheme (X-Forwarded-Proto): `true` (any), a number of hops, or addresses and CIDR ranges,
   * comma-separated. Empty: none, so a request is HTTPS only when its own socket is TLS.
   */
  TRUST_PROXY: Type.String({ default: '' }),
  /** Requests a minute per API key (per address without one). */
  RATE_LIMIT_PER_MINUTE: Type.Integer({ minimum: 1, default: 1200 }),
  /** Connections to PostgreSQL (DATABASE_URL); the embedded database has one. */
  DB_POOL_SIZE: Type.Integer({ minimum: 1, maximum: 1000, default: 10 }),
  /** Connecting, and waiting for a free pool connection when all are busy. */
  DB_CONNECT_TIMEOUT_MS: Type.Integer({ minimum: 1, default: 2000 }),
  /** A statement running longer is cancelled. */
  DB_STATEMENT_TIMEOUT_MS: Type.Integer({ minimum: 1, default: 5000 }),
  /** A statement waiting longer for a lock gives up. */
  DB_LOCK_TIMEOUT_MS: Type.Integer({ minimum: 1, default: 2000 }),
  /** A transaction left idle longer is ended by the server. */
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: Type.Integer({ minimum: 1, default: 10_000 }),
  /** After SIGTERM/SIGINT, exit 1 if requests in flight and the pool have not finished by then. */
  SHUTDOWN_TIMEOUT_MS: Type.Integer({ minimum: 1, default: 10_000 }),
  /** Event-loop delay past which requests under /v1 are shed with 503 (0: not checked). */
  MAX_EVENT_LOOP_DELAY_MS: Type.Integer({ minimum: 0, default: 1000 }),
  /** V8 heap in use past which requests under /v1 are shed with 503 (0: not checked). */
  MAX_HEAP_USED_BYTES: Type.Integer({ minimum: 0, default: 0 }),
  /** Requests under /v1 served at once; one more gets 503 at once (0: no limit). */
  MAX_IN_FLIGHT: Type.Integer({ minimum: 0, default: 64 }),
  /** Period summaries and reports kept in memory, each checked against its city's revision on every read (0: none kept). */
  SUMMARY_CACHE_SIZE: Type.Integer({ minimum: 0, default: 256 }),
  /** What the summaries and reports kept may hold together, in bytes; past it the least recently used go. */
  SUMMARY_CACHE_BYTES: Type.Integer({ minimum: 0, default: 16 * 1024 * 1024 }),
  /** How often the service looks for work of its own: reminders due, webhook deliveries due (0: never; another instance must). */
  WORKER_INTERVAL_MS: Type.Integer({ minimum: 0, default: 1000 }),
  /** A webhook receiver that has not answered by then counts as down for that attempt. */
  WEBHOOK_TIMEOUT_MS: Type.Integer({ minimum: 1, default: 10_000 }),
  /**
   * Networks webhook and robot deliveries may reach besides public addresses, comma-separated
   * (10.0.0.0/8, 192.168.1.20, fd00::/8). Empty: public addresses only; loopback, private,
   * link-local and metadata addresses are refused.
   */
  WEBHOOK_ALLOWED_NETWORKS: Type.String({ default: '' }),
  /** Subscriptions one instance sends to at once; each sends its own deliveries in order, so a slow receiver holds only its own. */
  WEBHOOK_CONCURRENCY: Type.Integer({ minimum: 1, maximum: 256, default: 32 }),
  /** Days a delivery stays in the delivery log once delivered or given up (0: for ever); the events follow EVENT_RETENTION_DAYS. */
  WEBHOOK_DELIVERY_LOG_DAYS: Type.Integer({ minimum: 0, default: 30 }),
  /**
   * Days the event feed keeps an event (0: for ever). An event a delivery still waits to send stays;
   * a follower whose cursor is older than what was removed gets 410 events_removed.
   */
  EVENT_RETENTION_DAYS: Type.Integer({ minimum: 0, default: 0 }),
  /** The first retry of a failed delivery waits this long; each next one twice as long, at most an hour. */
  WEBHOOK_RETRY_BASE_MS: Type.Integer({ minimum: 1, default: 10_000 }),
  /** A delivery that has failed for this long is given up (it can still be redelivered by hand). */
  WEBHOOK_RETRY_FOR_MS: Type.Integer({ minimum: 1, default: 26 * 3600_000 }),
  /**
   * Where the server writes the first admin key it creates on a database without any key.
   * Default: `<DATA_DIR>/admin-key` for the embedded database, `./admin-key` with DATABASE_URL.
   */
  FIRST_ADMIN_KEY_FILE: Type.Optional(Type.String({ minLength: 1 })),
})

export type Config = Static<typeof ConfigSchema>

export class ConfigError extends Error {}

/** Reads the environment once; an empty variable counts as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw: Record<string, unknown> = {}
  for (const key of Object.keys(ConfigSchema.properties)) {
    const value = env[key]
    if (value !== undefined && value !== '') raw[key] = value
  }
  const config = Value.Convert(ConfigSchema, Value.Default(ConfigSchema, raw))
  const [error] = Value.Errors(ConfigSchema, config)
  if (error) {
    const name = error.instancePath.replace(/^\//, '')
    throw new ConfigError(`${name}: ${error.message} (got ${JSON.stringify(raw[name])})`)
  }
  try {
    parseNetworks((config as Config).WEBHOOK_ALLOWED_NETWORKS)
  } catch (reason) {
    throw new ConfigError(`WEBHOOK_ALLOWED_NETWORKS: ${(reason as Error).message}`)
  }
  return config as Config
}

/** The pool settings for openDatabase(); the server and every CLI tool use these. */
export function databaseOptionsFrom(config: Config): PoolOptions {
  return {
    max: config.DB_POOL_SIZE,
    connectionTimeoutMillis: config.DB_CONNECT_TIMEOUT_MS,
    statementTimeoutMillis: config.DB_STATEMENT_TIMEOUT_MS,
    lockTimeoutMillis: config.DB_LOCK_TIMEOUT_MS,
    idleInTransactionTimeoutMillis: config.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    embeddedSharedBuffers: config.EMBEDDED_SHARED_BUFFERS,
  }
}

/** TRUST_PROXY as Fastify's trustProxy: true, a hop count, or a list of addresses and ranges. */
export function trustProxyOf(value: string): boolean | string[] | ((address: string, hop: number) => boolean) {
  const text = value.trim()
  if (text === '' || text === 'false') return false
  if (text === 'true') return true
  if (/^\d+$/.test(text)) {
    const hops = Number(text)
    return (_address, hop) => hop < hops
  }
  return text.split(',').map((part) => part.trim()).filter((part) => part !== '')
}

/** buildApp()'s options from the configuration, all but the database. */
export function appOptionsFrom(config: Config): Omit<AppOptions, 'database'> {
  return {
    logger: { level: config.LOG_LEVEL },
    trustProxy: trustProxyOf(config.TRUST_PROXY),
    auth: { anonymousReads: config.ALLOW_ANONYMOUS_READS, metricsToken: config.METRICS_TOKEN },
    edges: {
      corsOrigins: config.CORS_ORIGINS.split(',').map((origin) => origin.trim()).filter((origin) => origin !== ''),
      rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    },
    summaryCacheSize: config.SUMMARY_CACHE_SIZE,
    summaryCacheBytes: config.SUMMARY_CACHE_BYTES,
    worker: {
      intervalMs: config.WORKER_INTERVAL_MS,
      webhooks: {
        timeoutMs: config.WEBHOOK_TIMEOUT_MS, concurrency: config.WEBHOOK_CONCURRENCY, retryBaseMs: config.WEBHOOK_RETRY_BASE_MS, retryForMs: config.WEBHOOK_RETRY_FOR_MS,
        allowedNetworks: parseNetworks(config.WEBHOOK_ALLOWED_NETWORKS),
      },
      deliveryLogDays: config.WEBHOOK_DELIVERY_LOG_DAYS,
      eventDays: config.EVENT_RETENTION_DAYS,
    },
    pressure: {
      maxEventLoopDelayMs: config.MAX_EVENT_LOOP_DELAY_MS,
      maxHeapUsedBytes: config.MAX_HEAP_USED_BYTES,
      maxInFlight: config.MAX_IN_FLIGHT,
    },
  }
}

/** The file the first admin key is written to (see FIRST_ADMIN_KEY_FILE). */
export const firstAdminKeyFile = (config: Config): string =>
  config.FIRST_ADMIN_KEY_FILE ?? (config.DATABASE_URL ? './admin-key' : path.join(config.DATA_DIR, 'admin-key'))
