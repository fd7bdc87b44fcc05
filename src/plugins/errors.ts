import { STATUS_CODES } from 'node:http'
import type { Socket } from 'node:net'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { Conflict, DomainError, Gone, Invalid, NotFound, NotPermitted, PreconditionFailed, TooLarge, Unprocessable } from '../shared/errors.js'
import { databaseReadOnly, type FieldError, Problem, unavailable } from '../http/problem.js'

/** Unique constraints a caller can run into, and what they mean in the domain. */
const uniqueViolations: Record<string, [code: string, detail: string]> = {
  cities_pkey: ['city_exists', 'a city with this code already exists'],
  lead_units_name_key: ['lead_unit_name_taken', 'a lead unit with this name already exists in the city'],
  periods_label_key: ['period_label_taken', 'a period with this label already exists for the year'],
  tasks_seq_key: ['task_seq_taken', 'a task with this seq already exists in the year\'s list'],
  tasks_part_seq_key: ['task_seq_taken', 'a part with this seq already exists under the task'],
  progress_entries_task_period_key: ['entry_exists', 'an entry already exists for this task and period'],
}

const fastifyCodes: Record<string, [status: number, code: string, detail: string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload_too_large', 'the request body is larger than this operation accepts'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type',
    'send the body as application/json (an import also takes an xlsx or docx file, as a form or as the whole body)'],
  // Uploads (POST …/imports as multipart/form-data).
  FST_REQ_FILE_TOO_LARGE: [413, 'document_too_large', 'documents are limited to 5 MB'],
  FST_FILES_LIMIT: [413, 'payload_too_large', 'send one file'],
  FST_PARTS_LIMIT: [413, 'payload_too_large', 'the form has more fields than this operation takes'],
  FST_FIELDS_LIMIT: [413, 'payload_too_large', 'the form has more fields than this operation takes'],
  FST_PROTO_VIOLATION: [400, 'bad_request', 'a form field is named like a property every object has'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [400, 'bad_request', 'the body is not multipart/form-data'],
  FST_INVALID_JSON_FIELD_ERROR: [400, 'invalid_json', 'a form field declared as JSON is not valid JSON'],
  FST_MP_PREMATURE_CLOSE: [400, 'bad_request', 'the request ended before the form did'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid_json', 'the body is empty but Content-Type says JSON'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid_json', 'the body is not valid JSON'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'bad_request', 'Content-Length does not match the body'],
  FST_ERR_BAD_URL: [400, 'bad_url', 'the path is not validly percent-encoded'],
  FST_ERR_MAX_PARAM_LENGTH: [414, 'uri_too_long', 'a path segment is longer than any this service accepts'],
}

/** What a validation reply may hold: a hostile body must not make a large reply. */
export const MAX_FIELD_ERRORS = 20
const MAX_FIELD_BYTES = 200
const MAX_MESSAGE_BYTES = 300
const MAX_DETAIL_BYTES = 2000
const MAX_INSTANCE_BYTES = 500

/** The text cut so its JSON form (escapes included) is at most maxBytes of UTF-8, with … when cut. */
export function clip(text: string, maxBytes: number): string {
  const size = (s: string) => Buffer.byteLength(JSON.stringify(s)) - 2
  if (size(text) <= maxBytes) return text
  // Code points, so a pair is never split into a lone surrogate.
  const chars = [...text.slice(0, maxBytes)]
  let kept = chars.join('')
  while (kept.length > 0 && size(kept) > maxBytes - 3) {
    chars.length = Math.max(0, Math.floor(chars.length * 0.9) - 1)
    kept = chars.join('')
  }
  return `${kept}…`
}

const titles: Record<number, string> = {
  400: 'Bad Request', 404: 'Not Found', 405: 'Method Not Allowed', 408: 'Request Timeout', 409: 'Conflict',
  413: 'Content Too Large', 414: 'URI Too Long', 415: 'Unsupported Media Type', 422: 'Unprocessable Content',
  429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 500: 'Internal Server Error', 503: 'Service Unavailable',
}

