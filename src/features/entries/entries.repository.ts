import { sql, type Transaction } from 'kysely'
import { NotFound } from '../../shared/errors.js'
import { ProgressEntry } from './entries.schemas.js'
import type { Database, Db, EntryCommentRow, EntryState, ProgressEntryRow, ProgressStatus } from '../../db/database.js'
import { allTermsIn, indexEntries, indexUpdatedEntries } from '../../db/searchIndex.js'
import type { SearchTerm } from '../../shared/search.js'
import type { Actual, IndicatorSource, Rank } from '../../shared/entryIndicators.js'
import type { FigureSpan } from '../../shared/indicators.js'
import type { Pace, PaceVerdict } from '../../shared/pace.js'
import { chunks, type ColumnSpec, jsonb, updateEach, updateRowIfAt } from '../../db/write.js'
import { afterCursor, jsonPageOf, type PageQuery, pageOf } from '../../db/page.js'
import { rowJson } from '../../db/json.js'
import { compiledOnce } from '../../db/compiled.js'

export type EntryKey = { cityCode: string, taskId: number, periodId: number }

const entryByKey = compiledOnce((db: Db, cityCode: string, taskId: number, periodId: number) => db.selectFrom('progressEntries').selectAll()
  .where('cityCode', '=', cityCode).where('taskId', '=', taskId).where('periodId', '=', periodId))

export async function findEntry(db: Db, key: EntryKey) {
  return (await entryByKey(db, key.cityCode, key.taskId, key.periodId))[0]
}

/** An entry as the JSON of the ProgressEntry schema, built by PostgreSQL (what a read sends as it is: see rowJson). */
const entryJson = rowJson(ProgressEntry, 'e')

const entryJsonByKey = compiledOnce((db: Db, cityCode: string, taskId: number, periodId: number) => db.selectFrom('progressEntries as e')
  .select([entryJson.as('json'), 'e.version', 'e.state']).where('e.cityCode', '=', cityCode).where('e.taskId', '=', taskId).where('e.periodId', '=', periodId))

/** The entry's JSON as a read sends it, and its version for the ETag. */
export async function findEntryJson(db: Db, key: EntryKey): Promise<{ json: string, version: number, state: EntryState } | undefined> {
  return (await entryJsonByKey(db, key.cityCode, key.taskId, key.periodId))[0]
}

/** The filters of a period's entries; each one left undefined is not applied. taskIds: only these tasks' entries; pace 'none': no verdict. */
type EntryFilters = { status?: ProgressStatus, state?: EntryState, leadUnitId?: number, terms?: SearchTerm[], taskIds?: number[], pace?: PaceVerdict | 'none' }

const periodEntriesQuery = (db: Db, cityCode: string, periodId: number, take: number, filters: EntryFilters, after?: readonly [number, number, number]) => {
  const { status, state, leadUnitId, terms, taskIds, pace } = filters
  return db.selectFrom('progressEntries as e')
    .innerJoin('tasks as t', (join) => join.on('t.cityCode', '=', cityCode).onRef('t.id', '=', 'e.taskId'))
    .select([entryJson.as('json'), 'e.taskId', 't.year as taskYear', 't.seq as taskSeq'])
    .where('e.cityCode', '=', cityCode).where('e.periodId', '=', periodId)
    .$if(status !== undefined, (qb) => qb.where('e.status', '=', status!))
    .$if(state !== undefined, (qb) => qb.where('e.state', '=', state!))
    .$if(pace !== undefined && pace !== 'none', (qb) => qb.where(sql<string>`e.pace->>'verdict'`, '=', pace!))
    .$if(pace === 'none', (qb) => qb.where(sql<string | null>`e.pace->>'verdict'`, 'is', null))
    .$if(taskIds !== undefined, (qb) => qb.where((eb) => eb('e.taskId', '=', eb.fn.any(eb.val(taskIds!)))))
    .$if(leadUnitId !== undefined, (qb) => qb.where((eb) => eb.exists(
      eb.selectFrom('taskLeadUnits as l').select('l.taskId')
        .where('l.cityCode', '=', cityCode).whereRef('l.taskId', '=', 'e.taskId').where('l.leadUnitId', '=', leadUnitId!))))
    .$if(terms !== undefined, (qb) => qb.where(sql<boolean>`exists (
      select from task_search ts join entry_search es on es.city_code = ${cityCode} and es.entry_id = e.id
      where ts.city_code = ${cityCode} and ts.task_id = e.task_id and ${allTermsIn(terms!, { city: cityCode, task: sql`e.task_id` }, sql`ts.doc`, sql`es.doc`)}
    )`))
    .$if(after !== undefined, (qb) => qb.where((eb) => eb(eb.refTuple('t.year', 't.seq', 't.id'), '>', eb.tuple(after![0], after![1], after![2]))))
    .orderBy('t.year').orderBy('t.seq').orderBy('t.id').limit(take)
}

