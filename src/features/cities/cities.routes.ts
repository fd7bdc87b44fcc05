import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { deleteCity, findCity, insertCity, listCities, updateCity } from './cities.service.js'
import { write } from '../../http/write.js'
import { ifMatchVersion, withEtag } from '../../http/etag.js'
import { NotFound } from '../../shared/errors.js'
import { City, CityCreate, CityList, CityListQuery, CityPatch } from './cities.schemas.js'
import { CityParams, IfMatchHeaders, NoContent, ok, problems } from '../../shared/common.schemas.js'

const tags = ['cities']

const cities: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db

  app.get('/', {
    config: { access: 'read' },
    schema: {
      tags, operationId: 'listCities', summary: 'List cities', querystring: CityListQuery,
      response: { 200: ok(CityList, 'A page of cities, by code'), ...problems() },
    },
  }, async (request) => {
    // A key of one city sees that city only.
    return listCities(db, { limit: request.query.limit ?? 50, cursor: request.query.cursor, only: request.apiKey?.cityCode ?? undefined })
  })

  app.post('/', {
    config: { access: 'cityAdmin', idempotent: true },
    schema: {
      tags, operationId: 'createCity', summary: 'Create a city', body: CityCreate,
      response: { 201: ok(City, 'The city created'), ...problems(409) },
    },
  }, async (request, reply) => {
    return write(request, reply, async (trx, actor) => {
      const city = await insertCity(trx, actor, request.body)
      reply.status(201).header('location', `/v1/cities/${city.code}`)
      return withEtag(reply, city)
    })
  })

  app.get('/:cityCode', {
    config: { access: 'read' },
    schema: {
      tags, operationId: 'getCity', summary: 'Read a city', params: CityParams,
      response: { 200: ok(City, 'The city; ETag is its version'), ...problems(404) },
    },
  }, async (request, reply) => {
    const city = await findCity(db, request.params.cityCode)
    if (!city) throw new NotFound('city', request.params.cityCode)
    return withEtag(reply, city)
  })

  app.patch('/:cityCode', {
    config: { access: 'cityWrite' },
    schema: {
      tags, operationId: 'updateCity', summary: 'Change a city\'s name, province, supervision settings or status words',
      params: CityParams, headers: IfMatchHeaders, body: CityPatch,
      response: { 200: ok(City, 'The city as changed'), ...problems(404, 412) },
    },
  }, async (request, reply) => {
    const city = await write(request, reply, (trx, actor) =>
      updateCity(trx, actor, request.params.cityCode, request.body, ifMatchVersion(request)))
    return withEtag(reply, city)
  })

  app.delete('/:cityCode', {
    config: { access: 'cityAdmin' },
    schema: {
      tags, operationId: 'deleteCity', summary: 'Delete a city that holds no data',
      params: CityParams, headers: IfMatchHeaders,
      response: { 204: NoContent, ...problems(404, 409, 412) },
    },
  }, async (request, reply) => {
    await write(request, reply, (trx, actor) => deleteCity(trx, actor, request.params.cityCode, ifMatchVersion(request)))
    return reply.status(204).send(null)
  })
}

export default cities
