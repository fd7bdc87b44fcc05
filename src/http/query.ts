import type { FastifyRequest } from 'fastify'
import { badRequest } from './problem.js'

/** Set on a query string that is not UTF-8 once percent-decoded: the request is a 400, never a search for U+FFFD. */
const MALFORMED = Symbol('malformed query string')

/**
 * The query string as the routes read it: names and values percent-decoded as UTF-8 (a name
 * given twice, an array). Where the default parser turns `%ff` into U+FFFD and answers as if
 * the caller had asked for it, a sequence that does not decode marks the query malformed.
 */
export function strictQuerystring(query: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  if (query.length === 0) return out
  for (const pair of query.split('&')) {
    if (pair === '') continue
    const at = pair.indexOf('=')
    let name: string
    let value: string
    try {
      name = decodeURIComponent((at < 0 ? pair : pair.slice(0, at)).replace(/\+/g, ' '))
      value = at < 0 ? '' : decodeURIComponent(pair.slice(at + 1).replace(/\+/g, ' '))
    } catch {
      return Object.assign(Object.create(null) as Record<string, string>, { [MALFORMED]: true })
    }
    const before = out[name]
    out[name] = before === undefined ? value : Array.isArray(before) ? [...before, value] : [before, value]
  }
  return out
}

/** A 400 for a query string strictQuerystring could not read. */
export function assertQueryReadable(request: FastifyRequest) {
  if ((request.query as Record<symbol, unknown> | undefined)?.[MALFORMED]) {
    throw badRequest('invalid_query_string', 'the query string is not percent-encoded UTF-8', [{ field: 'querystring', message: 'is not percent-encoded UTF-8' }])
  }
}
