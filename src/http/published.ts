import type { FastifyRequest } from 'fastify'

/**
 * Whether the caller sees only what the office has published (accepted entries): a reader key
 * limited to published data, or a caller without a key where anonymous reads are allowed.
 */
export const publishedOnly = (request: FastifyRequest): boolean => request.apiKey?.publishedOnly ?? true
