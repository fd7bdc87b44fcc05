/**
 * Layouts whose records are explicit, as duban's own exports write them: CSV (RFC 4180,
 * optional BOM, quoted cells may hold line breaks) and Markdown tables (cells between
 * pipes, \| for a pipe in a cell, <br> for a line break).
 */
import { columnKeyOf } from './columns.js'
import { firstNumberedRecord, headerFromContent } from './headerless.js'
import { checkRowCount, fitRows, type Header, headerOf, missesCells, type RawRow, type ReadContext, type TableRead } from './table.js'
import { isBlank, oneLine, parseSeq, sectionHeading } from './text.js'

/** A record of cells, with the line (or the sheet's row) it starts on. */
export interface GridRecord { line: number, cells: string[] }

/** RFC 4180 records, each with the line it starts on. Linear in the text. */
function csvRecords(text: string): GridRecord[] {
  const records: GridRecord[] = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let start = 1
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++ } else if (c === '"') quoted = false
      else { if (c === '\n') line++; cell += c }
      continue
    }
    if (c === '"' && cell === '') quoted = true
    else if (c === ',') { cells.push(cell); cell = '' } else if (c === '\r') continue
    else if (c === '\n') {
      cells.push(cell)
      records.push({ line: start, cells })
      cells = []
      cell = ''
      line++
      start = line
    } else cell += c
  }
  if (cell !== '' || cells.length > 0) { cells.push(cell); records.push({ line: start, cells }) }
  return records
}

const MD_SEPARATOR = /^:?-{3,}:?$/

/** The rows of Markdown tables; other lines are left out (they are the preamble). */
function markdownRecords(lines: string[]): GridRecord[] {
  const records: GridRecord[] = []
  lines.forEach((raw, i) => {
    const line = raw.trim()
    if (!line.startsWith('|')) return
    const cells: string[] = []
    let cell = ''
    for (let j = 1; j < line.length; j++) {
      const c = line[j]!
      if (c === '\\' && (line[j + 1] === '|' || line[j + 1] === '\\')) { cell += line[j + 1]; j++ } else if (c === '|') { cells.push(cell); cell = '' } else cell += c
    }
    if (cell.trim() !== '') cells.push(cell)
    const trimmed = cells.map((value) => value.trim().replace(/<br\s*\/?>/gi, '\n'))
    if (trimmed.every((value) => MD_SEPARATOR.test(value))) return
    records.push({ line: i + 1, cells: trimmed })
  })
  return records
}

/** Which grid a document is, from its header record: null when it is neither. */
export function detectGrid(lines: string[]): 'csv' | 'markdown' | null {
  for (const raw of lines) {
    const line = raw.replace(/^\ufeff/, '').trim()
    if (/^\|\s*序号\s*\|/.test(line)) return 'markdown'
    if (/^"?序号"?,/.test(line)) return 'csv'
  }
  return null
}

export function readGrid(kind: 'csv' | 'markdown', text: string, lines: string[], context: ReadContext): TableRead | null {
  return readRecords(kind === 'csv' ? csvRecords(text.replace(/^\ufeff/, '')) : markdownRecords(lines), context, false)
}

/**
 * The table in a list of records: headed by the first record whose first non-empty cell is
 * 序号 (the cells before it, empty in every row, are left out), then a row per record that
 * starts with a 序号. A record holding only a section heading (一、… / （一）…) names the
 * section of the rows under it. Used for CSV and Markdown, and for the cells of a workbook or
 * a Word table (import/files.ts), which are whole: none is cut off inside its last row.
 */
export function readRecords(records: GridRecord[], { warnings, maxRows, overrides, known }: ReadContext, whole = false): TableRead | null {
  let at = -1
  let offset = 0
  let header: Header | null = null
  for (let i = 0; i < records.length && header === null; i++) {
    const cells = records[i]!.cells
    offset = cells.findIndex((cell) => !isBlank(cell))
    if (offset < 0 || columnKeyOf(cells[offset]!) !== 'seq') continue
    const titles = cells.slice(offset).map((cell) => cell.trim())
    while (titles.length > 0 && titles[titles.length - 1] === '') titles.pop()
    header = headerOf(titles, records[i]!.line, overrides)
    at = i
  }
  if (header === null) {
    // No header row: a page that continues a table, read by what its cells say.
    const first = firstNumberedRecord(records)
    if (first === null) return null
    offset = first.offset
    const numbered = records.slice(first.index).map((record) => record.cells.slice(offset)).filter((cells) => parseSeq(cells[0] ?? '') !== null)
    header = headerFromContent(numbered, records[first.index]!.line, known, overrides)
    if (header === null) return null
    at = first.index - 1
  }
  const rows: RawRow[] = []
  let section: string | null = null
  for (const record of records.slice(at + 1)) {
    const cells = offset > 0 && record.cells.slice(0, offset).every(isBlank) ? record.cells.slice(offset) : record.cells
    if (cells.every(isBlank)) continue
    if (parseSeq(cells[0] ?? '') !== null) {
      checkRowCount(rows.length + 1, maxRows)
      // A sheet or a Word table stores no empty cells at a row's end: they are empty, not missing.
      while (whole && cells.length < header.columns.length) cells.push('')
      rows.push({ line: record.line, cells, truncated: false, section, notes: [] })
      continue
    }
    const filled = cells.filter((cell) => !isBlank(cell))
    const heading = filled.length === 1 ? sectionHeading(filled[0]!) : null
    const previous = rows[rows.length - 1]
    if (heading !== null) {
      section = heading
    } else if (previous !== undefined && cells.length > 1 && isBlank(cells[0] ?? '')) {
      // No number, cells under the row's columns: the row goes on (a task's text continued on the next line).
      continueRow(previous, cells, record.line)
    } else if (columnKeyOf(cells[0] ?? '') === 'seq') {
      warnings.add('header_repeated', 'the header row appears again; it was skipped', record.line)
    } else {
      warnings.add('unplaced_text', `a row without a 序号: ${oneLine(cells.join(' '))}`, record.line)
    }
  }
  return { header, rows: fitRows(header, rows, (last) => !whole && missesCells(header, last)) }
}

/** A record with an empty 序号 cell carries on the row above, column by column; a note says so. */
export function continueRow(row: RawRow, cells: string[], line: number): void {
  cells.forEach((cell, c) => {
    if (c === 0 || isBlank(cell)) return
    const before = row.cells[c]
    row.cells[c] = before === undefined || isBlank(before) ? cell : `${before}\n${cell}`
  })
  row.notes.push({ code: 'continuation_joined', line, message: `a line with no 序号 was read as row ${oneLine(row.cells[0] ?? '', 8)} going on: ${oneLine(cells.filter((cell) => !isBlank(cell)).join(' '))}` })
}