/**
 * One entry per bad field, its messages joined (a blank name breaks two rules at once); at most
 * MAX_FIELD_ERRORS. A field with a bad field inside it is left to that one: an object that may
 * also be null fails both branches, and "must be null" would only mislead.
 */
function fieldErrors(error: FastifyError): FieldError[] {
  const byField = new Map<string, string[]>()
  for (const issue of error.validation ?? []) {
    if (byField.size >= MAX_FIELD_ERRORS) break
    const params = issue.params as Record<string, unknown>
    const extra = params.missingProperty ?? params.additionalProperty
    const field = [error.validationContext, issue.instancePath.replace(/^\//, ''), extra].filter(Boolean).join('/')
    const message = params.additionalProperty ? 'is not a known field' : (issue.message ?? 'is invalid')
    const messages = byField.get(field) ?? []
    if (!messages.includes(message)) messages.push(message)
    byField.set(field, messages)
  }
  const fields = [...byField.keys()]
  return [...byField].filter(([field]) => !fields.some((other) => other.startsWith(`${field}/`)))
    .map(([field, messages]) => ({ field: clip(field, MAX_FIELD_BYTES), message: clip(messages.join('; '), MAX_MESSAGE_BYTES) }))
}

/** Node's codes for a connection that could not be made or was lost. */
const connectionCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EPIPE', 'EAI_AGAIN'])
/** What pg says when a connection is gone. */
const connectionMessages = new Set([
  'Connection terminated unexpectedly',
  'Connection terminated',
  'Connection terminated due to connection timeout',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'Query read timeout',
])
/** SQLSTATEs of a session that cannot be had or was ended (class 08 is matched as a class). */
const connectionStates = new Set(['57P01', '57P02', '57P03', '53300', '25P03'])

const databaseUnavailable = () => unavailable('database_unavailable', 'the database cannot be reached; retry shortly', 2)
const databaseBusy = () => unavailable('database_busy', 'every database connection is in use; retry shortly', 1)
const databaseTimeout = () => unavailable('database_timeout', 'the database took too long to answer; retry shortly', 1)
const rowLocked = () => new Problem(409, 'row_locked', 'Conflict', 'the row is being changed by another request; retry', undefined, { 'retry-after': '1' })

type Fault = { code?: unknown, message?: unknown, cause?: unknown, errors?: unknown }

/** The problem a database or connection fault is for, looking through cause and AggregateError.errors. */
function databaseFault(error: unknown, depth = 0): Problem | undefined {
  if (error === null || typeof error !== 'object' || depth > 4) return undefined
  const e = error as Fault
  const code = typeof e.code === 'string' ? e.code : ''
  const message = typeof e.message === 'string' ? e.message : ''
  // A client that hung up while sending its body is an ECONNRESET too, with this message; not the database's.
  if (connectionCodes.has(code) && message !== 'aborted') return databaseUnavailable()
  if (connectionMessages.has(message) || code.startsWith('08') || connectionStates.has(code)) return databaseUnavailable()
  if (message === 'timeout exceeded when trying to connect') return databaseBusy()
  if (code === '57014') return databaseTimeout()
  if (code === '25006') return databaseReadOnly()
  if (code === '55P03') return rowLocked()
  for (const inner of [e.cause, ...(Array.isArray(e.errors) ? e.errors : [])]) {
    const problem = databaseFault(inner, depth + 1)
    if (problem) return problem
  }
  return undefined
}

/**
 * The codes of a database failing requests (databaseFault gives them, and row_locked, which is
 * contention, not a fault): the server's state, not a bug. Each run of them, up to the next request
 * the database serves, is one episode (plugins/metrics.ts counts it and logs it once).
 */
export const DATABASE_FAULTS = new Set(['database_unavailable', 'database_busy', 'database_timeout', 'database_read_only'])

/** Where a request's input is: a read's in its query string, a write's in its body. */
export type InputPart = 'querystring' | 'body'
export const inputPartOf = (method: string): InputPart => (method === 'GET' || method === 'HEAD' ? 'querystring' : 'body')

/** The problem for what the domain refused; an Invalid's fields are named inside the request's input part. */
function domainProblem(error: DomainError, inputPart: InputPart): Problem {
  if (error instanceof NotFound) return new Problem(404, error.code, 'Not Found', error.detail)
  if (error instanceof Conflict) return new Problem(409, error.code, 'Conflict', error.detail, undefined, undefined, error.members)
  if (error instanceof NotPermitted) return new Problem(403, error.code, 'Forbidden', error.detail)
  if (error instanceof Gone) return new Problem(410, error.code, 'Gone', error.detail)
  if (error instanceof PreconditionFailed) return new Problem(412, error.code, 'Precondition Failed', error.detail)
  if (error instanceof Unprocessable) return new Problem(422, error.code, 'Unprocessable Content', error.detail)
  if (error instanceof TooLarge) return new Problem(413, error.code, 'Content Too Large', error.detail)
  if (error instanceof Invalid) {
    const errors = error.issues.slice(0, MAX_FIELD_ERRORS).map((issue) => ({ field: `${error.part ?? inputPart}/${issue.field}`, message: issue.message }))
    const detail = error.summary ?? errors.map((f) => `${f.field} ${f.message}`).join('; ')
    return new Problem(400, error.code, 'Bad Request', clip(detail, MAX_DETAIL_BYTES), errors)
  }
  return new Problem(400, error.code, 'Bad Request', error.detail)
}

/**
 * The unique constraint a violation names. A Citus coordinator (docs/scale.md) relays a shard's
 * error with its message alone, and the shard's constraint carries the shard's id as a suffix:
 * then the name is read from the message and the suffix dropped.
 */
function uniqueViolation(e: { constraint?: string, message?: string }): [code: string, detail: string] | undefined {
  // The message's quoted name, in whatever language the server writes its messages.
  const relayed = e.constraint === undefined ? /"([^"]+)"/.exec(e.message ?? '')?.[1] : undefined
  const names = e.constraint !== undefined ? [e.constraint] : relayed !== undefined ? [relayed, relayed.replace(/_\d+$/, '')] : []
  const name = names.find((candidate) => Object.hasOwn(uniqueViolations, candidate))
  return name === undefined ? undefined : uniqueViolations[name]
}

