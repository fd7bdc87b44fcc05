import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  decideExtension, findExtension, listEntryExtensions, listExtensions, requestExtension,
} from './extensions.service.js'
import { assertEntryParents } from '../entries/entries.service.js'
import { NotFound } from '../../shared/errors.js'
import { ifMatchVersion, withEtag } from '../../http/etag.js'
import { write } from '../../http/write.js'
import { CityParams, IfMatchHeaders, ok, problems } from '../../shared/common.schemas.js'
import {
  ApproveBody, Extension, ExtensionCreate, ExtensionHistoryQuery, ExtensionList, ExtensionListQuery, ExtensionParams, RejectBody,
} from './extensions.schemas.js'
import { EntryParams } from '../entries/entries.schemas.js'

const tags = ['extensions']

const extensions: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db

  app.post('/tasks/:taskId/progress/:periodId/extension', {
    config: { access: 'entryWrite', idempotent: true },
    schema: {
      tags, operationId: 'requestExtension', summary: 'Ask for more time to file a task\'s entry (延期申请)',
      description: 'By the task\'s lead unit (or the office on its behalf), for an entry not yet submitted, in an open period with a deadline. ' +
        'dueAt must be later than the deadline in force; one request waits at a time (409 extension_pending). Writes the event extension.requested.',
      params: EntryParams, body: ExtensionCreate,
      response: { 201: ok(Extension, 'The request, pending'), ...problems(404, 409, 422) },
    },
  }, async (request, reply) => {
    const { cityCode } = request.params
    return write(request, reply, async (trx, actor) => {
      const extension = await requestExtension(trx, actor, request.params, request.body, request.apiKey?.leadUnitId ?? null)
      reply.status(201).header('location', `/v1/cities/${cityCode}/extensions/${extension.id}`)
      return withEtag(reply, extension)
    })
  })

  app.get('/tasks/:taskId/progress/:periodId/extensions', {
    config: { access: 'readWork' },
    schema: {
      tags, operationId: 'listEntryExtensions', summary: 'The extension requests of a task\'s entry, oldest first: its deadline\'s history',
      params: EntryParams, querystring: ExtensionHistoryQuery,
      response: { 200: ok(ExtensionList, 'A page of requests'), ...problems(404) },
    },
  }, async (request) => {
    const page = await listEntryExtensions(db, request.params, { limit: request.query.limit ?? 50, cursor: request.query.cursor })
    if (page.items.length === 0) await assertEntryParents(db, request.params)
    return page
  })

  app.get('/extensions', {
    config: { access: 'readWork' },
    schema: {
      tags, operationId: 'listExtensions', summary: 'The city\'s extension requests, oldest first (state=pending: what waits for a decision)',
      params: CityParams, querystring: ExtensionListQuery,
      response: { 200: ok(ExtensionList, 'A page of requests'), ...problems(404) },
    },
  }, async (request) => {
    const { limit = 50, cursor, state, periodId } = request.query
    return listExtensions(db, request.params.cityCode, { limit, cursor, state, periodId })
  })

  app.get('/extensions/:extensionId', {
    config: { access: 'readWork' },
    schema: {
      tags, operationId: 'getExtension', summary: 'Read an extension request', params: ExtensionParams,
      response: { 200: ok(Extension, 'The request; ETag is its version'), ...problems(404) },
    },
  }, async (request, reply) => {
    const extension = await findExtension(db, request.params.cityCode, request.params.extensionId)
    if (!extension) throw new NotFound('extension request', request.params.extensionId)
    return withEtag(reply, extension)
  })

  for (const [action, body, summary] of [
    ['approve', ApproveBody, 'Approve: the date asked for becomes the entry\'s deadline in force'],
    ['reject', RejectBody, 'Reject, with the reason the unit reads: the deadline stays'],
  ] as const) {
    app.post(`/extensions/:extensionId/${action}`, {
      config: { access: 'cityWrite', idempotent: true },
      schema: {
        tags, operationId: `${action}Extension`, summary,
        description: 'A pending request only (409 extension_decided otherwise); an approval needs the period open and a date still later ' +
          'than the deadline in force (409 extension_superseded). Writes the event extension.decided.',
        params: ExtensionParams, headers: IfMatchHeaders, body,
        response: { 200: ok(Extension, 'The request, decided'), ...problems(404, 409, 412, 422) },
      },
    }, async (request, reply) => {
      const { cityCode, extensionId } = request.params
      const decision = action === 'approve'
        ? { state: 'approved' as const, reason: request.body.reason }
        : { state: 'rejected' as const, reason: (request.body as { reason: string }).reason }
      const extension = await write(request, reply, (trx, actor) => decideExtension(trx, actor, cityCode, extensionId, decision, ifMatchVersion(request)))
      app.worker.nudge()
      return withEtag(reply, extension)
    })
  }
}

export default extensions
