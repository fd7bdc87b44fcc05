import { type RawBuilder, sql } from 'kysely'
import type { SearchTerm } from '../../shared/search.js'
import { anyTerm, tsquery } from '../../db/searchIndex.js'
import type { Db, EntryState, ProgressStatus } from '../../db/database.js'
import { afterCursor, type PageQuery, pageOf } from '../../db/page.js'

/** acceptedOnly: only the entries the office accepted are searched (a caller that sees only what is published). */
export type SearchFilters = { year?: number, periodId?: number, status?: ProgressStatus, leadUnitId?: number, acceptedOnly?: boolean }
/** One city, or (undefined) every city. */
export type SearchScope = { cityCode?: string }

export type SearchRow = {
  cityCode: string
  taskId: number
  year: number
  seq: number
  title: string
  category: string | null
  leadUnits: { id: number, name: string, aliases: string[] }[]
  entry: { id: number, periodId: number, status: ProgressStatus, state: EntryState, progress: string, nextSteps: string, remarks: string } | null
  titleHit: boolean
  score: number
}

/**
 * The tasks a query finds, best first: those whose title (or category) holds a word, then
 * by relevance (ts_rank of the task's and its best entry's documents), then in list order.
 * A task is found once, with the entry of it that matches best (the latest period's of
 * equals); every word must be in the task (title, category, a lead unit's name or alias)
 * or that entry, or, when the task alone holds them all, the hit has no entry. periodId
 * keeps to that period's entries (and its year's tasks); status to the tasks whose entry
 * (in periodId, else in any period) has that status.
 */
export async function searchTasks(db: Db, scope: SearchScope, terms: SearchTerm[], filters: SearchFilters & PageQuery) {
  // Every city's search is its own statement, on the one node that holds the city on Citus
  // (docs/scale.md); every city's best page is merged in the same order and cut to one page.
  const cities = scope.cityCode !== undefined ? [scope.cityCode]
    : (await db.selectFrom('cities').select('code').orderBy('code').execute()).map((city) => city.code)
  const found: SearchRow[] = []
  for (const cityCode of cities) found.push(...(await searchStatement(cityCode, terms, filters).execute(db)).rows)
  const typed = found.map((row) => ({ ...row, taskId: Number(row.taskId), entry: row.entry && { ...row.entry, id: Number(row.entry.id), periodId: Number(row.entry.periodId) } }))
  const key = (row: SearchRow) => [row.titleHit ? 0 : 1, -row.score, row.cityCode, row.year, row.seq, row.taskId] as const
  typed.sort((a, b) => compareKeys(key(a), key(b)))
  return pageOf(typed.slice(0, filters.limit + 1), filters.limit, (row) => [...key(row)])
}

function compareKeys(a: readonly (number | string)[], b: readonly (number | string)[]) {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1
  }
  return 0
}

