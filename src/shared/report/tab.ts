/**
 * Tab layout (a table copied out of a spreadsheet or a browser): one row per line, cells
 * separated by tabs, blank lines between groups of rows. A cell holding a line break
 * continues on the next line, which then does not start with a 序号.
 */
import { columnKeyOf } from './columns.js'
import { continueRow } from './grid.js'
import { firstNumberedRecord, headerFromContent } from './headerless.js'
import { type Header, type RawRow, type ReadContext, type TableRead, checkRowCount, fitRows, headerOf, missesCells } from './table.js'
import { compact, isBlank, isFooter, oneLine, parseSeq, sectionHeading } from './text.js'

function findHeader(lines: string[], overrides: ReadContext['overrides']): { header: Header, offset: number } | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (!line.includes('\t') || !line.includes('序')) continue
    const cells = line.split('\t')
    const offset = cells.findIndex((cell) => !isBlank(cell))
    if (offset < 0 || columnKeyOf(cells[offset]!) !== 'seq') continue
    const titles = cells.slice(offset)
    while (titles.length > 0 && isBlank(titles[titles.length - 1]!)) titles.pop()
    const header = headerOf(titles.slice(0, 16), i + 1, overrides)
    if (header) return { header, offset }
  }
  return null
}

/** A tab table with no header row (a page continuing an earlier one): its columns read from what its rows' cells say. */
function headerlessStart(lines: string[], known: ReadContext['known'], overrides: ReadContext['overrides']): { header: Header, offset: number } | null {
  const records = lines.map((line) => ({ cells: line.includes('\t') ? line.split('\t') : [] }))
  const first = firstNumberedRecord(records)
  if (first === null) return null
  const numbered = records.slice(first.index).map((record) => record.cells.slice(first.offset)).filter((cells) => parseSeq(cells[0] ?? '') !== null)
  const header = headerFromContent(numbered, first.index + 1, known, overrides)
  return header === null ? null : { header, offset: first.offset }
}

export function readTab(lines: string[], { warnings, maxRows, overrides, known }: ReadContext): TableRead | null {
  const found = findHeader(lines, overrides) ?? headerlessStart(lines, known, overrides)
  if (!found) return null
  const { header, offset } = found
  const rows: RawRow[] = []
  let row: RawRow | null = null
  let section: string | null = null

  // The line after the header row; a headerless table's first row is its header line.
  for (let i = header.headerless ? header.line - 1 : header.line; i < lines.length; i++) {
    const line = lines[i]!
    if (isBlank(line)) continue
    let cells = line.split('\t')
    // The header was indented by empty cells: so are the rows.
    if (offset > 0 && cells.slice(0, offset).every(isBlank)) cells = cells.slice(offset)
    while (cells.length > 1 && isBlank(cells[cells.length - 1]!)) cells.pop()
    const first = cells[0]!

    if (columnKeyOf(first) === 'seq' && cells.length > 1) {
      warnings.add('header_repeated', 'the header row appears again; it was skipped', i + 1)
      continue
    }
    if (parseSeq(first) !== null) {
      if (row) rows.push(row)
      checkRowCount(rows.length + 1, maxRows)
      row = { line: i + 1, cells, truncated: false, section, notes: [] }
      continue
    }
    const heading = cells.length === 1 ? sectionHeading(first) : null
    if (heading !== null) {
      if (row) rows.push(row)
      row = null
      section = heading
      continue
    }
    if (isFooter(first)) {
      // The web page's footer: the table is over.
      for (let j = i; j < lines.length; j++) {
        if (!isBlank(lines[j]!)) warnings.add('unplaced_text', `text after the table: ${oneLine(lines[j]!)}`, j + 1)
      }
      break
    }
    if (row && cells.length > 1 && isBlank(first)) {
      continueRow(row, cells, i + 1)
      continue
    }
    if (row) {
      // A line break inside a cell: this line carries on the row's last cell.
      const last = row.cells.length - 1
      row.cells[last] = `${row.cells[last] ?? ''}\n${first}`
      row.cells.push(...cells.slice(1))
      continue
    }
    if (compact(line) !== '') warnings.add('unplaced_text', `text outside any row: ${oneLine(line)}`, i + 1)
  }
  if (row) rows.push(row)
  return { header, rows: fitRows(header, rows, (last) => missesCells(header, last)) }
}