/** The same without search terms (a period's entries as the office lists them), compiled once for each set of filters. */
const periodEntriesPage = compiledOnce((db: Db, cityCode: string, periodId: number, take: number, status?: ProgressStatus, state?: EntryState,
  leadUnitId?: number, taskIds?: number[], afterYear?: number, afterSeq?: number, afterId?: number) =>
  periodEntriesQuery(db, cityCode, periodId, take, { status, state, leadUnitId, taskIds }, afterYear === undefined ? undefined : [afterYear, afterSeq!, afterId!]))

/** A filter by pace is rare: it is built each time, as a search is. */

/**
 * Entries of one period in the order of the city's list (year, seq), as JSON; `finish` gives the
 * JSON an entry is sent as, from its own and its task's id (the review list adds its flags).
 */
export async function listPeriodEntries(db: Db, cityCode: string, periodId: number, query: PageQuery & EntryFilters,
  finish?: (json: string, taskId: number) => string) {
  const { limit, cursor, status, state, leadUnitId, terms, taskIds } = query
  const after = afterCursor<[number, number, number]>(cursor, ['number', 'number', 'number'])
  // A search builds its terms into the SQL: it is built each time.
  const rows = terms === undefined && query.pace === undefined
    ? await periodEntriesPage(db, cityCode, periodId, limit + 1, status, state, leadUnitId, taskIds, ...(after ?? []))
    : await periodEntriesQuery(db, cityCode, periodId, limit + 1, query, after).execute()
  const finished = finish ? rows.map((row) => ({ ...row, json: finish(row.json, row.taskId) })) : rows
  return jsonPageOf(finished, limit, (entry) => [entry.taskYear, entry.taskSeq, entry.taskId])
}

/** An entry of a period as its flags compare it, with its task's entry of the previous period (null: none, or not seen). */
export type FlagText = {
  taskId: number
  seq: number
  progress: string
  leadUnitIds: number[]
  previousPeriodId: number | null
  previousProgress: string | null
  proposedStatus: ProgressStatus | null
  pace: Pace | null
}

