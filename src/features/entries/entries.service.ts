/**
 * The commands of a progress entry's review loop. Every path that writes an entry — a route,
 * a report import, a lead unit's return sheet — calls one of these, so an entry carries the
 * same state, review fields, audit action and event whichever way it came.
 */
import { assertPeriodOpen } from '../../shared/periods.js'
import type { Kysely, Transaction } from 'kysely'
import type { Job } from '../../db/job.js'
import type { Database, Db, EntryState, PeriodRow, ProgressEntryRow, ProgressStatus } from '../../db/database.js'
import { type Actor, type AuditEvent, auditInsert, recordAudit, timeOf } from '../../db/audit.js'
import { emitEvent, emitEvents, entrySubject, writeWithEvents } from '../../db/outbox.js'
import { current } from '../../db/write.js'
import { NotFound, NotPermitted, PreconditionFailed, Unprocessable, WrongState } from '../../shared/errors.js'
import { type Actual, actualFor, figuresSetByHand, type Target } from '../../shared/entryIndicators.js'
import { figuresIn } from '../../shared/indicators.js'
import { PACE_REVISION, type PacePeriod, type PaceVerdict, paceOf, type TaskSchedule } from '../../shared/pace.js'
import { type EventType, unitMayEdit } from '../../shared/values.js'
import { deadlineInForce } from '../../db/deadlines.js'
import { lockPeriodForEntryWrite } from '../periods/periods.service.js'
import {
  assertEntryParents, type CommentRole, deleteEntryRow, entriesForPace, type EntryChange, type EntryFigures, type EntryKey,
  type EntryPace, type EntryReview, type EntryText, findEntry, findEntryWithParents, type ImportOrigin, insertComment, insertEntries, listPeriodEntries as listPeriodEntryRows,
  lockEntryParentRows, lockTaskForEntryWrite, markEntriesImported, type NewEntry, setDerivedFigures, updateEntries, updateEntryIfUnchanged,
} from './entries.repository.js'
import type { ProgressEntryPatch, ProgressEntryPut } from './entries.schemas.js'
import { flaggedTasks, periodFlags, withFlags } from './entries.flags.js'
import type { PageQuery } from '../../db/page.js'
import type { SearchTerm } from '../../shared/search.js'
import type { EntryFlagKind } from '../../shared/values.js'

// Reads the routes and other features use, as the repository gives them.
export {
  assertEntryParents, type CommentRole, type EntryKey, findEntry, findEntryJson, listComments, listEntriesOfTasks, listTaskEntries,
} from './entries.repository.js'
export { flaggedTasks, type PeriodFlags, periodFlags } from './entries.flags.js'

/** What the office's review list of a period is asked for. */
export type PeriodEntriesQuery = PageQuery & {
  status?: ProgressStatus
  state?: EntryState
  leadUnitId?: number
  terms?: SearchTerm[]
  /** Only the entries flagged so. */
  flag?: EntryFlagKind
  /** Only the entries with this 序时进度 verdict; none: none. */
  pace?: PaceVerdict | 'none'
  /** The caller reads published (accepted) entries only: the flags compare those only. */
  publishedOnly: boolean
}

/**
 * A page of the period's entries as the review list sends them (JSON text), each with its flags.
 * The flags are of the whole period the caller may read, whatever the page's other filters.
 */
export async function listPeriodEntries(db: Db, cityCode: string, periodId: number, query: PeriodEntriesQuery) {
  const { flag, publishedOnly, ...filters } = query
  const flags = await periodFlags(db, cityCode, periodId, publishedOnly)
  const taskIds = flag === undefined ? undefined : flaggedTasks(flags, flag)
  return listPeriodEntryRows(db, cityCode, periodId, { ...filters, taskIds }, (json, taskId) => withFlags(json, flags.get(taskId)))
}

/** Where a write came from: the API, a published report's import, or a lead unit's return sheet. */
export type EntryOrigin = 'api' | 'import' | 'return_sheet'

/**
 * Who writes: the city office (or an admin), whose status is the evaluation and whose entry
 * is accepted as filed; or the task's lead unit, who drafts, proposes a status and submits.
 */
export type EntryWriter = 'office' | 'unit'

export type PutPrecondition = { ifMatch?: number, ifNoneMatch?: boolean }

