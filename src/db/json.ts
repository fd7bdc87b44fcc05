import { type RawBuilder, sql } from 'kysely'

/** A schema node as far as the JSON a row becomes depends on it. */
interface SchemaNode { properties?: Record<string, object>, format?: string, anyOf?: object[] }

/** A time as duban sends every time: RFC 3339, UTC, milliseconds (cut, not rounded, as the driver's parser does). */
export const isoTime = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

const isTime = (node: SchemaNode): boolean => node.format === 'date-time' || (node.anyOf ?? []).some((option) => isTime(option))
const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)

/**
 * A row as the JSON text of a response schema, built by PostgreSQL: one column where the
 * driver would otherwise parse each of the row's columns, the service map their names, and
 * the serializer write them out again (docs/perf.md, "Reads as JSON"). Each of the schema's
 * properties is the column of that name in snake_case of `alias`, a time in the form the
 * service sends, or the SQL `computed` gives for it (with its parameters); the keys come in the schema's order.
 */
export function rowJson(schema: SchemaNode, alias: string, computed: Record<string, RawBuilder<unknown>> = {}): RawBuilder<string> {
  const columns = Object.entries(schema.properties ?? {}).map(([name, node]) => {
    const column = `${alias}.${snakeCase(name)}`
    return sql`${computed[name] ?? sql.raw(isTime(node as SchemaNode) ? isoTime(column) : column)} as ${sql.raw(`"${name}"`)}`
  })
  // A scalar subquery of the row's own columns: row_to_json gives compact JSON with these keys.
  return sql<string>`(select row_to_json(j)::text from (select ${sql.join(columns)}) as j)`
}