const flagTextsQuery = compiledOnce((db: Db, cityCode: string, periodId: number, state?: EntryState) => {
  // The previous period of the year: the one that ends latest before this one ends (periods run from 1 January).
  const previous = db.selectFrom('periods as q')
    .innerJoin('periods as p', (join) => join.on('p.cityCode', '=', cityCode).onRef('p.year', '=', 'q.year').onRef('q.endsOn', '<', 'p.endsOn'))
    .select('q.id').where('q.cityCode', '=', cityCode).where('p.cityCode', '=', cityCode).where('p.id', '=', periodId)
    .orderBy('q.endsOn', 'desc').orderBy('q.id', 'desc').limit(1)
  return db.selectFrom('progressEntries as e')
    .innerJoin('tasks as t', (join) => join.on('t.cityCode', '=', cityCode).onRef('t.id', '=', 'e.taskId'))
    .leftJoin(previous.as('prev'), (join) => join.onTrue())
    .leftJoin('progressEntries as pe', (join) => {
      const same = join.on('pe.cityCode', '=', cityCode).onRef('pe.periodId', '=', 'prev.id').onRef('pe.taskId', '=', 'e.taskId')
      return state === undefined ? same : same.on('pe.state', '=', state)
    })
    .select(['e.taskId', 't.seq', 'e.progress', 'e.proposedStatus', 'e.pace', 'prev.id as previousPeriodId', 'pe.progress as previousProgress'])
    .select(sql<number[]>`coalesce((
      select json_agg(l.lead_unit_id order by l.position) from task_lead_units l
      where l.city_code = ${cityCode} and l.task_id = e.task_id and l.role = 'lead'), '[]')`.as('leadUnitIds'))
    .where('e.cityCode', '=', cityCode).where('t.cityCode', '=', cityCode).where('e.periodId', '=', periodId)
    .$if(state !== undefined, (qb) => qb.where('e.state', '=', state!))
    .orderBy('t.year').orderBy('t.seq').orderBy('t.id')
})

/**
 * The period's entries as their flags compare them (in the order of the list), each with its task's
 * lead units and its task's entry of the previous period; state: only entries in that state, here and
 * in the previous period (a reader of published data compares what is published only).
 */
export async function listFlagTexts(db: Db, cityCode: string, periodId: number, state?: EntryState): Promise<FlagText[]> {
  return flagTextsQuery(db, cityCode, periodId, state)
}

/** The entries of some tasks in one period; lock: held FOR UPDATE until the caller's transaction ends. */
export async function listEntriesOfTasks(db: Db, cityCode: string, periodId: number, taskIds: number[], lock = false): Promise<ProgressEntryRow[]> {
  const entries: ProgressEntryRow[] = []
  for (const batch of chunks(taskIds)) {
    entries.push(...await db.selectFrom('progressEntries').selectAll()
      .where('cityCode', '=', cityCode).where('periodId', '=', periodId).where('taskId', 'in', batch)
      .$if(lock, (qb) => qb.forUpdate()).execute())
  }
  return entries
}

/** One task's entries across periods, oldest period first. */
export async function listTaskEntries(db: Db, cityCode: string, taskId: number, query: PageQuery & { acceptedOnly?: boolean }) {
  const { limit, cursor, acceptedOnly } = query
  const after = afterCursor<[string, number]>(cursor, ['date', 'number'])
  const rows = await db.selectFrom('progressEntries as e')
    .innerJoin('periods as p', (join) => join.on('p.cityCode', '=', cityCode).onRef('p.id', '=', 'e.periodId'))
    .selectAll('e').select('p.endsOn as periodEndsOn')
    .where('e.cityCode', '=', cityCode).where('e.taskId', '=', taskId)
    .$if(acceptedOnly === true, (qb) => qb.where('e.state', '=', 'accepted'))
    .$if(after !== undefined, (qb) => qb.where((eb) => eb(eb.refTuple('p.endsOn', 'p.id'), '>', eb.tuple(...after!))))
    .orderBy('p.endsOn').orderBy('p.id').limit(limit + 1).execute()
  return pageOf(rows, limit, (entry) => [entry.periodEndsOn, entry.periodId])
}

/** The task an entry write depends on, locked until commit: entry writes of one task queue, and its year cannot change meanwhile. */
export function lockTaskForEntryWrite(trx: Transaction<Database>, cityCode: string, taskId: number) {
  return trx.selectFrom('tasks as t').select(['t.id', 't.year', 't.seq', 't.title', 't.targets', 't.schedule'])
    .select(taskLeadUnitNames(cityCode))
    .where('t.cityCode', '=', cityCode).where('t.id', '=', taskId).forNoKeyUpdate(['t']).executeTakeFirst()
}

