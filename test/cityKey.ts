/**
 * Every statement run while serving /v1/cities/{cityCode}/… must name its city by value
 * (`"city_code" = $n`, the city's own `"code" = $n`, or an insert's city column), so that on a cluster distributed by
 * city (Citus, see docs/scale.md) each request reaches one shard. The test helpers run each
 * request they send inside `requestUrl` and give every test database `checkCityKey` as its
 * statement hook: a statement that names no city fails its request (a 500), and so the test
 * that sent it, in every file of the suite, and is listed in `violations`.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

/** The URL of the request the statements now running serve. */
export const requestUrl = new AsyncLocalStorage<string>()

/** The tables distributed by city; the rest (api_keys, idempotency_keys) are reference tables, on every node. */
const DISTRIBUTED = new Set(['assessment_rules', 'cities', 'lead_units', 'periods', 'tasks', 'task_lead_units', 'progress_entries', 'imports', 'audit_events', 'task_search', 'entry_search', 'lead_unit_search'])
const CITY_SCOPED = /^\/v1\/cities\/[^/?]+\//
const CONTROL = /^\s*(begin|commit|rollback|savepoint|release|set\b|select set_config)/i
const TABLES = /\b(?:from|join|into|update)\s+"?([a-z_]+)"?/gi
const NAMES_CITY = /"?(city_code|code)"?\s*(=\s*\$\d+|=\s*any\s*\(\s*\$\d+|in\s*\(\s*\$\d+)/i
/** An insert routes by the city column's value in each row. */
const INSERTS_CITY = /^\s*insert into "?[a-z_]+"?\s*\([^)]*"?(city_code|code)"?[^)]*\)/i

export const violations: { url: string, sql: string }[] = []

/** Whether a statement reaches one city's shard (or only reference tables). */
export function namesCity(sql: string): boolean {
  if (CONTROL.test(sql)) return true
  const tables = [...sql.matchAll(TABLES)].map((match) => match[1]!)
  if (!tables.some((table) => DISTRIBUTED.has(table))) return true
  return NAMES_CITY.test(sql) || INSERTS_CITY.test(sql)
}

export function checkCityKey(sql: string) {
  const url = requestUrl.getStore()
  if (url === undefined || !CITY_SCOPED.test(url) || namesCity(sql)) return
  violations.push({ url, sql })
  throw new Error(`a statement serving ${url} names no city (it would reach every shard): ${sql}`)
}
