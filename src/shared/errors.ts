/**
 * What the domain refuses, in its own words. Queries, services and routes throw these;
 * the error plugin (plugins/errors.ts) is the one place that turns each into
 * application/problem+json, and the command-line tools print their code and detail.
 * Nothing here knows about HTTP.
 */
export abstract class DomainError extends Error {
  /** A stable, machine-readable reason, e.g. period_closed. */
  abstract readonly code: string
  get detail() {
    return this.message
  }
}

/** A resource the call names does not exist (in the caller's city). */
export class NotFound extends DomainError {
  readonly code = 'not_found'
  constructor(readonly entity: string, readonly id: string | number) {
    super(`${entity} ${id} does not exist`)
  }
}

/** What the call asks for existed once and was removed for good (events past their retention). */
export class Gone extends DomainError {
  constructor(readonly code: string, detail: string) {
    super(detail)
  }
}

/** The call contradicts the state of what is stored: a name taken, a row still in use. */
export class Conflict extends DomainError {
  /** members: what the problem says besides its detail (RFC 9457 extension members). */
  constructor(readonly code: string, detail: string, readonly members?: Record<string, unknown>) {
    super(detail)
  }
}

/** What waits for the office's review: closing the period would leave it unreviewed. */
export class AwaitingReview extends Conflict {
  constructor(periodId: number, readonly entries: { taskId: number, seq: number, entryId: number }[]) {
    super('entries_awaiting_review',
      `period ${periodId} has ${entries.length} submitted entries the office has not reviewed; accept or return them, or close with force`,
      { awaitingReview: entries })
  }
}

/** A closed period's entries are read-only. */
export class PeriodClosed extends Conflict {
  constructor(readonly periodId: number) {
    super('period_closed', `period ${periodId} is closed; its entries are read-only`)
  }
}

/** The caller's precondition (If-Match, If-None-Match) does not hold. */
export class PreconditionFailed extends DomainError {
  readonly code = 'precondition_failed'
  constructor(detail = 'the resource has changed since the If-Match version was read') {
    super(detail)
  }
}

/** One bad field: its name as the caller sends it (nested names joined with /) and what is wrong. */
export interface FieldIssue { field: string, message: string }

/**
 * Input that is well-formed but breaks a rule of the domain. Fields are named as the
 * caller names them inside the request's input (`endsOn`, `period/startsOn`); the error
 * plugin adds where the input came from (`body/endsOn`, `querystring/status`).
 */
export class Invalid extends DomainError {
  /** part: where the fields are when it is not where the operation's input usually is (a write's options in its query string). */
  constructor(readonly issues: FieldIssue[], readonly summary?: string, readonly code = 'validation_failed',
    readonly part?: 'querystring' | 'body') {
    super(summary ?? issues.map((issue) => `${issue.field} ${issue.message}`).join('; '))
  }

  static field(field: string, message: string) {
    return new Invalid([{ field, message }])
  }

  /** The same issues, their fields nested under prefix (a period inside an import request, say). */
  within(prefix: string) {
    return new Invalid(this.issues.map((issue) => ({ ...issue, field: `${prefix}/${issue.field}` })), this.summary, this.code, this.part)
  }
}

/** The call is understood but cannot be carried out on what it names: a year that does not match, a document without a table. */
export class Unprocessable extends DomainError {
  constructor(readonly code: string, detail: string) {
    super(detail)
  }
}

/** The input is larger than the domain takes (a document over the import limit). */
export class TooLarge extends DomainError {
  constructor(readonly code: string, detail: string) {
    super(detail)
  }
}

/** The caller may make the call, but not this change: a lead unit setting the office's evaluation. */
export class NotPermitted extends DomainError {
  constructor(readonly code: string, detail: string) {
    super(detail)
  }
}

/** The entry is not in the state the step needs (submit a draft, accept what was submitted). */
export class WrongState extends Conflict {
  constructor(readonly state: string, detail: string) {
    super(`entry_${state}`, detail)
  }
}