type TaskNote = { id: number, seq: number, title: string, leadUnits?: { id: number, name: string }[], targets: Target[], schedule: TaskSchedule | null }
type Parents = { task: TaskNote & { year: number }, period: PeriodRow }

/**
 * An entry's pace goes with its figures and its text: whenever a write sets either, it is worked
 * out again from them, the task's targets and schedule and the period's end (shared/pace.ts); a
 * write that keeps both keeps it. `before` is the entry as it was, for what the write keeps.
 */
function withPace<T extends { actual?: Actual | null, progress?: string }>(values: T, task: Pick<TaskNote, 'targets' | 'schedule'>, period: PacePeriod,
  before?: Pick<ProgressEntryRow, 'actual' | 'progress'>): T & Partial<EntryPace> {
  // The figures go with the text they are read from.
  const figures = values.progress === undefined ? {} : { figures: figuresIn(values.progress) }
  if (values.actual === undefined && values.progress === undefined) return { ...values, ...figures }
  const actual = values.actual === undefined ? before?.actual ?? null : values.actual
  const progress = values.progress ?? before?.progress ?? ''
  return { ...values, ...figures, pace: paceOf(task.targets, actual, period, { schedule: task.schedule, progress }), paceRev: PACE_REVISION }
}

const entryName = (key: EntryKey) => `${key.taskId} in period ${key.periodId}`

/**
 * Checks what an entry write depends on, inside the caller's transaction: the period
 * exists in this city and is open (held FOR SHARE, so a close waits for this write), the
 * task exists in this city and belongs to the period's year (held until commit).
 */
export async function lockEntryParents(trx: Transaction<Database>, key: EntryKey): Promise<Parents> {
  const locked = await lockEntryParentRows(trx, key.cityCode, key.periodId, key.taskId)
  // Rarely: one of them is missing, and these say which.
  const period = locked?.period ?? await lockPeriodForEntryWrite(trx, key.cityCode, key.periodId)
  if (!period) throw new NotFound('period', key.periodId)
  const task = locked?.task ?? await lockTaskForEntryWrite(trx, key.cityCode, key.taskId)
  if (!task) throw new NotFound('task', key.taskId)
  assertParentsTakeWrites({ task, period })
  return { task, period }
}

/** An entry is written in an open period, for a task of the period's year. */
function assertParentsTakeWrites({ task, period }: { task: { id: number, year: number }, period: Pick<PeriodRow, 'id' | 'state' | 'year'> }) {
  assertPeriodOpen(period)
  if (task.year !== period.year) {
    throw new Unprocessable('year_mismatch', `task ${task.id} is on the ${task.year} list; period ${period.id} is in ${period.year}`)
  }
}

/** The figures of an entry: what the caller sends, else what a person set before (undefined: keep them), else read from the progress text. */
function figuresOf(input: Pick<ProgressEntryPatch, 'actual' | 'rank'>, progress: string, before: ProgressEntryRow | undefined,
  targets: Target[]): EntryFigures | undefined {
  if (input.actual !== undefined || input.rank !== undefined) {
    return { actual: input.actual ?? before?.actual ?? null, rank: input.rank ?? before?.rank ?? null, indicatorsSource: 'manual' }
  }
  if (before && figuresSetByHand(before)) return undefined
  return { ...actualFor(progress, targets), indicatorsSource: 'extracted' }
}

/** A lead unit edits its draft, or an entry the office returned; what it submitted is the office's until returned. */
function assertUnitMayEdit(before: ProgressEntryRow | undefined, status: ProgressStatus | undefined) {
  if (status !== undefined) {
    throw new NotPermitted('status_set_by_office', 'the evaluation (status) is given by the city office; a lead unit proposes one with proposedStatus')
  }
  if (before === undefined || unitMayEdit(before.state)) return
  if (before.state === 'submitted') throw new WrongState('submitted', 'the entry is submitted and waits for the office; it can be edited again if returned')
  throw new WrongState('accepted', 'the office has accepted the entry; it can no longer be changed by the unit')
}

/**
 * The review columns a write sets: the office's evaluation accepts the entry; an office write
 * without one, or a unit's edit, keeps it where it is (a new entry is a draft, a returned one
 * stays returned for the unit to submit again).
 */
