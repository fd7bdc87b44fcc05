/**
 * The errors a handler may throw. One error handler (plugins/errors.ts) turns each
 * into application/problem+json; handlers never pick status codes for failures.
 */
export interface FieldError { field: string, message: string }

export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail: string,
    readonly errors?: FieldError[],
    /** Response headers the problem calls for, e.g. Retry-After. */
    readonly headers?: Record<string, string>,
  ) {
    super(detail)
  }
}

export const notFound = (what: string, id: string | number) =>
  new Problem(404, 'not_found', 'Not Found', `${what} ${id} does not exist`)

export const conflict = (code: string, detail: string) => new Problem(409, code, 'Conflict', detail)

export const preconditionFailed = (detail = 'the resource has changed since the If-Match version was read') =>
  new Problem(412, 'precondition_failed', 'Precondition Failed', detail)

export const badRequest = (code: string, detail: string, errors?: FieldError[]) =>
  new Problem(400, code, 'Bad Request', detail, errors)

export const invalid = (field: string, message: string) =>
  new Problem(400, 'validation_failed', 'Bad Request', `${field} ${message}`, [{ field, message }])

export const unprocessable = (code: string, detail: string) =>
  new Problem(422, code, 'Unprocessable Content', detail)

export const periodClosed = (periodId: number) =>
  conflict('period_closed', `period ${periodId} is closed; its entries are read-only`)

/** 503: the service cannot answer now; retry after `retryAfter` seconds. */
export const unavailable = (code: string, detail: string, retryAfter: number) =>
  new Problem(503, code, 'Service Unavailable', detail, undefined, { 'retry-after': String(retryAfter) })
