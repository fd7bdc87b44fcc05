/**
 * A lead unit's return sheet (填报表): the workbook features/return-sheets/return-sheets.workbook.ts writes for one unit
 * and one period, which the unit fills in and the office imports as that unit's entries.
 * Here, without the database: what the workbook says of itself (its identity, on a sheet no
 * one sees), which import it switches on, and what importing its rows would change.
 */
import type { LeadUnitRow, PeriodRow, ProgressEntryRow, ProgressStatus } from '../../db/database.js'
import type { TaskView } from '../tasks/tasks.service.js'
import type { ImportConflict } from '../imports/imports.schemas.js'
import { type Actual, actualFor, type Rank, figuresSetByHand } from '../../shared/entryIndicators.js'
import { Unprocessable } from '../../shared/errors.js'
import { unitMayEdit } from '../../shared/values.js'
import { type ReturnSheetIdentity } from '../../shared/report/returnSheet.js'
import { firstOfEachSeq } from '../../shared/report/rows.js'
import type { ParsedReport, ParseWarning } from '../../shared/report/types.js'

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
    plan.updates.push({ before: entry, text, ...(figuresSetByHand(entry) ? {} : { figures: actualFor(text.progress, task.targets) }) })
  }
  return plan
}
