import type { FastifyReply, FastifyRequest } from 'fastify'
import { badRequest } from './problem.js'

export const etagOf = (version: number) => `"${version}"`

/** Sets the strong ETag of a single resource from its row version. */
export function withEtag<T extends { version: number }>(reply: FastifyReply, resource: T): T {
  reply.header('etag', etagOf(resource.version))
  return resource
}

/**
 * The version an If-Match header names, undefined when the header is absent. Only a
 * single strong tag is meaningful here: a row has one version.
 */
export function ifMatchVersion(request: FastifyRequest): number | undefined {
  const header = request.headers['if-match']
  if (header === undefined) return undefined
  const match = /^\s*"(\d{1,9})"\s*$/.exec(header)
  if (!match) throw badRequest('invalid_if_match', 'If-Match must be one strong ETag as returned by GET, e.g. "3"')
  return Number(match[1])
}
