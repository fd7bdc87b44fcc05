import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { problems } from '../shared/common.schemas.js'
import { KEY_SHAPE } from './idempotency.js'
import pkg from '../../package.json' with { type: 'json' }

import { eventExample, eventSchemaName } from '../features/events/events.schemas.js'
import { EVENT_TYPES } from '../shared/values.js'

type OpenApiPaths = {
  paths?: Record<string, Record<string, { requestBody?: { required?: boolean, content?: Record<string, { schema?: { type?: string, required?: string[] } }> } }>>
}

export const openapiInfo = {
  title: 'duban 督办 API',
  version: pkg.version,
  description: 'A city government office\'s annual list of key work tasks (重点工作任务), the units that lead them, ' +
    'the reporting periods, and the progress entry each lead unit files for each task each period.\n\n' +
    'Errors are application/problem+json with a stable `code`. Single resources carry a strong ETag; send it ' +
    'back as If-Match on PUT, PATCH and DELETE to get 412 instead of overwriting someone else\'s change. Lists ' +
    'page with `limit` and the opaque `cursor` from `nextCursor`.',
}

type Responses = Record<string, { content?: Record<string, { schema?: { $id?: unknown } }> }>

/**
 * A response that lists its media types (content) names its schemas inline, and @fastify/swagger
 * copies them whole; a shared schema (one with an $id) there becomes a $ref to its component,
 * as ok() does for the plain responses, so the document has one definition of it.
 */
function referenceSharedContent(response: Responses | undefined): Responses | undefined {
  if (!response) return response
  return Object.fromEntries(Object.entries(response).map(([status, entry]) => {
    if (!entry?.content) return [status, entry]
    const content = Object.fromEntries(Object.entries(entry.content).map(([type, media]) => {
      const id = media.schema?.$id
      return [type, typeof id === 'string' ? { ...media, schema: { $ref: `${id}#` } } : media]
    }))
    return [status, { ...entry, content }]
  }))
}

/**
 * What the edges answer before a handler runs: a body too large (413) or not JSON (415) on
 * every write with a body, and on POST the Idempotency-Key outcomes (409 in flight, 422 the
 * key reused with another body). Every write can meet a row another request holds (409
 * row_locked), and every call the database failing (503).
 */
function edgeStatuses(method: string): number[] {
  if (method === 'POST') return [409, 413, 415, 422, 503]
  if (method === 'PUT' || method === 'PATCH') return [409, 413, 415, 503]
  if (method === 'DELETE') return [409, 503]
  return [503]
}

/**
 * What any operation can answer, open ones included: the request not received in time (408),
 * headers too large (431), and 503 shutting_down; with a path parameter, a bad percent-encoding
 * (400 bad_url) and a parameter longer than the router takes (414).
 */
function anyOperationStatuses(url: string): number[] {
  return [408, 431, 503, ...(url.includes(':') ? [400, 414] : [])]
}

const retryAfter = {
  'Retry-After': {
    type: 'integer', minimum: 0, examples: [1],
    description: 'Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight',
  },
}

/** The responses with the edge statuses added, Retry-After documented where it is sent. */
function withEdgeResponses(response: Responses | undefined, statuses: number[]) {
  const responses = { ...response } as Record<string, Record<string, unknown>>
  for (const status of statuses) responses[status] ??= problems(status)[status]!
  for (const status of ['409', '503']) {
    if (responses[status]) responses[status] = { ...responses[status], headers: { ...retryAfter, ...(responses[status].headers as object) } }
  }
  return responses
}

type ObjectSchema = { type?: string, properties?: Record<string, unknown>, [key: string]: unknown }

const idempotencyKey = {
  type: 'string', pattern: KEY_SHAPE.source, examples: ['3f1c9a52-6d0e-4b8a-9c1e-2a7b5d4e8f10'],
  description: 'Makes a retry safe: the first response with this key (per API key, kept 24 h) is replayed to every retry ' +
    'with the same body, with `Idempotent-Replayed: true`. A retry while the first is still running gets 409 ' +
    'idempotency_in_flight with Retry-After; the same key with another body gets 422 idempotency_key_reused.',
}

function withIdempotencyKey(headers: ObjectSchema | undefined): ObjectSchema {
  return { ...headers, type: 'object', properties: { ...headers?.properties, 'idempotency-key': idempotencyKey } }
}

