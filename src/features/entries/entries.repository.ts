import { sql, type Transaction } from 'kysely'
import { Invalid, NotFound, NotPermitted, PeriodClosed, PreconditionFailed, Unprocessable, WrongState } from '../../shared/errors.js'
import { type EventType, unitMayEdit } from '../../shared/values.js'
import { ProgressEntry, type ProgressEntryPatch, type ProgressEntryPut } from './entries.schemas.js'
import type { Database, Db, EntryCommentRow, EntryState, PeriodRow, ProgressEntryRow, ProgressStatus } from '../../db/database.js'
import { deadlineInForce } from '../extensions/deadlines.repository.js'
import { emitEvent, entrySubject } from '../../db/outbox.js'
import { lockPeriodForEntryWrite } from '../periods/periods.repository.js'
import { allTermsIn, indexEntries } from '../../db/searchIndex.js'
import type { SearchTerm } from '../../shared/search.js'
import { type Actual, actualFor, type IndicatorSource, type Rank } from '../../shared/entryIndicators.js'
import { type Actor, recordAudit, recordAudits, timeOf } from '../../db/audit.js'
import { chunks, type ColumnSpec, current, jsonb, updateEach } from '../../db/write.js'
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
  .select([entryJson.as('json'), 'e.version']).where('e.cityCode', '=', cityCode).where('e.taskId', '=', taskId).where('e.periodId', '=', periodId))

/** The entry's JSON as a read sends it, and its version for the ETag. */
export async function findEntryJson(db: Db, key: EntryKey): Promise<{ json: string, version: number } | undefined> {
  return (await entryJsonByKey(db, key.cityCode, key.taskId, key.periodId))[0]
}

/** The filters of a period's entries; each one left undefined is not applied. */
type EntryFilters = { status?: ProgressStatus, state?: EntryState, leadUnitId?: number, terms?: SearchTerm[] }

const periodEntriesQuery = (db: Db, cityCode: string, periodId: number, take: number, filters: EntryFilters, after?: readonly [number, number, number]) => {
  const { status, state, leadUnitId, terms } = filters
  return db.selectFrom('progressEntries as e')
    .innerJoin('tasks as t', (join) => join.onRef('t.cityCode', '=', 'e.cityCode').onRef('t.id', '=', 'e.taskId'))
    .select([entryJson.as('json'), 'e.taskId', 't.year as taskYear', 't.seq as taskSeq'])
    .where('e.cityCode', '=', cityCode).where('e.periodId', '=', periodId)
    .$if(status !== undefined, (qb) => qb.where('e.status', '=', status!))
    .$if(state !== undefined, (qb) => qb.where('e.state', '=', state!))
    .$if(leadUnitId !== undefined, (qb) => qb.where((eb) => eb.exists(
      eb.selectFrom('taskLeadUnits as l').select('l.taskId')
        .whereRef('l.cityCode', '=', 'e.cityCode').whereRef('l.taskId', '=', 'e.taskId').where('l.leadUnitId', '=', leadUnitId!))))
    .$if(terms !== undefined, (qb) => qb.where(sql<boolean>`exists (
      select from task_search ts join entry_search es on es.city_code = ts.city_code and es.entry_id = e.id
      where ts.city_code = ${cityCode} and ts.task_id = e.task_id and ${allTermsIn(terms!, { city: sql`e.city_code`, task: sql`e.task_id` }, sql`ts.doc`, sql`es.doc`)}
    )`))
    .$if(after !== undefined, (qb) => qb.where((eb) => eb(eb.refTuple('t.year', 't.seq', 't.id'), '>', eb.tuple(after![0], after![1], after![2]))))
    .orderBy('t.year').orderBy('t.seq').orderBy('t.id').limit(take)
}

/** The same without search terms (a period's entries as the office lists them), compiled once for each set of filters. */
const periodEntriesPage = compiledOnce((db: Db, cityCode: string, periodId: number, take: number, status?: ProgressStatus, state?: EntryState,
  leadUnitId?: number, afterYear?: number, afterSeq?: number, afterId?: number) =>
  periodEntriesQuery(db, cityCode, periodId, take, { status, state, leadUnitId }, afterYear === undefined ? undefined : [afterYear, afterSeq!, afterId!]))

