/** Raw cells to rows: numbers, statuses, units, and a warning for everything out of place. */
import { type OwnStatusWords, percentageOf, statusOf } from './columns.js'
import { STANDING_WORDS } from '../values.js'
import { type Header, type RawRow, type WarningList, columnIndex } from './table.js'
import { cleanCell, oneLine, parseSeq } from './text.js'
import type { ColumnKey, ParsedReport, ParsedRow, ParsedStatus, ParseWarning } from './types.js'
import { type KnownUnits, readLeadUnits } from './units.js'

/** from…to as "5" or "5, 6, 7" or "5–90". */
function listed(from: number, to: number): string {
  if (to - from >= 5) return `${from}–${to}`
  return Array.from({ length: to - from + 1 }, (_, k) => from + k).join(', ')
}

/** Roles an entry has no field for: their cells go in its remarks, under the column's header. */
const KEPT_ROLES = new Set<ColumnKey>(['problems', 'deadline', 'target', 'leader', 'previousProgress'])

/** The text of a row's last cell that has any. */
function lastCell(row: RawRow): string {
  for (let c = row.cells.length - 1; c >= 0; c--) if (cleanCell(row.cells[c]) !== '') return cleanCell(row.cells[c])
  return ''
}

export function buildRows(header: Header, raw: RawRow[], known: KnownUnits, warnings: WarningList, own?: OwnStatusWords): ParsedRow[] {
  const at = {
    seq: columnIndex(header, 'seq'),
    title: columnIndex(header, 'title'),
    leadUnits: columnIndex(header, 'leadUnits'),
    supportUnits: columnIndex(header, 'supportUnits'),
    status: columnIndex(header, 'status'),
    progress: columnIndex(header, 'progress'),
    nextSteps: columnIndex(header, 'nextSteps'),
    remarks: columnIndex(header, 'remarks'),
    target: columnIndex(header, 'target'),
  }
  // Columns with no entry field of their own: kept in the remarks, each under its header.
  const kept = header.columns.map((column, c) => ({ column, c })).filter(({ column }) => column.key === null || KEPT_ROLES.has(column.key))
  const cell = (row: RawRow, index: number) => (index < 0 ? '' : cleanCell(row.cells[index]))
  const seen = new Set<number>()
  let previous: number | null = null

  return raw.map((row, i) => {
    const rowNumber = i + 1
    const warn = (code: string, message: string, line = row.line) => warnings.add(code, message, line, rowNumber)
    const seq = parseSeq(row.cells[at.seq] ?? '') ?? 0

    if (seen.has(seq)) warn('seq_duplicate', `序号 ${seq} appears more than once`)
    else if (previous !== null && seq > previous + 1) {
      warn('seq_gap', `序号 ${previous} is followed by ${seq}; no row for ${listed(previous + 1, seq - 1)}`)
    } else if (previous !== null && seq < previous) warn('seq_order', `序号 ${seq} comes after ${previous}`)
    seen.add(seq)
    previous = seq

    for (const note of row.notes) warn(note.code, note.message, note.line)

    const title = cell(row, at.title)
    const units = readLeadUnits(at.leadUnits < 0 ? undefined : row.cells[at.leadUnits], known)
    const support = readLeadUnits(at.supportUnits < 0 ? undefined : row.cells[at.supportUnits], known)
    const statusCell = cell(row, at.status)
    const progress = cell(row, at.progress)
    let status: ParsedStatus = 'not_rated'
    const remarks = [cell(row, at.remarks)]
    const unfiled = at.status >= 0 && (Object.values(STANDING_WORDS) as string[]).includes(statusCell)
    if (at.status >= 0 && statusCell !== '' && !unfiled) {
      const read = statusOf(statusCell, own) ?? percentageOf(statusCell, own)?.status
      if (read) status = read
      else if (percentageOf(statusCell) !== null) remarks.push(`${header.columns[at.status]!.title}：${statusCell}`)
      else warn('status_unknown', `「${oneLine(statusCell, 20)}」is not one of 已完成 / 序时推进 / 未达预期 or the city's status words; the row is not rated`)
    }
    // No status cell: a progress that opens with a percentage and a status word (80%（进度滞后）…) states it.
    if (status === 'not_rated' && !unfiled && statusCell === '') {
      const read = percentageOf(progress, own)?.status
      if (read) status = read
    }
    for (const { column, c } of kept) {
      const text = cleanCell(row.cells[c])
      if (text !== '') remarks.push(`${column.title}：${text}`)
    }
    if (row.truncated) {
      for (const name of units.unrecognised) warn('lead_unit_cut_off', `「${name}」is where the document ends and reads as no unit name; it was left out`)
    }
    const leadUnits = row.truncated ? units.units.filter((name) => !units.unrecognised.includes(name)) : units.units

    if (row.truncated) {
      const present = header.columns.filter((_, c) => row.cells[c] !== undefined).map((column) => column.title)
      warn('row_truncated', present.length === header.columns.length
        ? `the document ends inside row ${seq}: its last cell「${oneLine(lastCell(row), 20)}」is cut off; check it against the source`
        : `the document ends inside row ${seq}; it has only ${present.join('、')}`)
    } else {
      if (title === '') warn('title_missing', `row ${seq} has no task text`)
      if (at.leadUnits >= 0 && units.units.length === 0) warn('lead_units_missing', `row ${seq} names no lead unit`)
      if (at.status >= 0 && statusCell === '') warn('status_missing', `row ${seq} has no 工作评价; it is not rated`)
      const missing = header.columns
        .filter((column, c) => row.cells[c] === undefined && column.key !== 'remarks' && column.key !== 'leadUnits' && column.key !== 'status' &&
          column.key !== 'title' && column.key !== 'supportUnits')
        .map((column) => column.title)
      if (missing.length > 0) warn('row_short', `row ${seq} has no cell for ${missing.join('、')}`)
    }
    for (const name of row.truncated ? [] : [...units.unrecognised, ...support.unrecognised]) {
      warn('lead_unit_unrecognised', `「${name}」does not read as a unit name; check how the cell splits`)
    }

    const other: Record<string, string> = {}
    header.columns.forEach((column, c) => {
      if (column.key === null && row.cells[c] !== undefined) other[column.title] = cleanCell(row.cells[c])
    })

    return {
      rowNumber,
      line: row.line,
      seq,
      title,
      leadUnits,
      supportUnits: support.units.filter((name) => !leadUnits.includes(name)),
      status,
      progress,
      nextSteps: cell(row, at.nextSteps),
      remarks: remarks.filter((text) => text !== '').join('\n'),
      target: cell(row, at.target),
      truncated: row.truncated,
      section: row.section,
      other,
      ...(unfiled ? { unfiled } : {}),
    }
  })
}

/** A seq the document repeats is imported once, from its first row; the rest are reported. */
export function firstOfEachSeq(parsed: ParsedReport, warnings: ParseWarning[]): ParsedRow[] {
  const bySeq = new Map<number, ParsedRow>()
  for (const row of parsed.rows) {
    const first = bySeq.get(row.seq)
    if (first) {
      warnings.push({ rowNumber: row.rowNumber, line: row.line, code: 'duplicate_seq_skipped',
        message: `row ${row.rowNumber} repeats seq ${row.seq} of row ${first.rowNumber}; only the first was imported` })
      continue
    }
    bySeq.set(row.seq, row)
  }
  return [...bySeq.values()]
}
