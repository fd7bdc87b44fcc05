import { type Kysely, sql } from 'kysely'

/** Any database handle: the migrator's (untyped, as migrations are) or the service's. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDb = Kysely<any>

/**
 * Where each table lives on a Citus cluster (docs/scale.md), decided from the schema alone so
 * that no list of tables can fall behind it:
 * - `cities` is distributed by its `code`;
 * - every table whose `city_code` is NOT NULL holds one city's rows: distributed by `city_code`,
 *   colocated with `cities`, so a city's rows of every table sit on one node;
 * - a table of no city whose rows each belong to one API key (a NOT NULL `api_key_id`: the
 *   idempotency keys) is distributed by `api_key_id`: each request writes one row of it, where
 *   a reference table would take a lock across the cluster on each write, one request at a time;
 * - every other table (API keys, whose city is null for the admin's; the province's
 *   indicators) is a reference table, copied to every node;
 * - the migrator's own two tables stay on the coordinator.
 */
export type Placement = { kind: 'by_city', column: 'code' | 'city_code' } | { kind: 'by_key', column: 'api_key_id' } | { kind: 'reference' } |
  { kind: 'coordinator' }

export interface TableShape {
  name: string
  /** Whether the table has a `city_code` column, and whether it is NOT NULL. */
  cityCode: 'not_null' | 'nullable' | 'none'
  /** Whether the table has a NOT NULL `api_key_id` column. */
  ofApiKey: boolean
}

export function placementOf(table: TableShape): Placement {
  if (table.name.startsWith('kysely_migration')) return { kind: 'coordinator' }
  if (table.name === 'cities') return { kind: 'by_city', column: 'code' }
  if (table.cityCode === 'not_null') return { kind: 'by_city', column: 'city_code' }
  if (table.cityCode === 'none' && table.ofApiKey) return { kind: 'by_key', column: 'api_key_id' }
  return { kind: 'reference' }
}

/** The schema's tables with the shape `placementOf` reads. */
export async function tableShapes(db: AnyDb): Promise<TableShape[]> {
  const { rows } = await sql<{ name: string, shape: 'not_null' | 'nullable' | 'none', keyed: boolean }>`
    select c.relname as name,
           case when a.attname is null then 'none' when a.attnotnull then 'not_null' else 'nullable' end as shape,
           coalesce(k.attnotnull, false) as keyed
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    left join pg_attribute a on a.attrelid = c.oid and a.attname = 'city_code' and not a.attisdropped
    left join pg_attribute k on k.attrelid = c.oid and k.attname = 'api_key_id' and not k.attisdropped
    where n.nspname = current_schema() and c.relkind in ('r', 'p')
    order by c.relname
  `.execute(db)
  return rows.map((row) => ({ name: row.name, cityCode: row.shape, ofApiKey: row.keyed }))
}

/** The tables a cluster distributes by city (`cities` and every table of one city's rows). */
export async function cityTables(db: AnyDb): Promise<string[]> {
  return (await tableShapes(db)).filter((table) => placementOf(table).kind === 'by_city').map((table) => table.name)
}

/** Whether the database is a Citus coordinator (the extension is installed). */
export async function onCitus(db: AnyDb): Promise<boolean> {
  const { rows } = await sql<{ citus: boolean }>`select exists (select 1 from pg_extension where extname = 'citus') as citus`.execute(db)
  return rows[0]!.citus
}

/**
 * Places every table that is not placed yet. Run after each migration on a Citus coordinator,
 * so a migration creates a table as on PostgreSQL and it is placed before the next migration
 * runs. The foreign keys of the new tables are dropped while they are placed and added again
 * after, as Citus cannot place a table one of whose keys names a table still local. (A
 * reference table cannot hold a key to a distributed one: see the API keys' migration.)
 */
export async function placeNewTables(db: AnyDb): Promise<string[]> {
  const { rows: placed } = await sql<{ name: string }>`select logicalrelid::regclass::text as name from pg_dist_partition`.execute(db)
  const done = new Set(placed.map((row) => row.name))
  const tables = (await tableShapes(db)).filter((table) => !done.has(table.name) && placementOf(table).kind !== 'coordinator')
    .sort((a, b) => Number(b.name === 'cities') - Number(a.name === 'cities'))
  if (tables.length === 0) return []
  const { rows: keys } = await sql<{ child: string, name: string, definition: string }>`
    select c.conrelid::regclass::text as child, c.conname as name, pg_get_constraintdef(c.oid) as definition
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where c.contype = 'f' and n.nspname = current_schema() and c.conrelid::regclass::text = any (${tables.map((table) => table.name)})
  `.execute(db)
  await db.transaction().execute(async (trx) => {
    for (const key of keys) await sql`alter table ${sql.table(key.child)} drop constraint ${sql.id(key.name)}`.execute(trx)
    for (const table of tables) {
      const placement = placementOf(table)
      if (placement.kind === 'reference') await sql`select create_reference_table(${table.name})`.execute(trx)
      else if (placement.kind === 'by_key') await sql`select create_distributed_table(${table.name}, ${placement.column})`.execute(trx)
      else if (table.name === 'cities') await sql`select create_distributed_table('cities', 'code')`.execute(trx)
      else await sql`select create_distributed_table(${table.name}, 'city_code', colocate_with => 'cities')`.execute(trx)
    }
    for (const key of keys) await sql`alter table ${sql.table(key.child)} add constraint ${sql.id(key.name)} ${sql.raw(key.definition)}`.execute(trx)
  })
  return tables.map((table) => table.name)
}
