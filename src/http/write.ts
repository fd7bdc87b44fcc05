import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../db/database.js'
import type { Actor } from '../db/audit.js'
import { AlreadyCommitted, claimIdempotencyKey, type IdempotencyClaim, recordIdempotentReply, replayIdempotentReply } from '../plugins/idempotency.js'
import { wroteEvents } from '../db/outbox.js'

/** The actor a request writes as, for the audit trail. */
export function actorOf(request: FastifyRequest): Actor {
  return { apiKeyId: request.apiKey?.id ?? null, requestId: request.id, at: request.server.clock() }
}

/**
 * Runs a route's write in one transaction. `change` does the write and sets on the reply
 * what it answers (status, ETag, Location), and returns the body. A POST with an
 * Idempotency-Key claims the key first and records its reply last, in the same
 * transaction: if another request with the key committed first, this one is rolled back
 * and answers with that request's reply.
 */
export async function write<T>(request: FastifyRequest, reply: FastifyReply,
  change: (trx: Transaction<Database>, actor: Actor) => Promise<T>): Promise<T> {
  const db = request.server.database.db
  const claim = request.idempotency
  const actor = actorOf(request)
  // A write that made events wakes the worker once committed: their deliveries leave now, not at its next round.
  let written: Transaction<Database> | undefined
  const committed = <R>(result: R) => {
    if (written && wroteEvents(written)) request.server.worker.nudge()
    return result
  }
  if (!claim) return committed(await db.transaction().execute((trx) => change(written = trx, actor)))
  try {
    const { body, json } = committed(await db.transaction().execute(async (trx) => {
      written = trx
      await claimIdempotencyKey(trx, claim)
      const body = await change(trx, actor)
      return { body, json: await recordReply(trx, claim, reply, body) }
    }))
    // Only once committed: a failed commit must answer with its problem, not this body.
    reply.serializer(() => json)
    return body
  } catch (error) {
    if (!(error instanceof AlreadyCommitted)) throw error
    // The handler returns the recorded body; the reply sends it as it is.
    return (await replayIdempotentReply(db, claim, reply)) as T
  }
}

/**
 * A write that may be made as one statement of its own, without a transaction (`attempt`:
 * undefined when it cannot be, and the caller then writes in one with write()). Not for a
 * request with an Idempotency-Key, whose claim goes in the write's transaction. Wakes the
 * worker when the statement made deliveries.
 */
export async function writeAtOnce<T>(request: FastifyRequest,
  attempt: (db: Kysely<Database>, actor: Actor) => Promise<{ delivered: boolean } & T | undefined>): Promise<T | undefined> {
  if (request.idempotency) return undefined
  const written = await attempt(request.server.database.db, actorOf(request))
  if (written?.delivered) request.server.worker.nudge()
  return written
}

/**
 * Claims the key of a write made in a transaction the caller owns (an import), and records
 * its reply there; returns the JSON to send once the transaction has committed.
 */
export async function recordImportReply(trx: Transaction<Database>, request: FastifyRequest, reply: FastifyReply, body: unknown): Promise<string | undefined> {
  const claim = request.idempotency
  if (!claim) return undefined
  await claimIdempotencyKey(trx, claim)
  return recordReply(trx, claim, reply, body)
}

/** Serializes the body by the route's own response schema (what is recorded is what is sent) and records it. */
async function recordReply(trx: Transaction<Database>, claim: IdempotencyClaim, reply: FastifyReply, body: unknown): Promise<string> {
  const json = reply.serialize(body) as string
  if (!reply.hasHeader('content-type')) reply.type('application/json; charset=utf-8')
  await recordIdempotentReply(trx, claim, reply, json)
  return json
}

/**
 * For a write made in a transaction the caller owns: when it failed because another request
 * with its Idempotency-Key committed first, sets that request's reply and returns its body
 * (typed as whatever the route returns: the reply sends it as it is); otherwise rethrows.
 */
export async function replayIfCommitted(error: unknown, request: FastifyRequest, reply: FastifyReply): Promise<never> {
  const claim = request.idempotency
  if (!(error instanceof AlreadyCommitted) || !claim) throw error
  return (await replayIdempotentReply(request.server.database.db, claim, reply)) as never
}
