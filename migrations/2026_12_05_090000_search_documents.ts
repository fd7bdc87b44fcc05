import { type Kysely, type RawBuilder, sql } from 'kysely'
// The documents are built as the service builds them (the one definition, not a frozen copy).
import { entryDocument, leadUnitDocument, taskDocument } from '../src/shared/search.js'

// The search index: one tsvector of character bigrams per task (its title and category), per
// entry (its progress, next steps, remarks and status) and per lead unit (its name and
// aliases), beside the rows they index (src/shared/search.ts builds them). Side tables, not
// columns: the rows themselves are read whole (RETURNING *, the audit's before and after), and
// a tsvector has no place there. Each is written by the same function, in the same transaction,
// as the row it indexes, and goes with it: on delete cascade for tasks and lead units; an
// entry's document is deleted by deleteEntry, the one statement that deletes entries. (A
// foreign key to progress_entries made the embedded database check each document of a large
// import against an entry of the same transaction, and the import slow beyond its bound.)
//
// The GIN indexes lead with the city (btree_gin), so a city's search reads that city's
// postings only, as every statement under /v1/cities/{cityCode} must on a distributed cluster.
const upStatements: RawBuilder<unknown>[] = [
  sql`create extension if not exists btree_gin`,
  sql`
    create table task_search (
      city_code text not null,
      task_id bigint not null,
      doc tsvector not null,
      primary key (city_code, task_id),
      constraint task_search_task_fkey foreign key (city_code, task_id) references tasks (city_code, id) on delete cascade
    )
  `,
  sql`
    create table entry_search (
      city_code text not null,
      entry_id bigint not null,
      task_id bigint not null,
      period_id bigint not null,
      doc tsvector not null,
      primary key (city_code, entry_id)
    )
  `,
  sql`create index entry_search_task_idx on entry_search (city_code, task_id, period_id)`,
  sql`
    create table lead_unit_search (
      city_code text not null,
      lead_unit_id bigint not null,
      doc tsvector not null,
      primary key (city_code, lead_unit_id),
      constraint lead_unit_search_unit_fkey foreign key (city_code, lead_unit_id) references lead_units (city_code, id) on delete cascade
    )
  `,
  sql`create index task_search_doc_idx on task_search using gin (city_code, doc)`,
  sql`create index entry_search_doc_idx on entry_search using gin (city_code, doc)`,
  sql`create index lead_unit_search_doc_idx on lead_unit_search using gin (city_code, doc)`,
]

const BATCH = 1000

/** What is stored already gets its documents, a batch at a time, in key order. */
async function backfill(db: Kysely<any>) {
  let after: [string, number] = ['', 0]
  for (;;) {
    const { rows } = await sql<{ cityCode: string, id: string, title: string, category: string | null }>`
      select city_code as "cityCode", id, title, category from tasks where (city_code, id) > (${after[0]}, ${after[1]}::bigint)
      order by city_code, id limit ${BATCH}`.execute(db)
    if (rows.length === 0) break
    await sql`insert into task_search (city_code, task_id, doc)
      select * from unnest(${rows.map((row) => row.cityCode)}::text[], ${rows.map((row) => row.id)}::bigint[],
        ${rows.map(taskDocument)}::tsvector[])`.execute(db)
    const last = rows[rows.length - 1]!
    after = [last.cityCode, Number(last.id)]
  }
  after = ['', 0]
  for (;;) {
    const { rows } = await sql<{ cityCode: string, id: string, taskId: string, periodId: string, progress: string, nextSteps: string, remarks: string, status: string }>`
      select city_code as "cityCode", id, task_id as "taskId", period_id as "periodId", progress, next_steps as "nextSteps", remarks, status
      from progress_entries where (city_code, id) > (${after[0]}, ${after[1]}::bigint) order by city_code, id limit ${BATCH}`.execute(db)
    if (rows.length === 0) break
    await sql`insert into entry_search (city_code, entry_id, task_id, period_id, doc)
      select * from unnest(${rows.map((row) => row.cityCode)}::text[], ${rows.map((row) => row.id)}::bigint[],
        ${rows.map((row) => row.taskId)}::bigint[], ${rows.map((row) => row.periodId)}::bigint[], ${rows.map(entryDocument)}::tsvector[])`.execute(db)
    const last = rows[rows.length - 1]!
    after = [last.cityCode, Number(last.id)]
  }
  const { rows: units } = await sql<{ cityCode: string, id: string, name: string, aliases: string[] }>`
    select city_code as "cityCode", id, name, aliases from lead_units`.execute(db)
  for (let i = 0; i < units.length; i += BATCH) {
    const batch = units.slice(i, i + BATCH)
    await sql`insert into lead_unit_search (city_code, lead_unit_id, doc)
      select * from unnest(${batch.map((unit) => unit.cityCode)}::text[], ${batch.map((unit) => unit.id)}::bigint[],
        ${batch.map(leadUnitDocument)}::tsvector[])`.execute(db)
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of upStatements) await statement.execute(db)
  await backfill(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table lead_unit_search`.execute(db)
  await sql`drop table entry_search`.execute(db)
  await sql`drop table task_search`.execute(db)
}