/** A task's lead units, by name, for the event an entry write makes: in the statement that locks the task rather than another. */
const taskLeadUnitNames = (cityCode: string) => sql<{ id: number, name: string }[]>`coalesce((
      select json_agg(json_build_object('id', u.id, 'name', u.name) order by l.position)
      from task_lead_units l join lead_units u on u.city_code = ${cityCode} and u.id = l.lead_unit_id
      where l.city_code = ${cityCode} and l.task_id = t.id), '[]')`.as('leadUnits')

/**
 * The period (FOR SHARE: a close waits for the write) and the task (FOR NO KEY UPDATE: writes of its
 * entries take turns) of an entry write, locked in one statement, the period's row first as
 * lockPeriodForEntryWrite and lockTaskForEntryWrite would lock them one after the other.
 * Undefined when either is missing: those two then tell which.
 */
const entryParentsByKey = compiledOnce((db: Db, cityCode: string, periodId: number, taskId: number) => db.selectFrom('periods as p')
  .innerJoin('tasks as t', (join) => join.on('t.cityCode', '=', cityCode).on('t.id', '=', taskId))
  .selectAll('p')
  .select(['t.id as taskId', 't.year as taskYear', 't.seq as taskSeq', 't.title as taskTitle', 't.targets as taskTargets', 't.schedule as taskSchedule'])
  .select(taskLeadUnitNames(cityCode))
  .where('p.cityCode', '=', cityCode).where('p.id', '=', periodId)
  .forShare(['p']).forNoKeyUpdate(['t']))

export async function lockEntryParentRows(trx: Transaction<Database>, cityCode: string, periodId: number, taskId: number) {
  const row = (await entryParentsByKey(trx, cityCode, periodId, taskId))[0]
  if (!row) return undefined
  const { taskId: id, taskYear: year, taskSeq: seq, taskTitle: title, taskTargets: targets, taskSchedule: schedule, leadUnits, ...period } = row
  return { period, task: { id, year, seq, title, targets, schedule, leadUnits } }
}

/**
 * An entry with what a write of it depends on, read without a lock: its period and its task
 * (with their versions, which a write made from this read checks: updateEntryIfUnchanged).
 * Undefined when the entry, its task or its period is not there.
 */
const entryWithParentsByKey = compiledOnce((db: Db, cityCode: string, taskId: number, periodId: number) => db.selectFrom('progressEntries as e')
  .innerJoin('periods as p', (join) => join.on('p.cityCode', '=', cityCode).onRef('p.id', '=', 'e.periodId'))
  .innerJoin('tasks as t', (join) => join.on('t.cityCode', '=', cityCode).onRef('t.id', '=', 'e.taskId'))
  .selectAll('e')
  .select(['p.state as periodState', 'p.year as periodYear', 'p.endsOn as periodEndsOn', 'p.label as periodLabel', 'p.version as periodVersion',
    't.year as taskYear', 't.seq as taskSeq', 't.title as taskTitle', 't.targets as taskTargets', 't.schedule as taskSchedule', 't.version as taskVersion'])
  .select(taskLeadUnitNames(cityCode))
  .where('e.cityCode', '=', cityCode).where('e.taskId', '=', taskId).where('e.periodId', '=', periodId))

export async function findEntryWithParents(db: Db, key: EntryKey) {
  const row = (await entryWithParentsByKey(db, key.cityCode, key.taskId, key.periodId))[0]
  if (!row) return undefined
  const { periodState, periodYear, periodEndsOn, periodLabel, periodVersion, taskYear, taskSeq, taskTitle, taskTargets, taskSchedule, taskVersion,
    leadUnits, ...entry } = row
  return {
    entry,
    period: { id: entry.periodId, state: periodState, year: periodYear, endsOn: periodEndsOn, label: periodLabel, version: periodVersion },
    task: { id: entry.taskId, year: taskYear, seq: taskSeq, title: taskTitle, targets: taskTargets, schedule: taskSchedule, version: taskVersion, leadUnits },
  }
}

