/**
 * A lead unit's return sheet (填报表): the workbook features/return-sheets/return-sheets.workbook.ts writes for one unit
 * and one period, which the unit fills in and the office imports as that unit's entries.
 * Here, without the database: what the workbook says of itself (its identity, on a sheet no
 * one sees), which import it switches on, and what importing its rows would change.
 */
import { createHash } from 'node:crypto'
import type { LeadUnitRow, PeriodRow, ProgressEntryRow, ProgressStatus } from '../../db/database.js'
import type { TaskView } from '../tasks/tasks.service.js'
import type { ImportConflict } from '../imports/imports.schemas.js'
import { type Actual, actualFor, type Rank } from '../../shared/entryIndicators.js'
import { Unprocessable } from '../../shared/errors.js'
import { unitMayEdit } from '../../shared/values.js'
import type { GridRecord } from '../../shared/report/grid.js'
import { periodFromText } from '../../shared/report/period.js'
import { firstOfEachSeq } from '../imports/imports.plan.js'
import { type ParsedReport, type ParseWarning, ReportParseError } from '../../shared/report/types.js'

/** The name of the very hidden sheet that holds the identity; files.ts reads it, and skips it when it looks for the table. */
export const IDENTITY_SHEET = 'duban'
const KIND = 'duban return sheet'
const VERSION = 1

/**
 * The 工作评价 dropdown's words. 按序时推进 rather than the report's 序时推进: it is what the
 * offices' own return sheets offer; the import reads both.
 */
export const SHEET_STATUS_WORDS: Record<Exclude<ProgressStatus, 'not_rated'>, string> = {
  completed: '已完成', on_track: '按序时推进', behind: '未达预期',
}

/** 池州市2025年1-5月份重点工作进展情况填报表: the title above the table, which names the period as a report's does. */
export function returnSheetTitle(cityName: string, period: Pick<PeriodRow, 'year' | 'label'>): string {
  return `${cityName}${period.year}年${period.label}重点工作进展情况填报表`
}

/**
 * Whether the period the parser read above a sheet's table is the one its identity names:
 * the title written for that period, read by the same parser, gives the same (a title the
 * parser reads no period from says nothing either way).
 */
export function titleNamesPeriod(parsed: Pick<ParsedReport, 'year' | 'period'>, cityName: string, period: Pick<PeriodRow, 'year' | 'label'>): boolean {
  const written = periodFromText(returnSheetTitle(cityName, period), period.year)
  if (parsed.year !== null && parsed.year !== written.year) return false
  if (parsed.period === null || written.period === null) return true
  return parsed.period.label === written.period.label && parsed.period.startsOn === written.period.startsOn && parsed.period.endsOn === written.period.endsOn
}

/** A task on the sheet as it was written out: its entry's version then (null: none yet). */
export interface SheetTask { seq: number, taskId: number, entryVersion: number | null }

/** Which city, period and unit a return sheet is, and the entries it was made from. */
export interface ReturnSheetIdentity {
  cityCode: string
  periodId: number
  leadUnitId: number
  tasks: SheetTask[]
}

/**
 * A digest of the identity, kept beside it: a value edited by hand, or a row of another
 * sheet's identity pasted in, no longer matches. It keys nothing secret (anyone may work it
 * out again): it guards against mistakes, and the import checks the identity against what
 * is stored besides (the city, the period's title, the unit's tasks).
 */
function checkOf(identity: ReturnSheetIdentity): string {
  const tasks = identity.tasks.map((task) => `${task.seq}:${task.taskId}:${task.entryVersion ?? ''}`).join(',')
  return createHash('sha256').update(`${KIND}/${VERSION}|${identity.cityCode}|${identity.periodId}|${identity.leadUnitId}|${tasks}`).digest('hex')
}

/** The identity as the rows of its sheet: the ids by name, the digest, then one row a task. */
export function identityRows(identity: ReturnSheetIdentity): (string | number)[][] {
  return [
    [KIND, VERSION],
    ['cityCode', identity.cityCode],
    ['periodId', identity.periodId],
    ['leadUnitId', identity.leadUnitId],
    ['check', checkOf(identity)],
    ['seq', 'taskId', 'entryVersion'],
    ...identity.tasks.map((task) => [task.seq, task.taskId, task.entryVersion ?? '']),
  ]
}

const invalid = (message: string) => new ReportParseError('return_sheet_invalid', `the workbook's return-sheet identity ${message}: download the unit's sheet again`)

const idOf = (text: string | undefined, what: string) => {
  if (text === undefined || !/^[1-9]\d{0,14}$/.test(text.trim())) throw invalid(`has no valid ${what}`)
  return Number(text)
}

