/**
 * The duban API client: openapi-fetch over the types generated from the OpenAPI document,
 * with the API key sent on every call. Every call resolves to `{ data, error, response }`:
 * `data` on success, `error` (a Problem, RFC 9457) otherwise; `unwrap` turns that into a
 * value or a thrown `DubanProblem`.
 */
import createClient, { type Client, type ClientOptions } from 'openapi-fetch'
import type { paths, Problem } from './schema.js'

export type * from './schema.js'
import type { webhooks } from './schema.js'

export interface DubanClientOptions extends Omit<ClientOptions, 'baseUrl'> {
  /** Where the API is, e.g. https://duban.example.gov.cn (no trailing /v1). */
  baseUrl: string
  /** An API key (dbn_…), sent as Authorization: Bearer. */
  apiKey?: string
}

export type DubanClient = Client<paths>

export function createDubanClient({ baseUrl, apiKey, headers, ...options }: DubanClientOptions): DubanClient {
  return createClient<paths>({
    ...options,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    headers: { ...(apiKey === undefined ? {} : { authorization: `Bearer ${apiKey}` }), ...headers },
  })
}

/** A problem response, thrown by `unwrap`: the HTTP status and the problem's stable `code`. */
export class DubanProblem extends Error {
  readonly status: number
  readonly code: string
  readonly problem: Problem

  constructor(problem: Problem) {
    super(`${problem.status} ${problem.code}: ${problem.detail}`)
    this.name = 'DubanProblem'
    this.status = problem.status
    this.code = problem.code
    this.problem = problem
  }
}

/** The data of a successful call; a problem response is thrown as a DubanProblem. */
export async function unwrap<T>(call: Promise<{ data?: T, error?: Problem | unknown, response: Response }>): Promise<T> {
  const { data, error, response } = await call
  if (response.ok) return data as T
  if (isProblem(error)) throw new DubanProblem(error)
  throw new Error(`${response.status} ${response.statusText}: not a problem response`)
}

export function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Partial<Problem>
  return typeof candidate.status === 'number' && typeof candidate.code === 'string' && typeof candidate.title === 'string'
}

/** The strong ETag of a response, to send back as If-Match. */
export const etagOf = (response: Response) => response.headers.get('etag') ?? undefined

/**
 * An event as a JSON webhook subscription receives it (and GET …/events lists it), typed by its
 * `type`: narrowing on `event.type` gives that type's `data`.
 */
export type DubanEvent = {
  [T in keyof webhooks]: webhooks[T]['post']['requestBody']['content']['application/json']
}[keyof webhooks]
