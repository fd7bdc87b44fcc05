import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { findPeriod } from '../periods/periods.service.js'
import type { FastifyRequest } from 'fastify'
import {
  acceptEntry, assertEntryParents, commentOnEntry, deleteEntry, type EntryWriter, fileEntry, replaceEntryAtOnce, findEntryJson, listComments, listPeriodEntries, listTaskEntries,
  patchEntry, returnEntry, submitEntry,
} from './entries.service.js'
import { findTask } from '../tasks/tasks.service.js'
import { write, writeAtOnce } from '../../http/write.js'
import { publishedOnly } from '../../http/published.js'
import { sendSerialized } from '../../http/json.js'
import { ifMatchVersion, withEtag } from '../../http/etag.js'
import { NotFound } from '../../shared/errors.js'
import { badRequest } from '../../http/problem.js'
import { IfMatchHeaders, NoContent, ok, problems } from '../../shared/common.schemas.js'
import { PeriodParams } from '../periods/periods.schemas.js'
import { parseSearchQuery } from '../../shared/search.js'
import {
  AcceptBody, CommentCreate, EntryComment, EntryCommentList, EntryParams, PeriodProgressEntryList, PeriodProgressQuery, ProgressEntry, ProgressEntryList,
  ProgressEntryPatch,
  ProgressEntryPut, ReturnBody, TaskProgressQuery,
} from './entries.schemas.js'
import { TaskParams } from '../tasks/tasks.schemas.js'

const tags = ['progress']

