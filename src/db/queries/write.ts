import { sql } from 'kysely'
import { NotFound, PreconditionFailed } from '../../domain/errors.js'

/** The columns every versioned update sets besides its own. */
export const bumpVersion = () => ({ version: sql<number>`version + 1`, updatedAt: sql<string>`now()` })

/**
 * The row a write is about, as read under its row lock: 404 when it is gone, 412 when
 * If-Match names another version. Holding the lock, the check and the write that
 * follows see the same row, so of two writers sending one If-Match only the first wins.
 */
export function current<R extends { version: number }>(row: R | undefined, ifMatch: number | undefined, what: string, id: string | number): R {
  if (row === undefined) throw new NotFound(what, id)
  if (ifMatch !== undefined && row.version !== ifMatch) throw new PreconditionFailed()
  return row
}

/** Escapes LIKE wildcards so a search for "100%" matches the text "100%". */
export const likeContains = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
