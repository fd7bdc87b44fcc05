import { type Kysely, sql } from 'kysely'

// A city's own status words, and two more statuses. Cities rate with more classes than 已完成 /
// 序时推进 / 未达预期: 超进度 (ahead) and 其它类 (other) join the canonical statuses; each city may
// keep the words its documents write for them (status_words: per status, the word written and
// the other words read on import; null: the service's own words).
const STATUSES = `('completed', 'ahead', 'on_track', 'behind', 'other', 'not_rated')`
const OLD_STATUSES = `('completed', 'on_track', 'behind', 'not_rated')`

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table cities add column status_words jsonb`.execute(db)
  await replaceChecks(db, STATUSES)
}

/** Both status checks again over `statuses`: one constraint a statement, as Citus requires (docs/scale.md). */
async function replaceChecks(db: Kysely<any>, statuses: string) {
  await sql`alter table progress_entries drop constraint progress_entries_status_check`.execute(db)
  await sql`alter table progress_entries drop constraint progress_entries_proposed_status_check`.execute(db)
  await sql`alter table progress_entries add constraint progress_entries_status_check check (status in ${sql.raw(statuses)})`.execute(db)
  await sql`alter table progress_entries add constraint progress_entries_proposed_status_check check (proposed_status in ${sql.raw(statuses)})`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await replaceChecks(db, OLD_STATUSES)
  await sql`alter table cities drop column status_words`.execute(db)
}
