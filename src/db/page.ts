import { Invalid } from '../shared/errors.js'

/**
 * Keyset pagination: every list query takes { limit, cursor } and returns { items,
 * nextCursor }. A cursor is the sort key of the last row of a page, opaque to the caller
 * (base64url JSON); one from another list or a tampered one is refused (a 400), never a 500.
 */
export type CursorKey = (string | number)[]

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url')
}

/** 'date' is a 'YYYY-MM-DD' string: checked here so a forged one is a 400, not a database error. */
export type CursorPart = 'string' | 'number' | 'date'

const DATE = /^\d{4}-\d{2}-\d{2}$/
function isDate(text: string) {
  const date = new Date(`${text}T00:00:00Z`)
  return DATE.test(text) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text)
}

function fits(value: unknown, part: CursorPart): boolean {
  if (part === 'number') return typeof value === 'number' && Number.isSafeInteger(value)
  if (part === 'date') return typeof value === 'string' && isDate(value)
  return typeof value === 'string' && !value.includes('\u0000')
}

/** The sort key a cursor names, checked against the list's key shape; undefined for the first page. */
export function afterCursor<K extends CursorKey>(cursor: string | undefined, shape: CursorPart[]): K | undefined {
  if (cursor === undefined) return undefined
  let key: unknown
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    key = undefined
  }
  const valid = Array.isArray(key) && key.length === shape.length && key.every((value, i) => fits(value, shape[i]!))
  if (!valid) throw new Invalid([{ field: 'cursor', message: 'is not one this list returned' }], 'cursor is not one this list returned', 'invalid_cursor')
  return key as K
}

export interface PageQuery { limit: number, cursor?: string }
export interface Page<T> { items: T[], nextCursor: string | null }

/** Splits a limit+1 fetch into the page and the cursor of the next one. */
export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => CursorKey): Page<T> {
  if (rows.length <= limit) return { items: rows, nextCursor: null }
  const items = rows.slice(0, limit)
  return { items, nextCursor: encodeCursor(keyOf(items[items.length - 1] as T)) }
}

/** A page whose rows are JSON texts built by PostgreSQL (see rowJson): the body as sent, and how many items it holds. */
export function jsonPageOf<T extends { json: string }>(rows: T[], limit: number, keyOf: (row: T) => CursorKey): { body: string, count: number } {
  const { items, nextCursor } = pageOf(rows, limit, keyOf)
  return { body: `{"items":[${items.map((row) => row.json).join(',')}],"nextCursor":${JSON.stringify(nextCursor)}}`, count: items.length }
}
