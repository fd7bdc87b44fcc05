import { type Kysely, type RawBuilder, sql } from 'kysely'

const upStatements: RawBuilder<unknown>[] = [
  // What each import was given and what it did: the office can show where a row came from.
  sql`
    create table imports (
      city_code text not null constraint imports_city_fkey references cities (code),
      id bigint generated always as identity,
      source_name text not null,
      checksum text not null,
      layout text not null,
      dry_run boolean not null,
      period_id bigint,
      result jsonb not null,
      api_key_id bigint,
      request_id text,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (city_code, id),
      constraint imports_period_fkey foreign key (city_code, period_id) references periods (city_code, id)
    )
  `,
  // Who changed what: one row per write, with the row before and after. Writes that belong
  // to no city (an admin's API keys) are kept under city '000000', so the table can still be
  // distributed by city.
  sql`
    create table audit_events (
      city_code text not null,
      id bigint generated always as identity,
      at timestamptz not null default now(),
      api_key_id bigint,
      request_id text,
      action text not null,
      entity text not null,
      entity_id text not null,
      before jsonb,
      after jsonb,
      primary key (city_code, id)
    )
  `,
  sql`create index audit_events_entity_idx on audit_events (city_code, entity, entity_id, id)`,
]

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of upStatements) await statement.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table audit_events`.execute(db)
  await sql`drop table imports`.execute(db)
}
