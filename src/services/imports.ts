import { createHash } from 'node:crypto'
import { type Insertable, type Kysely, type Selectable, sql, type Transaction } from 'kysely'
import type { Database, Db, ImportTable, PeriodRow, ProgressEntryRow, ProgressEntryTable, TaskRow } from '../db/database.js'
import { type Actor, type AuditEvent, recordAudits } from '../db/queries/audit.js'
import { lockUnitNames } from '../db/queries/leadUnits.js'
import { checkPeriodRange } from '../db/queries/periods.js'
import { bumpVersion } from '../db/queries/write.js'
import { type ParsedPeriod, type ParsedReport, type ParsedRow, parseReport, ReportParseError } from '../domain/import/parse.js'
import { actualFor, type Target, targetsFor } from '../domain/entryIndicators.js'
import { normalizeUnitName } from '../domain/leadUnitNames.js'
import { Invalid, NotFound, PeriodClosed, TooLarge, Unprocessable } from '../domain/errors.js'
import type { ImportConflict, ImportRequest, ImportResult } from '../schemas/imports.js'
import { MAX_DOCUMENT_BYTES } from '../schemas/imports.js'

type Counts = { created: number, updated: number, unchanged: number }
const zero = (): Counts => ({ created: 0, updated: 0, unchanged: 0 })

/** What an import did (or, on a dry run, would do): the stored result less its record fields. */
export type ImportOutcome = Omit<ImportResult, 'id' | 'cityCode' | 'sourceName' | 'checksum' | 'dryRun' | 'createdAt'>

// Postgres takes at most 65535 parameters a statement (the wire protocol counts them in 16
// bits); 500 rows of ≤ 10 columns, or 500 ids of an IN list, stays well under. Every
// statement whose size grows with the document goes through chunks().
const CHUNK = 500
function chunks<T>(items: T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK))
  return out
}

const ENTRY_FIELDS = ['status', 'progress', 'nextSteps', 'remarks'] as const
type EntryFields = Pick<ProgressEntryRow, typeof ENTRY_FIELDS[number]>

class DryRunRollback extends Error {
  constructor(readonly outcome: ImportOutcome) {
    super('dry run')
  }
}

async function resolvePeriod(trx: Db, cityCode: string, year: number, request: ImportRequest, parsed: ParsedReport,
  counts: Counts, audit: AuditEvent[]): Promise<PeriodRow> {
  if (request.periodId !== undefined) {
    const period = await trx.selectFrom('periods').selectAll()
      .where('cityCode', '=', cityCode).where('id', '=', request.periodId).forShare().executeTakeFirst()
    if (!period) throw new NotFound('period', request.periodId)
    if (period.year !== year) throw new Unprocessable('year_mismatch', `period ${period.id} is in ${period.year}; the document's list is ${year}`)
    counts.unchanged++
    return period
  }
  const wanted: ParsedPeriod | null = request.period ?? parsed.period
  if (!wanted) {
    throw new Unprocessable('period_unknown', 'the document does not say its period (一季度, 1-5月份, 全年 …): pass period or periodId')
  }
  try {
    checkPeriodRange({ year, startsOn: wanted.startsOn, endsOn: wanted.endsOn })
  } catch (error) {
    // The period is the request's period (or the document's, which the request could have sent).
    throw error instanceof Invalid ? error.within('period') : error
  }
  const existing = await trx.selectFrom('periods').selectAll()
    .where('cityCode', '=', cityCode).where('year', '=', year).where('label', '=', wanted.label).forUpdate().executeTakeFirst()
  if (!existing) {
    const created = await trx.insertInto('periods').values({ cityCode, year, ...wanted }).returningAll().executeTakeFirstOrThrow()
    counts.created++
    audit.push({ cityCode, action: 'create', entity: 'period', entityId: created.id, after: created })
    return created
  }
  if (existing.kind === wanted.kind && existing.startsOn === wanted.startsOn && existing.endsOn === wanted.endsOn) {
    counts.unchanged++
    return existing
  }
  if (existing.state === 'closed') throw new PeriodClosed(existing.id)
  const updated = await trx.updateTable('periods').set({ kind: wanted.kind, startsOn: wanted.startsOn, endsOn: wanted.endsOn, ...bumpVersion() })
    .where('cityCode', '=', cityCode).where('id', '=', existing.id).returningAll().executeTakeFirstOrThrow()
  counts.updated++
  audit.push({ cityCode, action: 'update', entity: 'period', entityId: updated.id, before: existing, after: updated })
  return updated
}

