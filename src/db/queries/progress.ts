import { sql, type Transaction } from 'kysely'
import { NotFound, PeriodClosed, PreconditionFailed, Unprocessable } from '../../domain/errors.js'
import type { ProgressEntryPut } from '../../schemas/progress.js'
import type { Database, Db, ProgressEntryRow, ProgressStatus } from '../database.js'
import { lockPeriodForEntryWrite } from './periods.js'
import { type Actual, actualFor, type IndicatorSource, type Rank } from '../../domain/entryIndicators.js'
import { type Actor, recordAudit, recordAudits } from './audit.js'
import { chunks, type ColumnSpec, current, jsonb, updateEach } from './write.js'
import { afterCursor, type PageQuery, pageOf } from '../page.js'

export type EntryKey = { cityCode: string, taskId: number, periodId: number }

export function findEntry(db: Db, key: EntryKey) {
  return db.selectFrom('progressEntries').selectAll()
    .where('cityCode', '=', key.cityCode).where('taskId', '=', key.taskId).where('periodId', '=', key.periodId)
    .executeTakeFirst()
}

/** Entries of one period in the order of the city's list (year, seq). */
export async function listPeriodEntries(db: Db, cityCode: string, periodId: number,
  query: PageQuery & { status?: ProgressStatus, leadUnitId?: number }) {
  const { limit, cursor, status, leadUnitId } = query
  const after = afterCursor<[number, number, number]>(cursor, ['number', 'number', 'number'])
  const rows = await db.selectFrom('progressEntries as e')
    .innerJoin('tasks as t', (join) => join.onRef('t.cityCode', '=', 'e.cityCode').onRef('t.id', '=', 'e.taskId'))
    .selectAll('e').select(['t.year as taskYear', 't.seq as taskSeq'])
    .where('e.cityCode', '=', cityCode).where('e.periodId', '=', periodId)
    .$if(status !== undefined, (qb) => qb.where('e.status', '=', status!))
    .$if(leadUnitId !== undefined, (qb) => qb.where((eb) => eb.exists(
      eb.selectFrom('taskLeadUnits as l').select('l.taskId')
        .whereRef('l.cityCode', '=', 'e.cityCode').whereRef('l.taskId', '=', 'e.taskId').where('l.leadUnitId', '=', leadUnitId!))))
    .$if(after !== undefined, (qb) => qb.where((eb) => eb(eb.refTuple('t.year', 't.seq', 't.id'), '>', eb.tuple(...after!))))
    .orderBy('t.year').orderBy('t.seq').orderBy('t.id').limit(limit + 1).execute()
  return pageOf(rows, limit, (entry) => [entry.taskYear, entry.taskSeq, entry.taskId])
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
  const task = await trx.selectFrom('tasks').select(['id', 'year', 'targets'])
    .where('cityCode', '=', key.cityCode).where('id', '=', key.taskId).forNoKeyUpdate().executeTakeFirst()
  if (!task) throw new NotFound('task', key.taskId)
  if (period.state === 'closed') throw new PeriodClosed(period.id)
  if (task.year !== period.year) {
    throw new Unprocessable('year_mismatch', `task ${task.id} is on the ${task.year} list; period ${period.id} is in ${period.year}`)
  }
  return task
}

export type PutPrecondition = { ifMatch?: number, ifNoneMatch?: boolean }

const entryName = (key: EntryKey) => `${key.taskId} in period ${key.periodId}`

/** What a person or a report says of a task in a period. */
export type EntryText = Pick<ProgressEntryRow, 'status' | 'progress' | 'nextSteps' | 'remarks'>
/** The figures read from the text, or set by a person. */
export type EntryFigures = { actual: Actual | null, rank: Rank | null, indicatorsSource: IndicatorSource }
export type EntryValues = EntryText & EntryFigures
export type NewEntry = EntryKey & EntryValues
/** A change to an entry as read: the columns to set. */
export type EntryChange = { before: ProgressEntryRow, set: Partial<EntryValues> }
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