/**
 * The head of one statement's WITH that replaces an entry as read by findEntryWithParents, if
 * nothing it depends on moved meanwhile: the period still open and at the version read (held
 * FOR SHARE, so a close waits for the statement), the task at its version (FOR NO KEY UPDATE,
 * as fileEntry's writes take turns), the entry at its version; then its search document if its
 * text changes. Its last query, `changed`, returns the entry as updated (none: something moved).
 * `written` holds when it wrote; `stamped` is what the statement stamps on the entry (its time),
 * as the entry's JSON reads it.
 */
export function updateEntryIfUnchanged(key: EntryKey, read: { entry: ProgressEntryRow, periodVersion: number, taskVersion: number },
  set: EntryChange['set']) {
  const { cityCode, taskId, periodId } = key
  const { entry } = read
  const texts = updatedTexts([{ before: entry, set }])
  const search = indexUpdatedEntries(texts)([entry.id])
  const head = sql`parents as materialized (
      select p.id from periods p join tasks t on t.city_code = ${cityCode} and t.id = ${taskId}::bigint
      where p.city_code = ${cityCode} and p.id = ${periodId}::bigint and p.state = 'open' and p.version = ${read.periodVersion}::int
        and t.version = ${read.taskVersion}::int
      for share of p for no key update of t
    ), updated as (
      ${updateRowIfAt('progress_entries', allEntryColumns, cityCode, { id: entry.id, version: entry.version, set }, sql`parents`)}
    ), ${search ? sql`searched as (${search}),` : sql``}
    changed as (select * from updated)`
  return {
    head,
    written: sql`exists (select from changed)`,
    stamped: sql`jsonb_build_object('updatedAt', (select to_char(c.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') from changed c))`,
  }
}

/** What a person or a report says of a task in a period. */
export type EntryText = Pick<ProgressEntryRow, 'status' | 'progress' | 'nextSteps' | 'remarks'>
/** Where the entry is in the office's review. */
export type EntryReview = Pick<ProgressEntryRow, 'state' | 'proposedStatus' | 'submittedAt' | 'late' | 'reviewedAt'>
/** The figures read from the text, or set by a person. */
export type EntryFigures = { actual: Actual | null, rank: Rank | null, indicatorsSource: IndicatorSource }
/** 序时进度 as worked out from the figures (shared/pace.ts), and the revision that worked it out. */
export type EntryPace = { pace: Pace | null, paceRev: number, figures: FigureSpan[] }
export type EntryValues = EntryText & EntryFigures
export type NewEntry = EntryKey & EntryValues
/** A change to an entry as read: the columns to set. */
export type EntryChange = { before: ProgressEntryRow, set: Partial<EntryValues & EntryReview & EntryPace> }
/** An import writes the entry: it is in step with the document until a person changes it (see ProgressEntryTable). */
export type ImportOrigin = { importId: number | null }

const entryColumns: Record<keyof EntryValues, ColumnSpec> = {
  status: { column: 'status', type: 'text' },
  progress: { column: 'progress', type: 'text' },
  nextSteps: { column: 'next_steps', type: 'text' },
  remarks: { column: 'remarks', type: 'text' },
  actual: { column: 'actual', type: 'jsonb', encode: jsonb },
  rank: { column: 'rank', type: 'jsonb', encode: jsonb },
  indicatorsSource: { column: 'indicators_source', type: 'text' },
}
const paceColumns: Record<keyof EntryPace, ColumnSpec> = {
  pace: { column: 'pace', type: 'jsonb', encode: jsonb },
  paceRev: { column: 'pace_rev', type: 'smallint' },
  figures: { column: 'figures', type: 'jsonb', encode: jsonb },
}
const reviewColumns: Record<keyof EntryReview, ColumnSpec> = {
  state: { column: 'state', type: 'text' },
  proposedStatus: { column: 'proposed_status', type: 'text' },
  submittedAt: { column: 'submitted_at', type: 'timestamptz' },
  late: { column: 'late', type: 'boolean' },
  reviewedAt: { column: 'reviewed_at', type: 'timestamptz' },
}

const allEntryColumns = { ...entryColumns, ...reviewColumns, ...paceColumns }

