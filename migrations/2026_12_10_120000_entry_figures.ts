import { type Kysely, sql } from 'kysely'

// Every figure an entry's progress gives (an amount, a change, a share, a rank, a date), with its
// kind and where it stands in the text, so a client can highlight it and the Word report set it
// in bold. Worked out when the text is written; entries written before are worked out by the
// worker with their pace (their pace_rev is older than the revision that writes figures).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table progress_entries add column figures jsonb not null default '[]'`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table progress_entries drop column figures`.execute(db)
}
