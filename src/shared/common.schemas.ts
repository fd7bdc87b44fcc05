import Type, { type Static, type TSchema } from 'typebox'

/**
 * A reference to a shared schema (one with an $id, registered with addSchema): the
 * OpenAPI document names it as a component, and TypeScript still sees its static type.
 */
export function ref<T extends TSchema>(schema: T) {
  const id = (schema as { $id?: unknown }).$id
  if (typeof id !== 'string') throw new Error('ref() needs a schema with an $id')
  return Type.Unsafe<Static<T>>({ $ref: `${id}#` })
}

export const CityCode = Type.String({
  pattern: '^[1-9][0-9]{5}$',
  description: '6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市',
  examples: ['341700'],
})
export const Id = Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description: 'Row id', examples: [1] })
export const Year = Type.Integer({ minimum: 1949, maximum: 2999, examples: [2025] })
export const DateString = Type.String({ format: 'date', description: 'YYYY-MM-DD', examples: ['2025-05-31'] })
export const Timestamp = Type.String({ format: 'date-time', description: 'RFC 3339, UTC' })
export const Version = Type.Integer({ minimum: 1, description: 'Row version; GET returns it as the ETag' })
/**
 * Text a person typed: never blank, bounded so a single field cannot fill the database, and
 * without NUL, which Postgres text cannot hold.
 */
export const Text = (maxLength: number, options: object = {}) =>
  Type.String({ minLength: 1, maxLength, pattern: '^(?=[^\\u0000]*$)[\\s\\S]*\\S', ...options })
/** Free text that may be empty (a progress report, remarks): bounded, without NUL. */
export const LongText = (maxLength: number, options: object = {}) =>
  Type.String({ maxLength, pattern: '^[^\\u0000]*$', ...options })

export const Meta = {
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
}

export const FieldError = Type.Object({
  field: Type.String({ description: 'JSON pointer-like path of the bad input, e.g. body/leadUnits/0/role' }),
  message: Type.String(),
}, { $id: 'FieldError' })

export const Problem = Type.Object({
  type: Type.String({ description: 'A URI naming the kind of problem' }),
  title: Type.String(),
  status: Type.Integer({ minimum: 400, maximum: 599 }),
  detail: Type.String(),
  code: Type.String({ description: 'Stable machine-readable code, e.g. not_found, period_closed' }),
  instance: Type.Optional(Type.String({ description: 'The request path' })),
  requestId: Type.Optional(Type.String()),
  errors: Type.Optional(Type.Array(ref(FieldError), { description: 'Each bad field, for validation_failed' })),
  awaitingReview: Type.Optional(Type.Array(Type.Object({ taskId: Type.Integer(), seq: Type.Integer(), entryId: Type.Integer() }), {
    description: 'For entries_awaiting_review: the submitted entries the office has not reviewed, in the order of the list',
  })),
}, { $id: 'Problem', description: 'RFC 9457 problem details' })
export type ProblemBody = Static<typeof Problem>

export const ProblemRef = ref(Problem)

export const CityParams = Type.Object({ cityCode: CityCode })

/** Words to find (src/shared/search.ts): separated by spaces, every one required. */
export const SearchWords = (description: string, options: object = {}) =>
  Type.String({ minLength: 1, maxLength: 100, pattern: '^[^\\u0000]*$', description, ...options })

export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50, description: 'Page size' })),
  cursor: Type.Optional(Type.String({ maxLength: 512, description: 'nextCursor of the previous page' })),
}

export function PageOf<T extends TSchema>(item: T, $id: string) {
  return Type.Object({
    items: Type.Array(item),
    nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'Pass as cursor for the next page; null on the last page' }),
  }, { $id })
}

export const IfMatchHeaders = Type.Object({
  'if-match': Type.Optional(Type.String({ description: 'The ETag last read; the write fails with 412 if the row has changed since' })),
})

const problemMeaning: Record<number, string> = {
  400: 'The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON ' +
    'or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20)',
  404: 'The city, or the resource named in the path or body, does not exist',
  408: 'The request was not received in full in time (request_timeout); the connection is closed',
  410: 'What the request reads on from was removed for good: an event cursor older than EVENT_RETENTION_DAYS (events_removed)',
  409: 'The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row ' +
    '(row_locked, with Retry-After), or its Idempotency-Key is in flight',
  401: 'No API key, or one that is malformed, unknown or revoked',
  403: 'The key\'s role or scope does not allow this call',
  412: 'If-Match names a version that is no longer current',
  413: 'The body is too large',
  414: 'A path parameter is longer than any this service accepts (uri_too_long)',
  415: 'The body is not JSON',
  422: 'The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body',
  429: 'Too many requests for this key; see RateLimit-Reset',
  431: 'The request headers are too large (headers_too_large); the connection is closed',
  500: 'The server failed; the request id is in the body',
  503: 'The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), ' +
    'busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), ' +
    'the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending',
}

/** Error responses as application/problem+json: those every route can give, and the ones named. */
export function problems(...statuses: number[]) {
  const responses: Record<number, { description: string, content: Record<string, { schema: typeof ProblemRef }> }> = {}
  for (const status of [400, 500, ...statuses].sort()) {
    responses[status] = { description: problemMeaning[status] ?? 'Problem', content: { 'application/problem+json': { schema: ProblemRef } } }
  }
  return responses
}

/** A success response, described for the OpenAPI document. */
export function ok<T extends TSchema>(schema: T, description: string) {
  return Type.Unsafe<Static<T>>({ ...ref(schema), description })
}

export const NoContent = Type.Null({ description: 'Done; no body' })
