import { createHash } from 'node:crypto'
import { type Kysely, type Selectable, type Transaction } from 'kysely'
import type { Database, Db, ImportTable, PeriodRow } from '../../db/database.js'
import { type Actor, recordAudits } from '../../db/audit.js'
import { emitEvent } from '../../db/outbox.js'
import { lockImportsOfYear } from '../../db/locks.js'
import { cityUnits, finishImportRow, insertImportRow, listImportRows, lockPeriodById, lockPeriodByLabel, periodEntries, periodYear } from './imports.repository.js'
import { insertLeadUnits, lockUnitNames } from '../lead-units/lead-units.service.js'
import { findCity } from '../cities/cities.service.js'
import { insertPeriod, updatePeriod } from '../periods/periods.service.js'
import { importEntries } from '../entries/entries.service.js'
import { insertTasks, type LeadUnitLink, listYearTasks, updateTasks } from '../tasks/tasks.service.js'
import { type ImportExisting, importYear, type LeadUnitRef, planImport, wantedPeriod } from './imports.plan.js'
import { parseFile } from '../../shared/report/files.js'
import { applyReturnSheet, returnSheetTarget } from '../return-sheets/return-sheets.service.js'
import { type ReturnSheetIdentity } from '../../shared/report/returnSheet.js'
import { type ParsedReport, parseReport, ReportParseError } from '../../shared/report/parse.js'
import { NotFound, TooLarge, Unprocessable } from '../../shared/errors.js'
import { wordsRead } from '../../shared/statusWords.js'
import type { ImportFormat, ImportOptions, ImportOutcome, ImportRequest, ImportResult } from './imports.schemas.js'
import { MAX_DOCUMENT_BYTES, MAX_IMPORT_ROWS } from './imports.schemas.js'
import { type PageQuery, pageOf } from '../../db/page.js'

/** What the parser refuses for its size: 413, where what it cannot read is 422. */
const TOO_LARGE = new Set(['too_many_rows', 'document_too_large'])

/** An uploaded workbook or Word document (shared/report/files.ts) in place of text. */
export type FileImportRequest = ImportOptions & { file: Buffer }

class DryRunRollback extends Error {
  constructor(readonly outcome: ImportOutcome) {
    super('dry run')
  }
}

/**
 * What the import is matched against, read under the locks that keep it so until commit:
 * the period (FOR SHARE when named by id, FOR UPDATE when it may change), and the unit
 * names (lockUnitNames). Tasks and entries are read unlocked, as a person's write to one
 * of them meanwhile is a change like any other.
 */
async function loadExisting(trx: Transaction<Database>, cityCode: string, year: number, request: ImportOptions,
  parsed: ParsedReport): Promise<ImportExisting> {
  let period: PeriodRow | undefined
  if (request.periodId !== undefined) {
    period = await lockPeriodById(trx, cityCode, request.periodId)
    if (!period) throw new NotFound('period', request.periodId)
  } else {
    const wanted = wantedPeriod(parsed, request, year)
    period = await lockPeriodByLabel(trx, cityCode, year, wanted.label)
  }
  await lockUnitNames(trx, cityCode)
  const leadUnits = await cityUnits(trx, cityCode)
  const tasks = await listYearTasks(trx, cityCode, year)
  const entries = period
    ? await periodEntries(trx, cityCode, period.id)
    : []
  const city = await findCity(trx, cityCode)
  if (!city) throw new NotFound('city', cityCode)
  return { cityName: city.name, period, leadUnits, tasks, entries }
}

/**
 * Applies a parsed report to the city's list inside the caller's transaction: loads what
 * is stored, plans the import (features/imports/imports.plan.ts) and writes the plan through the
 * query functions the routes use, so an imported row is stored as one written through the
 * API. Entries the import writes or confirms get imported_version = version and import_id
 * = importId (null on a dry run, which is rolled back anyway).
 */
