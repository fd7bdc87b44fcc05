import { type Kysely, sql } from 'kysely'

// The name a city office calls a unit by in its own summary (市发改委 for 市发展改革委): one of
// the unit's aliases, so a document or a search that uses it still finds the unit.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table lead_units add column short_name text`.execute(db)
  await sql`
    alter table lead_units add constraint lead_units_short_name_is_alias
      check (short_name is null or short_name = any (aliases))
  `.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table lead_units drop column short_name`.execute(db)
}