function reviewAfterWrite(writer: EntryWriter, before: ProgressEntryRow | undefined, officeStatus: ProgressStatus | undefined,
  now: Date): Partial<EntryReview> {
  if (writer === 'unit' || officeStatus === undefined) return { state: before?.state ?? 'draft' }
  return before?.state === 'accepted' ? {} : { state: 'accepted', reviewedAt: now.toISOString() }
}

/** An entry's event: what a follower needs to act on it without reading it back. */
function entryEvent(type: EventType, entry: ProgressEntryRow, task: TaskNote, period: Pick<PeriodRow, 'id' | 'label'>, origin: EntryOrigin,
  extra: Record<string, unknown> = {}) {
  return {
    cityCode: entry.cityCode, type, subject: entrySubject(entry.taskId, entry.periodId),
    data: {
      taskId: task.id, taskSeq: task.seq, taskTitle: task.title, leadUnits: (task.leadUnits ?? []).map(({ id, name }) => ({ id, name })),
      periodId: period.id, periodLabel: period.label, entryId: entry.id, state: entry.state, status: entry.status, proposedStatus: entry.proposedStatus,
      submittedAt: entry.submittedAt, late: entry.late, version: entry.version, origin, ...extra,
    },
  }
}

/** The event a write of an entry's text makes: accepted when the write accepted it, else filed. */
const writeEventOf = (entry: ProgressEntryRow, before: ProgressEntryRow | undefined): EventType =>
  entry.state === 'accepted' && before?.state !== 'accepted' ? 'entry.accepted' : 'entry.filed'

/** The audit row and the event of each entry written, in the order given. */
function writeRecords(written: { before?: ProgressEntryRow, after: ProgressEntryRow }[],
  parents: (entry: ProgressEntryRow) => { task: TaskNote, period: Pick<PeriodRow, 'id' | 'label'> }, origin: EntryOrigin) {
  const action = origin === 'api' ? undefined : origin
  return {
    audits: written.map(({ before, after }): AuditEvent => ({
      cityCode: after.cityCode, action: action ?? (before ? 'update' : 'create'), entity: 'progress_entry', entityId: after.id, before, after,
    })),
    events: written.map(({ before, after }) => {
      const { task, period } = parents(after)
      return entryEvent(writeEventOf(after, before), after, task, period, origin)
    }),
  }
}

/** Records the audit row and writes the event of each entry written, in the order given. */
async function recordWrites(trx: Transaction<Database>, actor: Actor, written: { before?: ProgressEntryRow, after: ProgressEntryRow }[],
  parents: (entry: ProgressEntryRow) => { task: TaskNote, period: Pick<PeriodRow, 'id' | 'label'> }, origin: EntryOrigin) {
  if (written.length === 0) return
  const { audits, events } = writeRecords(written, parents, origin)
  // The audit rows go in the events' statement: one round trip for both.
  await emitEvents(trx, actor, written[0]!.after.cityCode, events, auditInsert(actor, audits))
}

/**
 * What filing an entry writes, given the entry as it is (before; none: a first filing): the
 * preconditions and who may set what checked, the values of the entry worked out. One rule for
 * both ways a filing is written (fileEntry, replaceEntryAtOnce).
 */
function filing(parents: Pick<Parents, 'task'> & { period: PacePeriod }, before: ProgressEntryRow | undefined, input: ProgressEntryPut,
  pre: PutPrecondition, writer: EntryWriter, actor: Actor) {
  const { task, period } = parents
  // If-Match names a version that must exist: with no entry there is nothing to match (RFC 9110).
  if (pre.ifMatch !== undefined && before?.version !== pre.ifMatch) throw new PreconditionFailed()
  if (pre.ifNoneMatch && before) throw new PreconditionFailed('an entry already exists for this task and period')
  if (writer === 'unit') assertUnitMayEdit(before, input.status)
  const status = input.status ?? before?.status ?? 'not_rated'
  const text: EntryText = { status, progress: input.progress, nextSteps: input.nextSteps ?? '', remarks: input.remarks ?? '' }
  const figures = figuresOf(input, input.progress, before, task.targets)
  const review = { proposedStatus: input.proposedStatus ?? null, ...reviewAfterWrite(writer, before, input.status, timeOf(actor)) }
  return before
    ? { set: withPace({ ...text, ...figures, ...review }, task, period, before) }
    // With no entry before there are no figures to keep: figuresOf gave some.
    : { created: withPace({ ...text, ...figures!, state: 'draft' as const, ...review }, task, period) }
}

