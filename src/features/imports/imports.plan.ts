/**
 * What importing a parsed report into a city's list would change, decided from what is
 * stored, without touching the database: features/imports/imports.service.ts loads what is stored, calls
 * planImport and writes the plan through the query functions every route uses.
 */
import type { LeadUnitRow, PeriodRow, ProgressEntryRow } from '../../db/database.js'
import type { TaskView } from '../tasks/tasks.service.js'
import type { ImportConflict, ImportOptions } from './imports.schemas.js'
import { type Actual, actualFor, type Rank, type Target, targetsFor, figuresSetByHand } from '../../shared/entryIndicators.js'
import { Invalid, Unprocessable } from '../../shared/errors.js'
import { normalizeUnitName } from '../../shared/unitNames.js'
import { checkPeriodRange, assertPeriodOpen } from '../../shared/periods.js'
import { chinesePunctuation } from '../../shared/typography.js'
import { emptyHeader, type LetterheadPeriod, openingPreamble, REPORT_HEADER_FIELDS, type ReportHeader, reportLetterhead } from '../../shared/reportHeader.js'
import { firstOfEachSeq } from '../../shared/report/rows.js'
import type { ParsedPeriod, ParsedReport, ParsedRow, ParseWarning } from '../../shared/report/types.js'

/** What is stored that the import is matched against. */
export interface ImportExisting {
  /** The city's name: what the exports print where no report header is kept. */
  cityName: string
  /** The period the request names by id, or the city's period of the year with the label wanted; undefined: none. */
  period: PeriodRow | undefined
  leadUnits: Pick<LeadUnitRow, 'id' | 'name' | 'aliases'>[]
  /** The tasks of the year, with their lead units. */
  tasks: TaskView[]
  /** The entries of that period. */
  entries: ProgressEntryRow[]
}

/** A lead unit the plan links: one that exists, or the one created for a name of leadUnits.creates. */
export type LeadUnitRef = { id: number } | { created: number }

export type PeriodPlan =
  | { action: 'unchanged', period: PeriodRow }
  | { action: 'create', values: ParsedPeriod & { year: number, reportHeader?: ReportHeader } }
  | { action: 'update', period: PeriodRow, set: Partial<Pick<ParsedPeriod, 'kind' | 'startsOn' | 'endsOn'>> & { reportHeader?: ReportHeader } }

export type EntryText = { status: ParsedRow['status'], progress: string, nextSteps: string, remarks: string }
export type EntryFigures = { actual: Actual | null, rank: Rank | null }

export interface ImportPlan {
  year: number
  period: PeriodPlan
  /** Names no unit has, to create in this order; unchanged: the distinct known units the rows name. */
  leadUnits: { creates: string[], unchanged: number }
  tasks: {
    /** supportUnits: the units of a 协同责任单位 column, linked with role support. */
    creates: { seq: number, title: string, targets: Target[], leadUnits: LeadUnitRef[], supportUnits: LeadUnitRef[] }[]
    /** leadUnits undefined: the task keeps its links. */
    updates: { before: TaskView, title: string, targets: Target[], leadUnits?: LeadUnitRef[], supportUnits?: LeadUnitRef[] }[]
    unchanged: number
  }
  entries: {
    /** taskId null: the task this import creates for seq. */
    creates: ({ seq: number, taskId: number | null } & EntryText & EntryFigures)[]
    /** figures undefined: a person set them, and they stay. */
    updates: { before: ProgressEntryRow, text: EntryText, figures?: EntryFigures }[]
    /** Entries a person set to what the document says: in step with the import again. */
    resync: number[]
    unchanged: number
    conflicts: ImportConflict[]
  }
  warnings: ParseWarning[]
}

const ENTRY_FIELDS = ['status', 'progress', 'nextSteps', 'remarks'] as const

/** The year of the list the import writes: the request's, its period's, else the document's. */
export function importYear(parsed: ParsedReport, request: ImportOptions): number {
  const year = request.year ?? (request.period ? Number(request.period.startsOn.slice(0, 4)) : parsed.year)
  if (!year) throw new Unprocessable('year_unknown', 'the document does not say its year: pass year')
  return year
}

/** The period the import is for when the request does not name one by id: the request's, else the document's. */
export function wantedPeriod(parsed: ParsedReport, request: ImportOptions, year: number): ParsedPeriod {
  const wanted = request.period ?? parsed.period
  if (!wanted) {
    throw new Unprocessable('period_unknown', 'the document does not say its period (一季度, 1-5月份, 全年 …): pass period or periodId')
  }
  try {
    checkPeriodRange({ year, startsOn: wanted.startsOn, endsOn: wanted.endsOn })
  } catch (error) {
    // The period is the request's period (or the document's, which the request could have sent).
    throw error instanceof Invalid ? error.within('period') : error
  }
  return wanted
}