/** The identity the rows of the sheet state (as files.ts reads them, cells as text); a 422 when it is not whole or not as written. */
export function readIdentity(records: GridRecord[]): ReturnSheetIdentity {
  const [head, ...rows] = records.map((record) => record.cells.map((cell) => cell.trim()))
  if (head?.[0] !== KIND) throw invalid('is not one duban wrote')
  if (head[1] !== String(VERSION)) throw invalid(`is of version ${head[1] ?? 'none'}, not ${VERSION}`)
  const value = (name: string) => rows.find((cells) => cells[0] === name)?.[1]
  const cityCode = value('cityCode')
  if (cityCode === undefined || !/^\d{6}$/.test(cityCode)) throw invalid('has no valid cityCode')
  const header = rows.findIndex((cells) => cells[0] === 'seq')
  if (header < 0) throw invalid('lists no tasks')
  const tasks = rows.slice(header + 1).filter((cells) => cells.some((cell) => cell !== '')).map((cells) => ({
    seq: idOf(cells[0], 'seq'),
    taskId: idOf(cells[1], 'taskId'),
    entryVersion: cells[2] === undefined || cells[2] === '' ? null : idOf(cells[2], 'entryVersion'),
  }))
  const identity = { cityCode, periodId: idOf(value('periodId'), 'periodId'), leadUnitId: idOf(value('leadUnitId'), 'leadUnitId'), tasks }
  if (value('check') !== checkOf(identity)) throw invalid('has been changed since duban wrote it (its check does not match)')
  return identity
}

/** Where a return-sheet import files its rows: a unit's entries in a period; identity null when only the request named the unit. */
export interface ReturnSheetTarget { leadUnitId: number, periodId: number, identity: ReturnSheetIdentity | null }

/**
 * Whether an import is of a unit's return sheet, and whose: the sheet's identity says so,
 * or the request's leadUnitId (then periodId too, as a file that is not a return sheet
 * names no period of its own). When both speak they must agree, and a sheet is for its
 * city only. Null: an import of a report.
 */
export function returnSheetTarget(cityCode: string, request: { leadUnitId?: number, periodId?: number, period?: unknown },
  identity: ReturnSheetIdentity | null): ReturnSheetTarget | null {
  if (identity === null) {
    if (request.leadUnitId === undefined) return null
    if (request.periodId === undefined || request.period !== undefined) {
      throw new Unprocessable('period_unknown', 'a unit\'s entries are filed for a period it has: pass periodId with leadUnitId (a return sheet names its own)')
    }
    return { leadUnitId: request.leadUnitId, periodId: request.periodId, identity }
  }
  const mismatch = (detail: string) => new Unprocessable('return_sheet_mismatch', detail)
  if (identity.cityCode !== cityCode) throw mismatch(`the return sheet is city ${identity.cityCode}'s, not ${cityCode}'s`)
  if (request.leadUnitId !== undefined && request.leadUnitId !== identity.leadUnitId) {
    throw mismatch(`leadUnitId ${request.leadUnitId} was sent, but the return sheet is lead unit ${identity.leadUnitId}'s`)
  }
  if (request.periodId !== undefined && request.periodId !== identity.periodId) {
    throw mismatch(`periodId ${request.periodId} was sent, but the return sheet is for period ${identity.periodId}`)
  }
  if (request.period !== undefined) throw mismatch('a return sheet is for the period it names: send no period')
  return { leadUnitId: identity.leadUnitId, periodId: identity.periodId, identity }
}

/** What the unit writes of an entry, as the sheet shows it: the evaluation it proposes (else the office's, once given) and its texts. */
export interface UnitText { proposedStatus: ProgressStatus | null, progress: string, nextSteps: string, remarks: string }

/** An entry as its unit's sheet shows it, so a sheet written out and read back unchanged is equal to it. */
export function unitTextOf(entry: ProgressEntryRow): UnitText {
  const proposed = entry.proposedStatus ?? entry.status
  return {
    proposedStatus: proposed === 'not_rated' ? null : proposed,
    progress: entry.progress, nextSteps: entry.nextSteps, remarks: entry.remarks,
  }
}

const UNIT_FIELDS = ['proposedStatus', 'progress', 'nextSteps', 'remarks'] as const
/** The names the import's conflicts give the fields: the 工作评价 column is status there, as in a report. */
const CONFLICT_FIELD = { proposedStatus: 'status', progress: 'progress', nextSteps: 'nextSteps', remarks: 'remarks' } as const