/** The texts of the entries whose search document a change rewrites: those whose text or status it sets. */
const updatedTexts = (changes: EntryChange[]) => new Map(changes
  .filter(({ set }) => set.progress !== undefined || set.nextSteps !== undefined || set.remarks !== undefined || set.status !== undefined)
  .map(({ before, set }) => [before.id, {
    progress: set.progress ?? before.progress, nextSteps: set.nextSteps ?? before.nextSteps, remarks: set.remarks ?? before.remarks, status: set.status ?? before.status,
  }]))

/** Creates entries with their search documents, in chunks. Returns them as stored, in the order given. */
export async function insertEntries(trx: Transaction<Database>, entries: (NewEntry & Partial<EntryReview & EntryPace>)[],
  origin?: ImportOrigin): Promise<ProgressEntryRow[]> {
  const created: ProgressEntryRow[] = []
  for (const batch of chunks(entries)) {
    const rows = await trx.insertInto('progressEntries').values(batch.map((entry) => ({
      ...entry, actual: jsonb(entry.actual), rank: jsonb(entry.rank), pace: jsonb(entry.pace), figures: jsonb(entry.figures ?? []) ?? '[]',
      ...(origin ? { importedVersion: 1, importId: origin.importId } : {}),
    }))).returningAll().execute()
    // (task, period) is unique: it tells which row is which entry whatever order RETURNING gives.
    const rowOf = new Map(rows.map((row) => [`${row.taskId}:${row.periodId}`, row]))
    const ordered = batch.map((entry) => rowOf.get(`${entry.taskId}:${entry.periodId}`)!)
    for (const cityCode of new Set(ordered.map((row) => row.cityCode))) {
      await indexEntries(trx, cityCode, ordered.filter((row) => row.cityCode === cityCode))
    }
    created.push(...ordered)
  }
  return created
}

/**
 * Applies changes to entries of one city, one statement a chunk of changes that set the
 * same columns, each moving the entry's version on, and rewrites the search documents of
 * those whose text changed. An import (origin) also marks the new version as its own.
 * Returns the entries as they are now, in the order given (less any deleted meanwhile).
 */
export async function updateEntries(trx: Transaction<Database>, cityCode: string, changes: EntryChange[],
  origin?: ImportOrigin): Promise<ProgressEntryRow[]> {
  // SET reads the row as it was: both versions are the old one plus one.
  const marks = origin ? [sql`imported_version = r.version + 1`, sql`import_id = ${origin.importId}::bigint`] : []
  // The search documents of the entries whose text changes are written in the update's own statement.
  const rows = await updateEach<ProgressEntryRow, keyof (EntryValues & EntryReview & EntryPace)>(trx, 'progress_entries', allEntryColumns, cityCode,
    changes.map(({ before, set }) => ({ id: before.id, set })), marks, false, indexUpdatedEntries(updatedTexts(changes)))
  return changes.filter(({ before }) => rows.has(before.id)).map(({ before }) => rows.get(before.id)!)
}

/**
 * An entry a person set to what a report says is in step with it again: the next import
 * of a change may apply. Its version stays (nothing changed).
 */
export async function markEntriesImported(trx: Transaction<Database>, cityCode: string, ids: number[], origin: ImportOrigin) {
  for (const batch of chunks(ids)) {
    await trx.updateTable('progressEntries').set({ importedVersion: sql<number>`version`, importId: origin.importId })
      .where('cityCode', '=', cityCode).where('id', 'in', batch).execute()
  }
}

/** Deletes an entry and its search document. */
export async function deleteEntryRow(trx: Transaction<Database>, cityCode: string, id: number) {
  await trx.deleteFrom('entrySearch').where('cityCode', '=', cityCode).where('entryId', '=', id).execute()
  await trx.deleteFrom('progressEntries').where('cityCode', '=', cityCode).where('id', '=', id).execute()
}