function planPeriod(parsed: ParsedReport, existing: ImportExisting, request: ImportOptions, year: number, now: Date): PeriodPlan {
  const stored = existing.period
  const rowCount = new Set(parsed.rows.map((row) => row.seq)).size
  if (request.periodId !== undefined) {
    // The caller found the period by id (or answered 404).
    const period = stored!
    if (period.year !== year) throw new Unprocessable('year_mismatch', `period ${period.id} is in ${period.year}; the document's list is ${year}`)
    assertPeriodOpen(period)
    const header = headerChange(parsed, period, existing.cityName, rowCount, now)
    return header ? { action: 'update', period, set: { reportHeader: header } } : { action: 'unchanged', period }
  }
  const wanted = wantedPeriod(parsed, request, year)
  if (!stored) {
    const header = headerChange(parsed, { year, ...wanted, state: 'open', updatedAt: now.toISOString(), reportHeader: null }, existing.cityName, rowCount, now)
    return { action: 'create', values: { year, ...wanted, ...(header ? { reportHeader: header } : {}) } }
  }
  assertPeriodOpen(stored)
  const header = headerChange(parsed, { ...stored, ...wanted }, existing.cityName, rowCount, now)
  const sameDates = stored.kind === wanted.kind && stored.startsOn === wanted.startsOn && stored.endsOn === wanted.endsOn
  if (sameDates && !header) return { action: 'unchanged', period: stored }
  return { action: 'update', period: stored, set: {
    ...(sameDates ? {} : { kind: wanted.kind, startsOn: wanted.startsOn, endsOn: wanted.endsOn }),
    ...(header ? { reportHeader: header } : {}),
  } }
}

/**
 * The report header the period keeps once the document is imported, or null when that is what
 * it keeps already. A field the document states under its label (a site's page: 标题:, 发布机构:)
 * is kept; one it states otherwise, where it says more than the exports print now (a title,
 * office or date other than theirs, a list larger than the table, an opening with a preamble
 * of its own or of such a list), so that an export imported back changes nothing. A field the
 * document does not state stays as kept.
 */
function headerChange(parsed: ParsedReport, period: LetterheadPeriod, cityName: string, rowCount: number, now: Date): ReportHeader | null {
  const stated = parsed.header
  const kept = period.reportHeader ?? emptyHeader()
  const printed = reportLetterhead(cityName, period, now)
  const printedValue: Partial<ReportHeader> = { title: printed.title, issuingOffice: printed.office, issuedOn: printed.date }
  const listSize = stated.listSize !== null && stated.listSize > rowCount ? stated.listSize : null
  const says = (field: keyof ReportHeader): boolean => {
    if (stated[field] === null) return false
    if (parsed.headerLabelled.includes(field)) return true
    if (field === 'listSize') return listSize !== null
    if (field === 'opening') return listSize !== null || openingPreamble(stated.opening!) !== ''
    return field === 'documentNumber' || stated[field] !== printedValue[field]
  }
  // The exports print the service's text with full-width punctuation (shared/typography.ts): an
  // opening or title read back so is the one kept, not a change.
  const asKept = (field: keyof ReportHeader) => {
    const [value, keptValue] = [stated[field], kept[field]]
    return typeof value === 'string' && typeof keptValue === 'string' && chinesePunctuation(value) === chinesePunctuation(keptValue)
  }
  const header = { ...kept }
  for (const field of REPORT_HEADER_FIELDS) if (says(field) && !asKept(field)) (header as Record<string, unknown>)[field] = stated[field]
  return REPORT_HEADER_FIELDS.every((field) => header[field] === kept[field]) ? null : header
}

/** Every unit name the rows use, resolved to a unit; names no unit has become new units. */
function planLeadUnits(rows: ParsedRow[], existing: ImportExisting) {
  const refOf = new Map<string, LeadUnitRef>()
  for (const unit of existing.leadUnits) {
    for (const name of [unit.name, ...unit.aliases]) refOf.set(normalizeUnitName(name), { id: unit.id })
  }
  const creates: string[] = []
  let unchanged = 0
  // Counted once a name, as the document spells it (normalized).
  const seen = new Set<string>()
  for (const row of rows) {
    for (const name of [...row.leadUnits, ...row.supportUnits]) {
      const key = normalizeUnitName(name)
      if (seen.has(key)) continue
      seen.add(key)
      if (refOf.has(key)) {
        unchanged++
        continue
      }
      refOf.set(key, { created: creates.length })
      creates.push(name)
    }
  }
  // A cell naming one unit twice (by its name and an alias) links it once; a unit that leads does not also support.
  const refsOf = (names: string[], seen = new Set<string>()) => {
    const refs: LeadUnitRef[] = []
    for (const name of names) {
      const ref = refOf.get(normalizeUnitName(name))!
      const key = 'id' in ref ? `u${ref.id}` : `n${ref.created}`
      if (seen.has(key)) continue
      seen.add(key)
      refs.push(ref)
    }
    return refs
  }
  return { creates, unchanged, refsOf }
}