/**
 * Files (creates or replaces) the entry of a task in a period. With If-Match only the version
 * read may be replaced; with If-None-Match: * only a first filing is accepted. The office may
 * give its evaluation (status: the entry is accepted as filed) or file a draft for the unit.
 */
export async function fileEntry(trx: Transaction<Database>, actor: Actor, key: EntryKey, input: ProgressEntryPut, pre: PutPrecondition = {},
  writer: EntryWriter = 'office'): Promise<{ entry: ProgressEntryRow, created: boolean }> {
  const { task, period } = await lockEntryParents(trx, key)
  const before = await findEntry(trx, key)
  const { set, created } = filing({ task, period }, before, input, pre, writer, actor)
  const entry = before
    ? (await updateEntries(trx, key.cityCode, [{ before, set: set! }]))[0]!
    : (await insertEntries(trx, [{ ...key, ...created! }]))[0]!
  await recordWrites(trx, actor, [{ before, after: entry }], () => ({ task, period }), 'api')
  return { entry, created: before === undefined }
}

/**
 * fileEntry of an entry that is there, as one statement outside a transaction: the entry and
 * what it depends on read without a lock, the filing worked out as fileEntry works it out, then
 * written with its search document, audit row and event only if none of it moved meanwhile
 * (updateEntryIfUnchanged): two round trips where the transaction takes six. Undefined when the
 * entry is not there yet, or something moved before the write: the caller then files it with
 * fileEntry, in a transaction that holds the locks. A refusal (412, 409, 403) is as fileEntry's.
 */
export async function replaceEntryAtOnce(db: Kysely<Database>, actor: Actor, key: EntryKey, input: ProgressEntryPut, pre: PutPrecondition = {},
  writer: EntryWriter = 'office'): Promise<{ entry: ProgressEntryRow, delivered: boolean } | undefined> {
  // If-None-Match: * files only a first filing: the transaction says whether it is one.
  if (pre.ifNoneMatch) return undefined
  const read = await findEntryWithParents(db, key)
  if (!read) return undefined
  const { entry: before, task, period } = read
  assertParentsTakeWrites({ task, period })
  const { set } = filing({ task, period }, before, input, pre, writer, actor)
  // The entry as the statement leaves it, but for its time, which the statement stamps.
  const after = { ...before, ...Object.fromEntries(Object.entries(set!).filter(([, value]) => value !== undefined)), version: before.version + 1 } as ProgressEntryRow
  const write = updateEntryIfUnchanged(key, { entry: before, periodVersion: period.version, taskVersion: task.version }, set!)
  const { audits, events } = writeRecords([{ before, after }], () => ({ task, period }), 'api')
  const { rows, delivered } = await writeWithEvents<ProgressEntryRow>(db, actor, key.cityCode, write.head, events,
    auditInsert(actor, audits, { when: write.written, afterAlso: write.stamped }))
  return rows[0] ? { entry: rows[0], delivered } : undefined
}

/** Changes only the fields sent; the same rules as fileEntry for who may set what. */
export async function patchEntry(trx: Transaction<Database>, actor: Actor, key: EntryKey, input: ProgressEntryPatch, ifMatch: number | undefined,
  writer: EntryWriter): Promise<ProgressEntryRow> {
  const { task, period } = await lockEntryParents(trx, key)
  const before = current(await findEntry(trx, key), ifMatch, 'progress entry for task', entryName(key))
  if (writer === 'unit') assertUnitMayEdit(before, input.status)
  const { actual, rank, proposedStatus, ...fields } = input
  const progress = input.progress ?? before.progress
  // The figures are read again only when the text they come from changes, or set when sent.
  const figures = actual !== undefined || rank !== undefined || input.progress !== undefined
    ? figuresOf({ actual, rank }, progress, before, task.targets)
    : undefined
  const review = { ...(proposedStatus === undefined ? {} : { proposedStatus }), ...reviewAfterWrite(writer, before, input.status, timeOf(actor)) }
  const [entry] = await updateEntries(trx, key.cityCode, [{ before, set: withPace({ ...fields, ...figures, ...review }, task, period, before) }])
  await recordWrites(trx, actor, [{ before, after: entry! }], () => ({ task, period }), 'api')
  return entry!
}

