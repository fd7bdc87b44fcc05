import cors from '@fastify/cors'
import rateLimit from '@fastify/rate-limit'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FastifyInstance } from 'fastify'
import helmet from 'helmet'
import fp from 'fastify-plugin'
import { Problem } from '../http/problem.js'

export interface EdgeOptions {
  corsOrigins: string[]
  rateLimitPerMinute: number
}

/**
 * helmet's security headers with its defaults, worked out once: none depends on the request.
 * Its Content-Security-Policy lets /docs load its own scripts and styles, and nothing else
 * (test/docs-browser.test.ts opens the page under it).
 */
function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {}
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) => { headers[name.toLowerCase()] = String(value) },
    removeHeader: () => {},
  }
  helmet()({} as IncomingMessage, response as unknown as ServerResponse, () => {})
  return headers
}

/** What every response gets at the edge: security headers, CORS, a rate limit per key. */
export default fp(async (app: FastifyInstance, opts: EdgeOptions) => {
  const security = securityHeaders()
  // onSend: every response, errors included, whichever hook or handler produced it.
  app.addHook('onSend', (_request, reply, payload, done) => {
    reply.headers(security)
    done(null, payload)
  })
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
    // In preHandler, after authentication, so a key is limited wherever it calls from.
    keyGenerator: (request) => (request.apiKey ? `key:${request.apiKey.id}` : `ip:${request.ip}`),
    allowList: (request) => ['/healthz', '/readyz', '/metrics'].includes(request.routeOptions.url ?? ''),
    errorResponseBuilder: (_request, context) => {
      const problem = new Problem(429, 'rate_limited', 'Too Many Requests',
        `more than ${context.max} requests a minute; retry after ${context.after}`)
      return Object.assign(problem, { statusCode: 429 })
    },
  })
}, { name: 'edges' })