/** Every unit name the rows use, resolved to a unit id; names no unit has become new units. */
async function resolveLeadUnits(trx: Db, cityCode: string, rows: ParsedRow[], counts: Counts, audit: AuditEvent[]) {
  await lockUnitNames(trx, cityCode)
  const units = await trx.selectFrom('leadUnits').select(['id', 'name', 'aliases']).where('cityCode', '=', cityCode).execute()
  const byName = new Map<string, number>()
  for (const unit of units) {
    for (const name of [unit.name, ...unit.aliases]) byName.set(normalizeUnitName(name), unit.id)
  }
  const newNames: string[] = []
  const seen = new Set<string>()
  for (const row of rows) {
    for (const name of row.leadUnits) {
      const key = normalizeUnitName(name)
      if (seen.has(key)) continue
      seen.add(key)
      if (byName.has(key)) counts.unchanged++
      else newNames.push(name)
    }
  }
  for (const batch of chunks(newNames)) {
    const created = await trx.insertInto('leadUnits').values(batch.map((name) => ({ cityCode, name, aliases: [] })))
      .returningAll().execute()
    for (const unit of created) {
      byName.set(normalizeUnitName(unit.name), unit.id)
      audit.push({ cityCode, action: 'create', entity: 'lead_unit', entityId: unit.id, after: unit })
    }
  }
  counts.created += newNames.length
  return { idOf: (name: string) => byName.get(normalizeUnitName(name))!, newNames }
}

const sameIds = (a: number[], b: number[]) => a.length === b.length && a.every((id, i) => id === b[i])

/**
 * Applies a parsed report to the city's list inside the caller's transaction: the period,
 * new lead units, tasks matched by (year, seq), entries matched by (task, period). Rows
 * equal to what is stored are left alone, so importing a document twice changes nothing.
 *
 * Tasks follow the document (a title or lead units changed by a person are replaced; the
 * audit trail keeps what they were). Entries do not: an entry a person changed through the
 * API since an import last wrote it (imported_version null or not its version) and that
 * differs from the document is left alone and reported as a conflict, unless the request
 * says overwrite. Entries the import writes or confirms get imported_version = version and
 * import_id = importId (null on a dry run, which is rolled back anyway).
 */