/** A lead unit withdraws only what it may still edit; the office any entry of an open period. */
export async function deleteEntry(trx: Transaction<Database>, actor: Actor, key: EntryKey, ifMatch?: number, writer: EntryWriter = 'office') {
  const { task, period } = await lockEntryParents(trx, key)
  const before = current(await findEntry(trx, key), ifMatch, 'progress entry for task', entryName(key))
  if (writer === 'unit') assertUnitMayEdit(before, undefined)
  await deleteEntryRow(trx, key.cityCode, before.id)
  await recordAudit(trx, actor, { cityCode: key.cityCode, action: 'delete', entity: 'progress_entry', entityId: before.id, before })
  await emitEvent(trx, actor, entryEvent('entry.deleted', before, task, period, 'api'))
  return before
}

/** The steps of the review: which states each starts from, and the event it writes (its name is the audit action). */
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

type StepInput = { step: 'submit' } | { step: 'return', reason: string, role: CommentRole } | { step: 'accept', status: ProgressStatus }

/** Moves an entry one step through the review, in the caller's transaction; each step writes its event and its audit action. */
async function reviewEntry(trx: Transaction<Database>, actor: Actor, key: EntryKey, input: StepInput, ifMatch?: number): Promise<ProgressEntryRow> {
  const { task, period } = await lockEntryParents(trx, key)
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
  const [entry] = await updateEntries(trx, key.cityCode, [{ before, set }])
  await recordAudit(trx, actor, { cityCode: key.cityCode, action: input.step, entity: 'progress_entry', entityId: before.id, before, after: entry })
  await emitEvent(trx, actor, entryEvent(steps[input.step].event, entry!, task, period, 'api', input.step === 'return' ? { reason: input.reason } : {}))
  return entry!
}

/** 报送: a draft or a returned entry goes to the office, late when after the deadline in force. */
export const submitEntry = (trx: Transaction<Database>, actor: Actor, key: EntryKey, ifMatch?: number) =>
  reviewEntry(trx, actor, key, { step: 'submit' }, ifMatch)

/** 退回: a submitted entry goes back to its unit, with the office's reason kept as a comment. */
export const returnEntry = (trx: Transaction<Database>, actor: Actor, key: EntryKey, reason: string, role: CommentRole, ifMatch?: number) =>
  reviewEntry(trx, actor, key, { step: 'return', reason, role }, ifMatch)

/** 审核通过: a submitted entry is accepted with the office's evaluation (工作评价). */
export const acceptEntry = (trx: Transaction<Database>, actor: Actor, key: EntryKey, status: ProgressStatus, ifMatch?: number) =>
  reviewEntry(trx, actor, key, { step: 'accept', status }, ifMatch)

async function addComment(trx: Transaction<Database>, actor: Actor, key: EntryKey, comment: Parameters<typeof insertComment>[3]) {
  const row = await insertComment(trx, actor.apiKeyId, key, comment)
  await recordAudit(trx, actor, { cityCode: key.cityCode, action: 'create', entity: 'entry_comment', entityId: row.id, after: row })
  return row
}

/** 批示 / 意见: a comment needs the task and the period, in this city; the entry itself may not be written yet. */
export async function commentOnEntry(trx: Transaction<Database>, actor: Actor, key: EntryKey, comment: { role: CommentRole, body: string }) {
  await assertEntryParents(trx, key)
  return addComment(trx, actor, key, { ...comment, kind: 'comment' })
}

/** Entries a batch writes (an import, a return sheet), with their tasks for the events. */
export type EntryBatch = {
  creates: (NewEntry & Partial<EntryReview>)[]
  updates: EntryChange[]
  tasks: Map<number, TaskNote>
  period: Pick<PeriodRow, 'id' | 'label'> & PacePeriod
}

/** A batch's writes with the pace of each whose figures they set. */
function pacedBatch(batch: EntryBatch): Pick<EntryBatch, 'creates' | 'updates'> {
  const taskOf = (taskId: number) => batch.tasks.get(taskId)!
  return {
    creates: batch.creates.map((entry) => withPace(entry, taskOf(entry.taskId), batch.period)),
    updates: batch.updates.map(({ before, set }) => ({ before, set: withPace(set, taskOf(before.taskId), batch.period, before) })),
  }
}

