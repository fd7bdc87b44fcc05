import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'
import type { DatabaseHandle } from '../db/connect.js'
import { deliveryBacklog } from '../features/webhooks/webhooks.service.js'
import { remindersIssuedByKind } from '../features/reminders/reminders.service.js'
import { DATABASE_FAULTS } from './errors.js'

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Registry
    /** The exposition a scrape gets: the registry, after reading the outbox and the reminders from the database. */
    scrapeMetrics: () => Promise<string>
  }
}

/** The route imports go through: committed answers 201, a dry run 200. */
const IMPORTS = '/v1/cities/:cityCode/imports'

/**
 * Prometheus metrics: one registry per app, so tests can build many apps in one process.
 * Requests (by route template and status), their problems (by code), the pool, database fault
 * episodes; the outbox and reminders as the database has them, read at each scrape; the worker's
 * jobs (plugins/worker.ts) and the summary cache (reports.cache.ts) add their own. Every label
 * set is bounded: routes and codes are the service's own, subscriptions are the offices'.
 */
export default fp(async (app: FastifyInstance, opts: { database: DatabaseHandle }) => {
  const registry = new Registry()
  const registers = [registry]
  collectDefaultMetrics({ register: registry })
  const labelNames = ['method', 'route', 'status'] as const
  const requests = new Counter({ name: 'http_requests_total', help: 'HTTP requests by route template and status', labelNames, registers })
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by route template and status',
    labelNames,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  })
  const problems = new Counter({
    name: 'duban_http_problems_total', registers, labelNames: ['code'],
    help: 'Problem answers by code: overloaded (shed under load), rate_limited, database_unavailable, validation_failed, …',
  })
  const imports = new Counter({
    name: 'duban_imports_total', registers, labelNames: ['outcome'],
    help: 'Report imports (POST …/imports, the CLI\'s too) by outcome: committed, dry_run, or the code of the problem that refused it',
  })
  const pool = (name: string, help: string, pick: (s: ReturnType<DatabaseHandle['poolStats']>) => number) =>
    new Gauge({ name, help, registers, collect() { this.set(pick(opts.database.poolStats())) } })
  pool('db_pool_connections', 'Database connections open', (s) => s.total)
  pool('db_pool_idle_connections', 'Database connections idle', (s) => s.idle)
  pool('db_pool_waiting_requests', 'Queries waiting for a database connection', (s) => s.waiting)

  const faultEpisodes = new Counter({
    name: 'duban_database_fault_episodes_total', registers,
    help: 'Times the database began failing requests (unavailable, busy, timing out) after serving them',
  })
  const inFault = new Gauge({ name: 'duban_database_fault', registers, help: '1 while the last request that needed the database failed for it' })
  inFault.set(0)
  /** The fault episode under way: from the first request the database failed to the next it served. */
  let episode: { began: number, failed: number, codes: Set<string> } | undefined

  // The outbox and the reminders, as the database has them (shared by every instance: aggregate with max()).
  const scrapeErrors = new Counter({ name: 'duban_metrics_database_read_errors_total', registers, help: 'Scrapes that could not read the outbox or the reminders' })
  const deliveries = new Gauge({
    name: 'duban_webhook_deliveries', registers, labelNames: ['city', 'webhook', 'state'],
    help: 'Webhook deliveries pending (to be sent, or retried) and failed (given up), by subscription',
  })
  const oldestPending = new Gauge({
    name: 'duban_webhook_oldest_pending_delivery_age_seconds', registers, labelNames: ['city', 'webhook'],
    help: 'Age of the oldest delivery still pending, by subscription',
  })
  const reminders = new Gauge({
    name: 'duban_reminders_issued', registers, labelNames: ['kind'],
    help: 'Reminders issued since the database began, by kind (a counter kept by the database: use rate() or increase())',
  })
  const readDatabase = async () => {
    deliveries.reset()
    oldestPending.reset()
    reminders.reset()
    try {
      const db = opts.database.db
      for (const row of await deliveryBacklog(db, app.clock())) {
        const labels = { city: row.cityCode, webhook: String(row.webhookId) }
        deliveries.set({ ...labels, state: 'pending' }, Number(row.pending))
        deliveries.set({ ...labels, state: 'failed' }, Number(row.failed))
        if (row.oldestPendingSeconds !== null) oldestPending.set(labels, Math.max(0, Number(row.oldestPendingSeconds)))
      }
      for (const row of await remindersIssuedByKind(db)) reminders.set({ kind: row.kind }, Number(row.issued))
    } catch {
      // The database's own state shows in duban_database_fault and the readiness check; the scrape still answers.
      scrapeErrors.inc()
    }
  }

  app.decorate('metrics', registry)
  // The database is read once a scrape, for several gauges at once (a collect() per gauge would read it for each).
  app.decorate('scrapeMetrics', async () => {
    await readDatabase()
    return registry.metrics()
  })
  app.addHook('onResponse', (request, reply, done) => {
    // Unmatched URLs share one label so a scan of random paths cannot explode the series.
    const route = request.routeOptions.url ?? 'unmatched'
    const labels = { method: request.method, route, status: String(reply.statusCode) }
    requests.inc(labels)
    duration.observe(labels, reply.elapsedTime / 1000)
    const code = request.problemCode
    if (code !== null) problems.inc({ code })
    if (route === IMPORTS && request.method === 'POST') imports.inc({ outcome: code ?? (reply.statusCode === 201 ? 'committed' : 'dry_run') })
    if (code !== null && DATABASE_FAULTS.has(code)) {
      if (!episode) {
        faultEpisodes.inc()
        inFault.set(1)
        episode = { began: Date.now(), failed: 0, codes: new Set() }
        request.log.warn({ err: request.databaseFault, code, route }, 'database fault: requests are failing (said once, until one is served again)')
      }
      episode.failed++
      episode.codes.add(code)
    } else if (episode && route.startsWith('/v1') && reply.statusCode < 400) {
      // Served: it read or wrote the database (an answer refused before it, a 400 or a 401, says nothing of it).
      const seconds = (Date.now() - episode.began) / 1000
      request.log.warn({ failedRequests: episode.failed, codes: [...episode.codes], seconds },
        `database fault over: ${episode.failed} requests failed in ${seconds.toFixed(1)} s`)
      episode = undefined
      inFault.set(0)
    }
    done()
  })
}, { name: 'metrics', dependencies: ['errors'] })
