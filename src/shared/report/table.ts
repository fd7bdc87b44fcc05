/** What each layout reader hands to the row builder: a header and rows of raw cells. */
import { columnKeyOf, looksLikeHeaderCell } from './columns.js'
import { cleanCell, oneLine, parseSeq } from './text.js'
import { type ColumnKey, type ParseWarning, ReportParseError } from './types.js'

export interface HeaderColumn {
  /** null for a column with no field of ours (配合单位 …), or a second column of the same kind. */
  key: ColumnKey | null
  title: string
}

export interface Header {
  line: number
  columns: HeaderColumn[]
}

export interface RowNote {
  code: string
  message: string
  line: number
}

export interface RawRow {
  line: number
  /** Aligned with the header's columns; undefined where the row has no cell at all. */
  cells: (string | undefined)[]
  truncated: boolean
  section: string | null
  notes: RowNote[]
}

export interface TableRead {
  header: Header
  rows: RawRow[]
}

/** The header a run of cells spells, or null without both a 序号 and a task column. */
export function headerOf(titles: string[], line: number): Header | null {
  const taken = new Set<ColumnKey>()
  const columns = titles.map((raw) => {
    const title = oneLine(raw, 40)
    let key = columnKeyOf(raw)
    if (key !== null && taken.has(key)) key = null
    if (key !== null) taken.add(key)
    return { key, title }
  })
  if (columns[0]?.key !== 'seq' || !taken.has('title')) return null
  return { line, columns }
}

/** Cells after 序号 that still read as column names: the header's extent. */
export function headerRun(cells: string[]): string[] {
  const run: string[] = []
  for (const cell of cells) {
    if (run.length > 0 && (parseSeq(cell) !== null || !looksLikeHeaderCell(cell))) break
    run.push(cell)
    if (run.length >= 16) break
  }
  return run
}

/**
 * A reader calls this with its count of rows each time it starts one: past `max` the document
 * is refused at once, so a table larger than an import takes is never read whole.
 */
export function checkRowCount(count: number, max = Infinity): void {
  if (count > max) throw new ReportParseError('too_many_rows', `the table has more than ${max} rows; an import takes at most ${max}: split the document`)
}

export function columnIndex(header: Header, key: ColumnKey): number {
  return header.columns.findIndex((column) => column.key === key)
}

/**
 * Rows with more cells than the header keep the extra text in their last column, with a
 * note; a final row missing cells other than 备注 is cut off.
 */
export function fitRows(header: Header, rows: RawRow[], lastRowCutOff: (row: RawRow) => boolean): RawRow[] {
  const width = header.columns.length
  for (const row of rows) {
    if (row.cells.length <= width) continue
    const extra = row.cells.slice(width).map((cell) => cleanCell(cell)).filter((cell) => cell !== '')
    row.cells.length = width
    if (extra.length === 0) continue
    row.cells[width - 1] = [row.cells[width - 1] ?? '', ...extra].join('\n')
    row.notes.push({ code: 'row_extra_cells', line: row.line, message: `${extra.length} cell(s) beyond the header's ${width} columns were added to「${header.columns[width - 1]!.title}」: ${oneLine(extra.join(' '))}` })
  }
  const last = rows[rows.length - 1]
  if (last && lastRowCutOff(last)) last.truncated = true
  return rows
}

/** Whether a row lacks a cell for a column other than 备注 (remarks are often left off). */
export function missesCells(header: Header, row: RawRow): boolean {
  return header.columns.some((column, i) => row.cells[i] === undefined && column.key !== 'remarks')
}

const WARNINGS_PER_CODE = 200

/** Warnings in document order, at most a few hundred of one kind; the rest are counted. */
export class WarningList {
  readonly items: ParseWarning[] = []
  private readonly counts = new Map<string, number>()

  add(code: string, message: string, line: number | null, rowNumber: number | null = null): void {
    const count = (this.counts.get(code) ?? 0) + 1
    this.counts.set(code, count)
    if (count <= WARNINGS_PER_CODE) this.items.push({ rowNumber, line, code, message })
  }

  done(): ParseWarning[] {
    for (const [code, count] of this.counts) {
      if (count > WARNINGS_PER_CODE) {
        this.items.push({ rowNumber: null, line: null, code: 'warnings_suppressed', message: `${count - WARNINGS_PER_CODE} more warnings of kind ${code} were left out` })
      }
    }
    return this.items
  }
}
