import { type Kysely, sql } from 'kysely'

// A missing actual figure or rank was stored two ways: SQL NULL by an import, the jsonb
// value null by a PUT. Both now write SQL NULL; the entries a PUT wrote follow, so that
// `is null` finds every missing figure and two equal entries are stored alike. Neither
// version nor updated_at moves: what the API shows (null) stays as it was.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    update progress_entries set
      actual = case when actual = 'null'::jsonb then null else actual end,
      rank = case when rank = 'null'::jsonb then null else rank end
    where actual = 'null'::jsonb or rank = 'null'::jsonb
  `.execute(db)
}

// Which entries held the jsonb null is not kept; SQL NULL reads the same through the API.
export async function down(): Promise<void> {}
