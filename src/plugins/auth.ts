import type { FastifyInstance, FastifyPluginAsync, FastifyPluginOptions, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { type Access, allows, type KeyScope } from '../features/keys/keys.policy.js'
import { leadsTask } from '../features/keys/keys.service.js'
import { forbidden, unauthorized } from '../http/problem.js'
import { KeyScopes } from '../features/keys/keys.scopes.js'

declare module 'fastify' {
  interface FastifyRequest { apiKey: KeyScope | null }
  interface FastifyInstance {
    /** The keys' scopes, believed for a second (see KeyScopes); a route that revokes a key forgets it here. */
    keyScopes: KeyScopes
  }
  /** What each route declares for itself, read by the hooks. */
  interface FastifyContextConfig {
    /** Who may call the route (see Access in features/keys/keys.policy.ts); every route must say. */
    access?: Access
    /** A POST that takes an Idempotency-Key (plugins/idempotency.ts): its handler claims the key and records its reply. */
    idempotent?: boolean
  }
}

export interface AuthOptions {
  /** Let GETs under /v1 through without a key (off by default). */
  anonymousReads: boolean
  /** When set, /metrics wants `Authorization: Bearer <token>`. */
  metricsToken?: string
  /** How long a valid key is believed without asking the database (default 1000 ms): a key revoked elsewhere stops working within it. */
  keyTtlMs?: number
  /** The clock the key cache reads (tests move it). */
  now?: () => number
}

/** The token of `Authorization: Bearer <token>`, or undefined. */
export function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization
  const match = header === undefined ? null : /^Bearer[ ]+(\S+)\s*$/i.exec(header)
  return match?.[1]
}

/**
 * Authentication on every request (who), then authorization (may they), in one hook before
 * the body is even read: a caller without rights learns nothing from the shape of its body.
 * No key, a malformed, unknown or revoked key all get the same 401.
 */
export default fp(async (app: FastifyInstance, opts: AuthOptions) => {
  app.decorateRequest('apiKey', null)
  app.decorate('keyScopes', new KeyScopes(app.database.db, { ttlMs: opts.keyTtlMs ?? 1000, capacity: 10_000, now: opts.now }))

  app.addHook('onRequest', async (request, reply) => {
    const { url, config } = request.routeOptions
    // A request that matched no route meets a 404 (or an error) whoever sends it.
    if (url === undefined) return
    if (url === '/metrics' && opts.metricsToken !== undefined) {
      if (bearer(request) !== opts.metricsToken) throw unauthorized()
      return
    }
    // Every route names its class (requireAccess sees to it at start-up): none here is our bug, not an open door.
    const access = config.access
    if (access === undefined) throw new Error(`${request.method} ${url}: the route names no access class`)
    if (access === 'open') return
    const token = bearer(request)
    if (token === undefined && access === 'read' && opts.anonymousReads) return
    const key = token === undefined ? undefined : await app.keyScopes.scopeOf(token)
    if (!key) {
      reply.header('www-authenticate', token === undefined ? 'Bearer realm="duban"' : 'Bearer realm="duban", error="invalid_token"')
      throw unauthorized()
    }
    request.apiKey = key
    // The router has matched the path, so its parameters are known (as text, not yet validated).
    const raw = request.params as { cityCode?: string, taskId?: string | number }
    const params = { cityCode: raw.cityCode, taskId: Number(raw.taskId) }
    // An ownUnit route names its unit in the query string (parsed, not yet validated).
    const leadUnitId = access === 'ownUnit' ? Number((request.query as { leadUnitId?: unknown }).leadUnitId) : undefined
    if (!allows(key, access, params.cityCode, leadUnitId)) {
      throw forbidden(`a ${key.role} key${key.cityCode ? ` of city ${key.cityCode}` : ''}${key.leadUnitId ? ` and lead unit ${key.leadUnitId}` : ''} may not make this call`)
    }
    if (access === 'entryWrite' && key.role === 'lead_unit' && (!Number.isSafeInteger(params.taskId) ||
      !(await leadsTask(app.database.db, params.cityCode!, key.leadUnitId!, params.taskId)))) {
      throw forbidden(`lead unit ${key.leadUnitId} does not lead task ${params.taskId}; it may write only its own tasks' entries`)
    }
  })
}, { name: 'auth', dependencies: ['errors'] })

/**
 * Makes every route registered after it name its access class, or the app does not start:
 * a route cannot be left open, or closed, by forgetting. Registered after the plugins whose
 * routes we do not write (which are marked open: see openRoutesOf, and swagger's scope) and
 * before ours.
 */
export const requireAccess = fp(async (app: FastifyInstance) => {
  app.addHook('onRoute', (route) => {
    if (route.config?.access === undefined) {
      throw new Error(`${[route.method].flat().join(',')} ${route.url}: the route names no access class (config.access, see src/features/keys/keys.policy.ts)`)
    }
  })
}, { name: 'require-access', dependencies: ['auth'] })

/**
 * A plugin registered so that the routes it adds without a class are open: those of plugins
 * we do not write, the framework's and not the API's (@fastify/cors's preflight OPTIONS *).
 * By when they are registered, not by where: such a plugin's hooks must reach every route
 * (CORS headers on a 401 too), so it cannot be given a scope of its own to mark them in.
 */
export function openRoutesOf<Options extends FastifyPluginOptions>(plugin: FastifyPluginAsync<Options>) {
  return fp(async (app: FastifyInstance, opts: Options) => {
    let registering = true
    app.addHook('onRoute', (route) => {
      if (registering) route.config = { ...route.config, access: route.config?.access ?? 'open' }
    })
    await app.register(plugin, opts)
    registering = false
  })
}
