import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { sql } from 'kysely'
import { Problem } from '../http/problem.js'

declare module 'fastify' {
  interface FastifyRequest { idempotencyKey: string | null }
}

/** How long a key's first response is replayed. */
export const IDEMPOTENCY_TTL_HOURS = 24
export const KEY_SHAPE = /^[\x21-\x7e]{1,200}$/
const REPLAYED_HEADERS = ['content-type', 'etag', 'location']

/**
 * Idempotency-Key on POST, per API key. The first request with a key runs; its response
 * (status, body, ETag, Location) is kept for 24 h and replayed to every retry with the
 * same body. A retry while the first is still running gets 409 idempotency_in_flight with
 * Retry-After: 1, rather than waiting. The same key with another body gets 422. A first
 * request that fails with a 5xx leaves no record, so a retry runs again.
 */
export default fp(async (app: FastifyInstance) => {
  const db = app.database.db
  app.decorateRequest('idempotencyKey', null)

  async function claim(request: FastifyRequest, reply: FastifyReply) {
    const key = request.headers['idempotency-key']
    if (key === undefined || request.apiKey === null) return
    if (typeof key !== 'string' || !KEY_SHAPE.test(key)) {
      throw new Problem(400, 'invalid_idempotency_key', 'Bad Request', 'Idempotency-Key must be 1-200 visible ASCII characters')
    }
    const apiKeyId = request.apiKey.id
    const requestHash = createHash('sha256').update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`).digest('hex')
    // A key older than the retention is forgotten, so it may start a new request.
    await db.deleteFrom('idempotencyKeys').where('apiKeyId', '=', apiKeyId).where('key', '=', key)
      .where('createdAt', '<', sql<string>`now() - make_interval(hours => ${IDEMPOTENCY_TTL_HOURS})`).execute()
    const claimed = await db.insertInto('idempotencyKeys')
      .values({ apiKeyId, key, method: request.method, path: request.url, requestHash })
      .onConflict((oc) => oc.columns(['apiKeyId', 'key']).doNothing())
      .returning('key').executeTakeFirst()
    if (claimed) {
      request.idempotencyKey = key
      return
    }
    const first = await db.selectFrom('idempotencyKeys').selectAll().where('apiKeyId', '=', apiKeyId).where('key', '=', key).executeTakeFirst()
    if (!first) throw new Problem(409, 'idempotency_in_flight', 'Conflict', 'a request with this Idempotency-Key is being retried; retry')
    if (first.requestHash !== requestHash) {
      throw new Problem(422, 'idempotency_key_reused', 'Unprocessable Content',
        'this Idempotency-Key was used with a different request; use a new key for a new request')
    }
    if (first.state === 'in_flight') {
      reply.header('retry-after', '1')
      throw new Problem(409, 'idempotency_in_flight', 'Conflict', 'the first request with this Idempotency-Key is still running; retry shortly')
    }
    const headers = (typeof first.responseHeaders === 'string' ? JSON.parse(first.responseHeaders) : first.responseHeaders) as Record<string, string>
    reply.headers({ ...headers, 'idempotent-replayed': 'true' })
    return reply.status(first.responseStatus!).serializer((body: unknown) => body as string).send(first.responseBody)
  }

  async function record(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
    const key = request.idempotencyKey
    if (key === null || request.apiKey === null) return payload
    request.idempotencyKey = null
    const where = db.deleteFrom('idempotencyKeys').where('apiKeyId', '=', request.apiKey.id).where('key', '=', key)
    if (reply.statusCode >= 500 || typeof payload !== 'string') {
      await where.execute()
      return payload
    }
    const headers: Record<string, string> = {}
    for (const name of REPLAYED_HEADERS) {
      const value = reply.getHeader(name)
      if (value !== undefined) headers[name] = String(value)
    }
    await db.updateTable('idempotencyKeys')
      .set({ state: 'done', responseStatus: reply.statusCode, responseHeaders: JSON.stringify(headers), responseBody: payload })
      .where('apiKeyId', '=', request.apiKey.id).where('key', '=', key).execute()
    return payload
  }

  // On POST routes only, after the hooks every route has: reads never pass through.
  app.addHook('onRoute', (route) => {
    if (![route.method].flat().includes('POST')) return
    route.preHandler = [...[route.preHandler ?? []].flat(), claim]
    route.onSend = [...[route.onSend ?? []].flat(), record]
  })
}, { name: 'idempotency', dependencies: ['auth'] })
