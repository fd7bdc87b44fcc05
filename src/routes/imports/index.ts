import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { actorOf, recordImportReply, replayIfCommitted } from '../../http/write.js'
import { Invalid, NotFound } from '../../domain/errors.js'
import { CityParams, ok, problems } from '../../schemas/common.js'
import { ImportList, ImportListQuery, ImportParams, ImportRequest, ImportResult, MAX_DOCUMENT_BYTES } from '../../schemas/imports.js'
import { findImport, importResultOf, listImports, runImport } from '../../services/imports.js'

const tags = ['imports']

const imports: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db

  app.post('/', {
    config: { access: 'cityWrite', idempotent: true },
    // JSON escaping can make the body larger than the document itself.
    bodyLimit: 2 * MAX_DOCUMENT_BYTES,
    schema: {
      tags, operationId: 'importReport', summary: 'Import a published report document (dry run, then commit)',
      description: 'Reads the table of a report (pipe, tab or paragraph layout, detected), repairs what line wrapping ' +
        'broke, and creates or updates the period, lead units, tasks and entries. A dry run reports exactly what the ' +
        'commit would do and writes nothing but the import record; importing the same document again changes nothing. ' +
        'Entries a person changed through the API since the document was last imported are left as they are and listed in ' +
        '`conflicts`; send `overwrite: true` to let the document win.',
      params: CityParams, body: ImportRequest,
      response: {
        200: ok(ImportResult, 'Dry run: what the import would do'),
        201: ok(ImportResult, 'The import, committed'),
        ...problems(404, 409, 413, 422),
      },
    },
  }, async (request, reply) => {
    if (request.body.period && request.body.periodId !== undefined) {
      throw new Invalid([{ field: 'period', message: 'must not be sent with periodId' }], 'name the period either by periodId or by period, not both')
    }
    let json: string | undefined
    try {
      const result = await runImport(db, actorOf(request), request.params.cityCode, request.body, async (trx, result) => {
        if (!result.dryRun) reply.status(201).header('location', `/v1/cities/${result.cityCode}/imports/${result.id}`)
        // An Idempotency-Key is claimed and its reply recorded in the import's own transaction.
        json = await recordImportReply(trx, request, reply, result)
      })
      if (json !== undefined) reply.serializer(() => json!)
      return result
    } catch (error) {
      return replayIfCommitted(error, request, reply)
    }
  })

  app.get('/', {
    config: { access: 'read' },
    schema: {
      tags, operationId: 'listImports', summary: 'List a city\'s imports, newest first', params: CityParams, querystring: ImportListQuery,
      response: { 200: ok(ImportList, 'A page of imports'), ...problems(404) },
    },
  }, async (request) => {
    const { limit = 50, cursor } = request.query
    return listImports(db, request.params.cityCode, { limit, cursor })
  })

  app.get('/:importId', {
    config: { access: 'read' },
    schema: {
      tags, operationId: 'getImport', summary: 'Read an import and its result', params: ImportParams,
      response: { 200: ok(ImportResult, 'The import'), ...problems(404) },
    },
  }, async (request) => {
    const row = await findImport(db, request.params.cityCode, request.params.importId)
    if (!row) throw new NotFound('import', request.params.importId)
    return importResultOf(row)
  })
}

export default imports
