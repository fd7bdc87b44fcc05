import { type Kysely, sql } from 'kysely'

// What the published report of a period says around its table (title, 文号, issuing office,
// date, the whole list's size, the opening paragraph): one object, null when none is kept.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table periods add column report_header jsonb`.execute(db)
  await sql`
    alter table periods add constraint periods_report_header_is_object
      check (report_header is null or jsonb_typeof(report_header) = 'object')
  `.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table periods drop column report_header`.execute(db)
}
