import type { FastifyRequest } from 'fastify'
import type { Actor } from '../db/queries/audit.js'

/** The actor a request writes as, for the audit trail. */
export function actorOf(request: FastifyRequest): Actor {
  return { apiKeyId: request.apiKey?.id ?? null, requestId: request.id }
}
