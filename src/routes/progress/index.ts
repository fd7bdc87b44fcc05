import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { findPeriod } from '../../db/queries/periods.js'
import { deleteEntry, findEntry, listPeriodEntries, listTaskEntries, putEntry } from '../../db/queries/progress.js'
import { findTask } from '../../db/queries/tasks.js'
import { write } from '../../http/write.js'
import { ifMatchVersion, withEtag } from '../../http/etag.js'
import { NotFound } from '../../domain/errors.js'
import { badRequest } from '../../http/problem.js'
import { IfMatchHeaders, NoContent, ok, problems } from '../../schemas/common.js'
import { PeriodParams } from '../../schemas/periods.js'
import { EntryParams, PeriodProgressQuery, ProgressEntry, ProgressEntryList, ProgressEntryPut, TaskProgressQuery } from '../../schemas/progress.js'
import { TaskParams } from '../../schemas/tasks.js'

const tags = ['progress']

const PutHeaders = Type.Object({
  'if-match': Type.Optional(Type.String({ description: 'Replace only this version of the entry (412 otherwise)' })),
  'if-none-match': Type.Optional(Type.String({ description: '"*": create only; 412 if the entry exists' })),
})

const progress: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db

  app.get('/tasks/:taskId/progress', {
    config: { access: 'read' },
    schema: {
      tags, operationId: 'listTaskProgress', summary: 'One task\'s entries across periods, oldest first',
      params: TaskParams, querystring: TaskProgressQuery,
      response: { 200: ok(ProgressEntryList, 'A page of the task\'s entries'), ...problems(404) },
    },
  }, async (request) => {
    const { cityCode, taskId } = request.params
    const { limit = 50, cursor } = request.query
    // An empty page asks whether the task is there: a page with entries has said so.
    const page = await listTaskEntries(db, cityCode, taskId, { limit, cursor })
    if (page.items.length === 0 && !(await findTask(db, cityCode, taskId))) throw new NotFound('task', taskId)
    return page
  })

  app.get('/periods/:periodId/progress', {
    config: { access: 'read' },
    schema: {
      tags, operationId: 'listPeriodProgress', summary: 'All entries of a period, in the order of the list',
      params: PeriodParams, querystring: PeriodProgressQuery,
      response: { 200: ok(ProgressEntryList, 'A page of the period\'s entries'), ...problems(404) },
    },
  }, async (request) => {
    const { cityCode, periodId } = request.params
    const { limit = 50, cursor, status, leadUnitId } = request.query
    const page = await listPeriodEntries(db, cityCode, periodId, { limit, cursor, status, leadUnitId })
    if (page.items.length === 0 && !(await findPeriod(db, cityCode, periodId))) throw new NotFound('period', periodId)
    return page
  })

  app.get('/tasks/:taskId/progress/:periodId', {
    config: { access: 'read' },
    schema: {
      tags, operationId: 'getProgressEntry', summary: 'Read the entry of a task in a period', params: EntryParams,
      response: { 200: ok(ProgressEntry, 'The entry; ETag is its version'), ...problems(404) },
    },
  }, async (request, reply) => {
    const entry = await findEntry(db, request.params)
    if (!entry) throw new NotFound('progress entry for task', `${request.params.taskId} in period ${request.params.periodId}`)
    return withEtag(reply, entry)
  })

  app.put('/tasks/:taskId/progress/:periodId', {
    config: { access: 'entryWrite' },
    schema: {
      tags, operationId: 'putProgressEntry', summary: 'File or replace the entry of a task in a period',
      description: 'Creates the entry (201) or replaces it whole (200). Fields left out are emptied. ' +
        'Send If-Match to replace only the version you read; a closed period answers 409 period_closed.',
      params: EntryParams, headers: PutHeaders, body: ProgressEntryPut,
      response: {
        200: ok(ProgressEntry, 'The entry, replaced'),
        201: ok(ProgressEntry, 'The entry, created'),
        ...problems(404, 409, 412, 422),
      },
    },
  }, async (request, reply) => {
    const ifNoneMatch = request.headers['if-none-match']
    if (ifNoneMatch !== undefined && ifNoneMatch.trim() !== '*') {
      throw badRequest('invalid_if_none_match', 'If-None-Match on PUT may only be "*" (create only)')
    }
    const pre = { ifMatch: ifMatchVersion(request), ifNoneMatch: ifNoneMatch !== undefined }
    const { entry, created } = await write(request, reply, (trx, actor) => putEntry(trx, actor, request.params, request.body, pre))
    if (created) {
      const { cityCode, taskId, periodId } = request.params
      reply.status(201).header('location', `/v1/cities/${cityCode}/tasks/${taskId}/progress/${periodId}`)
    }
    return withEtag(reply, entry)
  })

  app.delete('/tasks/:taskId/progress/:periodId', {
    config: { access: 'entryWrite' },
    schema: {
      tags, operationId: 'deleteProgressEntry', summary: 'Withdraw an entry filed in error (open periods only)',
      params: EntryParams, headers: IfMatchHeaders,
      response: { 204: NoContent, ...problems(404, 409, 412, 422) },
    },
  }, async (request, reply) => {
    await write(request, reply, (trx, actor) => deleteEntry(trx, actor, request.params, ifMatchVersion(request)))
    return reply.status(204).send(null)
  })
}

export default progress