/** A lead-unit key drafts and proposes; every other key that may write an entry writes as the office. */
const writerOf = (request: FastifyRequest): EntryWriter => (request.apiKey?.role === 'lead_unit' ? 'unit' : 'office')
const roleOf = (request: FastifyRequest) => request.apiKey?.role ?? 'admin'

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
    const page = await listTaskEntries(db, cityCode, taskId, { limit, cursor, acceptedOnly: publishedOnly(request) })
    if (page.items.length === 0 && !(await findTask(db, cityCode, taskId))) throw new NotFound('task', taskId)
    return page
  })

  app.get('/periods/:periodId/progress', {
    config: { access: 'read' },
    schema: {
      tags, operationId: 'listPeriodProgress', summary: 'All entries of a period, in the order of the list, with their flags',
      description: 'Each entry carries flags on copied text: stale (进展无实质变化) when its progress is nearly its task\'s entry of the ' +
        'previous period, dates and figures set aside; template (模板化表述) for each sentence an entry of a task with none of its lead ' +
        'units holds word for word. flag=stale or flag=template lists only the entries so flagged. The flags compare the entries the ' +
        'caller may read: for a reader of published data, accepted ones.',
      params: PeriodParams, querystring: PeriodProgressQuery,
      response: { 200: ok(PeriodProgressEntryList, 'A page of the period\'s entries'), ...problems(404, 422) },
    },
  }, async (request, reply) => {
    const { cityCode, periodId } = request.params
    const { limit = 50, cursor, status, leadUnitId, flag, q, pace } = request.query
    const terms = q === undefined ? undefined : parseSearchQuery(q)
    // What is not published is, to a caller that sees only that, not there: no other state matches.
    const published = publishedOnly(request)
    if (published && request.query.state !== undefined && request.query.state !== 'accepted') {
      if (!(await findPeriod(db, cityCode, periodId))) throw new NotFound('period', periodId)
      return { items: [], nextCursor: null }
    }
    const state = published ? 'accepted' : request.query.state
    const page = await listPeriodEntries(db, cityCode, periodId, { limit, cursor, status, state, leadUnitId, terms, flag, pace, publishedOnly: published })
    if (page.count === 0 && !(await findPeriod(db, cityCode, periodId))) throw new NotFound('period', periodId)
    return sendSerialized(reply, page.body)
  })

  app.get('/tasks/:taskId/progress/:periodId', {
    config: { access: 'read' },
    schema: {
      tags, operationId: 'getProgressEntry', summary: 'Read the entry of a task in a period', params: EntryParams,
      response: { 200: ok(ProgressEntry, 'The entry; ETag is its version'), ...problems(404) },
    },
  }, async (request, reply) => {
    const found = await findEntryJson(db, request.params)
    const entry = found && (found.state === 'accepted' || !publishedOnly(request)) ? found : undefined
    if (!entry) throw new NotFound('progress entry for task', `${request.params.taskId} in period ${request.params.periodId}`)
    withEtag(reply, entry)
    return sendSerialized(reply, entry.json)
  })

  app.put('/tasks/:taskId/progress/:periodId', {
    config: { access: 'entryWrite' },
    schema: {
      tags, operationId: 'putProgressEntry', summary: 'File or replace the entry of a task in a period',
      description: 'Creates the entry (201) or replaces it whole (200). Fields left out are emptied. ' +
        'Send If-Match to replace only the version you read; a closed period answers 409 period_closed. ' +
        'A city office files its evaluation (status) and the entry is accepted; a lead unit writes a draft (or reworks a returned ' +
        'entry), may not send status (403 status_set_by_office), and cannot change an entry it has submitted (409 entry_submitted) ' +
        'or that the office accepted (409 entry_accepted).',
      params: EntryParams, headers: PutHeaders, body: ProgressEntryPut,
      response: {
        200: ok(ProgressEntry, 'The entry, replaced'),
        201: ok(ProgressEntry, 'The entry, created'),
        ...problems(403, 404, 409, 412, 422),
      },
    },
  }, async (request, reply) => {
    const ifNoneMatch = request.headers['if-none-match']
    if (ifNoneMatch !== undefined && ifNoneMatch.trim() !== '*') {
      throw badRequest('invalid_if_none_match', 'If-None-Match on PUT may only be "*" (create only)')
    }
    const pre = { ifMatch: ifMatchVersion(request), ifNoneMatch: ifNoneMatch !== undefined }
    // Most PUTs replace an entry nothing else is writing: one statement; else the transaction.
    const replaced = await writeAtOnce(request, (db, actor) => replaceEntryAtOnce(db, actor, request.params, request.body, pre, writerOf(request)))
    if (replaced) return withEtag(reply, replaced.entry)
    const { entry, created } = await write(request, reply, (trx, actor) => fileEntry(trx, actor, request.params, request.body, pre, writerOf(request)))
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
      description: 'A lead unit withdraws only a draft or a returned entry (409 entry_submitted, entry_accepted otherwise).',
      params: EntryParams, headers: IfMatchHeaders,
      response: { 204: NoContent, ...problems(404, 409, 412, 422) },
    },
  }, async (request, reply) => {
    await write(request, reply, (trx, actor) => deleteEntry(trx, actor, request.params, ifMatchVersion(request), writerOf(request)))
    return reply.status(204).send(null)
  })

  app.patch('/tasks/:taskId/progress/:periodId', {
    config: { access: 'entryWrite' },
    schema: {
      tags, operationId: 'patchProgressEntry', summary: 'Change some fields of an entry',
      description: 'Only the fields sent change; send If-Match with the version you read. The same rules as PUT for who may set status.',
      params: EntryParams, headers: IfMatchHeaders, body: ProgressEntryPatch,
      response: { 200: ok(ProgressEntry, 'The entry as changed'), ...problems(403, 404, 409, 412, 422) },
    },
  }, async (request, reply) => {
    const entry = await write(request, reply, (trx, actor) =>
      patchEntry(trx, actor, request.params, request.body, ifMatchVersion(request), writerOf(request)))
    return withEtag(reply, entry)
  })

  app.post('/tasks/:taskId/progress/:periodId/submit', {
    config: { access: 'entryWrite', idempotent: true },
    schema: {
      tags, operationId: 'submitProgressEntry', summary: 'Submit an entry to the office (报送)',
      description: 'A draft or a returned entry becomes submitted; it is late when submitted after the deadline in force ' +
        '(the period\'s, or an approved extension\'s). Writes the event entry.submitted.',
      params: EntryParams, headers: IfMatchHeaders,
      response: { 200: ok(ProgressEntry, 'The entry, submitted'), ...problems(404, 409, 412, 422) },
    },
  }, async (request, reply) => write(request, reply, async (trx, actor) =>
    withEtag(reply, await submitEntry(trx, actor, request.params, ifMatchVersion(request)))))

  app.post('/tasks/:taskId/progress/:periodId/return', {
    config: { access: 'cityWrite', idempotent: true },
    schema: {
      tags, operationId: 'returnProgressEntry', summary: 'Return a submitted entry for rework (退回)',
      description: 'The reason is kept as a comment on the entry; the unit edits it and submits again. Writes the event entry.returned.',
      params: EntryParams, headers: IfMatchHeaders, body: ReturnBody,
      response: { 200: ok(ProgressEntry, 'The entry, returned'), ...problems(404, 409, 412, 422) },
    },
  }, async (request, reply) => write(request, reply, async (trx, actor) => withEtag(reply,
    await returnEntry(trx, actor, request.params, request.body.reason, roleOf(request), ifMatchVersion(request)))))

  app.post('/tasks/:taskId/progress/:periodId/accept', {
    config: { access: 'cityWrite', idempotent: true },
    schema: {
      tags, operationId: 'acceptProgressEntry', summary: 'Accept a submitted entry with the office\'s evaluation (工作评价)',
      description: 'Sets status, which only the office gives; summaries and reports count accepted entries only. Writes the event entry.accepted.',
      params: EntryParams, headers: IfMatchHeaders, body: AcceptBody,
      response: { 200: ok(ProgressEntry, 'The entry, accepted'), ...problems(404, 409, 412, 422) },
    },
  }, async (request, reply) => write(request, reply, async (trx, actor) =>
    withEtag(reply, await acceptEntry(trx, actor, request.params, request.body.status, ifMatchVersion(request)))))

  app.get('/tasks/:taskId/progress/:periodId/comments', {
    config: { access: 'readWork' },
    schema: {
      tags, operationId: 'listEntryComments', summary: 'The comments (批示 / 意见) on a task\'s entry, oldest first',
      params: EntryParams, querystring: TaskProgressQuery,
      response: { 200: ok(EntryCommentList, 'A page of comments'), ...problems(404) },
    },
  }, async (request) => {
    const page = await listComments(db, request.params, { limit: request.query.limit ?? 50, cursor: request.query.cursor })
    if (page.items.length === 0) await assertEntryParents(db, request.params)
    return page
  })

  app.post('/tasks/:taskId/progress/:periodId/comments', {
    config: { access: 'entryWrite', idempotent: true },
    schema: {
      tags, operationId: 'createEntryComment', summary: 'Comment on a task\'s entry (the office, or the task\'s lead unit)',
      params: EntryParams, body: CommentCreate,
      response: { 201: ok(EntryComment, 'The comment'), ...problems(404) },
    },
  }, async (request, reply) => write(request, reply, async (trx, actor) => {
    const comment = await commentOnEntry(trx, actor, request.params, { role: roleOf(request), body: request.body.body })
    reply.status(201)
    return comment
  }))
}

export default progress