/** Maps anything thrown on the request path to the problem a caller may see. */
export function toProblem(error: unknown, inputPart: InputPart = 'body'): Problem | undefined {
  if (error instanceof Problem) return error
  if (error instanceof DomainError) return domainProblem(error, inputPart)
  const e = error as FastifyError & { constraint?: string, code?: string }
  if (e.validation) {
    const errors = fieldErrors(e)
    return new Problem(400, 'validation_failed', 'Bad Request', clip(errors.map((f) => `${f.field} ${f.message}`).join('; '), MAX_DETAIL_BYTES), errors)
  }
  if (e.code && fastifyCodes[e.code]) {
    const [status, code, detail] = fastifyCodes[e.code]!
    return new Problem(status, code, titles[status]!, detail)
  }
  if (e.code === '23505') {
    const [code, detail] = uniqueViolation(e) ?? ['conflict', 'the row would duplicate another']
    return new Problem(409, code, 'Conflict', detail)
  }
  if (e.code === '23503') return new Problem(409, 'conflict', 'Conflict', 'the row is referenced by, or refers to, a row that changed at the same time; retry')
  // 22021: a NUL or invalid byte in text that got past the schema (a query parameter, say).
  if (e.code === '23514' || e.code === '22P02' || e.code === '22003' || e.code === '22008' || e.code === '22007' || e.code === '22021') {
    return new Problem(400, 'validation_failed', 'Bad Request', 'a value is outside what its field allows')
  }
  if (e.code === '40001' || e.code === '40P01') return new Problem(409, 'write_conflict', 'Conflict', 'a concurrent write got in the way; retry')
  const fault = databaseFault(error)
  if (fault) return fault
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500 && e.code?.startsWith('FST_')) {
    return new Problem(e.statusCode, 'bad_request', titles[e.statusCode] ?? 'Bad Request', clip(e.message, MAX_DETAIL_BYTES))
  }
  return undefined
}

