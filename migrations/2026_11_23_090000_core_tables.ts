import { type Kysely, type RawBuilder, sql } from 'kysely'

// Every table carries the city key and leads its primary key with it, so that each
// table can be distributed by city (Citus) and every foreign key stays inside one city.
const upStatements: RawBuilder<unknown>[] = [
  sql`
    create table cities (
      code text primary key constraint cities_code_check check (code ~ '^[1-9][0-9]{5}$'),
      name text not null check (btrim(name) <> ''),
      province text not null check (btrim(province) <> ''),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )
  `,
  sql`
    create table lead_units (
      city_code text not null constraint lead_units_city_fkey references cities (code),
      id bigint generated always as identity,
      name text not null check (btrim(name) <> ''),
      aliases text[] not null default '{}',
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (city_code, id),
      constraint lead_units_name_key unique (city_code, name)
    )
  `,
  sql`
    create table periods (
      city_code text not null constraint periods_city_fkey references cities (code),
      id bigint generated always as identity,
      year integer not null check (year between 1949 and 2999),
      label text not null check (btrim(label) <> ''),
      kind text not null check (kind in ('month_cumulative', 'quarter', 'half_year', 'year', 'custom')),
      starts_on date not null,
      ends_on date not null,
      state text not null default 'open' check (state in ('open', 'closed')),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (city_code, id),
      constraint periods_label_key unique (city_code, year, label),
      constraint periods_range_check check (starts_on <= ends_on)
    )
  `,
  sql`
    create table tasks (
      city_code text not null constraint tasks_city_fkey references cities (code),
      id bigint generated always as identity,
      year integer not null check (year between 1949 and 2999),
      seq integer not null check (seq > 0),
      title text not null check (btrim(title) <> ''),
      category text,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (city_code, id),
      constraint tasks_seq_key unique (city_code, year, seq)
    )
  `,
  sql`
    create table task_lead_units (
      city_code text not null,
      task_id bigint not null,
      lead_unit_id bigint not null,
      role text not null check (role in ('lead', 'support')),
      position integer not null check (position >= 0),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (city_code, task_id, lead_unit_id),
      constraint task_lead_units_position_key unique (city_code, task_id, position),
      constraint task_lead_units_task_fkey foreign key (city_code, task_id)
        references tasks (city_code, id) on delete cascade,
      constraint task_lead_units_lead_unit_fkey foreign key (city_code, lead_unit_id)
        references lead_units (city_code, id)
    )
  `,
  sql`
    create index task_lead_units_lead_unit_idx on task_lead_units (city_code, lead_unit_id)
  `,
  sql`
    create table progress_entries (
      city_code text not null,
      id bigint generated always as identity,
      task_id bigint not null,
      period_id bigint not null,
      status text not null check (status in ('completed', 'on_track', 'behind', 'not_rated')),
      progress text not null default '',
      next_steps text not null default '',
      remarks text not null default '',
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (city_code, id),
      constraint progress_entries_task_period_key unique (city_code, task_id, period_id),
      constraint progress_entries_task_fkey foreign key (city_code, task_id)
        references tasks (city_code, id),
      constraint progress_entries_period_fkey foreign key (city_code, period_id)
        references periods (city_code, id)
    )
  `,
  sql`
    create index progress_entries_period_idx on progress_entries (city_code, period_id, status)
  `,
]

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of upStatements) await statement.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table progress_entries`.execute(db)
  await sql`drop table task_lead_units`.execute(db)
  await sql`drop table tasks`.execute(db)
  await sql`drop table periods`.execute(db)
  await sql`drop table lead_units`.execute(db)
  await sql`drop table cities`.execute(db)
}