export async function applyReport(trx: Transaction<Database>, actor: Actor, cityCode: string, request: ImportRequest,
  parsed: ParsedReport, importId: number | null = null): Promise<ImportOutcome> {
  const year = request.year ?? (request.period ? Number(request.period.startsOn.slice(0, 4)) : parsed.year)
  if (!year) throw new Unprocessable('year_unknown', 'the document does not say its year: pass year')
  // One import at a time per city and year, so two imports of one document cannot both create a task.
  await sql`select pg_advisory_xact_lock(hashtext(${`duban:import:${cityCode}:${year}`}))`.execute(trx)

  const counts = { period: zero(), leadUnits: zero(), tasks: zero(), entries: { ...zero(), conflicts: 0 } }
  const audit: AuditEvent[] = []
  const warnings = [...parsed.warnings]
  const period = await resolvePeriod(trx, cityCode, year, request, parsed, counts.period, audit)
  if (period.state === 'closed') throw new PeriodClosed(period.id)

  // A seq the document repeats is imported once, from its first row; the rest are reported.
  const rows: ParsedRow[] = []
  const bySeq = new Map<number, ParsedRow>()
  for (const row of parsed.rows) {
    const first = bySeq.get(row.seq)
    if (first) {
      warnings.push({ rowNumber: row.rowNumber, line: row.line, code: 'duplicate_seq_skipped',
        message: `row ${row.rowNumber} repeats seq ${row.seq} of row ${first.rowNumber}; only the first was imported` })
      continue
    }
    bySeq.set(row.seq, row)
    rows.push(row)
  }

  const units = await resolveLeadUnits(trx, cityCode, rows, counts.leadUnits, audit)
  for (const row of rows) {
    if (row.leadUnits.length === 0) {
      warnings.push({ rowNumber: row.rowNumber, line: row.line, code: 'no_lead_unit', message: `seq ${row.seq} names no lead unit` })
    }
  }

  const existingTasks = await trx.selectFrom('tasks').selectAll().where('cityCode', '=', cityCode).where('year', '=', year).execute()
  const links = await trx.selectFrom('taskLeadUnits').select(['taskId', 'leadUnitId', 'position'])
    .where('cityCode', '=', cityCode).where('taskId', 'in', trx.selectFrom('tasks').select('id').where('cityCode', '=', cityCode).where('year', '=', year))
    .orderBy('taskId').orderBy('position').execute()
  const unitIdsOf = new Map<number, number[]>()
  for (const link of links) unitIdsOf.set(link.taskId, [...(unitIdsOf.get(link.taskId) ?? []), link.leadUnitId])
  const taskBySeq = new Map(existingTasks.map((task) => [task.seq, task]))
  const bySeqOfTask = new Map(existingTasks.map((task) => [task.id, task.seq]))

  const taskIdOfSeq = new Map<number, number>()
  const targetsOfTask = new Map<number, Target[]>()
  const newRows: ParsedRow[] = []
  const relink: { taskId: number, unitIds: number[] }[] = []
  const taskUpdates: { task: TaskRow, title: string, targets: Target[], before: number[], after: number[] }[] = []
  for (const row of rows) {
    const unitIds = [...new Set(row.leadUnits.map(units.idOf))]
    const task = taskBySeq.get(row.seq)
    if (!task) {
      newRows.push(row)
      continue
    }
    taskIdOfSeq.set(row.seq, task.id)
    targetsOfTask.set(task.id, task.targets)
    const before = unitIdsOf.get(task.id) ?? []
    const titleChanged = task.title !== row.title
    // A cut-off row that lost its units keeps the units the task already has.
    const unitsChanged = unitIds.length > 0 && !sameIds(before, unitIds)
    if (!titleChanged && !unitsChanged) {
      counts.tasks.unchanged++
      continue
    }
    const targets = targetsFor(row.title, { targets: task.targets, source: task.targetsSource })
    targetsOfTask.set(task.id, targets)
    taskUpdates.push({ task, title: row.title, targets, before, after: unitsChanged ? unitIds : before })
    if (unitsChanged) relink.push({ taskId: task.id, unitIds })
  }
  for (const batch of chunks(taskUpdates)) {
    const values = sql.join(batch.map(({ task, title, targets }) => sql`(${task.id}::bigint, ${title}::text, ${JSON.stringify(targets)}::jsonb)`))
    const updated = await sql<TaskRow>`
      update tasks as t set title = v.title, targets = v.targets, version = t.version + 1, updated_at = now()
      from (values ${values}) as v (id, title, targets)
      where t.city_code = ${cityCode} and t.id = v.id
      returning t.*
    `.execute(trx)
    const byId = new Map(batch.map((update) => [Number(update.task.id), update]))
    for (const after of updated.rows) {
      const { task, before, after: unitIds } = byId.get(Number(after.id))!
      audit.push({ cityCode, action: 'update', entity: 'task', entityId: task.id,
        before: { ...task, leadUnitIds: before }, after: { ...after, leadUnitIds: unitIds } })
    }
    counts.tasks.updated += updated.rows.length
  }
  for (const batch of chunks(newRows)) {
    const created = await trx.insertInto('tasks')
      .values(batch.map((row) => ({ cityCode, year, seq: row.seq, title: row.title, category: null, targets: JSON.stringify(targetsFor(row.title)) })))
      .returningAll().execute()
    for (const task of created) {
      taskIdOfSeq.set(task.seq, task.id)
      targetsOfTask.set(task.id, task.targets)
      const unitIds = [...new Set(bySeq.get(task.seq)!.leadUnits.map(units.idOf))]
      relink.push({ taskId: task.id, unitIds })
      audit.push({ cityCode, action: 'create', entity: 'task', entityId: task.id, after: { ...task, leadUnitIds: unitIds } })
    }
    counts.tasks.created += created.length
  }
  if (relink.length > 0) {
    // Only tasks that existed have links to replace; a new task has none.
    for (const batch of chunks(relink.filter((r) => bySeqOfTask.has(r.taskId)).map((r) => r.taskId))) {
      await trx.deleteFrom('taskLeadUnits').where('cityCode', '=', cityCode).where('taskId', 'in', batch).execute()
    }
    const values = relink.flatMap(({ taskId, unitIds }) =>
      unitIds.map((leadUnitId, position) => ({ cityCode, taskId, leadUnitId, role: 'lead' as const, position })))
    for (const batch of chunks(values)) await trx.insertInto('taskLeadUnits').values(batch).execute()
  }

  const existingEntries = await trx.selectFrom('progressEntries').selectAll()
    .where('cityCode', '=', cityCode).where('periodId', '=', period.id).execute()
  const entryByTask = new Map(existingEntries.map((entry) => [entry.taskId, entry]))
  const newEntries: Insertable<ProgressEntryTable>[] = []
  const indicators = (taskId: number, progress: string) => {
    const { actual, rank } = actualFor(progress, targetsOfTask.get(taskId) ?? [])
    return { actual: actual && JSON.stringify(actual), rank: rank && JSON.stringify(rank) }
  }
  const conflicts: ImportConflict[] = []
  const updates: { entry: ProgressEntryRow, fields: EntryFields, keepFigures: boolean, actual: string | null, rank: string | null }[] = []
  const resync: number[] = []
  for (const row of rows) {
    const taskId = taskIdOfSeq.get(row.seq)!
    const fields: EntryFields = { status: row.status, progress: row.progress, nextSteps: row.nextSteps, remarks: row.remarks }
    const entry = entryByTask.get(taskId)
    if (!entry) {
      newEntries.push({ cityCode, periodId: period.id, taskId, ...fields, ...indicators(taskId, fields.progress), importedVersion: 1, importId })
      continue
    }
    const differ = ENTRY_FIELDS.filter((field) => entry[field] !== fields[field])
    // Changed by a person since an import last wrote or confirmed it (or never imported).
    const personal = entry.importedVersion === null || entry.importedVersion !== entry.version
    if (differ.length === 0) {
      counts.entries.unchanged++
      // The person and the document agree: the next import of a change may apply again.
      if (personal) resync.push(entry.id)
      continue
    }
    if (personal && !request.overwrite) {
      counts.entries.conflicts++
      conflicts.push({ seq: row.seq, taskId, entryId: entry.id, fields: [...differ],
        reason: entry.importedVersion === null ? 'filed_by_person' : 'changed_since_import' })
      continue
    }
    // What a person set for the figures stays; extracted figures follow the new text.
    const keepFigures = entry.indicatorsSource === 'manual'
    updates.push({ entry, fields, keepFigures, ...(keepFigures ? { actual: null, rank: null } : indicators(taskId, fields.progress)) })
  }
  for (const batch of chunks(updates)) {
    const values = sql.join(batch.map(({ entry, fields, keepFigures, actual, rank }) =>
      sql`(${entry.id}::bigint, ${fields.status}::text, ${fields.progress}::text, ${fields.nextSteps}::text, ${fields.remarks}::text, ${actual}::jsonb, ${rank}::jsonb, ${keepFigures}::boolean)`))
    // One statement a chunk; SET reads the row as it was, so both versions are the old one plus one.
    const updated = await sql<ProgressEntryRow>`
      update progress_entries as pe set
        status = v.status, progress = v.progress, next_steps = v.next_steps, remarks = v.remarks,
        actual = case when v.keep_figures then pe.actual else v.actual end,
        rank = case when v.keep_figures then pe.rank else v.rank end,
        version = pe.version + 1, updated_at = now(), imported_version = pe.version + 1, import_id = ${importId}::bigint
      from (values ${values}) as v (id, status, progress, next_steps, remarks, actual, rank, keep_figures)
      where pe.city_code = ${cityCode} and pe.id = v.id
      returning pe.*
    `.execute(trx)
    const before = new Map(batch.map(({ entry }) => [Number(entry.id), entry]))
    for (const after of updated.rows) {
      audit.push({ cityCode, action: 'update', entity: 'progress_entry', entityId: after.id, before: before.get(Number(after.id)), after })
    }
    counts.entries.updated += updated.rows.length
  }
  for (const batch of chunks(resync)) {
    await trx.updateTable('progressEntries').set({ importedVersion: sql<number>`version`, importId })
      .where('cityCode', '=', cityCode).where('id', 'in', batch).execute()
  }
  for (const batch of chunks(newEntries)) {
    const created = await trx.insertInto('progressEntries').values(batch).returningAll().execute()
    for (const entry of created) audit.push({ cityCode, action: 'create', entity: 'progress_entry', entityId: entry.id, after: entry })
    counts.entries.created += created.length
  }

  await recordAudits(trx, actor, audit)
  return {
    layout: parsed.layout,
    year,
    period: { id: period.id, label: period.label, kind: period.kind, startsOn: period.startsOn, endsOn: period.endsOn },
    rows: parsed.rows.length,
    counts,
    newLeadUnits: units.newNames,
    warnings,
    conflicts,
  }
}

