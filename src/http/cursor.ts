import { badRequest } from './problem.js'

/**
 * Keyset pagination cursors: the sort key of the last row of a page, opaque to the caller
 * (base64url JSON). A cursor from another list or a tampered one is a 400, never a 500.
 */
export type CursorKey = (string | number)[]

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url')
}

export function decodeCursor(cursor: string | undefined, shape: ('string' | 'number')[]): CursorKey | undefined {
  if (cursor === undefined) return undefined
  let key: unknown
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    key = undefined
  }
  const valid = Array.isArray(key) && key.length === shape.length &&
    key.every((value, i) => typeof value === shape[i] && (typeof value !== 'number' || Number.isSafeInteger(value)))
  if (!valid) throw badRequest('invalid_cursor', 'cursor is not one this list returned')
  return key as CursorKey
}

/** Splits a limit+1 fetch into the page and the cursor of the next one. */
export function page<T>(rows: T[], limit: number, keyOf: (row: T) => CursorKey): { items: T[], nextCursor: string | null } {
  if (rows.length <= limit) return { items: rows, nextCursor: null }
  const items = rows.slice(0, limit)
  return { items, nextCursor: encodeCursor(keyOf(items[items.length - 1] as T)) }
}
