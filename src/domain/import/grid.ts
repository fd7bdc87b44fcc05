/**
 * Layouts whose records are explicit, as duban's own exports write them: CSV (RFC 4180,
 * optional BOM, quoted cells may hold line breaks) and Markdown tables (cells between
 * pipes, \| for a pipe in a cell, <br> for a line break).
 */
import { columnKeyOf } from './columns.js'
import { fitRows, headerOf, missesCells, type RawRow, type TableRead, type WarningList } from './table.js'
import { isBlank, oneLine, parseSeq } from './text.js'

interface GridRecord { line: number, cells: string[] }

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

export function readGrid(kind: 'csv' | 'markdown', text: string, lines: string[], warnings: WarningList): TableRead | null {
  const records = kind === 'csv' ? csvRecords(text.replace(/^\ufeff/, '')) : markdownRecords(lines)
  const at = records.findIndex((record) => columnKeyOf(record.cells[0] ?? '') === 'seq')
  if (at < 0) return null
  const header = headerOf(records[at]!.cells.map((cell) => cell.trim()), records[at]!.line)
  if (!header) return null
  const rows: RawRow[] = []
  for (const record of records.slice(at + 1)) {
    if (record.cells.every(isBlank)) continue
    if (parseSeq(record.cells[0] ?? '') === null) {
      warnings.add('unplaced_text', `a row without a 序号: ${oneLine(record.cells.join(' '))}`, record.line)
      continue
    }
    rows.push({ line: record.line, cells: record.cells, truncated: false, section: null, notes: [] })
  }
  return { header, rows: fitRows(header, rows, (last) => missesCells(header, last)) }
}
