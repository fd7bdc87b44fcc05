/** What each layout reader hands to the row builder: a header and rows of raw cells. */
import { looksLikeHeaderCell } from './columns.js'
import { cleanCell, compact, oneLine, parseSeq, toAsciiDigits } from './text.js'
import { type ColumnKey, type ParseWarning, ReportParseError } from './types.js'
import type { KnownUnits } from './units.js'
import { continuesHeading, headerWordOf, secondRoleOf } from './vocabulary.js'

export interface HeaderColumn {
  /** null for a column with no role (its cells are kept under its title), or a third of a kind. */
  key: ColumnKey | null
  title: string
  /** The vocabulary word that decided the role; null when none did or the request set it. */
  word: string | null
  /** The request set the role (ParseOptions.columnRoles). */
  overridden?: boolean
}

export interface Header {
  /** The header row's line; of a table with no header row, its first row's. */
  line: number
  columns: HeaderColumn[]
  /** The table has no header row: its columns are named by position and their roles read from their cells (headerless.ts). */
  headerless?: boolean
}

/** What every layout reader is given. */
export interface ReadContext {
  warnings: WarningList
  known: KnownUnits
  maxRows?: number
  /** Roles the request gives columns, by header title: they win over the vocabulary. */
  overrides?: Record<string, ColumnKey | 'other'>
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

/** One heading split over two lines or paragraphs (牵头责任 / 单位) put back together. */
function joinedHeadings(titles: string[]): string[] {
  const joined: string[] = []
  for (const title of titles) {
    const previous = joined[joined.length - 1]
    if (previous !== undefined && joined.length > 1 && continuesHeading(previous, title)) joined[joined.length - 1] = compact(previous) + compact(title)
    else joined.push(title)
  }
  return joined
}

// The last month a heading's period reaches: 1-11月推进情况 is later than 1-10月推进情况.
const monthReached = (title: string): number | null => {
  const text = toAsciiDigits(compact(title))
  if (/全年|年度/.test(text)) return 12
  if (/前三季度/.test(text)) return 9
  if (/上半年/.test(text)) return 6
  const quarter = /([一二三四])季度/.exec(text)
  if (quarter) return '一二三四'.indexOf(quarter[1]!) * 3 + 3
  const months = [...text.matchAll(/(\d{1,2})月/g)].map((match) => Number(match[1]))
  return months.length > 0 ? months[months.length - 1]! : null
}

/**
 * The header a run of cells spells, or null without both a 序号 and a task column. Each
 * column's role comes from the vocabulary (vocabulary.ts) unless the request gives it one; a
 * second column of a role takes the role such a column has (secondRoleOf), a third none. Of
 * two progress columns, the one whose heading reaches later in the year is the period's.
 */
export function headerOf(titles: string[], line: number, overrides: ReadContext['overrides'] = {}): Header | null {
  const taken = new Set<ColumnKey>()
  const columns: HeaderColumn[] = joinedHeadings(titles).map((raw) => {
    const title = oneLine(raw, 40)
    if (Object.hasOwn(overrides, title)) {
      const role = overrides[title]!
      const key = role === 'other' || taken.has(role) ? null : role
      if (key !== null) taken.add(key)
      return { key, title, word: null, overridden: true }
    }
    const found = headerWordOf(raw)
    let key = found?.role ?? null
    if (key !== null && taken.has(key)) key = secondRoleOf(key, found!.word)
    if (key !== null && taken.has(key)) key = null
    if (key !== null) taken.add(key)
    return { key, title, word: found?.word ?? null }
  })
  // A table whose only task column is headed as the annual target (全年目标任务) lists tasks by it.
  const target = columns.find((column) => column.key === 'target')
  if (!taken.has('title') && target && !target.overridden) {
    target.key = 'title'
    taken.add('title')
  }
  const progress = columns.find((column) => column.key === 'progress')
  const earlier = columns.find((column) => column.key === 'previousProgress')
  if (progress && earlier && !progress.overridden && !earlier.overridden) {
    const [now, before] = [monthReached(progress.title), monthReached(earlier.title)]
    if (now !== null && before !== null && before > now) [progress.key, earlier.key] = ['previousProgress', 'progress']
  }
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
  return header.columns.some((column, i) => row.cells[i] === undefined && column.key !== 'remarks' && column.key !== 'supportUnits')
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
