// The rule that keeps every statement serving a city on that city's node (cityKey.ts), and the
// placement of the tables it reads from the schema (src/db/citus.ts).
import t from 'tap'
import { sql } from 'kysely'
import { testDatabase } from './helper.js'
import { refusedInUpsert, unconstrained, useCityTables } from './cityKey.js'
import { cityTables, onCitus, placementOf, tableShapes } from '../src/db/citus.js'

const database = await testDatabase(t)

t.test('the city tables are read from the schema: cities and every table whose city_code is NOT NULL', async (t) => {
  const tables = await cityTables(database.db)
  const shapes = await tableShapes(database.db)
  t.ok(tables.includes('cities'), 'cities, by its code')
  for (const name of ['progress_entries', 'events', 'webhook_deliveries', 'reminder_schedules', 'task_search', 'entry_search', 'lead_unit_search', 'event_horizons', 'releases', 'release_files']) {
    t.ok(tables.includes(name), `${name} is a city table`)
  }
  t.same(shapes.filter((table) => table.cityCode === 'not_null').map((table) => table.name).sort(), tables.filter((name) => name !== 'cities').sort(),
    'every table with a NOT NULL city_code, and no other but cities')
  t.notOk(tables.includes('api_keys'), 'API keys (an admin key has no city) are not')
  t.same(placementOf({ name: 'api_keys', cityCode: 'nullable', ofApiKey: false }), { kind: 'reference' })
  t.same(placementOf({ name: 'kysely_migration', cityCode: 'none', ofApiKey: false }), { kind: 'coordinator' })
  const placements = new Map(shapes.map((table) => [table.name, placementOf(table)]))
  t.same(placements.get('idempotency_keys'), { kind: 'by_key', column: 'api_key_id' },
    'idempotency keys, a row a request of one API key, by the key (a reference table would lock the cluster on each write)')
  t.same(placements.get('indicators'), { kind: 'reference' }, 'the provinces\' indicators, read by every city, everywhere')
  t.same(placementOf({ name: 'of_a_city_and_a_key', cityCode: 'not_null', ofApiKey: true }), { kind: 'by_city', column: 'city_code' },
    'a table of a city whose rows also name an API key goes by its city')
})

t.test('on a Citus coordinator the migrations placed every table as placementOf says', { skip: !(await onCitus(database.db)) && 'not a Citus coordinator' }, async (t) => {
  const { rows } = await sql<{ name: string, method: string, column: string | null }>`
    select logicalrelid::regclass::text as name, partmethod as method, column_to_column_name(logicalrelid, partkey) as column from pg_dist_partition
  `.execute(database.db)
  const placed = new Map(rows.map((row) => [row.name, row]))
  for (const table of await tableShapes(database.db)) {
    const placement = placementOf(table)
    const row = placed.get(table.name)
    if (placement.kind === 'coordinator') t.notOk(row, `${table.name} stays on the coordinator`)
    else if (placement.kind === 'reference') t.equal(row?.method, 'n', `${table.name} is a reference table`)
    else t.same([row?.method, row?.column], ['h', placement.column], `${table.name} is distributed by ${placement.column}`)
  }
})

t.test('a statement holds every city table it touches to the city by value', async (t) => {
  useCityTables(await cityTables(database.db))
  t.same(unconstrained('select * from "tasks" as "t" where "t"."city_code" = $1 and "t"."id" = $2'), [])
  t.same(unconstrained('select * from tasks where city_code = $1'), [], 'unqualified, one table')
  t.same(unconstrained('select * from "cities" where "code" = $1'), [], 'a city by its code')
  t.same(unconstrained('select * from "tasks" as "t" where "t"."city_code" = any($1)'), [], 'any of a list')
  t.same(unconstrained('select * from "tasks" as "t" where "t"."year" = $1'), ['tasks as t'], 'no city at all')
  t.same(unconstrained(`select t.id, (select json_agg(u.name) from task_lead_units l join lead_units u on u.city_code = l.city_code and u.id = l.lead_unit_id
    where l.city_code = t.city_code and l.task_id = t.id) from tasks t where t.city_code = $1`), ['task_lead_units as l', 'lead_units as u'],
  'a correlated subquery joined on the outer row\'s city is not held (Citus refuses it)')
  t.same(unconstrained(`select t.id, (select json_agg(u.name) from task_lead_units l join lead_units u on u.city_code = $1 and u.id = l.lead_unit_id
    where l.city_code = $1 and l.task_id = t.id) from tasks t where t.city_code = $1`), [], 'the same, each table held by value')
  t.same(unconstrained('select * from "periods" as "p" inner join "tasks" as "t" on "t"."city_code" = "p"."city_code" where "p"."city_code" = $1'), ['tasks as t'],
    'a join on the other table\'s city is not enough')
  t.same(unconstrained('insert into "events" ("city_code", "type") values ($1, $2)'), [], 'an insert names its city in its columns')
  t.same(unconstrained('insert into "reminders" ("kind") select kind from reminders'), ['reminders', 'reminders'], 'an insert that does not, and a read of every city')
  t.same(unconstrained('select * from api_keys where prefix = $1'), [], 'a reference table needs no city')
})

t.test('an upsert\'s DO UPDATE SET calls no function Citus refuses there', async (t) => {
  t.same(refusedInUpsert('insert into t (a) values ($1) on conflict (a) do update set b = $2, created_at = now() where t.state = $3 returning a'),
    ['b = $2, created_at = now()'])
  t.same(refusedInUpsert('insert into t (a) values ($1) on conflict (a) do update set "updated_at" = current_timestamp'), ['"updated_at" = current_timestamp'])
  t.same(refusedInUpsert('insert into t (a) values ($1) on conflict (a) do update set created_at = excluded.created_at where t.state = now()'), [],
    'the WHERE after it is not the SET')
  t.same(refusedInUpsert('with u as (insert into t (a) values ($1) on conflict (a) do update set doc = excluded.doc) select now()'), [])
  t.same(refusedInUpsert('update t set at = now()'), [], 'an UPDATE\'s SET is evaluated on the coordinator')
  t.same(refusedInUpsert('insert into t (a) values ($1) on conflict (a) do update set r = greatest(t.r, excluded.r), updated_at = now()'),
    ['r = greatest(t.r, excluded.r), updated_at = now()'], 'past a call and its comma')
  t.same(refusedInUpsert('insert into t (a) values ($1) on conflict (a) do update set at = localtimestamp'), ['at = localtimestamp'])
})
