import underPressure from '@fastify/under-pressure'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { Problem } from '../http/problem.js'

export interface PressureOptions {
  /** Event-loop delay past which requests are shed (ms; 0: not checked). */
  maxEventLoopDelayMs: number
  /** V8 heap in use past which requests are shed (bytes; 0: not checked). */
  maxHeapUsedBytes: number
  /** Requests under /v1 served at once; one more is shed at once (0: no limit). */
  maxInFlight: number
}

export const pressureDefaults: PressureOptions = { maxEventLoopDelayMs: 1000, maxHeapUsedBytes: 0, maxInFlight: 64 }

const overloaded = (detail: string) =>
  new Problem(503, 'overloaded', 'Service Unavailable', detail, undefined, { 'retry-after': '1' })

/** Liveness, readiness and metrics answer under any load: an operator must see what is happening. */
const shed = (request: FastifyRequest) => (request.routeOptions.url ?? '').startsWith('/v1')

/**
 * Load shedding: past capacity a request gets 503 overloaded with Retry-After at once,
 * instead of queueing into seconds of latency. Capacity is what keeps latency bounded: the
 * event loop answering within maxEventLoopDelayMs, the heap under maxHeapUsedBytes, and at
 * most maxInFlight requests under /v1 at once (a few per database connection; the rest
 * would only wait for one).
 */
export default fp(async (app: FastifyInstance, opts: PressureOptions) => {
  // Starting up (opening the database, migrating) blocks the event loop by design: the delay
  // counts from a second after the server listens, so the first requests are not shed for it.
  let measuring = false
  app.addHook('onListen', (done) => {
    setTimeout(() => { measuring = true }, 1000).unref()
    done()
  })
  await app.register(underPressure, {
    maxEventLoopDelay: opts.maxEventLoopDelayMs,
    maxHeapUsedBytes: opts.maxHeapUsedBytes,
    sampleInterval: 250,
    pressureHandler: (request, _reply, type) => (shed(request) && (type !== 'eventLoopDelay' || measuring)
      ? Promise.reject(overloaded(`the server is over capacity (${type}); retry shortly`))
      : undefined),
  })
  if (opts.maxInFlight <= 0) return
  let inFlight = 0
  app.addHook('onRequest', (request, reply, done) => {
    if (!shed(request)) return done()
    if (inFlight >= opts.maxInFlight) return done(overloaded(`more than ${opts.maxInFlight} requests at once; retry shortly`))
    inFlight++
    // 'close' comes once per response, sent or not: a client that hangs up gives its place back too.
    reply.raw.once('close', () => { inFlight-- })
    done()
  })
}, { name: 'pressure', dependencies: ['errors'] })
