import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { sql, type Transaction } from 'kysely'
import type { Database, Db } from '../db/database.js'
import { Problem } from '../http/problem.js'
import { bearer } from './auth.js'

/** What a POST with an Idempotency-Key claims, once the preHandler found no reply to replay. */
export interface IdempotencyClaim {
  apiKeyId: number
  key: string
  method: string
  path: string
  requestHash: string
  /** The key the recorded reply is sealed with, derived from the caller's own bearer token: never stored. */
  seal: Buffer
}

declare module 'fastify' {
  interface FastifyRequest { idempotency: IdempotencyClaim | null }
}

/** How long a key's first response is replayed. */
export const IDEMPOTENCY_TTL_HOURS = 24
export const KEY_SHAPE = /^[\x21-\x7e]{1,200}$/
const REPLAYED_HEADERS = ['etag', 'location']

const inFlight = () => new Problem(409, 'idempotency_in_flight', 'Conflict',
  'the first request with this Idempotency-Key is still running; retry shortly', undefined, { 'retry-after': '1' })
const reused = () => new Problem(422, 'idempotency_key_reused', 'Unprocessable Content',
  'this Idempotency-Key was used with a different request; use a new key for a new request')

/** Thrown inside a write's transaction when another request with the key committed first. */
export class AlreadyCommitted extends Error {
  constructor() {
    super('another request with this Idempotency-Key committed first')
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- select, update and delete builders share no where() type to name
const whereClaim = (claim: IdempotencyClaim) => <Q extends { where: (...args: any[]) => Q }>(qb: Q) =>
  qb.where('apiKeyId', '=', claim.apiKeyId).where('key', '=', claim.key)

/**
 * Claims the key inside the write's own transaction, as its first statement: a concurrent
 * request with the same key waits here until the first commits (then replays it) or rolls
 * back (then runs itself). Nothing outside a transaction ever holds a key, so a crash or a
 * database error never leaves one stuck.
 */
export async function claimIdempotencyKey(trx: Transaction<Database>, claim: IdempotencyClaim) {
  let row: { key: string } | undefined
  try {
    const { seal: _seal, ...columns } = claim
    row = await trx.insertInto('idempotencyKeys')
      .values({ ...columns, state: 'in_flight' })
      // A committed in_flight row can only be left by an earlier release of the service: it is abandoned.
      // Its time is the new row's default (excluded): Citus takes no STABLE function in DO UPDATE SET.
      .onConflict((oc) => oc.columns(['apiKeyId', 'key'])
        .doUpdateSet({ requestHash: claim.requestHash, method: claim.method, path: claim.path, createdAt: sql<string>`excluded.created_at` } as never)
        .where('idempotencyKeys.state', '=', 'in_flight'))
      .returning('key').executeTakeFirst()
  } catch (error) {
    // lock_not_available: the first request holds the key longer than a lock wait may last.
    if ((error as { code?: string }).code === '55P03') throw inFlight()
    throw error
  }
  if (!row) throw new AlreadyCommitted()
}

/**
 * A recorded reply is sealed (AES-256-GCM) with a key derived from the bearer token of the
 * caller that sent it, which only its hash is kept of: a reply holding a secret (a new API key)
 * is never stored readable, and only a retry with the same token can open it.
 */
const SEALED = 'sealed:v1:'

export function sealKeyOf(token: string, apiKeyId: number, key: string): Buffer {
  return Buffer.from(hkdfSync('sha256', token, 'duban idempotent reply', `${apiKeyId}:${key}`, 32))
}

function seal(key: Buffer, body: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  const sealed = Buffer.concat([cipher.update(body, 'utf8'), cipher.final()])
  return `${SEALED}${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64')}`
}

function open(key: Buffer, stored: string): string {
  if (!stored.startsWith(SEALED)) return stored
  const bytes = Buffer.from(stored.slice(SEALED.length), 'base64')
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12))
  decipher.setAuthTag(bytes.subarray(12, 28))
  return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8')
}

/**
 * Records the reply of a claimed request in the same transaction as its write: the write
 * and its reply commit together or not at all.
 */
