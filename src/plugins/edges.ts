import cors from '@fastify/cors'
import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { Problem } from '../http/problem.js'

export interface EdgeOptions {
  corsOrigins: string[]
  rateLimitPerMinute: number
}

/** What every response gets at the edge: security headers, CORS, a rate limit per key. */
export default fp(async (app: FastifyInstance, opts: EdgeOptions) => {
  // The docs page loads its own scripts and styles; everything else is JSON.
  await app.register(helmet, { contentSecurityPolicy: false, global: true })
  await app.register(cors, {
    origin: opts.corsOrigins.length > 0 ? opts.corsOrigins : false,
    exposedHeaders: ['etag', 'location', 'x-request-id', 'retry-after', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'],
    allowedHeaders: ['authorization', 'content-type', 'if-match', 'if-none-match', 'idempotency-key', 'x-request-id'],
  })
  await app.register(rateLimit, {
    global: true,
    max: opts.rateLimitPerMinute,
    timeWindow: 60_000,
    hook: 'preHandler',
    enableDraftSpec: true,
    // After authentication, so a key is limited wherever it calls from.
    keyGenerator: (request) => (request.apiKey ? `key:${request.apiKey.id}` : `ip:${request.ip}`),
    allowList: (request) => ['/healthz', '/readyz', '/metrics'].includes(request.routeOptions.url ?? ''),
    errorResponseBuilder: (_request, context) => {
      const problem = new Problem(429, 'rate_limited', 'Too Many Requests',
        `more than ${context.max} requests a minute; retry after ${context.after}`)
      return Object.assign(problem, { statusCode: 429 })
    },
  })
}, { name: 'edges', dependencies: ['auth'] })