/** Whether an entry's task and period are there (an empty list under the entry asks): NotFound names the missing one. */
export async function assertEntryParents(db: Db, key: EntryKey) {
  const task = await db.selectFrom('tasks').select('id').where('cityCode', '=', key.cityCode).where('id', '=', key.taskId).executeTakeFirst()
  if (!task) throw new NotFound('task', key.taskId)
  const period = await db.selectFrom('periods').select('id').where('cityCode', '=', key.cityCode).where('id', '=', key.periodId).executeTakeFirst()
  if (!period) throw new NotFound('period', key.periodId)
}

/** 批示 / 意见 on a task's entry for a period, oldest first. */
export async function listComments(db: Db, key: EntryKey, query: PageQuery) {
  const after = afterCursor<[number]>(query.cursor, ['number'])
  const rows = await db.selectFrom('entryComments').selectAll()
    .where('cityCode', '=', key.cityCode).where('taskId', '=', key.taskId).where('periodId', '=', key.periodId)
    .$if(after !== undefined, (qb) => qb.where('id', '>', after![0]))
    .orderBy('id').limit(query.limit + 1).execute()
  return pageOf(rows, query.limit, (comment) => [comment.id])
}

export type CommentRole = EntryCommentRow['authorRole']

/** Stores a comment on a task's entry for a period, by the actor's key. */
export async function insertComment(trx: Transaction<Database>, authorKeyId: number | null, key: EntryKey,
  comment: { role: CommentRole, kind: EntryCommentRow['kind'], body: string }) {
  return trx.insertInto('entryComments').values({
    cityCode: key.cityCode, taskId: key.taskId, periodId: key.periodId, authorKeyId, authorRole: comment.role,
    kind: comment.kind, body: comment.body,
  }).returningAll().executeTakeFirstOrThrow()
}

/**
 * Entries with what their pace is worked out from: a task's or a period's (in one city), or,
 * for the entryPace job, those an older revision of it (or none) wrote, oldest first.
 */
export function entriesForPace(db: Db, of: { cityCode: string, taskId: number } | { cityCode: string, periodId: number } | { revision: number, limit: number }) {
  // One city's are joined by its code (one node on Citus); the job's, across cities, on the entry's.
  const city = 'cityCode' in of ? of.cityCode : undefined
  return db.selectFrom('progressEntries as e')
    .innerJoin('tasks as t', (join) => (city === undefined ? join.onRef('t.cityCode', '=', 'e.cityCode') : join.on('t.cityCode', '=', city)).onRef('t.id', '=', 'e.taskId'))
    .innerJoin('periods as p', (join) => (city === undefined ? join.onRef('p.cityCode', '=', 'e.cityCode') : join.on('p.cityCode', '=', city)).onRef('p.id', '=', 'e.periodId'))
    .select(['e.id', 'e.cityCode', 'e.progress', 'e.actual', 'e.rank', 'e.indicatorsSource', 't.targets', 't.schedule', 'p.year', 'p.endsOn'])
    .$if('cityCode' in of, (qb) => qb.where('e.cityCode', '=', (of as { cityCode: string }).cityCode))
    .$if('taskId' in of, (qb) => qb.where('e.taskId', '=', (of as { taskId: number }).taskId))
    .$if('periodId' in of, (qb) => qb.where('e.periodId', '=', (of as { periodId: number }).periodId))
    .$if('revision' in of, (qb) => qb.where('e.paceRev', '<', (of as { revision: number }).revision).orderBy('e.paceRev')
      .limit((of as { limit: number }).limit))
    .orderBy('e.id').execute()
}

/**
 * Sets what is worked out from an entry's text and its task's targets (pace, the figures read
 * from the text) without moving its version: nobody changed the entry. One statement a chunk.
 */
export async function setDerivedFigures(trx: Transaction<Database>, cityCode: string,
  changes: { id: number, set: Partial<EntryPace & Pick<EntryFigures, 'actual' | 'rank'>> }[]) {
  await updateEach(trx, 'progress_entries', { ...paceColumns, actual: entryColumns.actual, rank: entryColumns.rank }, cityCode, changes, [], true)
}
