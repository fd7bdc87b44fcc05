import { type Kysely, type RawBuilder, sql } from 'kysely'

// The numeric targets a task's title sets, and the actual figure and provincial rank an
// entry's progress text reports. Filled by extraction unless a person set them ('manual').
// Constraints are named and added one a statement, apart from their columns, as Citus requires
// (docs/scale.md).
const upStatements: RawBuilder<unknown>[] = [
  sql`
    alter table tasks
      add column targets jsonb not null default '[]',
      add column targets_source text not null default 'extracted'
  `,
  sql`alter table tasks add constraint tasks_targets_source_check check (targets_source in ('extracted', 'manual'))`,
  sql`
    alter table progress_entries
      add column actual jsonb,
      add column rank jsonb,
      add column indicators_source text not null default 'extracted'
  `,
  sql`alter table progress_entries add constraint progress_entries_indicators_source_check check (indicators_source in ('extracted', 'manual'))`,
]

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of upStatements) await statement.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table progress_entries drop column actual, drop column rank, drop column indicators_source`.execute(db)
  await sql`alter table tasks drop column targets, drop column targets_source`.execute(db)
}