/** Creates entries, one audit event each, in chunks. Returns them as stored, in the order given. */
export async function insertEntries(trx: Transaction<Database>, actor: Actor, entries: NewEntry[], origin?: ImportOrigin): Promise<ProgressEntryRow[]> {
  const created: ProgressEntryRow[] = []
  for (const batch of chunks(entries)) {
    const rows = await trx.insertInto('progressEntries').values(batch.map((entry) => ({
      ...entry, actual: jsonb(entry.actual), rank: jsonb(entry.rank),
      ...(origin ? { importedVersion: 1, importId: origin.importId } : {}),
    }))).returningAll().execute()
    // (task, period) is unique: it tells which row is which entry whatever order RETURNING gives.
    const rowOf = new Map(rows.map((row) => [`${row.taskId}:${row.periodId}`, row]))
    const ordered = batch.map((entry) => rowOf.get(`${entry.taskId}:${entry.periodId}`)!)
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
  // SET reads the row as it was: both versions are the old one plus one.
  const marks = origin ? [sql`imported_version = r.version + 1`, sql`import_id = ${origin.importId}::bigint`] : []
  const rows = await updateEach<ProgressEntryRow, keyof EntryValues>(trx, 'progress_entries', entryColumns, cityCode,
    changes.map(({ before, set }) => ({ id: before.id, set })), marks)
  const done = changes.filter(({ before }) => rows.has(before.id))
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
function figuresOf(input: ProgressEntryPut, before: ProgressEntryRow | undefined, targets: Parameters<typeof actualFor>[1]): EntryFigures | undefined {
  if (input.actual !== undefined || input.rank !== undefined) {
    return { actual: input.actual ?? null, rank: input.rank ?? null, indicatorsSource: 'manual' }
  }
  if (before?.indicatorsSource === 'manual') return undefined
  return { ...actualFor(input.progress, targets), indicatorsSource: 'extracted' }
}

/**
 * Creates or replaces the entry of a task in a period. With If-Match only the version read
 * may be replaced; with If-None-Match: * only a first filing is accepted.
 */
export async function putEntry(trx: Transaction<Database>, actor: Actor, key: EntryKey, input: ProgressEntryPut, pre: PutPrecondition = {}):
Promise<{ entry: ProgressEntryRow, created: boolean }> {
  const task = await assertWritable(trx, key)
  const before = await findEntry(trx, key)
  // If-Match names a version that must exist: with no entry there is nothing to match (RFC 9110).
  if (pre.ifMatch !== undefined && before?.version !== pre.ifMatch) throw new PreconditionFailed()
  if (pre.ifNoneMatch && before) throw new PreconditionFailed('an entry already exists for this task and period')
  const text: EntryText = { status: input.status, progress: input.progress, nextSteps: input.nextSteps ?? '', remarks: input.remarks ?? '' }
  const figures = figuresOf(input, before, task.targets)
  if (before) {
    const [entry] = await updateEntries(trx, actor, key.cityCode, [{ before, set: { ...text, ...figures } }])
    return { entry: entry!, created: false }
  }
  // With no entry before there are no figures to keep: figuresOf gave some.
  const [entry] = await insertEntries(trx, actor, [{ ...key, ...text, ...figures! }])
  return { entry: entry!, created: true }
}

export async function deleteEntry(trx: Transaction<Database>, actor: Actor, key: EntryKey, ifMatch?: number) {
  await assertWritable(trx, key)
  const before = current(await findEntry(trx, key), ifMatch, 'progress entry for task', entryName(key))
  await trx.deleteFrom('progressEntries').where('cityCode', '=', key.cityCode).where('id', '=', before.id).execute()
  await recordAudit(trx, actor, { cityCode: key.cityCode, action: 'delete', entity: 'progress_entry', entityId: before.id, before })
  return before
}
