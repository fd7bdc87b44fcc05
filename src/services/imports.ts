import { createHash } from 'node:crypto'
import { type Insertable, type Kysely, type Selectable, sql } from 'kysely'
import type { Database, Db, ImportTable, PeriodRow, ProgressEntryTable } from '../db/database.js'
import { type Actor, type AuditEvent, recordAudits } from '../db/queries/audit.js'
import { lockUnitNames } from '../db/queries/leadUnits.js'
import { checkPeriodRange } from '../db/queries/periods.js'
import { bumpVersion } from '../db/queries/write.js'
import { type ParsedPeriod, type ParsedReport, type ParsedRow, parseReport, ReportParseError } from '../domain/import/parse.js'
import { actualFor, type Target, targetsFor } from '../domain/entryIndicators.js'
import { normalizeUnitName } from '../domain/leadUnitNames.js'
import { notFound, periodClosed, Problem, unprocessable } from '../http/problem.js'
import type { ImportRequest, ImportResult } from '../schemas/imports.js'
import { MAX_DOCUMENT_BYTES } from '../schemas/imports.js'

type Counts = { created: number, updated: number, unchanged: number }
const zero = (): Counts => ({ created: 0, updated: 0, unchanged: 0 })

/** What an import did (or, on a dry run, would do): the stored result less its record fields. */
export type ImportOutcome = Omit<ImportResult, 'id' | 'cityCode' | 'sourceName' | 'checksum' | 'dryRun' | 'createdAt'>

// Postgres takes at most 65535 parameters a statement; 500 rows of ≤ 10 columns stays well under.
const CHUNK = 500
function chunks<T>(items: T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK))
  return out
}

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
    if (!period) throw notFound('period', request.periodId)
    if (period.year !== year) throw unprocessable('year_mismatch', `period ${period.id} is in ${period.year}; the document's list is ${year}`)
    counts.unchanged++
    return period
  }
  const wanted: ParsedPeriod | null = request.period ?? parsed.period
  if (!wanted) {
    throw unprocessable('period_unknown', 'the document does not say its period (一季度, 1-5月份, 全年 …): pass period or periodId')
  }
  checkPeriodRange({ year, startsOn: wanted.startsOn, endsOn: wanted.endsOn })
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
  if (existing.state === 'closed') throw periodClosed(existing.id)
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
 */
export async function applyReport(trx: Db, actor: Actor, cityCode: string, request: ImportRequest, parsed: ParsedReport):
  Promise<ImportOutcome> {
  const year = request.year ?? (request.period ? Number(request.period.startsOn.slice(0, 4)) : parsed.year)
  if (!year) throw unprocessable('year_unknown', 'the document does not say its year: pass year')
  // One import at a time per city and year, so two imports of one document cannot both create a task.
  await sql`select pg_advisory_xact_lock(hashtext(${`duban:import:${cityCode}:${year}`}))`.execute(trx)

  const counts = { period: zero(), leadUnits: zero(), tasks: zero(), entries: zero() }
  const audit: AuditEvent[] = []
  const warnings = [...parsed.warnings]
  const period = await resolvePeriod(trx, cityCode, year, request, parsed, counts.period, audit)
  if (period.state === 'closed') throw periodClosed(period.id)

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

  const taskIdOfSeq = new Map<number, number>()
  const targetsOfTask = new Map<number, Target[]>()
  const newRows: ParsedRow[] = []
  const relink: { taskId: number, unitIds: number[] }[] = []
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
    const updated = await trx.updateTable('tasks').set({ title: row.title, targets: JSON.stringify(targets), ...bumpVersion() })
      .where('cityCode', '=', cityCode).where('id', '=', task.id).returningAll().executeTakeFirstOrThrow()
    if (unitsChanged) relink.push({ taskId: task.id, unitIds })
    counts.tasks.updated++
    audit.push({ cityCode, action: 'update', entity: 'task', entityId: task.id,
      before: { ...task, leadUnitIds: before }, after: { ...updated, leadUnitIds: unitsChanged ? unitIds : before } })
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
    await trx.deleteFrom('taskLeadUnits').where('cityCode', '=', cityCode).where('taskId', 'in', relink.map((r) => r.taskId)).execute()
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
  for (const row of rows) {
    const taskId = taskIdOfSeq.get(row.seq)!
    const fields = { status: row.status, progress: row.progress, nextSteps: row.nextSteps, remarks: row.remarks }
    const entry = entryByTask.get(taskId)
    if (!entry) {
      newEntries.push({ cityCode, periodId: period.id, taskId, ...fields, ...indicators(taskId, fields.progress) })
      continue
    }
    if (entry.status === fields.status && entry.progress === fields.progress &&
      entry.nextSteps === fields.nextSteps && entry.remarks === fields.remarks) {
      counts.entries.unchanged++
      continue
    }
    // What a person set for the figures stays; extracted figures follow the new text.
    const figures = entry.indicatorsSource === 'manual' ? {} : indicators(taskId, fields.progress)
    const updated = await trx.updateTable('progressEntries').set({ ...fields, ...figures, ...bumpVersion() })
      .where('cityCode', '=', cityCode).where('id', '=', entry.id).returningAll().executeTakeFirstOrThrow()
    counts.entries.updated++
    audit.push({ cityCode, action: 'update', entity: 'progress_entry', entityId: entry.id, before: entry, after: updated })
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
  }
}