/** Entries of one period in the order of the city's list (year, seq), as JSON. */
export async function listPeriodEntries(db: Db, cityCode: string, periodId: number, query: PageQuery & EntryFilters) {
  const { limit, cursor, status, state, leadUnitId, terms } = query
  const after = afterCursor<[number, number, number]>(cursor, ['number', 'number', 'number'])
  // A search builds its terms into the SQL: it is built each time.
  const rows = terms === undefined
    ? await periodEntriesPage(db, cityCode, periodId, limit + 1, status, state, leadUnitId, ...(after ?? []))
    : await periodEntriesQuery(db, cityCode, periodId, limit + 1, query, after).execute()
  return jsonPageOf(rows, limit, (entry) => [entry.taskYear, entry.taskSeq, entry.taskId])
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
export async function listTaskEntries(db: Db, cityCode: string, taskId: number, query: PageQuery) {
  const { limit, cursor } = query
  const after = afterCursor<[string, number]>(cursor, ['date', 'number'])
  const rows = await db.selectFrom('progressEntries as e')
    .innerJoin('periods as p', (join) => join.onRef('p.cityCode', '=', 'e.cityCode').onRef('p.id', '=', 'e.periodId'))
    .selectAll('e').select('p.endsOn as periodEndsOn')
    .where('e.cityCode', '=', cityCode).where('e.taskId', '=', taskId)
    .$if(after !== undefined, (qb) => qb.where((eb) => eb(eb.refTuple('p.endsOn', 'p.id'), '>', eb.tuple(...after!))))
    .orderBy('p.endsOn').orderBy('p.id').limit(limit + 1).execute()
  return pageOf(rows, limit, (entry) => [entry.periodEndsOn, entry.periodId])
}

/**
 * Checks what an entry write depends on, inside the caller's transaction: the period
 * exists in this city and is open (held FOR SHARE, so a close waits for this write), the
 * task exists in this city and belongs to the period's year. The task row stays locked
 * until commit: entry writes of one task queue, and its year cannot change meanwhile.
 */
async function assertWritable(trx: Transaction<Database>, key: EntryKey) {
  const period = await lockPeriodForEntryWrite(trx, key.cityCode, key.periodId)
  if (!period) throw new NotFound('period', key.periodId)
  const task = await trx.selectFrom('tasks').select(['id', 'year', 'seq', 'title', 'targets'])
    .where('cityCode', '=', key.cityCode).where('id', '=', key.taskId).forNoKeyUpdate().executeTakeFirst()
  if (!task) throw new NotFound('task', key.taskId)
  if (period.state === 'closed') throw new PeriodClosed(period.id)
  if (task.year !== period.year) {
    throw new Unprocessable('year_mismatch', `task ${task.id} is on the ${task.year} list; period ${period.id} is in ${period.year}`)
  }
  return { task, period }
}

export type PutPrecondition = { ifMatch?: number, ifNoneMatch?: boolean }

const entryName = (key: EntryKey) => `${key.taskId} in period ${key.periodId}`

/** What a person or a report says of a task in a period. */
export type EntryText = Pick<ProgressEntryRow, 'status' | 'progress' | 'nextSteps' | 'remarks'>
/** Where the entry is in the office's review. */
export type EntryReview = Pick<ProgressEntryRow, 'state' | 'proposedStatus' | 'submittedAt' | 'late' | 'reviewedAt'>
/** The figures read from the text, or set by a person. */
export type EntryFigures = { actual: Actual | null, rank: Rank | null, indicatorsSource: IndicatorSource }
export type EntryValues = EntryText & EntryFigures
export type NewEntry = EntryKey & EntryValues
/** A change to an entry as read: the columns to set. */
export type EntryChange = { before: ProgressEntryRow, set: Partial<EntryValues & EntryReview> }
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
const reviewColumns: Record<keyof EntryReview, ColumnSpec> = {
  state: { column: 'state', type: 'text' },
  proposedStatus: { column: 'proposed_status', type: 'text' },
  submittedAt: { column: 'submitted_at', type: 'timestamptz' },
  late: { column: 'late', type: 'boolean' },
  reviewedAt: { column: 'reviewed_at', type: 'timestamptz' },
}

/** Creates entries, one audit event each, in chunks. Returns them as stored, in the order given. */
export async function insertEntries(trx: Transaction<Database>, actor: Actor, entries: (NewEntry & Partial<EntryReview>)[],
  origin?: ImportOrigin): Promise<ProgressEntryRow[]> {
  const created: ProgressEntryRow[] = []
  for (const batch of chunks(entries)) {
    const rows = await trx.insertInto('progressEntries').values(batch.map((entry) => ({
      ...entry, actual: jsonb(entry.actual), rank: jsonb(entry.rank),
      ...(origin ? { importedVersion: 1, importId: origin.importId } : {}),
    }))).returningAll().execute()
    // (task, period) is unique: it tells which row is which entry whatever order RETURNING gives.
    const rowOf = new Map(rows.map((row) => [`${row.taskId}:${row.periodId}`, row]))
    const ordered = batch.map((entry) => rowOf.get(`${entry.taskId}:${entry.periodId}`)!)
    for (const cityCode of new Set(ordered.map((row) => row.cityCode))) {
      await indexEntries(trx, cityCode, ordered.filter((row) => row.cityCode === cityCode))
    }
    await recordAudits(trx, actor, ordered.map((after) => ({ cityCode: after.cityCode, action: 'create', entity: 'progress_entry', entityId: after.id, after })))
    created.push(...ordered)
  }
  return created
}

/**
 * Applies changes to entries of one city, one statement a chunk of changes that set the
 * same columns, each moving the entry's version on, and one audit event each. An import
 * (origin) also marks the new version as its own. Returns the entries as they are now,
 * in the order given (less any deleted meanwhile).
 */
export async function updateEntries(trx: Transaction<Database>, actor: Actor, cityCode: string, changes: EntryChange[],
  origin?: ImportOrigin): Promise<ProgressEntryRow[]> {
  // SET reads the row as it was: both versions are the old one plus one. What a published
  // report says is the office's own evaluation: an imported entry is accepted.
  const marks = origin ? [sql`imported_version = r.version + 1`, sql`import_id = ${origin.importId}::bigint`, sql`state = 'accepted'`] : []
  const rows = await updateEach<ProgressEntryRow, keyof (EntryValues & EntryReview)>(trx, 'progress_entries', { ...entryColumns, ...reviewColumns }, cityCode,
    changes.map(({ before, set }) => ({ id: before.id, set })), marks)
  const done = changes.filter(({ before }) => rows.has(before.id))
  const searched: (keyof EntryValues)[] = ['progress', 'nextSteps', 'remarks', 'status']
  await indexEntries(trx, cityCode, done.filter(({ set }) => searched.some((field) => set[field] !== undefined)).map(({ before }) => rows.get(before.id)!))
  await recordAudits(trx, actor, done.map(({ before }) => ({ cityCode, action: 'update', entity: 'progress_entry', entityId: before.id, before, after: rows.get(before.id) })))
  return done.map(({ before }) => rows.get(before.id)!)
}

/**
 * An entry a person set to what a report says is in step with it again: the next import
 * of a change may apply. Its version stays, and nothing is audited (nothing changed).
 */
export async function markEntriesImported(trx: Transaction<Database>, cityCode: string, ids: number[], origin: ImportOrigin) {
  for (const batch of chunks(ids)) {
    await trx.updateTable('progressEntries').set({ importedVersion: sql<number>`version`, importId: origin.importId })
      .where('cityCode', '=', cityCode).where('id', 'in', batch).execute()
  }
}

/** The figures of an entry: what the caller sends, else what a person set before (undefined: keep them), else read from the progress text. */
function figuresOf(input: Pick<ProgressEntryPatch, 'actual' | 'rank'>, progress: string, before: ProgressEntryRow | undefined,
  targets: Parameters<typeof actualFor>[1]): EntryFigures | undefined {
  if (input.actual !== undefined || input.rank !== undefined) {
    return { actual: input.actual ?? before?.actual ?? null, rank: input.rank ?? before?.rank ?? null, indicatorsSource: 'manual' }
  }
  if (before?.indicatorsSource === 'manual') return undefined
  return { ...actualFor(progress, targets), indicatorsSource: 'extracted' }
}

/**
 * Who writes: the city office (or an admin), whose status is the evaluation and whose entry
 * is accepted as filed; or the task's lead unit, who drafts, proposes a status and submits.
 */
export type EntryWriter = 'office' | 'unit'

/** A lead unit edits its draft, or an entry the office returned; what it submitted is the office's until returned. */
function assertUnitMayEdit(before: ProgressEntryRow | undefined, status: ProgressStatus | undefined) {
  if (status !== undefined) {
    throw new NotPermitted('status_set_by_office', 'the evaluation (status) is given by the city office; a lead unit proposes one with proposedStatus')
  }
  if (before === undefined || unitMayEdit(before.state)) return
  if (before.state === 'submitted') throw new WrongState('submitted', 'the entry is submitted and waits for the office; it can be edited again if returned')
  throw new WrongState('accepted', 'the office has accepted the entry; it can no longer be changed by the unit')
}

/** The review columns a write sets: the office's evaluation accepts the entry; a unit's edit keeps it a draft (or returned). */
function reviewAfterWrite(writer: EntryWriter, before: ProgressEntryRow | undefined, officeStatus: ProgressStatus | undefined,
  now: Date): Partial<EntryReview> {
  if (writer === 'unit') return { state: before?.state === 'returned' ? 'returned' : 'draft' }
  if (officeStatus === undefined) return {}
  return before?.state === 'accepted' ? {} : { state: 'accepted', reviewedAt: now.toISOString() }
}

/**
 * Creates or replaces the entry of a task in a period. With If-Match only the version read
 * may be replaced; with If-None-Match: * only a first filing is accepted.
 */
export async function putEntry(trx: Transaction<Database>, actor: Actor, key: EntryKey, input: ProgressEntryPut, pre: PutPrecondition = {},
  writer: EntryWriter = 'office'): Promise<{ entry: ProgressEntryRow, created: boolean }> {
  const { task, period } = await assertWritable(trx, key)
  const before = await findEntry(trx, key)
  // If-Match names a version that must exist: with no entry there is nothing to match (RFC 9110).
  if (pre.ifMatch !== undefined && before?.version !== pre.ifMatch) throw new PreconditionFailed()
  if (pre.ifNoneMatch && before) throw new PreconditionFailed('an entry already exists for this task and period')
  if (writer === 'unit') assertUnitMayEdit(before, input.status)
  else if (input.status === undefined) throw Invalid.field('status', 'is required: the office files its evaluation with the entry')
  const status = input.status ?? before?.status ?? 'not_rated'
  const text: EntryText = { status, progress: input.progress, nextSteps: input.nextSteps ?? '', remarks: input.remarks ?? '' }
  const figures = figuresOf(input, input.progress, before, task.targets)
  const review = { proposedStatus: input.proposedStatus ?? null, ...reviewAfterWrite(writer, before, input.status, timeOf(actor)) }
  const entry = before
    ? (await updateEntries(trx, actor, key.cityCode, [{ before, set: { ...text, ...figures, ...review } }]))[0]!
    // With no entry before there are no figures to keep: figuresOf gave some.
    : (await insertEntries(trx, actor, [{ ...key, ...text, ...figures!, state: 'draft', ...review }]))[0]!
  if (entry.state === 'accepted' && before?.state !== 'accepted') await emitEntryEvent(trx, 'entry.accepted', entry, task, period)
  return { entry, created: before === undefined }
}

/** Changes only the fields sent; the same rules as a PUT for who may set what. */
export async function patchEntry(trx: Transaction<Database>, actor: Actor, key: EntryKey, input: ProgressEntryPatch, ifMatch: number | undefined,
  writer: EntryWriter): Promise<ProgressEntryRow> {
  const { task, period } = await assertWritable(trx, key)
  const before = current(await findEntry(trx, key), ifMatch, 'progress entry for task', entryName(key))
  if (writer === 'unit') assertUnitMayEdit(before, input.status)
  const { actual, rank, proposedStatus, ...fields } = input
  const progress = input.progress ?? before.progress
  // The figures are read again only when the text they come from changes, or set when sent.
  const figures = actual !== undefined || rank !== undefined || input.progress !== undefined
    ? figuresOf({ actual, rank }, progress, before, task.targets)
    : undefined
  const review = { ...(proposedStatus === undefined ? {} : { proposedStatus }), ...reviewAfterWrite(writer, before, input.status, timeOf(actor)) }
  const [entry] = await updateEntries(trx, actor, key.cityCode, [{ before, set: { ...fields, ...figures, ...review } }])
  if (entry!.state === 'accepted' && before.state !== 'accepted') await emitEntryEvent(trx, 'entry.accepted', entry!, task, period)
  return entry!
}

/** A lead unit withdraws only what it may still edit; the office any entry of an open period. */
export async function deleteEntry(trx: Transaction<Database>, actor: Actor, key: EntryKey, ifMatch?: number, writer: EntryWriter = 'office') {
  await assertWritable(trx, key)
  const before = current(await findEntry(trx, key), ifMatch, 'progress entry for task', entryName(key))
  if (writer === 'unit') assertUnitMayEdit(before, undefined)
  await trx.deleteFrom('entrySearch').where('cityCode', '=', key.cityCode).where('entryId', '=', before.id).execute()
  await trx.deleteFrom('progressEntries').where('cityCode', '=', key.cityCode).where('id', '=', before.id).execute()
  await recordAudit(trx, actor, { cityCode: key.cityCode, action: 'delete', entity: 'progress_entry', entityId: before.id, before })
  return before
}

type TaskNote = { id: number, seq: number, title: string }

/** An entry's event: what a follower needs to act on it without reading it back. */
async function emitEntryEvent(trx: Transaction<Database>, type: EventType, entry: ProgressEntryRow, task: TaskNote, period: PeriodRow,
  extra: Record<string, unknown> = {}) {
  await emitEvent(trx, {
    cityCode: entry.cityCode, type, subject: entrySubject(entry.taskId, entry.periodId),
    data: {
      taskId: task.id, taskSeq: task.seq, taskTitle: task.title, periodId: period.id, periodLabel: period.label,
      entryId: entry.id, state: entry.state, status: entry.status, proposedStatus: entry.proposedStatus,
      submittedAt: entry.submittedAt, late: entry.late, version: entry.version, ...extra,
    },
  })
}

/** The steps of the review: which states each starts from, and what it makes of the entry. */
type Step = { from: EntryState[], event: EventType }
const steps = {
  submit: { from: ['draft', 'returned'], event: 'entry.submitted' },
  return: { from: ['submitted'], event: 'entry.returned' },
  accept: { from: ['submitted'], event: 'entry.accepted' },
} satisfies Record<string, Step>
export type ReviewStep = keyof typeof steps

const stepRefusal = (step: ReviewStep, state: EntryState) => new WrongState(state, {
  submit: `the entry is ${state}; only a draft or a returned entry is submitted`,
  return: `the entry is ${state}; only a submitted entry is returned`,
  accept: `the entry is ${state}; only a submitted entry is accepted`,
}[step])

export type StepInput = { step: 'submit' } | { step: 'return', reason: string, role: CommentRole } | { step: 'accept', status: ProgressStatus }
export type CommentRole = EntryCommentRow['authorRole']

/**
 * Moves an entry one step through the review, in the caller's transaction: submit (late when
 * after the deadline in force), return with the office's reason (kept as a comment), accept
 * with the office's evaluation. Each step writes its event with it.
 */
export async function reviewEntry(trx: Transaction<Database>, actor: Actor, key: EntryKey, input: StepInput, ifMatch?: number): Promise<ProgressEntryRow> {
  const { task, period } = await assertWritable(trx, key)
  const before = current(await findEntry(trx, key), ifMatch, 'progress entry for task', entryName(key))
  if (!(steps[input.step].from as EntryState[]).includes(before.state)) throw stepRefusal(input.step, before.state)
  const now = timeOf(actor)
  let set: EntryChange['set']
  if (input.step === 'submit') {
    const dueAt = await deadlineInForce(trx, key.cityCode, key.taskId, key.periodId)
    set = { state: 'submitted', submittedAt: now.toISOString(), late: dueAt !== null && now.getTime() > Date.parse(dueAt) }
  } else if (input.step === 'return') {
    set = { state: 'returned', reviewedAt: now.toISOString() }
    await addComment(trx, actor, key, { role: input.role, kind: 'return_reason', body: input.reason })
  } else {
    set = { state: 'accepted', status: input.status, reviewedAt: now.toISOString() }
  }
  const [entry] = await updateEntries(trx, actor, key.cityCode, [{ before, set }])
  await emitEntryEvent(trx, steps[input.step].event, entry!, task, period, input.step === 'return' ? { reason: input.reason } : {})
  return entry!
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

/** A comment needs the task and the period, in this city; the entry itself may not be written yet. */
export async function createComment(trx: Transaction<Database>, actor: Actor, key: EntryKey, comment: { role: CommentRole, body: string }) {
  await assertEntryParents(trx, key)
  return addComment(trx, actor, key, { ...comment, kind: 'comment' })
}

async function addComment(trx: Transaction<Database>, actor: Actor, key: EntryKey,
  comment: { role: CommentRole, kind: EntryCommentRow['kind'], body: string }) {
  const row = await trx.insertInto('entryComments').values({
    cityCode: key.cityCode, taskId: key.taskId, periodId: key.periodId, authorKeyId: actor.apiKeyId, authorRole: comment.role,
    kind: comment.kind, body: comment.body,
  }).returningAll().executeTakeFirstOrThrow()
  await recordAudit(trx, actor, { cityCode: key.cityCode, action: 'create', entity: 'entry_comment', entityId: row.id, after: row })
  return row
}
