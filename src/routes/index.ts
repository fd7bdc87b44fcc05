import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { cityRevision } from '../db/queries/cities.js'
import { NotFound } from '../domain/errors.js'
import apiKeys from './api-keys/index.js'
import audit from './audit/index.js'
import cities from './cities/index.js'
import health from './health/index.js'
import imports from './imports/index.js'
import leadUnits from './lead-units/index.js'
import periods from './periods/index.js'
import progress from './progress/index.js'
import reports, { type ReportsOptions } from './reports/index.js'
import tasks from './tasks/index.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** Under /v1/cities/{cityCode}: the city's report data revision, read as the city is found. */
    cityRevision: number
  }
}

const routes: FastifyPluginAsyncTypebox<ReportsOptions> = async (app, opts) => {
  app.decorateRequest('cityRevision', 0)
  await app.register(health)
  await app.register(cities, { prefix: '/v1/cities' })
  await app.register(apiKeys, { prefix: '/v1/api-keys' })
  // Everything below a city answers 404 for an unknown city, whatever the resource.
  await app.register(async (city) => {
    city.addHook('preHandler', async (request) => {
      const { cityCode } = request.params as { cityCode: string }
      const revision = await cityRevision(app.database.db, cityCode)
      if (revision === undefined) throw new NotFound('city', cityCode)
      request.cityRevision = revision
    })
    await city.register(leadUnits, { prefix: '/lead-units' })
    await city.register(periods, { prefix: '/periods' })
    await city.register(tasks, { prefix: '/tasks' })
    await city.register(progress)
    await city.register(imports, { prefix: '/imports' })
    await city.register(reports, { summaryCacheSize: opts.summaryCacheSize })
    await city.register(audit, { prefix: '/audit' })
  }, { prefix: '/v1/cities/:cityCode' })
}

export default routes
