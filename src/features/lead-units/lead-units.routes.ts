import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { deleteLeadUnit, findLeadUnit, insertLeadUnit, listLeadUnits, mergeLeadUnit, updateLeadUnit } from './lead-units.service.js'
import { write } from '../../http/write.js'
import { ifMatchVersion, withEtag } from '../../http/etag.js'
import { NotFound } from '../../shared/errors.js'
import { CityParams, IfMatchHeaders, NoContent, ok, problems } from '../../shared/common.schemas.js'
import {
  LeadUnit, LeadUnitCreate, LeadUnitList, LeadUnitListQuery, LeadUnitMerge, LeadUnitMergeBody, LeadUnitParams, LeadUnitPatch,
} from './lead-units.schemas.js'

const tags = ['lead-units']

const leadUnits: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db

  app.get('/', {
    config: { access: 'read' },
    schema: {
      tags, operationId: 'listLeadUnits', summary: 'List a city\'s lead units', params: CityParams, querystring: LeadUnitListQuery,
      response: { 200: ok(LeadUnitList, 'A page of lead units, oldest first'), ...problems(404) },
    },
  }, async (request) => {
    const { limit = 50, cursor, name } = request.query
    return listLeadUnits(db, request.params.cityCode, { limit, cursor, name })
  })

  app.post('/', {
    config: { access: 'cityWrite', idempotent: true },
    schema: {
      tags, operationId: 'createLeadUnit', summary: 'Create a lead unit', params: CityParams, body: LeadUnitCreate,
      response: { 201: ok(LeadUnit, 'The lead unit created'), ...problems(404, 409) },
    },
  }, async (request, reply) => {
    const { cityCode } = request.params
    return write(request, reply, async (trx, actor) => {
      const unit = await insertLeadUnit(trx, actor, { cityCode, ...request.body })
      reply.status(201).header('location', `/v1/cities/${cityCode}/lead-units/${unit.id}`)
      return withEtag(reply, unit)
    })
  })

  app.get('/:leadUnitId', {
    config: { access: 'read' },
    schema: {
      tags, operationId: 'getLeadUnit', summary: 'Read a lead unit', params: LeadUnitParams,
      response: { 200: ok(LeadUnit, 'The lead unit; ETag is its version'), ...problems(404) },
    },
  }, async (request, reply) => {
    const unit = await findLeadUnit(db, request.params.cityCode, request.params.leadUnitId)
    if (!unit) throw new NotFound('lead unit', request.params.leadUnitId)
    return withEtag(reply, unit)
  })

  app.patch('/:leadUnitId', {
    config: { access: 'cityWrite' },
    schema: {
      tags, operationId: 'updateLeadUnit', summary: 'Rename a lead unit or change its aliases',
      params: LeadUnitParams, headers: IfMatchHeaders, body: LeadUnitPatch,
      response: { 200: ok(LeadUnit, 'The lead unit as changed'), ...problems(404, 409, 412) },
    },
  }, async (request, reply) => {
    const { cityCode, leadUnitId } = request.params
    const unit = await write(request, reply, (trx, actor) =>
      updateLeadUnit(trx, actor, cityCode, leadUnitId, request.body, ifMatchVersion(request)))
    return withEtag(reply, unit)
  })

  app.delete('/:leadUnitId', {
    config: { access: 'cityWrite' },
    schema: {
      tags, operationId: 'deleteLeadUnit', summary: 'Delete a lead unit that leads no task and has no key that still works',
      params: LeadUnitParams, headers: IfMatchHeaders,
      response: { 204: NoContent, ...problems(404, 409, 412) },
    },
  }, async (request, reply) => {
    const { cityCode, leadUnitId } = request.params
    await write(request, reply, (trx, actor) => deleteLeadUnit(trx, actor, cityCode, leadUnitId, ifMatchVersion(request)))
    return reply.status(204).send(null)
  })

  app.post('/:leadUnitId/merge', {
    config: { access: 'cityWrite', idempotent: true },
    schema: {
      tags, operationId: 'mergeLeadUnit', summary: 'Merge a duplicate lead unit into another',
      description: 'Moves the unit\'s tasks to `into`, keeps its names as aliases of `into`, revokes its keys or moves them to `into` ' +
        '(`keys`), deletes it, and records the merge; the reply says what moved. ' +
        'If-Match, when sent, is the version of the unit being merged away.',
      params: LeadUnitParams, headers: IfMatchHeaders, body: LeadUnitMergeBody,
      response: { 200: ok(LeadUnitMerge, 'The surviving unit and the tasks that moved'), ...problems(404, 412) },
    },
  }, async (request, reply) => {
    const { cityCode, leadUnitId } = request.params
    return write(request, reply, (trx, actor) =>
      mergeLeadUnit(trx, actor, cityCode, leadUnitId, request.body, ifMatchVersion(request)))
  })
}

export default leadUnits
