import { type Kysely, sql } from 'kysely'

// How far a city's events have been removed (EVENT_RETENTION_DAYS): a follower whose cursor is
// older than that would miss events, so the feed refuses it (410) instead of skipping silently.
// Event ids come from one sequence for every city, so a gap alone would not tell.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table event_horizons (
      city_code text primary key constraint event_horizons_city_fkey references cities (code) on delete cascade,
      removed_through bigint not null
    )
  `.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table event_horizons`.execute(db)
}
