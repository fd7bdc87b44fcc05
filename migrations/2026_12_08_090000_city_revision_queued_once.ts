import { type Kysely, sql } from 'kysely'

// The revision bump (2026_11_23_130000) queued one deferred trigger event for every row a
// transaction wrote, and ran each at commit: an import that writes 400,000 rows spent two
// seconds in its COMMIT calling a function that, for all but the first row, did nothing.
// Now a trigger's WHEN asks city_revision_queued(city), which is true the first time a
// transaction writes that city and false after, so one event per city and transaction is
// queued; the bump runs at commit as before. WHEN is evaluated as the row is written, and a
// flag set in a subtransaction that is rolled back goes with the events it queued.
// A WHEN can name OLD only on UPDATE and DELETE and NEW only on INSERT and UPDATE: one
// trigger for each.
const tables = ['periods', 'lead_units', 'tasks', 'task_lead_units', 'progress_entries']

export async function up(db: Kysely<any>): Promise<void> {
  // Left without `set search_path`, which would keep PostgreSQL from running it as cheaply;
  // it calls only pg_catalog's functions, which are found first whatever the path.
  await sql`
    create function city_revision_queued(city text) returns boolean language plpgsql volatile as $$
    declare
      flag text := 'duban.queued_' || city;
    begin
      if pg_catalog.current_setting(flag, true) = 'yes' then return false; end if;
      perform pg_catalog.set_config(flag, 'yes', true);
      return true;
    end
    $$
  `.execute(db)
  for (const table of tables) {
    await sql`drop trigger ${sql.raw(`${table}_revise_city`)} on ${sql.table(table)}`.execute(db)
    const events = [
      ['insert', 'city_revision_queued(new.city_code)'],
      ['update', 'city_revision_queued(old.city_code) or city_revision_queued(new.city_code)'],
      ['delete', 'city_revision_queued(old.city_code)'],
    ] as const
    for (const [event, condition] of events) {
      await sql`
        create constraint trigger ${sql.raw(`${table}_revise_city_${event}`)}
        after ${sql.raw(event)} on ${sql.table(table)}
        deferrable initially deferred for each row when (${sql.raw(condition)}) execute function bump_city_revision()
      `.execute(db)
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of tables) {
    for (const event of ['insert', 'update', 'delete']) await sql`drop trigger ${sql.raw(`${table}_revise_city_${event}`)} on ${sql.table(table)}`.execute(db)
    await sql`
      create constraint trigger ${sql.raw(`${table}_revise_city`)}
      after insert or update or delete on ${sql.table(table)}
      deferrable initially deferred for each row execute function bump_city_revision()
    `.execute(db)
  }
  await sql`drop function city_revision_queued(text)`.execute(db)
}
