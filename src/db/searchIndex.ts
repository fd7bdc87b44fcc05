import { type RawBuilder, sql, type Transaction } from 'kysely'
import { entryDocument, leadUnitDocument, type SearchTerm, taskDocument } from '../shared/search.js'
import type { Database } from './database.js'
import { chunks } from './write.js'

// The search index (migrations/2026_12_05_090000_search_documents.ts): every function that
// writes a task, an entry or a lead unit writes its document here in the same transaction.

/** Writes the documents of tasks as they now are. */
export async function indexTasks(trx: Transaction<Database>, cityCode: string, tasks: { id: number, title: string, category: string | null }[]) {
  for (const batch of chunks(tasks)) {
    await sql`
      insert into task_search (city_code, task_id, doc)
      select ${cityCode}, id, doc from unnest(${batch.map((task) => task.id)}::bigint[], ${batch.map(taskDocument)}::tsvector[]) as v (id, doc)
      on conflict (city_code, task_id) do update set doc = excluded.doc
    `.execute(trx)
  }
}

type IndexedEntry = { id: number, taskId: number, periodId: number, progress: string, nextSteps: string, remarks: string, status: string }

/** Writes the documents of entries of one city as they now are. */
export async function indexEntries(trx: Transaction<Database>, cityCode: string, entries: IndexedEntry[]) {
  for (const batch of chunks(entries)) {
    await sql`
      insert into entry_search (city_code, entry_id, task_id, period_id, doc)
      select ${cityCode}, id, task_id, period_id, doc from unnest(${batch.map((entry) => entry.id)}::bigint[],
        ${batch.map((entry) => entry.taskId)}::bigint[], ${batch.map((entry) => entry.periodId)}::bigint[],
        ${batch.map(entryDocument)}::tsvector[]) as v (id, task_id, period_id, doc)
      on conflict (city_code, entry_id) do update set doc = excluded.doc
    `.execute(trx)
  }
}

/**
 * The documents of entries an UPDATE is writing, as a statement of that UPDATE's own WITH (the
 * rows it returns are `updated`: see updateEach's `then`), one round trip fewer than
 * indexEntries after it. `texts` are the entries' texts as the update leaves them, by id; only
 * rows the update did write are indexed.
 */
export const indexUpdatedEntries = (texts: Map<number, Pick<IndexedEntry, 'progress' | 'nextSteps' | 'remarks' | 'status'>>) => (ids: number[]) => {
  const batch = ids.filter((id) => texts.has(id))
  if (batch.length === 0) return undefined
  return sql`insert into entry_search (city_code, entry_id, task_id, period_id, doc)
    select u.city_code, u.id, u.task_id, u.period_id, d.doc
    from updated u join unnest(${batch}::bigint[], ${batch.map((id) => entryDocument(texts.get(id)!))}::tsvector[]) as d (id, doc) on d.id = u.id
    on conflict (city_code, entry_id) do update set doc = excluded.doc`
}

/** Writes the documents of lead units as they now are. */
export async function indexLeadUnits(trx: Transaction<Database>, cityCode: string, units: { id: number, name: string, aliases: string[] }[]) {
  for (const batch of chunks(units)) {
    await sql`
      insert into lead_unit_search (city_code, lead_unit_id, doc)
      select ${cityCode}, id, doc from unnest(${batch.map((unit) => unit.id)}::bigint[], ${batch.map(leadUnitDocument)}::tsvector[]) as v (id, doc)
      on conflict (city_code, lead_unit_id) do update set doc = excluded.doc
    `.execute(trx)
  }
}

export const tsquery = (term: SearchTerm) => sql`${term.tsquery}::tsquery`

/** Some term of the query: what the GIN indexes find candidates with. */
export const anyTerm = (terms: SearchTerm[]) => sql`${terms.map((term) => `(${term.tsquery})`).join(' | ')}::tsquery`

/**
 * Every term is somewhere in what a task and one entry of it say: the task's title or
 * category (taskDoc), the entry's texts (entryDoc, if any), or the name or an alias of one
 * of the task's lead units. `city` (by value, as each subquery must on Citus: docs/scale.md) and
 * `task` (as the caller's query names it) are the task's key.
 */
export function allTermsIn(terms: SearchTerm[], keys: { city: string, task: RawBuilder<unknown> },
  taskDoc: RawBuilder<unknown>, entryDoc?: RawBuilder<unknown>) {
  return sql.join(terms.map((term) => sql`(
    ${taskDoc} @@ ${tsquery(term)}
    ${entryDoc ? sql`or coalesce(${entryDoc} @@ ${tsquery(term)}, false)` : sql``}
    or exists (
      select from task_lead_units l
      join lead_unit_search u on u.city_code = ${keys.city} and u.lead_unit_id = l.lead_unit_id
      where l.city_code = ${keys.city} and l.task_id = ${keys.task} and u.doc @@ ${tsquery(term)}
    )
  )`), sql` and `)
}
