import multipart from '@fastify/multipart'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { unavailable } from '../../http/problem.js'
import { actorOf, recordImportReply, replayIfCommitted } from '../../http/write.js'
import { Invalid, NotFound } from '../../shared/errors.js'
import { FILE_MEDIA_TYPES, MAX_UNPACKED_BYTES } from '../../shared/report/files.js'
import { CityParams, ok, problems } from '../../shared/common.schemas.js'
import {
  COLUMN_ROLE_NAMES, ImportFileBody, ImportFileQuery, ImportList, ImportListQuery, ImportParams, ImportRequest, ImportResult, ImportUpload,
  MAX_COLUMN_ROLES, MAX_DOCUMENT_BYTES, MAX_IMPORT_ROWS,
} from './imports.schemas.js'
import { ImportGate, type ImportTicket } from './imports.gate.js'
import { type FileImportRequest, findImport, importResultOf, listImports, runImport } from './imports.service.js'

const tags = ['imports']

/** Imports run at once in this process, and more that wait their turn (imports.gate.ts). */
const IMPORTS_RUNNING = 1
const IMPORTS_WAITING = 2
/** Seconds a refused import is told to wait: about what one at the row limit takes. */
const BUSY_RETRY_AFTER = 10
const MB = (bytes: number) => `${bytes / 1024 / 1024} MB`

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
    const { sourceName, columnRoles, ...options } = query
    return { sourceName, ...options, ...columnRolesOf(columnRoles, 'querystring'), file: body }
  }
  if (queried.length > 0) {
    throw new Invalid(queried.map((field) => ({ field, message: 'goes in the body, not the query string, unless the body is the file itself' })),
      undefined, undefined, 'querystring')
  }
  if (request.isMultipart()) {
    const { file, sourceName, columnRoles, ...options } = body as ImportUpload
    const name = sourceName ?? fileName
    if (name === undefined || name.trim() === '') throw Invalid.field('sourceName', 'is required when the uploaded file has no name')
    return { sourceName: name, ...options, ...columnRolesOf(columnRoles, 'body'), file }
  }
  const text = body as ImportRequest
  if (text.period && text.periodId !== undefined) {
    throw new Invalid([{ field: 'period', message: 'must not be sent with periodId' }], 'name the period either by periodId or by period, not both')
  }
  return text
}

/** columnRoles sent as a form field or in the query string: a JSON object of header → role, checked as the JSON body's is. */
function columnRolesOf(text: string | undefined, where: 'body' | 'querystring'): { columnRoles?: ImportRequest['columnRoles'] } {
  if (text === undefined) return {}
  const invalid = (message: string) => new Invalid([{ field: 'columnRoles', message }], undefined, undefined, where)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw invalid('must be a JSON object of column header to role, such as {"包保部门":"leadUnits"}')
  }
  const roles: readonly string[] = COLUMN_ROLE_NAMES
  const entries = value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : null
  if (entries === null || entries.length > MAX_COLUMN_ROLES ||
    entries.some(([title, role]) => title.length === 0 || title.length > 40 || typeof role !== 'string' || !roles.includes(role))) {
    throw invalid(`must be a JSON object of at most ${MAX_COLUMN_ROLES} column headers (1–40 characters) to one of ${roles.join(', ')}`)
  }
  return { columnRoles: value as ImportRequest['columnRoles'] }
}

const imports: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db
  const gate = new ImportGate(IMPORTS_RUNNING, IMPORTS_WAITING)
  const tickets = new WeakMap<FastifyRequest, ImportTicket>()

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
    // A place at the gate is taken once the key is known and before the body is read: past its
    // places the body is never read. A request that ends without running (refused, or its client
    // gone while it waited) gives its place back when its response closes.
    onRequest: (request, reply, done) => {
      const ticket = gate.enter()
      if (!ticket) {
        const { running, waiting } = gate.load
        return done(unavailable('import_busy', `${running} import running and ${waiting} waiting, as many as this server takes; ` +
          `retry in ${BUSY_RETRY_AFTER} seconds`, BUSY_RETRY_AFTER))
      }
      tickets.set(request, ticket)
      reply.raw.once('close', () => ticket.abandon())
      done()
    },
    schema: {
      tags, operationId: 'importReport', summary: 'Import a published report document (dry run, then commit)',
      description: 'Reads the table of a report (the layout detected: pipe, tab, paragraph, CSV, Markdown, spaced or glued), repairs ' +
        'what line wrapping broke, and creates or updates the period, lead units, tasks and entries. Each column\'s role is read ' +
        'from its header\'s words (see ColumnRole), and the result lists the roles and the words that decided them in `columns`; ' +
        'a column no word names is kept in the remarks under its header, and `columnRoles` sets a role by header. A table with no ' +
        'header row is read by what its cells say (header_missing), and every row the reader had to repair is a warning. The report may be sent as text (JSON), ' +
        'or as an xlsx or docx file: uploaded as the `file` field of a form, or as the whole body with its options in the ' +
        'query string. A workbook is read from its first visible sheet with a 序号 header (merged cells fill the rows they ' +
        `span), a Word document from its first such table. A table of more than ${MAX_IMPORT_ROWS} rows is refused (413 ` +
        `too_many_rows), as is a document or file over ${MB(MAX_DOCUMENT_BYTES)} or a table holding more than that of text (413 ` +
        `document_too_large); a file that unpacks to more than ${MB(MAX_UNPACKED_BYTES)} is not read (422 unsupported_file). ` +
        `Each server process runs ${IMPORTS_RUNNING} import at a time and lets ${IMPORTS_WAITING} more wait their turn; past that an ` +
        'import is refused at once, its body unread (503 import_busy, with Retry-After). A dry run reports exactly what the ' +
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
        ...problems(404, 409, 415, 422),
        413: { ...problems(413)[413]!, description: 'The body is too large, or the document is (document_too_large), or its table has ' +
          `more than ${MAX_IMPORT_ROWS} rows (too_many_rows)` },
        503: { ...problems(503)[503]!, description: 'As many imports run and wait as this server process takes (import_busy); or ' +
          problems(503)[503]!.description.replace(/^The service/, 'the service') },
      },
    },
  }, async (request, reply) => {
    const wanted = importRequestOf(request, request.body, request.query, fileNames.get(request))
    const ticket = tickets.get(request)!
    let json: string | undefined
    try {
      // The client went away while its import waited: nobody is left to answer.
      if (!await ticket.turn()) throw unavailable('import_busy', 'the request was given up while it waited', BUSY_RETRY_AFTER)
      const result = await runImport(db, actorOf(request), request.params.cityCode, wanted, async (trx, result) => {
        if (!result.dryRun) reply.status(201).header('location', `/v1/cities/${result.cityCode}/imports/${result.id}`)
        // An Idempotency-Key is claimed and its reply recorded in the import's own transaction.
        json = await recordImportReply(trx, request, reply, result)
      })
      if (json !== undefined) reply.serializer(() => json!)
      // Its events' deliveries leave now, not at the worker's next round.
      if (!result.dryRun) app.worker.nudge()
      return result
    } catch (error) {
      return replayIfCommitted(error, request, reply)
    } finally {
      ticket.leave()
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
