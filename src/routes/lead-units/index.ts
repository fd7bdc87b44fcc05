import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { deleteLeadUnit, findLeadUnit, insertLeadUnit, listLeadUnits, updateLeadUnit } from '../../db/queries/leadUnits.js'
import { decodeCursor, page } from '../../http/cursor.js'
import { ifMatchVersion, withEtag } from '../../http/etag.js'
import { notFound } from '../../http/problem.js'
import { CityParams, IfMatchHeaders, NoContent, ok, problems } from '../../schemas/common.js'
import { LeadUnit, LeadUnitCreate, LeadUnitList, LeadUnitListQuery, LeadUnitParams, LeadUnitPatch } from '../../schemas/leadUnits.js'

const tags = ['lead-units']

const leadUnits: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db

  app.get('/', {
    schema: {
      tags, operationId: 'listLeadUnits', summary: 'List a city\'s lead units', params: CityParams, querystring: LeadUnitListQuery,
      response: { 200: ok(LeadUnitList, 'A page of lead units, oldest first'), ...problems(404) },
    },
  }, async (request) => {
    const { limit = 50, cursor, name } = request.query
    const after = decodeCursor(cursor, ['number'])?.[0] as number | undefined
    return page(await listLeadUnits(db, request.params.cityCode, { limit, after, name }), limit, (unit) => [unit.id])
  })

  app.post('/', {
    schema: {
      tags, operationId: 'createLeadUnit', summary: 'Create a lead unit', params: CityParams, body: LeadUnitCreate,
      response: { 201: ok(LeadUnit, 'The lead unit created'), ...problems(404, 409) },
    },
  }, async (request, reply) => {
    const { cityCode } = request.params
    const unit = await insertLeadUnit(db, { cityCode, ...request.body })
    reply.status(201).header('location', `/v1/cities/${cityCode}/lead-units/${unit.id}`)
    return withEtag(reply, unit)
  })

  app.get('/:leadUnitId', {
    schema: {
      tags, operationId: 'getLeadUnit', summary: 'Read a lead unit', params: LeadUnitParams,
      response: { 200: ok(LeadUnit, 'The lead unit; ETag is its version'), ...problems(404) },
    },
  }, async (request, reply) => {
    const unit = await findLeadUnit(db, request.params.cityCode, request.params.leadUnitId)
    if (!unit) throw notFound('lead unit', request.params.leadUnitId)
    return withEtag(reply, unit)
  })

  app.patch('/:leadUnitId', {
    schema: {
      tags, operationId: 'updateLeadUnit', summary: 'Rename a lead unit or change its aliases',
      params: LeadUnitParams, headers: IfMatchHeaders, body: LeadUnitPatch,
      response: { 200: ok(LeadUnit, 'The lead unit as changed'), ...problems(404, 409, 412) },
    },
  }, async (request, reply) => {
    const { cityCode, leadUnitId } = request.params
    return withEtag(reply, await updateLeadUnit(db, cityCode, leadUnitId, request.body, ifMatchVersion(request)))
  })

  app.delete('/:leadUnitId', {
    schema: {
      tags, operationId: 'deleteLeadUnit', summary: 'Delete a lead unit that leads no task',
      params: LeadUnitParams, headers: IfMatchHeaders,
      response: { 204: NoContent, ...problems(404, 409, 412) },
    },
  }, async (request, reply) => {
    await deleteLeadUnit(db, request.params.cityCode, request.params.leadUnitId, ifMatchVersion(request))
    return reply.status(204).send(null)
  })
}

export default leadUnits
