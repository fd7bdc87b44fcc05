import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { deleteTask, findTaskJson, insertTask, listTasks, taskRollup, updateTask } from './tasks.service.js'
import { assertCity } from '../cities/cities.service.js'
import { sendSerialized } from '../../http/json.js'
import { write } from '../../http/write.js'
import { ifMatchVersion, withEtag } from '../../http/etag.js'
import { NotFound } from '../../shared/errors.js'
import { CityParams, IfMatchHeaders, NoContent, ok, problems } from '../../shared/common.schemas.js'
import { Task, TaskCreate, TaskList, TaskListQuery, TaskParams, TaskPatch, TaskRollup, TaskRollupQuery } from './tasks.schemas.js'

const tags = ['tasks']

const tasks: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db

  app.get('/', {
    config: { access: 'read' },
    schema: {
      tags, operationId: 'listTasks', summary: 'List tasks, by year and seq',
      description: 'Filters combine: year, seq, leadUnitId, text in the title (q), and status with periodId.',
      params: CityParams, querystring: TaskListQuery,
      response: { 200: ok(TaskList, 'A page of tasks with their lead units'), ...problems(404) },
    },
  }, async (request, reply) => {
    const { cityCode } = request.params
    const page = await listTasks(db, cityCode, { ...request.query, limit: request.query.limit ?? 50 })
    if (page.count === 0) await assertCity(db, cityCode)
    return sendSerialized(reply, page.body)
  })

  app.post('/', {
    config: { access: 'cityWrite', idempotent: true },
    schema: {
      tags, operationId: 'createTask', summary: 'Add a task to the city\'s list', params: CityParams, body: TaskCreate,
      response: { 201: ok(Task, 'The task created, with its lead units'), ...problems(404, 409) },
    },
  }, async (request, reply) => {
    const { cityCode } = request.params
    return write(request, reply, async (trx, actor) => {
      const task = await insertTask(trx, actor, cityCode, request.body)
      reply.status(201).header('location', `/v1/cities/${cityCode}/tasks/${task.id}`)
      return withEtag(reply, task)
    })
  })

  app.get('/:taskId', {
    config: { access: 'read' },
    schema: {
      tags, operationId: 'getTask', summary: 'Read a task with its lead units', params: TaskParams,
      response: { 200: ok(Task, 'The task; ETag is its version'), ...problems(404) },
    },
  }, async (request, reply) => {
    const task = await findTaskJson(db, request.params.cityCode, request.params.taskId)
    if (!task) throw new NotFound('task', request.params.taskId)
    withEtag(reply, task)
    return sendSerialized(reply, task.json)
  })

  app.get('/:taskId/rollup', {
    config: { access: 'read' },
    schema: {
      tags, operationId: 'getTaskRollup', summary: 'How a split task stands in a period by its parts (县区分解)',
      description: 'A task split into parts (tasks created with its id as parentId, each led by a county or district) rolls up from the parts\' accepted entries: ' +
        'its status by its rule (the weakest part\'s, or the verdict of the parts\' weighted share), the weighted share when every part has a weight, ' +
        'and the parts behind as the report says them. A task with no parts has an empty list and no status.',
      params: TaskParams, querystring: TaskRollupQuery,
      response: { 200: ok(TaskRollup, 'The roll-up for the period'), ...problems(404, 422) },
    },
  }, async (request) => {
    const { cityCode, taskId } = request.params
    return { taskId, periodId: request.query.periodId, ...await taskRollup(db, cityCode, taskId, request.query.periodId) }
  })

  app.patch('/:taskId', {
    config: { access: 'cityWrite' },
    schema: {
      tags, operationId: 'updateTask', summary: 'Change a task; leadUnits, when given, replaces the list',
      params: TaskParams, headers: IfMatchHeaders, body: TaskPatch,
      response: { 200: ok(Task, 'The task as changed'), ...problems(404, 409, 412, 422) },
    },
  }, async (request, reply) => {
    const { cityCode, taskId } = request.params
    const task = await write(request, reply, (trx, actor) => updateTask(trx, actor, cityCode, taskId, request.body, ifMatchVersion(request)))
    return withEtag(reply, task)
  })

  app.delete('/:taskId', {
    config: { access: 'cityWrite' },
    schema: {
      tags, operationId: 'deleteTask', summary: 'Delete a task that has no progress entries',
      params: TaskParams, headers: IfMatchHeaders,
      response: { 204: NoContent, ...problems(404, 409, 412) },
    },
  }, async (request, reply) => {
    const { cityCode, taskId } = request.params
    await write(request, reply, (trx, actor) => deleteTask(trx, actor, cityCode, taskId, ifMatchVersion(request)))
    return reply.status(204).send(null)
  })
}

export default tasks