export async function applyReport(trx: Transaction<Database>, actor: Actor, cityCode: string, request: ImportOptions,
  parsed: ParsedReport, importId: number | null = null): Promise<Omit<ImportOutcome, 'format'>> {
  const year = importYear(parsed, request)
  // One import at a time per city and year, so two imports of one document cannot both create a task.
  await lockImportsOfYear(trx, cityCode, year)
  const existing = await loadExisting(trx, cityCode, year, request, parsed)
  const plan = planImport(parsed, existing, request)
  const origin = { importId }

  const period = plan.period.action === 'create'
    ? await insertPeriod(trx, actor, { cityCode, ...plan.period.values })
    : plan.period.action === 'update'
      ? await updatePeriod(trx, actor, cityCode, plan.period.period.id, plan.period.set)
      : plan.period.period

  const createdUnits = await insertLeadUnits(trx, actor, cityCode, plan.leadUnits.creates.map((name) => ({ name, aliases: [] })), 'import')
  const links = (lead: LeadUnitRef[], support: LeadUnitRef[] = []): LeadUnitLink[] => [
    ...lead.map((ref) => ({ leadUnitId: 'id' in ref ? ref.id : createdUnits[ref.created]!.id, role: 'lead' as const })),
    ...support.map((ref) => ({ leadUnitId: 'id' in ref ? ref.id : createdUnits[ref.created]!.id, role: 'support' as const })),
  ]

  const updatedTasks = await updateTasks(trx, actor, cityCode, plan.tasks.updates.map(({ before, title, targets, leadUnits, supportUnits }) =>
    ({ before, set: { title, targets }, ...(leadUnits ? { leadUnits: links(leadUnits, supportUnits) } : {}) })), 'import')
  const createdTasks = await insertTasks(trx, actor, cityCode, plan.tasks.creates.map(({ seq, title, targets, leadUnits, supportUnits }) =>
    ({ year, seq, title, category: null, targets, targetsSource: 'extracted' as const, leadUnits: links(leadUnits, supportUnits) })), 'import')

  const createdTaskIdOfSeq = new Map(createdTasks.map((task) => [task.seq, task.id]))
  const { created: createdEntries, updated: updatedEntries } = await importEntries(trx, actor, cityCode, {
    updates: plan.entries.updates.map(({ before, text, figures }) => ({ before, set: { ...text, ...figures } })),
    resync: plan.entries.resync,
    creates: plan.entries.creates.map(({ seq, taskId, ...entry }) =>
      ({ cityCode, periodId: period.id, taskId: taskId ?? createdTaskIdOfSeq.get(seq)!, ...entry, indicatorsSource: 'extracted' as const })),
    tasks: new Map([...existing.tasks, ...updatedTasks, ...createdTasks].map((task) => [task.id, task])),
    period,
  }, origin)

  const { conflicts } = plan.entries
  return {
    layout: parsed.layout,
    columns: parsed.columnRoles,
    year,
    period: { id: period.id, label: period.label, kind: period.kind, startsOn: period.startsOn, endsOn: period.endsOn },
    rows: parsed.rows.length,
    counts: {
      period: { created: Number(plan.period.action === 'create'), updated: Number(plan.period.action === 'update'), unchanged: Number(plan.period.action === 'unchanged') },
      leadUnits: { created: createdUnits.length, updated: 0, unchanged: plan.leadUnits.unchanged },
      tasks: { created: createdTasks.length, updated: updatedTasks.length, unchanged: plan.tasks.unchanged },
      entries: { created: createdEntries.length, updated: updatedEntries.length, unchanged: plan.entries.unchanged, conflicts: conflicts.length },
    },
    newLeadUnits: plan.leadUnits.creates,
    warnings: plan.warnings,
    conflicts,
  }
}

export const checksumOf = (document: string | Buffer) => createHash('sha256').update(document).digest('hex')

/**
 * What runImport calls inside the transaction that stores the import record, right after
 * storing it and before the commit: for a commit the transaction of the import's writes, for
 * a dry run the one that stores the dry-run record.
 */
export type ImportFinish = (trx: Transaction<Database>, result: ImportResult) => Promise<void>

/** The year the request says, by itself or by its period, in which to read a title that names none (1-5月份). */
async function requestedYear(db: Kysely<Database>, cityCode: string, request: ImportOptions): Promise<number | undefined> {
  if (request.year !== undefined) return request.year
  if (request.period) return Number(request.period.startsOn.slice(0, 4))
  if (request.periodId === undefined) return undefined
  return periodYear(db, cityCode, request.periodId)
}

/**
 * Parses and applies a report in one transaction, or, on a dry run, applies it and rolls
 * it back, so the dry run reports exactly what the commit would do (conflicts included).
 * Either way the import is stored with its result, and finish, if given, runs in the
 * transaction that stores it.
 */