const sameUnits = (before: TaskView, lead: LeadUnitRef[], support: LeadUnitRef[]) => {
  const wanted = [...lead.map((ref) => ({ ref, role: 'lead' })), ...support.map((ref) => ({ ref, role: 'support' }))]
  return before.leadUnits.length === wanted.length &&
    wanted.every(({ ref, role }, i) => 'id' in ref && ref.id === before.leadUnits[i]!.id && role === before.leadUnits[i]!.role)
}

/** The text a task's targets are read from: its own, and the annual-target column's where the table has one. */
const targetText = (row: ParsedRow) => (row.target === '' ? row.title : `${row.title}\n${row.target}`)

/**
 * Plans a parsed report against the city's list: the period, new lead units, tasks matched
 * by (year, seq), entries matched by task in the period. Rows equal to what is stored are
 * left alone, so importing a document twice changes nothing.
 *
 * Tasks follow the document (a title or lead units changed by a person are replaced; the
 * audit trail keeps what they were). Entries do not: an entry a person changed through the
 * API since an import last wrote it (imported_version null or not its version) and that
 * differs from the document is left alone and reported as a conflict, unless the request
 * says overwrite.
 */
export function planImport(parsed: ParsedReport, existing: ImportExisting, request: ImportOptions, now = new Date()): ImportPlan {
  const year = importYear(parsed, request)
  const period = planPeriod(parsed, existing, request, year, now)
  const warnings = [...parsed.warnings]
  const rows = firstOfEachSeq(parsed, warnings)
  const units = planLeadUnits(rows, existing)
  for (const row of rows) {
    if (row.leadUnits.length === 0) {
      warnings.push({ rowNumber: row.rowNumber, line: row.line, code: 'no_lead_unit', message: `seq ${row.seq} names no lead unit` })
    }
  }

  const taskBySeq = new Map(existing.tasks.map((task) => [task.seq, task]))
  const targetsOfSeq = new Map<number, Target[]>()
  const tasks: ImportPlan['tasks'] = { creates: [], updates: [], unchanged: 0 }
  for (const row of rows) {
    const seen = new Set<string>()
    const refs = units.refsOf(row.leadUnits, seen)
    const support = units.refsOf(row.supportUnits, seen)
    const task = taskBySeq.get(row.seq)
    if (!task) {
      const targets = targetsFor(targetText(row))
      targetsOfSeq.set(row.seq, targets)
      tasks.creates.push({ seq: row.seq, title: row.title, targets, leadUnits: refs, supportUnits: support })
      continue
    }
    targetsOfSeq.set(row.seq, task.targets)
    const titleChanged = task.title !== row.title
    // A cut-off row that lost its units keeps the units the task already has.
    const unitsChanged = refs.length > 0 && !sameUnits(task, refs, support)
    if (!titleChanged && !unitsChanged) {
      tasks.unchanged++
      continue
    }
    const targets = targetsFor(targetText(row), { targets: task.targets, source: task.targetsSource })
    targetsOfSeq.set(row.seq, targets)
    tasks.updates.push({ before: task, title: row.title, targets, ...(unitsChanged ? { leadUnits: refs, supportUnits: support } : {}) })
  }

  // A new period has no entries yet.
  const entryByTask = new Map(period.action === 'create' ? [] : existing.entries.map((entry) => [entry.taskId, entry]))
  const figuresOf = (row: ParsedRow): EntryFigures => actualFor(row.progress, targetsOfSeq.get(row.seq)!)
  const entries: ImportPlan['entries'] = { creates: [], updates: [], resync: [], unchanged: 0, conflicts: [] }
  for (const row of rows) {
    // The document says no entry is published for this task (an export written before the office accepted it).
    if (row.unfiled) continue
    const text: EntryText = { status: row.status, progress: row.progress, nextSteps: row.nextSteps, remarks: row.remarks }
    const task = taskBySeq.get(row.seq)
    const entry = task && entryByTask.get(task.id)
    if (!entry) {
      entries.creates.push({ seq: row.seq, taskId: task?.id ?? null, ...text, ...figuresOf(row) })
      continue
    }
    const differ = ENTRY_FIELDS.filter((field) => entry[field] !== text[field])
    // Changed by a person since an import last wrote or confirmed it (or never imported).
    const personal = entry.importedVersion === null || entry.importedVersion !== entry.version
    if (differ.length === 0) {
      entries.unchanged++
      // The person and the document agree: the next import of a change may apply again.
      if (personal) entries.resync.push(entry.id)
      continue
    }
    if (personal && !request.overwrite) {
      entries.conflicts.push({ seq: row.seq, taskId: entry.taskId, entryId: entry.id, fields: [...differ],
        reason: entry.importedVersion === null ? 'filed_by_person' : 'changed_since_import' })
      continue
    }
    // What a person set for the figures stays; extracted figures follow the new text.
    entries.updates.push({ before: entry, text, ...(figuresSetByHand(entry) ? {} : { figures: figuresOf(row) }) })
  }

  return { year, period, leadUnits: { creates: units.creates, unchanged: units.unchanged }, tasks, entries, warnings }
}
