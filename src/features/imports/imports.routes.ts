import multipart from '@fastify/multipart'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { actorOf, recordImportReply, replayIfCommitted } from '../../http/write.js'
import { Invalid, NotFound } from '../../shared/errors.js'
import { FILE_MEDIA_TYPES } from '../../shared/report/files.js'
import { CityParams, ok, problems } from '../../shared/common.schemas.js'
import {
  ImportFileBody, ImportFileQuery, ImportList, ImportListQuery, ImportParams, ImportRequest, ImportResult, ImportUpload,
  MAX_DOCUMENT_BYTES,
} from './imports.schemas.js'
import { type FileImportRequest, findImport, importResultOf, listImports, runImport } from './imports.service.js'

const tags = ['imports']

/** Media types a file may be sent as, its bytes the whole body; what it is is read from the bytes. */
const FILE_BODY_TYPES = [FILE_MEDIA_TYPES.xlsx, FILE_MEDIA_TYPES.docx, 'application/octet-stream']

/**
 * The import the body asks for. A JSON body holds the text and its options; a form holds
 * the file and its options as fields; a body that is the file holds only the file, and its
 * options are in the query string, which the other two must leave empty.
 */
function importRequestOf(request: FastifyRequest, body: unknown, query: ImportFileQuery, fileName: string | undefined): ImportRequest | FileImportRequest {
  const queried = Object.keys(query)
  if (Buffer.isBuffer(body)) {
    if (query.sourceName === undefined) {
      throw new Invalid([{ field: 'sourceName', message: 'is required in the query string when the body is the file itself' }], undefined, undefined, 'querystring')
    }
    const { sourceName, ...options } = query
    return { sourceName, ...options, file: body }
  }
  if (queried.length > 0) {
    throw new Invalid(queried.map((field) => ({ field, message: 'goes in the body, not the query string, unless the body is the file itself' })),
      undefined, undefined, 'querystring')
  }
  if (request.isMultipart()) {
    const { file, sourceName, ...options } = body as ImportUpload
    const name = sourceName ?? fileName
    if (name === undefined || name.trim() === '') throw Invalid.field('sourceName', 'is required when the uploaded file has no name')
    return { sourceName: name, ...options, file }
  }
  const text = body as ImportRequest
  if (text.period && text.periodId !== undefined) {
    throw new Invalid([{ field: 'period', message: 'must not be sent with periodId' }], 'name the period either by periodId or by period, not both')
  }
  return text
}

const imports: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db

  // An uploaded file's name, kept as the import's sourceName when the form sends none.
  const fileNames = new WeakMap<FastifyRequest, string>()
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    // A truncated field (past fieldSize) is longer than any option allows, so it fails validation.
    limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 8, parts: 9, fieldSize: 4096 },
    async onFile(part) {
      fileNames.set(this, part.filename)
      await part.toBuffer()
    },
  })
  // The route's bodyLimit bounds the bytes read; runImport refuses a file over MAX_DOCUMENT_BYTES.
  app.addContentTypeParser(FILE_BODY_TYPES, { parseAs: 'buffer' }, (_request, body, done) => done(null, body))

  app.post('/', {
    config: { access: 'cityWrite', idempotent: true },
    // JSON escaping can make the body larger than the document itself.
    bodyLimit: 2 * MAX_DOCUMENT_BYTES,
    schema: {
      tags, operationId: 'importReport', summary: 'Import a published report document (dry run, then commit)',
      description: 'Reads the table of a report (pipe, tab or paragraph layout, detected), repairs what line wrapping ' +
        'broke, and creates or updates the period, lead units, tasks and entries. The report may be sent as text (JSON), ' +
        'or as an xlsx or docx file: uploaded as the `file` field of a form, or as the whole body with its options in the ' +
        'query string. A workbook is read from its first visible sheet with a 序号 header (merged cells fill the rows they ' +
        'span), a Word document from its first such table. A dry run reports exactly what the ' +
        'commit would do and writes nothing but the import record; importing the same document again changes nothing. ' +
        'Entries a person changed through the API since the document was last imported are left as they are and listed in ' +
        '`conflicts`; send `overwrite: true` to let the document win. A lead unit\'s return sheet (GET ' +
        '…/periods/{periodId}/return-sheet), or any file sent with leadUnitId and periodId, is imported as that unit\'s entries ' +
        'only: drafts with the 工作评价 as proposedStatus, in the sheet\'s period; tasks, units and the period are not changed, a ' +
        'row of another task or with another task text is a warning, and a submitted or accepted entry is a conflict whatever ' +
        'overwrite says (see returnSheet and entryState in the result).',
      params: CityParams,
      querystring: ImportFileQuery,
      body: {
        content: {
          'application/json': { schema: ImportRequest },
          'multipart/form-data': { schema: ImportUpload },
          ...Object.fromEntries(FILE_BODY_TYPES.map((type) => [type, { schema: ImportFileBody }])),
        },
      },
      response: {
        200: ok(ImportResult, 'Dry run: what the import would do'),
        201: ok(ImportResult, 'The import, committed'),
        ...problems(404, 409, 413, 415, 422),
      },
    },
  }, async (request, reply) => {
    const wanted = importRequestOf(request, request.body, request.query, fileNames.get(request))
    let json: string | undefined
    try {
      const result = await runImport(db, actorOf(request), request.params.cityCode, wanted, async (trx, result) => {
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
    config: { access: 'readWork' },
    schema: {
      tags, operationId: 'listImports', summary: 'List a city\'s imports, newest first', params: CityParams, querystring: ImportListQuery,
      response: { 200: ok(ImportList, 'A page of imports'), ...problems(404) },
    },
  }, async (request) => {
    const { limit = 50, cursor } = request.query
    return listImports(db, request.params.cityCode, { limit, cursor })
  })

  app.get('/:importId', {
    config: { access: 'readWork' },
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
