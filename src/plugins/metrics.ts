import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'
import type { DatabaseHandle } from '../db/connect.js'

declare module 'fastify' {
  interface FastifyInstance { metrics: Registry }
}

/** Prometheus metrics: one registry per app, so tests can build many apps in one process. */
export default fp(async (app: FastifyInstance, opts: { database: DatabaseHandle }) => {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry })
  const labelNames = ['method', 'route', 'status'] as const
  const requests = new Counter({ name: 'http_requests_total', help: 'HTTP requests by route template and status', labelNames, registers: [registry] })
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by route template and status',
    labelNames,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  })
  const pool = (name: string, help: string, pick: (s: ReturnType<DatabaseHandle['poolStats']>) => number) =>
    new Gauge({ name, help, registers: [registry], collect() { this.set(pick(opts.database.poolStats())) } })
  pool('db_pool_connections', 'Database connections open', (s) => s.total)
  pool('db_pool_idle_connections', 'Database connections idle', (s) => s.idle)
  pool('db_pool_waiting_requests', 'Queries waiting for a database connection', (s) => s.waiting)

  app.decorate('metrics', registry)
  app.addHook('onResponse', (request, reply, done) => {
    // Unmatched URLs share one label so a scan of random paths cannot explode the series.
    const labels = { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) }
    requests.inc(labels)
    duration.observe(labels, reply.elapsedTime / 1000)
    done()
  })
}, { name: 'metrics' })
