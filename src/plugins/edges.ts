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
 * helmet's security headers with its defaults, worked out once for each of the two ways a
 * request arrives. Its Content-Security-Policy lets /docs load its own scripts and styles, and
 * nothing else (test/docs-browser.test.ts opens the page under it). Over HTTPS that is all of
 * them; over plain HTTP (an intranet address, `docker run -p 3000:3000`) neither HSTS nor
 * `upgrade-insecure-requests`, which would send the browser to an HTTPS port that does not exist.
 */
export function securityHeaders(https: boolean): Record<string, string> {
  const headers: Record<string, string> = {}
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) => { headers[name.toLowerCase()] = String(value) },
    removeHeader: () => {},
  }
  helmet({
    strictTransportSecurity: https,
    contentSecurityPolicy: { directives: { upgradeInsecureRequests: https ? [] : null } },
  })({} as IncomingMessage, response as unknown as ServerResponse, () => {})
  return headers
}

/** What every response gets at the edge: security headers, CORS, a rate limit per key. */
export default fp(async (app: FastifyInstance, opts: EdgeOptions) => {
  const overHttps = securityHeaders(true)
  const overHttp = securityHeaders(false)
  // onSend: every response, errors included, whichever hook or handler produced it. A request
  // came over HTTPS when its socket is TLS, or, with TRUST_PROXY, when the proxy says so
  // (X-Forwarded-Proto): Fastify's request.protocol reads the header only from trusted proxies.
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.headers(request.protocol === 'https' ? overHttps : overHttp)
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
