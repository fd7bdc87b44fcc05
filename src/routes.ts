import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { assertCity } from './features/cities/cities.service.js'
import { NotFound } from './shared/errors.js'
import apiKeys from './features/keys/keys.routes.js'
import assessment from './features/assessment/assessment.routes.js'
import audit from './features/audit/audit.routes.js'
import backup from './features/backup/backup.routes.js'
import cities from './features/cities/cities.routes.js'
import events from './features/events/events.routes.js'
import compliance from './features/compliance/compliance.routes.js'
import extensions from './features/extensions/extensions.routes.js'
import health from './features/health/health.routes.js'
import imports from './features/imports/imports.routes.js'
import { provinceIndicators, taskIndicators } from './features/indicators/indicators.routes.js'
import leadUnits from './features/lead-units/lead-units.routes.js'
import periods from './features/periods/periods.routes.js'
import progress from './features/entries/entries.routes.js'
import reminders from './features/reminders/reminders.routes.js'
import reports, { type ReportsOptions } from './features/reports/reports.routes.js'
import releases from './features/releases/releases.routes.js'
import openData from './features/releases/open.routes.js'
import returnSheets from './features/return-sheets/return-sheets.routes.js'
import { allSearch, citySearch } from './features/search/search.routes.js'
import tasks from './features/tasks/tasks.routes.js'
import webhooks from './features/webhooks/webhooks.routes.js'

const routes: FastifyPluginAsyncTypebox<ReportsOptions> = async (app, opts) => {
  await app.register(health)
  await app.register(cities, { prefix: '/v1/cities' })
  await app.register(apiKeys, { prefix: '/v1/api-keys' })
  await app.register(allSearch, { prefix: '/v1/search' })
  await app.register(backup, { prefix: '/v1/backup' })
  await app.register(openData, { prefix: '/open' })
  await app.register(provinceIndicators, { prefix: '/v1/provinces' })
  // Everything below a city answers 404 for an unknown city, whatever the resource. A read
  // pays no statement for it: what it reads names the city, so only a read that finds
  // nothing (a resource not found, an empty first page) asks whether the city is there.
  // A create asks first: what it writes would otherwise meet the city's foreign key.
  await app.register(async (city) => {
    const cityOf = (request: FastifyRequest) => (request.params as { cityCode: string }).cityCode
    city.addHook('preHandler', async (request) => {
      if (request.method === 'POST') await assertCity(app.database.db, cityOf(request))
    })
    // (A page sent as the JSON PostgreSQL built passes by this hook: its route asks itself.)
    city.addHook('preSerialization', async (request, reply, payload) => {
      const page = payload as { items?: unknown[] } | null
      if (reply.statusCode === 200 && Array.isArray(page?.items) && page.items.length === 0 && request.method !== 'POST') await assertCity(app.database.db, cityOf(request))
      return payload
    })
    // Thrown on to the app's error handler, which makes the problem.
    city.setErrorHandler(async (error, request) => {
      if (error instanceof NotFound && error.entity !== 'city') await assertCity(app.database.db, cityOf(request))
      throw error
    })
    await city.register(leadUnits, { prefix: '/lead-units' })
    await city.register(periods, { prefix: '/periods' })
    await city.register(tasks, { prefix: '/tasks' })
    await city.register(taskIndicators)
    await city.register(progress)
    await city.register(extensions)
    await city.register(reminders)
    await city.register(compliance)
    await city.register(assessment)
    await city.register(releases)
    await city.register(citySearch)
    await city.register(imports, { prefix: '/imports' })
    await city.register(reports, { summaryCacheSize: opts.summaryCacheSize, summaryCacheBytes: opts.summaryCacheBytes })
    await city.register(returnSheets)
    await city.register(audit, { prefix: '/audit' })
    await city.register(webhooks, { prefix: '/webhooks' })
    await city.register(events, { prefix: '/events' })
  }, { prefix: '/v1/cities/:cityCode' })
}

export default routes