export async function recordIdempotentReply(trx: Transaction<Database>, claim: IdempotencyClaim, reply: FastifyReply, body: string) {
  const headers: Record<string, string> = {}
  for (const name of REPLAYED_HEADERS) {
    const value = reply.getHeader(name)
    if (value !== undefined) headers[name] = String(value)
  }
  headers['content-type'] = String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8')
  await trx.updateTable('idempotencyKeys')
    .set({ state: 'done', responseStatus: reply.statusCode, responseHeaders: JSON.stringify(headers), responseBody: seal(claim.seal, body) })
    .$call(whereClaim(claim)).execute()
}

/** The committed reply of a key, set on the reply; its body is returned for the handler to send as it is. */
export async function replayIdempotentReply(db: Db, claim: IdempotencyClaim, reply: FastifyReply): Promise<string> {
  const first = await db.selectFrom('idempotencyKeys').selectAll().$call(whereClaim(claim)).executeTakeFirst()
  if (!first || first.state !== 'done') throw inFlight()
  if (first.requestHash !== claim.requestHash) throw reused()
  reply.headers({ ...(first.responseHeaders as Record<string, string>), 'idempotent-replayed': 'true' })
  reply.status(first.responseStatus!).serializer((body: unknown) => body as string)
  return open(claim.seal, first.responseBody!)
}

/** The bytes of a file, whole body or form field, hashed as such: JSON would spell out every byte as a number. */
function bodyText(body: unknown): string {
  const digest = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`
  if (Buffer.isBuffer(body)) return digest(body)
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return JSON.stringify(body ?? null)
  return JSON.stringify(Object.fromEntries(Object.entries(body).map(([name, value]) => [name, Buffer.isBuffer(value) ? digest(value) : value])))
}

const requestHashOf = (request: FastifyRequest) =>
  createHash('sha256').update(`${request.method} ${request.url}\n${bodyText(request.body)}`).digest('hex')

/**
 * Idempotency-Key on POST, per API key. A retry of a request that committed gets its reply
 * (status, body, ETag, Location) for 24 h, with Idempotent-Replayed: true; the same key with
 * another body gets 422. The key is claimed and the reply recorded in the write's own
 * transaction (see write()), so a request that failed or never committed leaves nothing:
 * its retry simply runs.
 */
export default fp(async (app: FastifyInstance) => {
  const db = app.database.db
  app.decorateRequest('idempotency', null)

  async function lookUp(request: FastifyRequest, reply: FastifyReply) {
    const key = request.headers['idempotency-key']
    if (key === undefined || request.apiKey === null) return
    if (typeof key !== 'string' || !KEY_SHAPE.test(key)) {
      throw new Problem(400, 'invalid_idempotency_key', 'Bad Request', 'Idempotency-Key must be 1-200 visible ASCII characters')
    }
    const claim: IdempotencyClaim = {
      apiKeyId: request.apiKey.id,
      key,
      method: request.method,
      path: request.url,
      requestHash: requestHashOf(request),
      // A key was found, so the request carried its token.
      seal: sealKeyOf(bearer(request)!, request.apiKey.id, key),
    }
    // A key older than the retention is forgotten, so it may start a new request.
    await db.deleteFrom('idempotencyKeys').$call(whereClaim(claim))
      .where('createdAt', '<', sql<string>`now() - make_interval(hours => ${IDEMPOTENCY_TTL_HOURS})`).execute()
    const first = await db.selectFrom('idempotencyKeys').select(['state', 'requestHash']).$call(whereClaim(claim)).executeTakeFirst()
    if (first?.state === 'done') return reply.send(await replayIdempotentReply(db, claim, reply))
    request.idempotency = claim
  }

  // On the routes that say they are idempotent, after the hooks every route has. Only a POST
  // may: a PUT or DELETE is idempotent by itself, and a read never passes through.
  app.addHook('onRoute', (route) => {
    if (route.config?.idempotent !== true) return
    if ([route.method].flat().some((method) => method !== 'POST')) {
      throw new Error(`${[route.method].flat().join(',')} ${route.url}: only a POST takes an Idempotency-Key`)
    }
    route.preHandler = [...[route.preHandler ?? []].flat(), lookUp]
  })
}, { name: 'idempotency', dependencies: ['auth'] })
