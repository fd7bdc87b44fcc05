import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { type FieldError, Problem } from '../http/problem.js'

/** Unique constraints a caller can run into, and what they mean in the domain. */
const uniqueViolations: Record<string, [code: string, detail: string]> = {
  cities_pkey: ['city_exists', 'a city with this code already exists'],
  lead_units_name_key: ['lead_unit_name_taken', 'a lead unit with this name already exists in the city'],
  periods_label_key: ['period_label_taken', 'a period with this label already exists for the year'],
  tasks_seq_key: ['task_seq_taken', 'a task with this seq already exists in the year\'s list'],
  progress_entries_task_period_key: ['entry_exists', 'an entry already exists for this task and period'],
}

const fastifyCodes: Record<string, [status: number, code: string, detail: string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload_too_large', 'the request body is larger than this operation accepts'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type', 'send the body as application/json'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid_json', 'the body is empty but Content-Type says JSON'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid_json', 'the body is not valid JSON'],
}

const titles: Record<number, string> = {
  400: 'Bad Request', 404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict', 413: 'Content Too Large',
  415: 'Unsupported Media Type', 422: 'Unprocessable Content', 429: 'Too Many Requests', 500: 'Internal Server Error',
  503: 'Service Unavailable',
}

/** One entry per bad field, its messages joined (a blank name breaks two rules at once). */
function fieldErrors(error: FastifyError): FieldError[] {
  const byField = new Map<string, string[]>()
  for (const issue of error.validation ?? []) {
    const params = issue.params as Record<string, unknown>
    const extra = params.missingProperty ?? params.additionalProperty
    const field = [error.validationContext, issue.instancePath.replace(/^\//, ''), extra].filter(Boolean).join('/')
    const message = params.additionalProperty ? 'is not a known field' : (issue.message ?? 'is invalid')
    const messages = byField.get(field) ?? []
    if (!messages.includes(message)) messages.push(message)
    byField.set(field, messages)
  }
  return [...byField].map(([field, messages]) => ({ field, message: messages.join('; ') }))
}

/** Maps anything thrown on the request path to the problem a caller may see. */
export function toProblem(error: unknown): Problem | undefined {
  if (error instanceof Problem) return error
  const e = error as FastifyError & { constraint?: string, code?: string }
  if (e.validation) {
    const errors = fieldErrors(e)
    return new Problem(400, 'validation_failed', 'Bad Request', errors.map((f) => `${f.field} ${f.message}`).join('; '), errors)
  }
  if (e.code && fastifyCodes[e.code]) {
    const [status, code, detail] = fastifyCodes[e.code]!
    return new Problem(status, code, titles[status]!, detail)
  }
  if (e.code === '23505') {
    const [code, detail] = uniqueViolations[e.constraint ?? ''] ?? ['conflict', 'the row would duplicate another']
    return new Problem(409, code, 'Conflict', detail)
  }
  if (e.code === '23503') return new Problem(409, 'conflict', 'Conflict', 'the row is referenced by, or refers to, a row that changed at the same time; retry')
  // 22021: a NUL or invalid byte in text that got past the schema (a query parameter, say).
  if (e.code === '23514' || e.code === '22P02' || e.code === '22003' || e.code === '22008' || e.code === '22007' || e.code === '22021') {
    return new Problem(400, 'validation_failed', 'Bad Request', 'a value is outside what its field allows')
  }
  if (e.code === '40001' || e.code === '40P01') return new Problem(409, 'write_conflict', 'Conflict', 'a concurrent write got in the way; retry')
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500 && e.code?.startsWith('FST_')) {
    return new Problem(e.statusCode, 'bad_request', titles[e.statusCode] ?? 'Bad Request', e.message)
  }
  return undefined
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, problem: Problem) {
  return reply.status(problem.status).type('application/problem+json').send({
    type: `urn:duban:problem:${problem.code}`,
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    code: problem.code,
    instance: request.url.split('?')[0],
    requestId: request.id,
    ...(problem.errors ? { errors: problem.errors } : {}),
  })
}

export default fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error)
    if (problem) return sendProblem(reply, request, problem)
    request.log.error({ err: error }, 'request failed')
    return sendProblem(reply, request, new Problem(500, 'internal_error', 'Internal Server Error',
      'the server could not complete the request; it has been logged with the request id'))
  })
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, request, new Problem(404, 'not_found', 'Not Found', `no operation at ${request.method} ${request.url.split('?')[0]}`)))
}, { name: 'errors' })