/**
 * Files the entries of a published report: what the office published is its own evaluation,
 * so each is accepted as it would be had the office filed it (reviewedAt, entry.accepted),
 * audited as `import`, and marked as the import's (ImportOrigin) so a later import can tell
 * a person's change from its own. `resync`: entries a person set to what the document says,
 * in step again without a change. The caller holds the period and the tasks.
 */
export async function importEntries(trx: Transaction<Database>, actor: Actor, cityCode: string, batch: EntryBatch & { resync: number[] },
  origin: ImportOrigin) {
  const reviewedAt = timeOf(actor).toISOString()
  const accept = (before?: ProgressEntryRow): Partial<EntryReview> =>
    before?.state === 'accepted' ? {} : { state: 'accepted', reviewedAt }
  const { creates, updates } = pacedBatch(batch)
  const updated = await updateEntries(trx, cityCode, updates.map(({ before, set }) => ({ before, set: { ...set, ...accept(before) } })), origin)
  await markEntriesImported(trx, cityCode, batch.resync, origin)
  const created = await insertEntries(trx, creates.map((entry) => ({ ...entry, ...accept() })), origin)
  const beforeOf = new Map(batch.updates.map(({ before }) => [before.id, before]))
  await recordWrites(trx, actor, [...updated.map((after) => ({ before: beforeOf.get(after.id), after })), ...created.map((after) => ({ after }))],
    (entry) => ({ task: batch.tasks.get(entry.taskId)!, period: batch.period }), 'import')
  return { created, updated }
}

/**
 * Files a lead unit's entries from its return sheet, as the unit would through the API: a
 * new entry is a draft, an edited one keeps its state (draft or returned); the office's
 * status stays. Audited as `return_sheet`, each with its entry.filed event. The caller holds
 * the period and has locked the entries.
 */
export async function fileUnitEntries(trx: Transaction<Database>, actor: Actor, cityCode: string, batch: EntryBatch) {
  const { creates, updates } = pacedBatch(batch)
  const updated = await updateEntries(trx, cityCode, updates)
  const created = await insertEntries(trx, creates.map((entry) => ({ ...entry, state: 'draft' as const })))
  const beforeOf = new Map(batch.updates.map(({ before }) => [before.id, before]))
  await recordWrites(trx, actor, [...updated.map((after) => ({ before: beforeOf.get(after.id), after })), ...created.map((after) => ({ after }))],
    (entry) => ({ task: batch.tasks.get(entry.taskId)!, period: batch.period }), 'return_sheet')
  return { created, updated }
}

/**
 * What follows from a task's targets or a period's dates, worked out again when they change:
 * the figures read from an entry's text (a person's stay) and the entry's pace. Called by the
 * commands that change targets and dates; the entries' versions stay (nobody changed them).
 */
export async function refreshEntryFigures(trx: Transaction<Database>, cityCode: string, of: { taskId: number } | { periodId: number }) {
  const rows = await entriesForPace(trx, { cityCode, ...of })
  await setDerivedFigures(trx, cityCode, rows.map((row) => {
    const figures = row.indicatorsSource === 'extracted' ? actualFor(row.progress, row.targets) : { actual: row.actual, rank: row.rank }
    return { id: row.id, set: { ...figures, pace: paceOf(row.targets, figures.actual, row, row), paceRev: PACE_REVISION } }
  }))
  return rows.length
}

/** The entryPace job: entries whose pace an older revision worked out (or none), a batch a run. */
export async function repaceOldEntries(db: Kysely<Database>, batch = 500): Promise<number> {
  const rows = await entriesForPace(db, { revision: PACE_REVISION, limit: batch })
  if (rows.length === 0) return 0
  await db.transaction().execute(async (trx) => {
    for (const cityCode of new Set(rows.map((row) => row.cityCode))) {
      await setDerivedFigures(trx, cityCode, rows.filter((row) => row.cityCode === cityCode)
        .map((row) => ({ id: row.id, set: { pace: paceOf(row.targets, row.actual, row, row), paceRev: PACE_REVISION, figures: figuresIn(row.progress) } })))
    }
  })
  return rows.length
}

/** Works out again, a batch a run, the pace of entries an older revision of shared/pace.ts (or none) wrote: idempotent on any number of instances. */
export function entryPaceJob(): Job {
  return { name: 'entryPace', run: (db) => repaceOldEntries(db) }
}
