import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { write } from '../../http/write.js'
import { NoContent, ok, problems } from '../../shared/common.schemas.js'
import { clearTaskIndicator, getTaskIndicator, indicatorCatalogue, provinceView, setTaskIndicator } from './indicators.service.js'
import {
  IndicatorCatalogue, ProvinceIndicatorParams, ProvinceParams, ProvinceView, ProvinceViewQuery, TaskIndicator, TaskIndicatorParams, TaskIndicatorPut,
} from './indicators.schemas.js'

const tags = ['indicators']

/** A task's indicator, under its city (/v1/cities/{cityCode}). */
export const taskIndicators: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db

  app.get('/tasks/:taskId/indicator', {
    config: { access: 'read' },
    schema: {
      tags, operationId: 'getTaskIndicator', summary: 'The province\'s indicator a task reports on',
      description: 'The office\'s link if it set or confirmed one, else the match the task\'s title gives, with its confidence.',
      params: TaskIndicatorParams, response: { 200: ok(TaskIndicator, 'The task\'s indicator, or null'), ...problems(404) },
    },
  }, (request) => getTaskIndicator(db, request.params.cityCode, request.params.taskId))

  app.put('/tasks/:taskId/indicator', {
    config: { access: 'cityWrite' },
    schema: {
      tags, operationId: 'setTaskIndicator', summary: 'Confirm, change or clear the indicator a task reports on',
      params: TaskIndicatorParams, body: TaskIndicatorPut,
      response: { 200: ok(TaskIndicator, 'The task\'s indicator as the office set it'), ...problems(404) },
    },
  }, (request, reply) => write(request, reply, (trx, actor) =>
    setTaskIndicator(trx, actor, request.params.cityCode, request.params.taskId, request.body)))

  app.delete('/tasks/:taskId/indicator', {
    config: { access: 'cityWrite' },
    schema: {
      tags, operationId: 'clearTaskIndicator', summary: 'Take back the office\'s link: the task follows its title\'s match again',
      params: TaskIndicatorParams, response: { 204: NoContent, ...problems(404) },
    },
  }, async (request, reply) => {
    await write(request, reply, (trx, actor) => clearTaskIndicator(trx, actor, request.params.cityCode, request.params.taskId))
    return reply.status(204).send(null)
  })
}

/** A province's catalogue and its cities on one indicator (/v1/provinces). */
export const provinceIndicators: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db

  app.get('/:provinceCode/indicators', {
    config: { access: 'province' },
    schema: {
      tags, operationId: 'listProvinceIndicators', summary: 'A province\'s catalogue of indicators shared by its cities',
      params: ProvinceParams, response: { 200: ok(IndicatorCatalogue, 'The catalogue, and how many cities the province ranks'), ...problems(401, 403, 404) },
    },
  }, (request) => indicatorCatalogue(db, request.params.provinceCode))

  app.get('/:provinceCode/indicators/:indicatorId', {
    config: { access: 'province' },
    schema: {
      tags, operationId: 'getProvinceIndicator', summary: 'The province\'s cities on one indicator: figures, ranks, quoted ranks checked',
      description: 'For every city of the province here: its latest accepted figure for the indicator in a period of the year ending in ' +
        'the month named, the province\'s rank of it (higher growth first; ties share the better rank, the next skips: 1, 2, 2, 4), and ' +
        'whether the rank its entry quotes (居全省第6位, 末位) agrees. A 全省 rank is among all the province\'s cities (provinceCities: ' +
        'the stored count of the province, 安徽 16, or the query\'s); with fewer here it cannot be checked. Admins and readers of all ' +
        'cities see every city; a key of one city sees its own row only.',
      params: ProvinceIndicatorParams, querystring: ProvinceViewQuery,
      response: { 200: ok(ProvinceView, 'The cities with a figure, by rank'), ...problems(401, 403, 404) },
    },
  }, (request) => provinceView(db, request.apiKey, request.params.provinceCode, request.params.indicatorId, request.query))
}
