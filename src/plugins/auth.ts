import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { accessOf, allows, type KeyScope } from '../auth/policy.js'
import { authenticate, leadsTask } from '../db/queries/apiKeys.js'
import { forbidden, unauthorized } from '../http/problem.js'

declare module 'fastify' {
  interface FastifyRequest { apiKey: KeyScope | null }
}

export interface AuthOptions {
  /** Let GETs under /v1 through without a key (off by default). */
  anonymousReads: boolean
  /** When set, /metrics wants `Authorization: Bearer <token>`. */
  metricsToken?: string
}


function bearer(request: FastifyRequest): string | undefined {
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

  app.addHook('onRequest', async (request, reply) => {
    const url = request.routeOptions.url
    if (url === '/metrics' && opts.metricsToken !== undefined) {
      if (bearer(request) !== opts.metricsToken) throw unauthorized()
      return
    }
    const access = accessOf(request.method, url)
    if (access === 'open') return
    const token = bearer(request)
    if (token === undefined && access === 'read' && opts.anonymousReads) return
    const key = token === undefined ? undefined : await authenticate(app.database.db, token)
    if (!key) {
      reply.header('www-authenticate', token === undefined ? 'Bearer realm="duban"' : 'Bearer realm="duban", error="invalid_token"')
      throw unauthorized()
    }
    request.apiKey = key
    // The router has matched the path, so its parameters are known (as text, not yet validated).
    const raw = request.params as { cityCode?: string, taskId?: string | number }
    const params = { cityCode: raw.cityCode, taskId: Number(raw.taskId) }
    if (!allows(key, access, params.cityCode)) {
      throw forbidden(`a ${key.role} key${key.cityCode ? ` of city ${key.cityCode}` : ''} may not make this call`)
    }
    if (access === 'entryWrite' && key.role === 'lead_unit' && (!Number.isSafeInteger(params.taskId) ||
      !(await leadsTask(app.database.db, params.cityCode!, key.leadUnitId!, params.taskId)))) {
      throw forbidden(`lead unit ${key.leadUnitId} does not lead task ${params.taskId}; it may write only its own tasks' entries`)
    }
  })
}, { name: 'auth', dependencies: ['errors'] })
