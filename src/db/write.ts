import { type RawBuilder, sql, type Transaction } from 'kysely'
import type { Database } from './database.js'
import { NotFound, PreconditionFailed } from '../shared/errors.js'

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

// Postgres takes at most 65535 parameters a statement (the wire protocol counts them in 16
// bits); 500 rows of ≤ 12 columns, or 500 ids of an IN list, stays well under. Every
// statement whose size grows with its input goes through chunks().
const CHUNK = 500
export function chunks<T>(items: T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK))
  return out
}

/**
 * A jsonb parameter: an absent figure is SQL NULL, never the jsonb value null, so that
 * every write path stores it one way and `is null` finds it.
 */
export const jsonb = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value))

/** How a column goes into a VALUES list: its name in SQL, its type, and its encoding if not as it is. */
export type ColumnSpec = { column: string, type: string, encode?: (value: unknown) => unknown }

/** A value as its column takes it: encoded if the column says so, cast to its type. */
const asColumn = ({ type, encode }: ColumnSpec, value: unknown) => sql`${encode ? encode(value) : value}::${sql.raw(type)}`

/**
 * The UPDATE of one row of one city if it is still at `version`, for a statement's WITH: the
 * columns set (undefined: not set) and the version moved on, `from` the further relations its
 * condition joins (a guard that returns no row stops the update). Returns the row as updated.
 */
export function updateRowIfAt<K extends string>(table: string, columns: Record<K, ColumnSpec>, cityCode: string,
  change: { id: number, version: number, set: Partial<Record<K, unknown>> }, from: RawBuilder<unknown>): RawBuilder<unknown> {
  const names = (Object.keys(change.set) as K[]).filter((name) => change.set[name] !== undefined).sort()
  const assignments = [
    ...names.map((name) => sql`${sql.raw(columns[name].column)} = ${asColumn(columns[name], change.set[name])}`),
    sql`version = r.version + 1`, sql`updated_at = now()`,
  ]
  return sql`update ${sql.table(table)} as r set ${sql.join(assignments)} from ${from}
    where r.city_code = ${cityCode} and r.id = ${change.id}::bigint and r.version = ${change.version}::int
    returning r.*`
}

/**
 * Updates rows of one city, each with its own values: one UPDATE ... FROM (VALUES ...) a
 * chunk of the changes that set the same columns (a column set to undefined is not set).
 * Every row's version moves on, unless `derived`: values worked out from the row's own (no
 * person changed it, so its version and time stay). `also` are further assignments, on the
 * row as it was (alias r). `then` gives, for the ids of a statement's rows, a further statement of
 * its WITH that reads the rows as updated (`updated`), sent in the same round trip. Returns the
 * rows as updated by id; a row deleted meanwhile is missing.
 */
export async function updateEach<R extends { id: number }, K extends string>(trx: Transaction<Database>, table: string,
  columns: Record<K, ColumnSpec>, cityCode: string, changes: { id: number, set: Partial<Record<K, unknown>> }[],
  also: RawBuilder<unknown>[] = [], derived = false, then?: (ids: number[]) => RawBuilder<unknown> | undefined): Promise<Map<number, R>> {
  const groups = new Map<string, typeof changes>()
  for (const change of changes) {
    const key = (Object.keys(change.set) as K[]).filter((name) => change.set[name] !== undefined).sort().join()
    const group = groups.get(key)
    if (group) group.push(change)
    else groups.set(key, [change])
  }
  const rows = new Map<number, R>()
  for (const [key, group] of groups) {
    const names = (key ? key.split(',') : []) as K[]
    const sqlNames = names.map((name) => columns[name].column)
    const assignments = [
      ...sqlNames.map((column) => sql`${sql.raw(column)} = v.${sql.raw(column)}`),
      ...(derived ? [] : [sql`version = r.version + 1`, sql`updated_at = now()`]), ...also,
    ]
    for (const batch of chunks(group)) {
      const values = sql.join(batch.map(({ id, set }) => sql`(${sql.join([
        sql`${id}::bigint`,
        ...names.map((name) => asColumn(columns[name], set[name])),
      ])})`))
      const update = sql`
        update ${sql.table(table)} as r set ${sql.join(assignments)}
        from (values ${values}) as v (${sql.raw(['id', ...sqlNames].join(', '))})
        where r.city_code = ${cityCode} and r.id = v.id
        returning r.*
      `
      const next = then?.(batch.map(({ id }) => id))
      const updated = await (next ? sql<R>`with updated as (${update}), then_ as (${next}) select * from updated` : sql<R>`${update}`).execute(trx)
      for (const row of updated.rows) rows.set(Number(row.id), row)
    }
  }
  return rows
}
