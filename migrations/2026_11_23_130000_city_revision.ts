import { type Kysely, sql } from 'kysely'

// cities.revision moves on with every committed transaction that changes anything a city's
// reports are built from: its periods, lead units, tasks, task lead units and progress
// entries. The summary is cached against it, so a change made through any path, by any
// instance, is seen on the next read. Revisions come from one sequence that nothing resets,
// so a city deleted and created again never meets a revision it had before.
//
// The bump is a deferred constraint trigger: it runs at commit, once per transaction and
// city, so the city row is locked only for the end of the commit, and writes to one city
// commit one after another. A transaction that also locks the city row itself must take the
// lock the bump needs or a stronger one first (a city PATCH takes NO KEY UPDATE, a delete
// FOR UPDATE); one that writes two cities' data can deadlock with another writing them in
// the other order, and the service writes one city per transaction.
const tables = ['periods', 'lead_units', 'tasks', 'task_lead_units', 'progress_entries']

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create sequence city_revisions`.execute(db)
  // The default and NOT NULL apart, as Citus requires (docs/scale.md).
  await sql`alter table cities add column revision bigint default nextval('city_revisions')`.execute(db)
  await sql`alter table cities alter column revision set not null`.execute(db)
  await sql`
    create function revise_city(city text) returns void language plpgsql set search_path = public as $$
    declare
      flag text := 'duban.revised_' || city;
    begin
      if current_setting(flag, true) = 'yes' then return; end if;
      perform set_config(flag, 'yes', true);
      update cities set revision = nextval('city_revisions') where code = city;
    end
    $$
  `.execute(db)
  await sql`
    create function bump_city_revision() returns trigger language plpgsql set search_path = public as $$
    begin
      if tg_op <> 'INSERT' then perform revise_city(old.city_code); end if;
      if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.city_code <> old.city_code) then perform revise_city(new.city_code); end if;
      return null;
    end
    $$
  `.execute(db)
  for (const table of tables) {
    await sql`
      create constraint trigger ${sql.raw(`${table}_revise_city`)}
      after insert or update or delete on ${sql.table(table)}
      deferrable initially deferred for each row execute function bump_city_revision()
    `.execute(db)
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of tables) await sql`drop trigger ${sql.raw(`${table}_revise_city`)} on ${sql.table(table)}`.execute(db)
  await sql`drop function bump_city_revision()`.execute(db)
  await sql`drop function revise_city(text)`.execute(db)
  await sql`alter table cities drop column revision`.execute(db)
  await sql`drop sequence city_revisions`.execute(db)
}
