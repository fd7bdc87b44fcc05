/**
 * Every statement run while serving /v1/cities/{cityCode}/… must constrain every table of city
 * data it touches to one city by value, so that on a cluster distributed by city (Citus, see
 * docs/scale.md) each request reaches one node, and Citus can plan each subquery on its own:
 * for each occurrence of such a table, `<alias>."city_code" = $n` (or `= any ($n)`, or `in ($n)`;
 * `"code"` for cities), or an insert whose columns name the city. A join on `city_code` to
 * another constrained table is not enough: Citus refuses a correlated subquery so joined.
 *
 * Which tables are city data is read from the schema (src/db/citus.ts: `cities` and every table
 * whose `city_code` is NOT NULL), the same rule that distributes them. The test helpers run each
 * request they send inside `requestUrl` and give every test database `checkCityKey` as its
 * statement hook: a statement that breaks the rule fails its request (a 500), and so the test
 * that sent it, in every file of the suite, and is listed in `violations`.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

/** The URL of the request the statements now running serve. */
export const requestUrl = new AsyncLocalStorage<string>()

/** The tables of city data, as the test database's schema says (`useCityTables`). */
let cityTables = new Set<string>()

export function useCityTables(tables: string[]) {
  cityTables = new Set(tables)
}

const CITY_SCOPED = /^\/v1\/cities\/[^/?]+\//
const CONTROL = /^\s*(begin|commit|rollback|savepoint|release|set\b|select set_config)/i
const KEYWORDS = new Set(['where', 'on', 'inner', 'left', 'right', 'full', 'cross', 'join', 'set', 'using', 'group', 'order', 'limit', 'returning', 'union', 'for', 'values', 'select', 'as', 'natural', 'lateral', 'having', 'window', 'offset', 'except', 'intersect', 'default', 'overriding', 'with'])
/** `from|join|update|into <table> [as] [alias]`, quoted or not. */
const OCCURRENCE = /\b(from|join|update|into)\s+"?([a-z_][a-z0-9_]*)"?(?:\s+(?:as\s+)?"?([a-z_][a-z0-9_]*)"?)?/gi
/** `[alias.]city_code|code = $n`, `= any ($n)`, `in ($n)`, either way round. */
const CONSTRAINT = /(?:"?([a-z_][a-z0-9_]*)"?\.)?"?(city_code|code)"?\s*(?:=\s*(?:any\s*\(\s*)?|in\s*\(\s*)\$\d+|\$\d+\s*=\s*(?:"?([a-z_][a-z0-9_]*)"?\.)?"?(city_code|code)"?/gi

export const violations: { url: string, sql: string, tables: string[] }[] = []

/** The occurrences of city tables in a statement that no constraint names the city of. */
export function unconstrained(sql: string): string[] {
  if (CONTROL.test(sql)) return []
  const occurrences: { table: string, alias: string, insert: boolean }[] = []
  for (const match of sql.matchAll(OCCURRENCE)) {
    const table = match[2]!.toLowerCase()
    if (!cityTables.has(table)) continue
    const next = match[3]?.toLowerCase()
    const alias = next !== undefined && !KEYWORDS.has(next) ? next : table
    const insert = match[1]!.toLowerCase() === 'into'
    occurrences.push({ table, alias, insert })
  }
  if (occurrences.length === 0) return []
  const qualified = new Map<string, number>()
  let unqualified = 0
  for (const match of sql.matchAll(CONSTRAINT)) {
    const alias = (match[1] ?? match[3])?.toLowerCase()
    if (alias === undefined) unqualified++
    else qualified.set(alias, (qualified.get(alias) ?? 0) + 1)
  }
  const missing: string[] = []
  for (const occurrence of occurrences) {
    if (occurrence.insert) {
      const columns = new RegExp(`into\\s+"?${occurrence.table}"?\\s*\\(([^)]*)\\)`, 'i').exec(sql)?.[1] ?? ''
      if (/"?(city_code|code)"?/i.test(columns)) continue
      missing.push(occurrence.table)
      continue
    }
    const named = qualified.get(occurrence.alias) ?? 0
    if (named > 0) {
      qualified.set(occurrence.alias, named - 1)
      continue
    }
    if (unqualified > 0) {
      unqualified--
      continue
    }
    missing.push(occurrence.alias === occurrence.table ? occurrence.table : `${occurrence.table} as ${occurrence.alias}`)
  }
  return missing
}

/**
 * Citus refuses a function that is not IMMUTABLE in an upsert's DO UPDATE SET (the shard would
 * evaluate it): the time of the row is the inserted row's (`excluded.…`) or a parameter.
 */
const NOT_IMMUTABLE = /\b(now|clock_timestamp|statement_timestamp|transaction_timestamp|timeofday|nextval|random|gen_random_uuid)\s*\(|\bcurrent_(timestamp|date|time)\b|\blocal(timestamp|time)\b/i

/**
 * The DO UPDATE SET clauses of a statement that call a function Citus refuses there. A clause
 * runs to its WHERE or RETURNING, the statement's end, or the parenthesis that closes the
 * statement it is in (a WITH's), whatever parentheses it holds itself.
 */
export function refusedInUpsert(sql: string): string[] {
  const refused: string[] = []
  for (const head of sql.matchAll(/do\s+update\s+set\s+/gi)) {
    const start = head.index + head[0].length
    let depth = 0
    let end = start
    for (; end < sql.length; end++) {
      const character = sql[end]!
      if (character === '(') depth++
      else if (character === ')' && depth-- === 0) break
      else if (character === ';') break
      else if (depth === 0 && /^\s(where|returning)\b/i.test(sql.slice(end, end + 11))) break
    }
    const clause = sql.slice(start, end)
    if (NOT_IMMUTABLE.test(clause)) refused.push(clause.trim())
  }
  return refused
}

export function checkCityKey(sql: string) {
  const refused = refusedInUpsert(sql)
  if (refused.length > 0) throw new Error(`a function that is not IMMUTABLE in DO UPDATE SET, which Citus refuses: ${refused.join('; ')}: ${sql}`)
  const url = requestUrl.getStore()
  if (url === undefined || !CITY_SCOPED.test(url)) return
  const tables = unconstrained(sql)
  if (tables.length === 0) return
  violations.push({ url, sql, tables })
  throw new Error(`a statement serving ${url} leaves ${tables.join(', ')} unconstrained by city (it would reach every node): ${sql}`)
}