export async function runImport(db: Kysely<Database>, actor: Actor, cityCode: string, request: ImportRequest | FileImportRequest,
  finish?: ImportFinish): Promise<ImportResult> {
  const size = 'file' in request ? request.file.length : Buffer.byteLength(request.document, 'utf8')
  if (size > MAX_DOCUMENT_BYTES) {
    throw new TooLarge('document_too_large', `documents are limited to ${MAX_DOCUMENT_BYTES} bytes`)
  }
  const known = await cityUnits(db, cityCode)
  const knownUnitNames = known.flatMap((unit) => [unit.name, ...unit.aliases])
  // The table is read no further than MAX_IMPORT_ROWS rows; a file's cells hold no more text than a document may.
  // The city's own 工作评价 words read before the built-in ones: its exports and return sheets write them.
  const statusWords = wordsRead((await findCity(db, cityCode))?.statusWords)
  const options = { knownUnitNames, year: await requestedYear(db, cityCode, request), maxRows: MAX_IMPORT_ROWS, maxTextBytes: MAX_DOCUMENT_BYTES,
    columnRoles: request.columnRoles, statusWords }
  let parsed: ParsedReport
  let format: ImportFormat = 'text'
  let returnSheet: ReturnSheetIdentity | null = null
  try {
    if ('file' in request) ({ format, report: parsed, returnSheet } = await parseFile(request.file, options))
    else parsed = parseReport(request.document, { ...options, layout: request.layout })
  } catch (error) {
    if (error instanceof ReportParseError) throw (TOO_LARGE.has(error.reason) ? new TooLarge(error.reason, error.message) : new Unprocessable(error.reason, error.message))
    throw error
  }
  // A lead unit's return sheet (or a request naming a unit) files that unit's entries and nothing else.
  const sheet = returnSheetTarget(cityCode, request, returnSheet)
  const apply = (trx: Transaction<Database>, importId: number | null = null) => (sheet
    ? applyReturnSheet(trx, actor, cityCode, sheet, request, parsed)
    : applyReport(trx, actor, cityCode, request, parsed, importId))

  const checksum = checksumOf('file' in request ? request.file : request.document)
  const record = { cityCode, sourceName: request.sourceName, checksum, apiKeyId: actor.apiKeyId, requestId: actor.requestId }
  const finishWith = async (trx: Transaction<Database>, row: Selectable<ImportTable>, outcome: ImportOutcome, dryRun: boolean) => {
    await recordAudits(trx, actor, [{ cityCode, action: dryRun ? 'dry_run' : 'import', entity: 'import', entityId: row.id,
      after: { sourceName: request.sourceName, checksum, counts: outcome.counts } }])
    // A dry run changed nothing, so it is no event; a committed import is one, after those of what it wrote.
    if (!dryRun) {
      await emitEvent(trx, actor, { cityCode, type: 'import.committed', subject: `import:${row.id}`, data: {
        importId: row.id, sourceName: request.sourceName, checksum, format: outcome.format, layout: outcome.layout,
        periodId: outcome.period.id, periodLabel: outcome.period.label, counts: outcome.counts,
      } })
    }
    const result = importResultOf(row)
    if (finish) await finish(trx, result)
    return result
  }

  if (!request.dryRun) {
    return db.transaction().execute(async (trx) => {
      // The record comes first so the entries the import writes can name it; its result follows.
      const { id } = await insertImportRow(trx, { ...record, layout: parsed.layout, dryRun: false, periodId: null, result: '{}' })
      const outcome = { ...await apply(trx, id), format }
      const row = await finishImportRow(trx, cityCode, id, outcome.period.id, outcome)
      return finishWith(trx, row, outcome, false)
    })
  }

  let outcome: ImportOutcome
  try {
    await db.transaction().execute(async (trx) => {
      throw new DryRunRollback({ ...await apply(trx), format })
    })
    throw new Error('unreachable: a dry run always rolls back')
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error
    outcome = error.outcome
  }
  // A dry run that would create the period created it only inside the rolled-back transaction.
  const result = outcome.counts.period.created ? { ...outcome, period: { ...outcome.period, id: null } } : outcome
  return db.transaction().execute(async (trx) => {
    const row = await insertImportRow(trx, { ...record, layout: result.layout, dryRun: true, periodId: result.period.id, result: JSON.stringify(result) })
    return finishWith(trx, row, result, true)
  })
}

export { findImport } from './imports.repository.js'

/** Newest first, as the API's ImportResult. */
export async function listImports(db: Db, cityCode: string, query: PageQuery) {
  return pageOf((await listImportRows(db, cityCode, query)).map(importResultOf), query.limit, (result) => [result.id])
}

/** The stored form back as the API's ImportResult. */
export function importResultOf(row: Selectable<ImportTable>): ImportResult {
  const outcome = row.result as ImportOutcome
  // Imports stored before conflicts were reported had none.
  const counts = { ...outcome.counts, entries: { ...outcome.counts.entries, conflicts: outcome.counts.entries.conflicts ?? 0 } }
  // Imports stored before files could be uploaded were all text.
  return { id: row.id, cityCode: row.cityCode, sourceName: row.sourceName, checksum: row.checksum, dryRun: row.dryRun, createdAt: row.createdAt,
    ...outcome, format: outcome.format ?? 'text', counts, conflicts: outcome.conflicts ?? [] }
}