export const checksumOf = (document: string) => createHash('sha256').update(document).digest('hex')

/**
 * Parses and applies a report in one transaction, or, on a dry run, applies it and rolls
 * it back, so the dry run reports exactly what the commit would do. Either way the import
 * is stored with its result.
 */
export async function runImport(db: Kysely<Database>, actor: Actor, cityCode: string, request: ImportRequest): Promise<ImportResult> {
  if (Buffer.byteLength(request.document, 'utf8') > MAX_DOCUMENT_BYTES) {
    throw new Problem(413, 'document_too_large', 'Content Too Large', `documents are limited to ${MAX_DOCUMENT_BYTES} bytes`)
  }
  const known = await db.selectFrom('leadUnits').select(['name', 'aliases']).where('cityCode', '=', cityCode).execute()
  let parsed: ParsedReport
  try {
    parsed = parseReport(request.document, { layout: request.layout, knownUnitNames: known.flatMap((unit) => [unit.name, ...unit.aliases]) })
  } catch (error) {
    if (error instanceof ReportParseError) throw unprocessable(error.reason, error.message)
    throw error
  }

  const checksum = checksumOf(request.document)
  const store = async (trx: Db, outcome: ImportOutcome, dryRun: boolean): Promise<ImportResult> => {
    // A dry run that would create the period created it only inside the rolled-back transaction.
    const result = dryRun && outcome.counts.period.created ? { ...outcome, period: { ...outcome.period, id: null } } : outcome
    const row = await trx.insertInto('imports').values({
      cityCode, sourceName: request.sourceName, checksum, layout: result.layout, dryRun, periodId: result.period.id,
      result: JSON.stringify(result), apiKeyId: actor.apiKeyId, requestId: actor.requestId,
    }).returningAll().executeTakeFirstOrThrow()
    await recordAudits(trx, actor, [{ cityCode, action: dryRun ? 'dry_run' : 'import', entity: 'import', entityId: row.id,
      after: { sourceName: request.sourceName, checksum, counts: result.counts } }])
    return importResultOf(row)
  }

  try {
    return await db.transaction().execute(async (trx) => {
      const outcome = await applyReport(trx, actor, cityCode, request, parsed)
      if (request.dryRun) throw new DryRunRollback(outcome)
      return store(trx, outcome, false)
    })
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error
    return store(db, error.outcome, true)
  }
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
  return { id: row.id, cityCode: row.cityCode, sourceName: row.sourceName, checksum: row.checksum, dryRun: row.dryRun, createdAt: row.createdAt, ...outcome }
}
