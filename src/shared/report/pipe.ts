/**
 * Pipe layout (a table flattened by a web page's text export): every cell on its own
 * line ending in " |". A line without the closing pipe continues the cell below it; a
 * row is as many cells as the header has, starting with a 序号.
 */
import { columnKeyOf, looksLikeHeaderCell } from './columns.js'
import { type Header, type RawRow, type ReadContext, type TableRead, checkRowCount, fitRows, headerOf, headerRun, missesCells } from './table.js'
import { compact, isBlank, oneLine, parseSeq, sectionHeading } from './text.js'

interface Cell {
  text: string
  line: number
  /** The part written on the line that closes the cell: what a header cell is tested on. */
  own: string
  endLine: number
  open: boolean
}

const TRAILING_SPACE = /[\s\u00a0\u3000]+$/
const LEADING_SPACE = /^[\s\u00a0\u3000]+/
const INNER_PIPE = /[ \t\u00a0\u3000]\|[ \t\u00a0\u3000]/

function isHeaderLine(line: string): boolean {
  const body = line.replace(TRAILING_SPACE, '')
  if (!body.endsWith('|') || !line.includes('序')) return false
  const first = body.replace(LEADING_SPACE, '').replace(/^\|/, '').split('|')[0] ?? ''
  return columnKeyOf(first) === 'seq'
}

/** The cells from a line on; a cell left open at the end of the text is cut off. */
function cellsFrom(lines: string[], start: number): Cell[] {
  const cells: Cell[] = []
  let pending: { lines: string[], line: number } | null = null
  for (let i = start; i < lines.length; i++) {
    const raw = lines[i]!
    if (isBlank(raw)) continue
    const body = raw.replace(TRAILING_SPACE, '')
    if (!body.endsWith('|')) {
      pending ??= { lines: [], line: i + 1 }
      pending.lines.push(raw)
      continue
    }
    let content = body.slice(0, -1)
    if (pending === null) content = content.replace(LEADING_SPACE, '').replace(/^\|/, '')
    const parts = content.split(INNER_PIPE)
    const own = parts[0]!
    cells.push({ text: pending ? [...pending.lines, own].join('\n') : own, own, line: pending?.line ?? i + 1, endLine: i + 1, open: false })
    for (const part of parts.slice(1)) cells.push({ text: part, own: part, line: i + 1, endLine: i + 1, open: false })
    pending = null
  }
  if (pending) {
    const text = pending.lines.join('\n')
    cells.push({ text, own: text, line: pending.line, endLine: lines.length, open: true })
  }
  return cells
}

export function readPipe(lines: string[], { warnings, maxRows, overrides }: ReadContext): TableRead | null {
  const first = lines.findIndex(isHeaderLine)
  if (first < 0) return null
  const cells = cellsFrom(lines, first)
  // Whether each cell reads as a column name, worked out once: a page of 序号 cells must
  // not make the search quadratic.
  const names: (boolean | undefined)[] = []
  const isName = (k: number) => (names[k] ??= parseSeq(cells[k]!.text) === null && looksLikeHeaderCell(cells[k]!.text))
  const keys: (ReturnType<typeof columnKeyOf> | undefined)[] = []
  const keyOf = (k: number) => (keys[k] ??= columnKeyOf(cells[k]!.text))
  let header: Header | null = null
  let headerAt = -1
  for (let c = 0; c < cells.length && !header; c++) {
    if (columnKeyOf(cells[c]!.own) !== 'seq') continue
    let end = c + 1
    let hasTask = false
    for (; end < cells.length && end - c < 16 && isName(end); end++) {
      if (keyOf(end) === 'title') hasTask = true
    }
    if (!hasTask) continue
    header = headerOf([cells[c]!.own, ...cells.slice(c + 1, end).map((cell) => cell.text)], cells[c]!.endLine, overrides)
    headerAt = c
  }
  if (!header) return null

  const width = header.columns.length
  const rows: RawRow[] = []
  let row: RawRow | null = null
  let section: string | null = null
  let cutOff = false
  const close = () => {
    if (row) rows.push(row)
    row = null
  }

  for (let c = headerAt + width; c < cells.length; c++) {
    const cell = cells[c]!
    const seq = parseSeq(cell.text)
    const current = row as RawRow | null
    if (current && current.cells.length < width) {
      // A short row followed by the next number: the row lost a cell, the next one starts.
      const currentSeq = parseSeq(current.cells[0]!)!
      if (seq === null || current.cells.length < 2 || seq <= currentSeq || seq > currentSeq + 3) {
        current.cells.push(cell.text)
        if (cell.open) cutOff = true
        continue
      }
    }
    close()
    if (seq !== null) {
      checkRowCount(rows.length + 1, maxRows)
      row = { line: cell.line, cells: [cell.text], truncated: false, section, notes: [] }
      if (cell.open) cutOff = true
      continue
    }
    if (columnKeyOf(cell.text) === 'seq') {
      // A header repeated on a later page: skip it whole.
      const run = headerRun(cells.slice(c, c + 17).map((next) => next.text))
      warnings.add('header_repeated', 'the header row appears again; it was skipped', cell.line)
      c += run.length - 1
      continue
    }
    const heading = sectionHeading(cell.text)
    if (heading !== null) {
      section = heading
      continue
    }
    if (compact(cell.text) !== '') warnings.add('unplaced_text', `a cell outside any row: ${oneLine(cell.text)}`, cell.line)
  }
  close()
  return { header, rows: fitRows(header, rows, (last) => cutOff || missesCells(header, last)) }
}
