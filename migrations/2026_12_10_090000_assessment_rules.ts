import { type Kysely, sql } from 'kysely'

// 考核: the rules by which the office scores its lead units at the year's end, one rule set
// a city and year, kept as the JSON the API validated (its shape is the API's; the scores are
// computed from the record on every read and never stored). Versioned like every row a
// caller replaces with If-Match. A city's rules go with the city.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table assessment_rules (
      city_code text not null constraint assessment_rules_city_fkey references cities (code) on delete cascade,
      year integer not null,
      rules jsonb not null check (jsonb_typeof(rules) = 'object'),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (city_code, year)
    )
  `.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table assessment_rules`.execute(db)
}
