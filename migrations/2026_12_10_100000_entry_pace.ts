import { type Kysely, sql } from 'kysely'

// 序时进度: an entry keeps the pace its figures show against its task's targets and its period's
// end (how far the year has gone), worked out whenever the figures, the targets or the period's
// dates change. pace_rev says which way of working it out wrote it: entries written before
// (rev 0) are worked out again by the worker, a few hundred a run.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table progress_entries add column pace jsonb, add column pace_rev smallint not null default 0`.execute(db)
  await sql`create index progress_entries_pace_rev on progress_entries (pace_rev, id)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index progress_entries_pace_rev`.execute(db)
  await sql`alter table progress_entries drop column pace, drop column pace_rev`.execute(db)
}
