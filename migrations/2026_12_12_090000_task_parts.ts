import { type Kysely, sql } from 'kysely'

// 县区分解: a task of the city's list split into parts, each a task of its own (the county's or
// district's share, led by that county or district as a lead unit of the city) with its own
// entries and review. A part names its parent in the same city; its seq numbers it under the
// parent (第5项之2), so only the list's own tasks are numbered in the year's list. `part` is the
// part's share of the parent's quantity target (2 of 5 所), its weight in the parent's roll-up;
// `rollup` is how a parent's status follows its parts (null: the weakest part's).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table tasks add column parent_id bigint`.execute(db)
  await sql`alter table tasks add column part double precision`.execute(db)
  await sql`alter table tasks add column rollup text`.execute(db)
  await sql`alter table tasks add constraint tasks_parent_fkey foreign key (city_code, parent_id) references tasks (city_code, id)`.execute(db)
  await sql`alter table tasks add constraint tasks_part_check check (part is null or (parent_id is not null and part > 0))`.execute(db)
  await sql`alter table tasks add constraint tasks_rollup_check check (rollup is null or (parent_id is null and rollup in ('weakest', 'share')))`.execute(db)
  await sql`alter table tasks add constraint tasks_parent_self_check check (parent_id is null or parent_id <> id)`.execute(db)
  await sql`alter table tasks drop constraint tasks_seq_key`.execute(db)
  await sql`create unique index tasks_seq_key on tasks (city_code, year, seq) where parent_id is null`.execute(db)
  await sql`create unique index tasks_part_seq_key on tasks (city_code, parent_id, seq) where parent_id is not null`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  // A part has entries, reviews and history of its own: going back would lose them.
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from tasks where parent_id is not null`.execute(db)
  if (rows[0]!.n > 0) throw new Error(`${rows[0]!.n} tasks are parts of split tasks (县区分解): delete them before migrating down`)
  await sql`drop index tasks_part_seq_key`.execute(db)
  await sql`drop index tasks_seq_key`.execute(db)
  await sql`alter table tasks add constraint tasks_seq_key unique (city_code, year, seq)`.execute(db)
  await sql`alter table tasks drop constraint tasks_parent_self_check`.execute(db)
  await sql`alter table tasks drop constraint tasks_rollup_check`.execute(db)
  await sql`alter table tasks drop constraint tasks_part_check`.execute(db)
  await sql`alter table tasks drop constraint tasks_parent_fkey`.execute(db)
  await sql`alter table tasks drop column rollup`.execute(db)
  await sql`alter table tasks drop column part`.execute(db)
  await sql`alter table tasks drop column parent_id`.execute(db)
}
