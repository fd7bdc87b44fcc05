import { sql } from 'kysely'
import { notFound, preconditionFailed } from '../../http/problem.js'

/** The columns every versioned update sets besides its own. */
export const bumpVersion = () => ({ version: sql<number>`version + 1`, updatedAt: sql<string>`now()` })

/**
 * Turns the row a conditional write returned into the row or the right failure: an
 * update guarded by `version = If-Match` returns nothing both when the row is gone
 * (404) and when another writer got there first (412).
 */
export async function written<R>(row: R | undefined, exists: () => Promise<unknown>, what: string, id: string | number): Promise<R> {
  if (row !== undefined) return row
  if (await exists()) throw preconditionFailed()
  throw notFound(what, id)
}

/** Escapes LIKE wildcards so a search for "100%" matches the text "100%". */
export const likeContains = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
