import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { accessOf } from '../auth/policy.js'
import { problems } from '../schemas/common.js'
import pkg from '../../package.json' with { type: 'json' }

export const openapiInfo = {
  title: 'duban 督办 API',
  version: pkg.version,
  description: 'A city government office\'s annual list of key work tasks (重点工作任务), the units that lead them, ' +
    'the reporting periods, and the progress entry each lead unit files for each task each period.\n\n' +
    'Errors are application/problem+json with a stable `code`. Single resources carry a strong ETag; send it ' +
    'back as If-Match on PUT, PATCH and DELETE to get 412 instead of overwriting someone else\'s change. Lists ' +
    'page with `limit` and the opaque `cursor` from `nextCursor`.',
}

export default fp(async (app: FastifyInstance) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: openapiInfo,
      tags: [
        { name: 'cities', description: 'Cities, by GB/T 2260 code' },
        { name: 'lead-units', description: '牵头责任单位: the departments that lead tasks' },
        { name: 'periods', description: 'Reporting periods: 一季度, 1-5月份, 上半年, 全年 …' },
        { name: 'tasks', description: '重点工作任务: the annual list' },
        { name: 'progress', description: 'Progress entries: one per task per period' },
        { name: 'imports', description: 'Importing published report documents' },
        { name: 'reports', description: 'The period summary, status changes and the report exports' },
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
    // from the same policy the auth plugin enforces.
    transform: ({ schema, url, route }) => {
      if (accessOf(route.method as string, url) === 'open' || !schema) return { schema, url }
      const responses = { ...(schema.response as object) } as Record<string, unknown>
      for (const status of [401, 403, 429]) responses[status] ??= problems(status)[status]
      return { schema: { ...schema, security: [{ bearer: [] }], response: responses }, url }
    },
    refResolver: {
      // Shared schemas are named by their $id, so they appear as components.
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
    },
  })
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list', deepLinking: true } })
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
}, { name: 'swagger' })
