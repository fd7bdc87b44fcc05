import { type Kysely, type RawBuilder, sql } from 'kysely'
import { onCitus } from '../src/db/citus.js'

const upStatements: RawBuilder<unknown>[] = [
  // API keys are few and read on every request: a reference table, not distributed by city.
  // Only a hash of the secret is kept; the prefix finds the row without revealing the key.
  sql`
    create table api_keys (
      id bigint generated always as identity primary key,
      prefix text not null constraint api_keys_prefix_key unique,
      secret_hash text not null,
      name text not null check (btrim(name) <> ''),
      role text not null check (role in ('admin', 'city_office', 'lead_unit', 'reader')),
      city_code text,
      lead_unit_id bigint,
      created_by bigint,
      revoked_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint api_keys_scope_check check (
        (role = 'admin' and city_code is null and lead_unit_id is null) or
        (role = 'city_office' and city_code is not null and lead_unit_id is null) or
        (role = 'lead_unit' and city_code is not null and lead_unit_id is not null) or
        (role = 'reader' and lead_unit_id is null)
      )
    )
  `,
  // The first response to each Idempotency-Key, per API key, replayed to retries.
  sql`
    create table idempotency_keys (
      api_key_id bigint not null references api_keys (id) on delete cascade,
      key text not null,
      method text not null,
      path text not null,
      request_hash text not null,
      state text not null default 'in_flight' check (state in ('in_flight', 'done')),
      response_status integer,
      response_headers jsonb,
      response_body text,
      created_at timestamptz not null default now(),
      primary key (api_key_id, key)
    )
  `,
  sql`create index idempotency_keys_created_idx on idempotency_keys (created_at)`,
]

// A key's city and lead unit exist. On a Citus coordinator (docs/scale.md) API keys are a
// reference table, on every node, which cannot refer to one city's rows: there the key command
// holds the city and lead unit while it writes the key (keys.service), as these keys would.
const foreignKeys = sql`
  alter table api_keys
    add constraint api_keys_city_fkey foreign key (city_code) references cities (code),
    add constraint api_keys_lead_unit_fkey foreign key (city_code, lead_unit_id) references lead_units (city_code, id)
`

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of upStatements) await statement.execute(db)
  if (!(await onCitus(db))) await foreignKeys.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table idempotency_keys`.execute(db)
  await sql`drop table api_keys`.execute(db)
}
