import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { migrationsCurrent, ping, takesWrites } from './health.service.js'
import { databaseReadOnly, Problem } from '../../http/problem.js'
import { problems } from '../../shared/common.schemas.js'

const tags = ['operations']
const Status = Type.Object({ status: Type.String({ examples: ['ok'] }) }, { description: 'Up' })

const health: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/healthz', {
    config: { access: 'open' },
    schema: { tags, operationId: 'healthz', summary: 'Liveness: the process answers (no database call)', response: { 200: Status } },
  }, async () => ({ status: 'ok' }))

  app.get('/readyz', {
    config: { access: 'open' },
    schema: {
      tags, operationId: 'readyz', summary: 'Readiness: the database answers, takes writes and its migrations are current',
      description: 'A load balancer sends traffic only to an instance whose database takes writes: on a standby, or while a failover ' +
        'has not yet given the instance a primary, this is 503 database_read_only.',
      response: { 200: Status, ...problems(503) },
    },
  }, async () => {
    const db = app.database.db
    let current: boolean
    let writable: boolean
    try {
      await ping(db)
      writable = await takesWrites(db)
      current = await migrationsCurrent(db)
    } catch (error) {
      app.log.warn({ err: error }, 'readiness check: database unreachable')
      throw new Problem(503, 'database_unavailable', 'Service Unavailable', 'the database does not answer', undefined, { 'retry-after': '2' })
    }
    if (!writable) throw databaseReadOnly()
    if (!current) {
      throw new Problem(503, 'migrations_pending', 'Service Unavailable', 'the database has migrations still to apply', undefined, { 'retry-after': '2' })
    }
    return { status: 'ok' }
  })

  app.get('/metrics', {
    config: { access: 'open' },
    schema: {
      tags, operationId: 'metrics', summary: 'Prometheus metrics',
      description: 'Open, unless the server sets METRICS_TOKEN: then send it as Authorization: Bearer <token>.',
      response: {
        200: { description: 'Prometheus text exposition format', content: { 'text/plain': { schema: Type.String() } } },
        401: problems(401)[401],
      },
    },
  }, async (_request, reply) => {
    reply.type(app.metrics.contentType)
    return app.scrapeMetrics()
  })
}

export default health
