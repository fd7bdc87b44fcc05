import { type Kysely, sql } from 'kysely'

// The next revision is drawn before the UPDATE that stores it. On a Citus cluster (docs/scale.md)
// the UPDATE runs on the node that holds the city, which refuses a VOLATILE function (nextval)
// inside an UPDATE of a distributed table; drawn first, it is a value. Revisions stay unique:
// each node draws from its own range of the sequence, and a city's rows are all on one node.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create or replace function revise_city(city text) returns void language plpgsql set search_path = public as $$
    declare
      flag text := 'duban.revised_' || city;
      next bigint;
    begin
      if current_setting(flag, true) = 'yes' then return; end if;
      perform set_config(flag, 'yes', true);
      next := nextval('city_revisions');
      update cities set revision = next where code = city;
    end
    $$
  `.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    create or replace function revise_city(city text) returns void language plpgsql set search_path = public as $$
    declare
      flag text := 'duban.revised_' || city;
    begin
      if current_setting(flag, true) = 'yes' then return; end if;
      perform set_config(flag, 'yes', true);
      update cities set revision = nextval('city_revisions') where code = city;
    end
    $$
  `.execute(db)
}
