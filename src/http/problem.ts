/**
 * The errors only HTTP has (a bad header, cursor or body; no key; no right; the service
 * unavailable). What the domain refuses is a DomainError (shared/errors.ts); the error
 * plugin (plugins/errors.ts) turns both into application/problem+json.
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
    /** Extension members of the body (RFC 9457), e.g. awaitingReview. */
    readonly members?: Record<string, unknown>,
  ) {
    super(detail)
  }
}

export const badRequest = (code: string, detail: string, errors?: FieldError[]) =>
  new Problem(400, code, 'Bad Request', detail, errors)

export const unauthorized = () =>
  new Problem(401, 'unauthorized', 'Unauthorized', 'send a valid API key as Authorization: Bearer <key>')

export const forbidden = (detail: string) => new Problem(403, 'forbidden', 'Forbidden', detail)

/** 503: the service cannot answer now; retry after `retryAfter` seconds. */
export const unavailable = (code: string, detail: string, retryAfter: number) =>
  new Problem(503, code, 'Service Unavailable', detail, undefined, { 'retry-after': String(retryAfter) })

/** A write reached a database that takes none: a standby, or a primary stepping down while it fails over. */
export const databaseReadOnly = () => unavailable('database_read_only', 'the database takes no writes now (a standby, or a failover under way); retry shortly', 2)