/** The one statement of searchTasks for one city (the benchmark's bare route runs it too). */
export function searchStatement(cityCode: string, terms: SearchTerm[], filters: SearchFilters & PageQuery) {
  const { limit, cursor, year, periodId, status, leadUnitId, acceptedOnly } = filters
  const after = afterCursor<[number, number, string, number, number, number]>(cursor, ['number', 'number', 'string', 'number', 'number', 'number'])
  // Every table of the statement is held to the city by value, as each subquery must be on Citus.
  const city = (column: string) => sql`${sql.ref(column)} = ${cityCode}`
  const any = anyTerm(terms)
  // One flag a word: m0, m1, … (at most 8 words).
  const flag = (i: number) => sql.raw(`m${i}`)
  // The same, held by the task itself (its title, category or a unit): t0, t1, …
  const held = (i: number) => sql.raw(`t${i}`)
  const flags = (doc: RawBuilder<unknown>) => sql.join(terms.map((term, i) => sql`${doc} @@ ${tsquery(term)} as ${flag(i)}`))
  const each = (what: (i: number) => RawBuilder<unknown>, glue = sql`, `) => sql.join(terms.map((_, i) => what(i)), glue)
  const inPeriod = (alias: string) => (periodId === undefined ? sql`` : sql`and ${sql.ref(`${alias}.period_id`)} = ${periodId}::bigint`)
  // Every step reads only what the GIN indexes find: the documents that hold some word.
  return sql<SearchRow>`
    with task_hits as (
      select city_code, task_id, ${flags(sql`doc`)}, ts_rank(doc, ${any}) as rank
      from task_search where ${city('city_code')} and doc @@ ${any}
    ),
    unit_hits as (
      select l.city_code, l.task_id, ${each((i) => sql`bool_or(u.doc @@ ${tsquery(terms[i]!)}) as ${flag(i)}`)}
      from lead_unit_search u join task_lead_units l on ${city('l.city_code')} and l.lead_unit_id = u.lead_unit_id
      where ${city('u.city_code')} and u.doc @@ ${any}
      group by l.city_code, l.task_id
    ),
    -- Every hit in one list, each task's own flags (title, category, units) beside its entries' by a window:
    -- no join whose size the planner cannot know.
    hits as (
      select city_code, task_id, null::bigint as entry_id, null::bigint as period_id, ${each(flag)}, rank as task_rank, 0::real as entry_rank, true as titled
      from task_hits
      union all
      select city_code, task_id, null, null, ${each(flag)}, 0, 0, false from unit_hits
      union all
      select es.city_code, es.task_id, es.entry_id, es.period_id, ${flags(sql`es.doc`)}, 0, ts_rank(es.doc, ${any}), false
      from entry_search es
      where ${city('es.city_code')} and es.doc @@ ${any} ${inPeriod('es')}
        ${acceptedOnly ? sql`and exists (select from progress_entries pa where ${city('pa.city_code')} and pa.id = es.entry_id and pa.state = 'accepted')` : sql``}
    ),
    flagged as (
      select h.*, ${each((i) => sql`coalesce(bool_or(${flag(i)}) filter (where entry_id is null) over task, false) as ${held(i)}`)},
        max(task_rank) over task as task_rank_all, bool_or(titled) over task as title_hit
      from hits h
      window task as (partition by city_code, task_id)
    ),
    found as (
      select e.city_code, e.task_id, e.entry_id, e.period_id, e.entry_rank, e.task_rank_all as task_rank, e.title_hit
      from flagged e
      where e.entry_id is not null and ${each((i) => sql`(e.${flag(i)} or e.${held(i)})`, sql` and `)}
        ${status === undefined ? sql`` : sql`and exists (select from progress_entries pe where ${city('pe.city_code')} and pe.id = e.entry_id and pe.status = ${status})`}
      union all
      select tt.city_code, tt.task_id, ${status === undefined ? sql`null::bigint, null::bigint` : sql`pe.id, pe.period_id`}, 0, tt.task_rank_all, tt.title_hit
      from flagged tt
      ${status === undefined ? sql`` : sql`cross join lateral (
        select pe.id, pe.period_id from progress_entries pe
        where ${city('pe.city_code')} and pe.task_id = tt.task_id and pe.status = ${status} ${inPeriod('pe')}
          ${acceptedOnly ? sql`and pe.state = 'accepted'` : sql``}
        order by pe.period_id desc limit 1
      ) as pe`}
      where tt.entry_id is null and ${each((i) => sql`tt.${held(i)}`, sql` and `)}
    ),
    best as (
      select distinct on (f.city_code, f.task_id) f.city_code, f.task_id as id, t.year, t.seq, f.entry_id, f.title_hit,
        round(1000000 * (f.task_rank + f.entry_rank))::int as score
      from found f join tasks t on ${city('t.city_code')} and t.id = f.task_id
      where ${city('t.city_code')}
        ${year !== undefined ? sql`and t.year = ${year}` : sql``}
        ${periodId !== undefined ? sql`and t.year = (select p.year from periods p where ${city('p.city_code')} and p.id = ${periodId}::bigint)` : sql``}
        ${leadUnitId !== undefined ? sql`and exists (select from task_lead_units l where ${city('l.city_code')} and l.task_id = t.id and l.lead_unit_id = ${leadUnitId}::bigint)` : sql``}
      order by f.city_code, f.task_id, f.entry_id is null, f.entry_rank desc, f.period_id desc
    ),
    page as (
      select * from best
      ${after !== undefined ? sql`where (case when title_hit then 0 else 1 end, -score, city_code, year, seq, id) > (${after[0]}::int, ${after[1]}::int, ${after[2]}, ${after[3]}::int, ${after[4]}::int, ${after[5]}::bigint)` : sql``}
      order by case when title_hit then 0 else 1 end, -score, city_code, year, seq, id
      limit ${limit + 1}
    )
    select h.city_code, h.id as task_id, h.year, h.seq, t.title, t.category, h.title_hit, h.score,
      coalesce((
        select json_agg(json_build_object('id', u.id, 'name', u.name, 'aliases', u.aliases) order by l.position)
        from task_lead_units l join lead_units u on ${city('u.city_code')} and u.id = l.lead_unit_id
        where ${city('l.city_code')} and l.task_id = h.id
      ), '[]') as lead_units,
      case when pe.id is null then null else json_build_object('id', pe.id, 'periodId', pe.period_id, 'status', pe.status, 'state', pe.state,
        'progress', pe.progress, 'nextSteps', pe.next_steps, 'remarks', pe.remarks) end as entry
    from page h
    join tasks t on ${city('t.city_code')} and t.id = h.id
    left join progress_entries pe on ${city('pe.city_code')} and pe.id = h.entry_id
    order by case when h.title_hit then 0 else 1 end, -h.score, h.city_code, h.year, h.seq, h.id
  `
}