/** What the parser says of a report that is as it should be on a unit's sheet. */
const EXPECTED_ON_A_SHEET = new Set(['seq_gap', 'status_missing'])

/** What is stored that a return sheet is matched against. */
export interface ReturnSheetExisting {
  period: PeriodRow
  leadUnit: Pick<LeadUnitRow, 'id' | 'name'>
  /** The tasks of the period's year the unit leads. */
  tasks: TaskView[]
  /** Their entries in the period. */
  entries: ProgressEntryRow[]
}

export interface ReturnSheetPlan {
  creates: ({ taskId: number } & UnitText & { actual: Actual | null, rank: Rank | null })[]
  /** figures undefined: a person set them, and they stay. */
  updates: { before: ProgressEntryRow, text: UnitText, figures?: { actual: Actual | null, rank: Rank | null } }[]
  unchanged: number
  conflicts: ImportConflict[]
  /** Rows matched to one of the unit's tasks. */
  matched: number
  warnings: ParseWarning[]
}

/**
 * Plans a unit's filled-in sheet against its tasks and their entries: rows are matched by
 * 序号 to the tasks the unit leads, and only entries are written, as the unit's (a draft, the
 * 工作评价 as its proposal). A row of another task, or whose title is not the task's, is
 * reported and not imported; tasks and units are never changed. An entry the unit may no
 * longer edit (submitted, accepted) is a conflict, overwrite or not; a draft or returned
 * entry changed since the sheet was written out (its version is on the sheet) is one
 * unless the request says overwrite. A row left empty files nothing.
 */
export function planReturnSheet(parsed: ParsedReport, existing: ReturnSheetExisting, options: { overwrite?: boolean, identity: ReturnSheetIdentity | null }): ReturnSheetPlan {
  // A unit's tasks are a few of the list's, so its 序号 have gaps; and it may propose no evaluation.
  const warnings = parsed.warnings.filter((warning) => !EXPECTED_ON_A_SHEET.has(warning.code))
  const rows = firstOfEachSeq(parsed, warnings)
  const taskBySeq = new Map(existing.tasks.map((task) => [task.seq, task]))
  const entryByTask = new Map(existing.entries.map((entry) => [entry.taskId, entry]))
  const versionOnSheet = new Map(options.identity?.tasks.map((task) => [task.taskId, task.entryVersion]))
  const plan: ReturnSheetPlan = { creates: [], updates: [], unchanged: 0, conflicts: [], matched: 0, warnings }
  const { year } = existing.period
  for (const row of rows) {
    const warn = (code: string, message: string) => warnings.push({ rowNumber: row.rowNumber, line: row.line, code, message })
    const task = taskBySeq.get(row.seq)
    if (!task) {
      warn('not_unit_task', `序号 ${row.seq} is not a task ${existing.leadUnit.name} leads on the ${year} list; the row was not imported`)
      continue
    }
    if (row.title !== task.title) {
      warn('title_differs', `the row's task text is not that of task ${row.seq} (「${task.title.slice(0, 30)}」); the row was not imported`)
      continue
    }
    plan.matched++
    const text: UnitText = {
      proposedStatus: row.status === 'not_rated' ? null : row.status, progress: row.progress, nextSteps: row.nextSteps, remarks: row.remarks,
    }
    const entry = entryByTask.get(task.id)
    if (!entry) {
      if (text.proposedStatus === null && text.progress === '' && text.nextSteps === '' && text.remarks === '') {
        warn('row_not_filled', `task ${row.seq} is not filled in; no entry was filed`)
        plan.unchanged++
        continue
      }
      plan.creates.push({ taskId: task.id, ...text, ...actualFor(text.progress, task.targets) })
      continue
    }
    const stored = unitTextOf(entry)
    const differ = UNIT_FIELDS.filter((field) => stored[field] !== text[field])
    if (differ.length === 0) {
      plan.unchanged++
      continue
    }
    const onSheet = versionOnSheet.get(task.id)
    // Changed through the API since the sheet was written out (a sheet that did not list the task cannot say).
    const changedSince = onSheet !== undefined && onSheet !== entry.version
    if (!unitMayEdit(entry.state) || (changedSince && !options.overwrite)) {
      plan.conflicts.push({
        seq: row.seq, taskId: task.id, entryId: entry.id, fields: differ.map((field) => CONFLICT_FIELD[field]),
        reason: entry.importedVersion === null ? 'filed_by_person' : 'changed_since_import', entryState: entry.state,
      })
      continue
    }
    plan.updates.push({ before: entry, text, ...(entry.indicatorsSource === 'manual' ? {} : { figures: actualFor(text.progress, task.targets) }) })
  }
  return plan
}