export const checksumOf = (document: string) => createHash('sha256').update(document).digest('hex')

/**
 * What runImport calls inside the transaction that stores the import record, right after
 * storing it and before the commit: for a commit the transaction of the import's writes, for
 * a dry run the one that stores the dry-run record.
 */
export type ImportFinish = (trx: Transaction<Database>, result: ImportResult) => Promise<void>

/**
 * Parses and applies a report in one transaction, or, on a dry run, applies it and rolls
 * it back, so the dry run reports exactly what the commit would do (conflicts included).
 * Either way the import is stored with its result, and finish, if given, runs in the
 * transaction that stores it.
 */
export async function runImport(db: Kysely<Database>, actor: Actor, cityCode: string, request: ImportRequest,
  finish?: ImportFinish): Promise<ImportResult> {
  if (Buffer.byteLength(request.document, 'utf8') > MAX_DOCUMENT_BYTES) {
    throw new TooLarge('document_too_large', `documents are limited to ${MAX_DOCUMENT_BYTES} bytes`)
  }
  const known = await db.selectFrom('leadUnits').select(['name', 'aliases']).where('cityCode', '=', cityCode).execute()
  let parsed: ParsedReport
  try {
    parsed = parseReport(request.document, { layout: request.layout, knownUnitNames: known.flatMap((unit) => [unit.name, ...unit.aliases]) })
  } catch (error) {
    if (error instanceof ReportParseError) throw new Unprocessable(error.reason, error.message)
    throw error
  }

  const checksum = checksumOf(request.document)
  const record = { cityCode, sourceName: request.sourceName, checksum, apiKeyId: actor.apiKeyId, requestId: actor.requestId }
  const finishWith = async (trx: Transaction<Database>, row: Selectable<ImportTable>, outcome: ImportOutcome, dryRun: boolean) => {
    await recordAudits(trx, actor, [{ cityCode, action: dryRun ? 'dry_run' : 'import', entity: 'import', entityId: row.id,
      after: { sourceName: request.sourceName, checksum, counts: outcome.counts } }])
    const result = importResultOf(row)
    if (finish) await finish(trx, result)
    return result
  }

  if (!request.dryRun) {
    return db.transaction().execute(async (trx) => {
      // The record comes first so the entries the import writes can name it; its result follows.
      const { id } = await trx.insertInto('imports').values({ ...record, layout: parsed.layout, dryRun: false, periodId: null, result: '{}' })
        .returning('id').executeTakeFirstOrThrow()
      const outcome = await applyReport(trx, actor, cityCode, request, parsed, id)
      const row = await trx.updateTable('imports').set({ periodId: outcome.period.id, result: JSON.stringify(outcome) })
        .where('cityCode', '=', cityCode).where('id', '=', id).returningAll().executeTakeFirstOrThrow()
      return finishWith(trx, row, outcome, false)
    })
  }

  let outcome: ImportOutcome
  try {
    await db.transaction().execute(async (trx) => {
      throw new DryRunRollback(await applyReport(trx, actor, cityCode, request, parsed))
    })
    throw new Error('unreachable: a dry run always rolls back')
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error
    outcome = error.outcome
  }
  // A dry run that would create the period created it only inside the rolled-back transaction.
  const result = outcome.counts.period.created ? { ...outcome, period: { ...outcome.period, id: null } } : outcome
  return db.transaction().execute(async (trx) => {
    const row = await trx.insertInto('imports').values({ ...record, layout: result.layout, dryRun: true, periodId: result.period.id,
      result: JSON.stringify(result) }).returningAll().executeTakeFirstOrThrow()
    return finishWith(trx, row, result, true)
  })
}

export function findImport(db: Db, cityCode: string, id: number) {
  return db.selectFrom('imports').selectAll().where('cityCode', '=', cityCode).where('id', '=', id).executeTakeFirst()
}

export function listImports(db: Db, cityCode: string, limit: number, after?: number) {
  return db.selectFrom('imports').selectAll().where('cityCode', '=', cityCode)
    .$if(after !== undefined, (qb) => qb.where('id', '<', after!))
    .orderBy('id', 'desc').limit(limit + 1).execute()
}

/** The stored form back as the API's ImportResult. */
export function importResultOf(row: Selectable<ImportTable>): ImportResult {
  const outcome = (typeof row.result === 'string' ? JSON.parse(row.result) : row.result) as ImportOutcome
  // Imports stored before conflicts were reported had none.
  const counts = { ...outcome.counts, entries: { ...outcome.counts.entries, conflicts: outcome.counts.entries.conflicts ?? 0 } }
  return { id: row.id, cityCode: row.cityCode, sourceName: row.sourceName, checksum: row.checksum, dryRun: row.dryRun, createdAt: row.createdAt,
    ...outcome, counts, conflicts: outcome.conflicts ?? [] }
}