export default fp(async (app: FastifyInstance) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: openapiInfo,
      // Each deployment has its own host, and serves this document itself (GET /openapi.json): a relative
      // server URL says "the host you read this from", which is also what /docs calls.
      servers: [{ url: '/', description: 'The host that serves this document' }],
      tags: [
        { name: 'cities', description: 'Cities, by GB/T 2260 code' },
        { name: 'lead-units', description: '牵头责任单位: the departments that lead tasks' },
        { name: 'periods', description: 'Reporting periods: 一季度, 1-5月份, 上半年, 全年 …' },
        { name: 'tasks', description: '重点工作任务: the annual list' },
        { name: 'progress', description: 'Progress entries: one per task per period, drafted, submitted, returned or accepted' },
        { name: 'extensions', description: '延期申请: lead units ask for more time; the office decides' },
        { name: 'reminders', description: '催办: reminders of entries not filed, sent by the office or on the city\'s schedule' },
        { name: 'compliance', description: 'Who has filed a period\'s entries on time, late, or not yet' },
        { name: 'indicators', description: 'A province\'s indicators shared by its cities: a task\'s link to one, and the cities ranked on one, their quoted ranks checked' },
        { name: 'assessment', description: '考核: the office\'s rules for the year, and each lead unit\'s score computed from the record by them' },
        { name: 'webhooks', description: 'Subscriptions that receive the city\'s events, signed, retried and logged' },
        { name: 'events', description: 'The city\'s events, in order: what followers read when they cannot take webhooks' },
        { name: 'search', description: 'Finding tasks and report lines by Chinese words, in one city or every city a key may read' },
        { name: 'imports', description: 'Importing published report documents' },
        { name: 'reports', description: 'The period summary, status changes and the report exports' },
        { name: 'releases', description: '政务公开: publishing a period\'s report as a frozen, numbered release' },
        { name: 'open data', description: 'Published releases as files at stable URLs, without a key: CSV, JSON, xlsx, a Frictionless datapackage.json, and a DCAT-style catalogue' },
        { name: 'api-keys', description: 'API keys and their roles' },
        { name: 'audit', description: 'The audit trail: every write, who made it, before and after' },
        { name: 'operations', description: 'Health, readiness and metrics' },
      ],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An API key: Authorization: Bearer dbn_…' },
        },
      },
    },
    // Every operation under /v1 wants a key and can answer 401, 403 and 429: said once, here,
    // from the access class each route names, which the auth plugin enforces; the idempotent
    // ones document their Idempotency-Key. The open routes say they are open: an
    // empty security list means "no key", where a missing one only means "not said".
    transform: ({ schema, url, route }) => {
      if (!schema) return { schema, url }
      const response = referenceSharedContent(schema.response as Responses | undefined)
      const method = route.method as string
      if (route.config?.access === 'open') {
        return { schema: { ...schema, security: [], response: withEdgeResponses(response, anyOperationStatuses(url)) }, url }
      }
      const responses = withEdgeResponses(response, [401, 403, 429, ...edgeStatuses(method), ...anyOperationStatuses(url)])
      const documented = { ...schema, security: [{ bearer: [] }], response: responses }
      if (route.config?.idempotent === true) documented.headers = withIdempotencyKey(schema.headers as ObjectSchema | undefined)
      return { schema: documented, url }
    },
    // A body whose fields are all optional may be left out (app.ts takes none as {}): say so.
    transformObject: (documentObject) => {
      const document = (documentObject as { openapiObject: OpenApiPaths & { webhooks?: unknown } }).openapiObject
      // Every event type as an OpenAPI 3.1 webhook: what a JSON subscription receives, so the SDK gives typed events.
      document.webhooks = Object.fromEntries(EVENT_TYPES.map((type) => [type, {
        post: {
          operationId: `on${eventSchemaName(type).replace(/Event$/, '')}`,
          summary: `${type}: the body a JSON subscription to it receives, signed with Duban-Signature`,
          tags: ['webhooks'],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${eventSchemaName(type)}` }, example: eventExample(type) } } },
          // The receiver checks Duban-Signature with the subscription's secret; no key is sent.
          security: [],
          responses: { 200: { description: 'Received (any 2xx); anything else is retried with backoff' } },
        },
      }]))
      for (const operations of Object.values(document.paths ?? {})) {
        for (const operation of Object.values(operations)) {
          const body = operation.requestBody
          const schemas = Object.values(body?.content ?? {}).map((media) => media.schema)
          if (body && schemas.length > 0 && schemas.every((schema) => schema?.type === 'object' && !(schema.required?.length))) body.required = false
        }
      }
      return document
    },
    refResolver: {
      // Shared schemas are named by their $id, so they appear as components.
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
    },
  })
  // The documents are open. Swagger UI's routes are not ours to declare, so their scope marks
  // them (a route of its that named a class would keep it).
  await app.register(async (docs) => {
    docs.addHook('onRoute', (route) => {
      route.config = { ...route.config, access: route.config?.access ?? 'open' }
    })
    await docs.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list', deepLinking: true } })
  })
  app.get('/openapi.json', { config: { access: 'open' }, schema: { hide: true } }, async () => app.swagger())
}, { name: 'swagger' })