/** The problem+json body of a problem, as every error response carries it. */
export function problemBody(problem: Problem, instance?: string, requestId?: string) {
  return {
    type: `urn:duban:problem:${problem.code}`,
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    code: problem.code,
    ...(instance === undefined ? {} : { instance: clip(instance, MAX_INSTANCE_BYTES) }),
    ...(requestId === undefined ? {} : { requestId }),
    ...(problem.errors ? { errors: problem.errors } : {}),
    ...problem.members,
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The problem code of the answer, once one is sent (null: none). */
    problemCode: string | null
    /** What the database failed the request with, when it did (logged once an episode: plugins/metrics.ts). */
    databaseFault: unknown
  }
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, problem: Problem) {
  // What the metrics count the answer as (plugins/metrics.ts).
  request.problemCode = problem.code
  // A write that failed at commit had set what its success would have answered.
  for (const name of ['etag', 'location', 'idempotent-replayed']) reply.removeHeader(name)
  if (problem.headers) reply.headers(problem.headers)
  return reply.status(problem.status).type('application/problem+json')
    .send(problemBody(problem, request.url.split('?')[0], String(request.id)))
}

/** For what the router answers itself (a bad path encoding, a parameter too long): Fastify's frameworkErrors option. */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(reply, request, toProblem(error) ?? new Problem(400, 'bad_request', 'Bad Request', 'the request cannot be routed'))
}

const clientErrors: Record<string, [status: number, code: string, detail: string]> = {
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'request_timeout', 'the request was not received in time'],
  HPE_HEADER_OVERFLOW: [431, 'headers_too_large', 'the request headers are larger than this service accepts'],
  HPE_CHUNK_EXTENSIONS_OVERFLOW: [413, 'payload_too_large', 'the chunk extensions are larger than this service accepts'],
}

/**
 * Errors Node's HTTP parser meets before there is a request (the server's 'clientError'):
 * a problem+json written straight to the socket, which is then closed. Fastify's
 * clientErrorHandler option.
 */
export function clientErrorHandler(this: FastifyInstance, error: NodeJS.ErrnoException, socket: Socket) {
  // The peer is gone: nothing to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return
  const [status, code, detail] = clientErrors[error.code ?? ''] ?? [400, 'bad_request', 'the request is not valid HTTP']
  this.log.debug({ err: error, status }, 'client error')
  if (socket.writable) {
    const body = JSON.stringify(problemBody(new Problem(status, code, titles[status] ?? STATUS_CODES[status]!, detail)))
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`)
  }
  socket.destroy(error)
}

const shuttingDown = () => unavailable('shutting_down', 'the server is shutting down; retry on another instance or shortly', 2)

export default fp(async (app: FastifyInstance) => {
  app.decorateRequest('problemCode', null)
  app.decorateRequest('databaseFault', null)
  // Fastify's own 503 while closing is not problem+json (app.ts turns return503OnClosing off): this is it.
  let closing = false
  app.addHook('preClose', (done) => {
    closing = true
    done()
  })
  app.addHook('onRequest', (_request, reply, done) => {
    if (!closing) return done()
    reply.header('connection', 'close')
    done(shuttingDown())
  })
  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error, inputPartOf(request.method))
    if (problem?.code === 'row_locked') request.log.warn({ err: error, code: problem.code }, 'request failed: the row is locked')
    else if (problem && DATABASE_FAULTS.has(problem.code)) {
      // One line an episode, by plugins/metrics.ts, not one a request: a failover fails thousands.
      request.databaseFault = error
      request.log.debug({ err: error, code: problem.code }, 'request failed: database fault')
    }
    if (problem) return sendProblem(reply, request, problem)
    request.log.error({ err: error }, 'request failed')
    return sendProblem(reply, request, new Problem(500, 'internal_error', 'Internal Server Error',
      'the server could not complete the request; it has been logged with the request id'))
  })
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, request, new Problem(404, 'not_found', 'Not Found', clip(`no operation at ${request.method} ${request.url.split('?')[0]}`, MAX_DETAIL_BYTES))))
}, { name: 'errors' })
