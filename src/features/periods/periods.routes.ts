import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { closePeriod, deletePeriod, findPeriod, insertPeriod, listPeriods, reopenPeriod, updatePeriod } from './periods.service.js'
import { write } from '../../http/write.js'
import { ifMatchVersion, withEtag } from '../../http/etag.js'
import { NotFound } from '../../shared/errors.js'
import { CityParams, IfMatchHeaders, NoContent, ok, problems } from '../../shared/common.schemas.js'
import { CloseBody, Period, PeriodCreate, PeriodList, PeriodListQuery, PeriodParams, PeriodPatch } from './periods.schemas.js'

const tags = ['periods']

const periods: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db

  app.get('/', {
    config: { access: 'read' },
    schema: {
      tags, operationId: 'listPeriods', summary: 'List a city\'s reporting periods', params: CityParams, querystring: PeriodListQuery,
      response: { 200: ok(PeriodList, 'A page of periods, by end date'), ...problems(404) },
    },
  }, async (request) => {
    const { limit = 50, cursor, year, state } = request.query
    return listPeriods(db, request.params.cityCode, { limit, cursor, year, state })
  })

  app.post('/', {
    config: { access: 'cityWrite', idempotent: true },
    schema: {
      tags, operationId: 'createPeriod', summary: 'Create a reporting period', params: CityParams, body: PeriodCreate,
      response: { 201: ok(Period, 'The period created, open'), ...problems(404, 409) },
    },
  }, async (request, reply) => {
    const { cityCode } = request.params
    return write(request, reply, async (trx, actor) => {
      const period = await insertPeriod(trx, actor, { cityCode, ...request.body })
      reply.status(201).header('location', `/v1/cities/${cityCode}/periods/${period.id}`)
      return withEtag(reply, period)
    })
  })

  app.get('/:periodId', {
    config: { access: 'read' },
    schema: {
      tags, operationId: 'getPeriod', summary: 'Read a period', params: PeriodParams,
      response: { 200: ok(Period, 'The period; ETag is its version'), ...problems(404) },
    },
  }, async (request, reply) => {
    const period = await findPeriod(db, request.params.cityCode, request.params.periodId)
    if (!period) throw new NotFound('period', request.params.periodId)
    return withEtag(reply, period)
  })

  app.patch('/:periodId', {
    config: { access: 'cityWrite' },
    schema: {
      tags, operationId: 'updatePeriod', summary: 'Change an open period\'s label, kind or dates',
      params: PeriodParams, headers: IfMatchHeaders, body: PeriodPatch,
      response: { 200: ok(Period, 'The period as changed'), ...problems(404, 409, 412, 422) },
    },
  }, async (request, reply) => {
    const { cityCode, periodId } = request.params
    const period = await write(request, reply, (trx, actor) => updatePeriod(trx, actor, cityCode, periodId, request.body, ifMatchVersion(request)))
    return withEtag(reply, period)
  })

  app.delete('/:periodId', {
    config: { access: 'cityWrite' },
    schema: {
      tags, operationId: 'deletePeriod', summary: 'Delete an open period that has no entries',
      params: PeriodParams, headers: IfMatchHeaders,
      response: { 204: NoContent, ...problems(404, 409, 412) },
    },
  }, async (request, reply) => {
    const { cityCode, periodId } = request.params
    await write(request, reply, (trx, actor) => deletePeriod(trx, actor, cityCode, periodId, ifMatchVersion(request)))
    return reply.status(204).send(null)
  })

  app.post('/:periodId/close', {
    config: { access: 'cityWrite', idempotent: true },
    schema: {
      tags, operationId: 'closePeriod', summary: 'Close a period: its entries become read-only',
      description: 'Refused with 409 entries_awaiting_review, listing them in awaitingReview, while submitted entries wait for the office; ' +
        'force closes anyway, and they are counted as 已报送待审核. The body may be left out.',
      params: PeriodParams, headers: IfMatchHeaders, body: CloseBody,
      response: { 200: ok(Period, 'The period, closed'), ...problems(404, 409, 412) },
    },
  }, async (request, reply) => {
    const { cityCode, periodId } = request.params
    return write(request, reply, async (trx, actor) =>
      withEtag(reply, await closePeriod(trx, actor, cityCode, periodId, request.body, ifMatchVersion(request))))
  })

  app.post('/:periodId/reopen', {
    config: { access: 'cityWrite', idempotent: true },
    schema: {
      tags, operationId: 'reopenPeriod', summary: 'Reopen a closed period so its entries can be corrected', params: PeriodParams, headers: IfMatchHeaders,
      response: { 200: ok(Period, 'The period, open'), ...problems(404, 412) },
    },
  }, async (request, reply) => {
    const { cityCode, periodId } = request.params
    return write(request, reply, async (trx, actor) => withEtag(reply, await reopenPeriod(trx, actor, cityCode, periodId, ifMatchVersion(request))))
  })
}

export default periods
