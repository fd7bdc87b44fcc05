/**
 * Reading a published progress report (重点工作任务 … 进展情况) into rows a city can
 * import: which layout it uses, where its table starts, which column is which, the year
 * and period its title states, and a warning for everything that does not fit.
 * Pure: no database, no I/O. Any text is safe input; the work is linear in its length.
 */
import { detectGrid, type GridRecord, readGrid, readRecords } from './grid.js'
import { detectLayout } from './layout.js'
import { readParagraphs } from './paragraph.js'
import { periodFromText } from './period.js'
import { readPipe } from './pipe.js'
import { buildRows } from './rows.js'
import { ownStatusWords } from './columns.js'
import { readTab } from './tab.js'
import { refitShortRows } from './fit.js'
import { headerlessMessage } from './headerless.js'
import { detectLineLayout, readLines } from './lines.js'
import { type TableRead, WarningList } from './table.js'
import { isBlank, splitLines } from './text.js'
import { LAYOUTS } from '../values.js'
import { type ColumnKey, type Layout, type ParseOptions, type ParsedReport, ReportParseError } from './types.js'
import { knownUnits } from './units.js'
import { readReportHeader } from '../reportHeader.js'
import { JOINERS } from '../typography.js'

export type { ColumnKey, Layout, ParsedPeriod, ParsedReport, ParsedRow, ParsedStatus, ParseOptions, ParseWarning, PeriodKind } from './types.js'
export { ReportParseError } from './types.js'
export { periodFromText } from './period.js'
export { splitLeadUnits } from './units.js'

const LAYOUT_NAMES: Record<Layout, string> = {
  pipe: 'pipe layout (each cell on its own line ending in " |")',
  tab: 'tab layout (one row per line, cells separated by tabs)',
  paragraph: 'paragraph layout (each cell its own paragraph)',
  csv: 'CSV (a header row starting 序号,)',
  markdown: 'a Markdown table (a header row | 序号 | …)',
  spaced: 'spaced layout (one row per line, cells separated by spaces)',
  glued: 'glued layout (one row per line, cells written together)',
}

export function parseReport(text: string, options: ParseOptions = {}): ParsedReport {
  if (typeof text !== 'string') throw new ReportParseError('no_table', 'the document is not text')
  if (options.layout !== undefined && !LAYOUTS.includes(options.layout)) {
    throw new ReportParseError('unknown_layout', `layout must be one of ${LAYOUTS.join(', ')}`)
  }
  const lines = splitLines(text)
  const known = knownUnits(options.knownUnitNames)
  let warnings = new WarningList()
  const read = (as: Layout): TableRead | null => {
    warnings = new WarningList()
    const context = { warnings, known, maxRows: options.maxRows, overrides: options.columnRoles }
    switch (as) {
      case 'pipe': return readPipe(lines, context)
      case 'tab': return readTab(lines, context)
      case 'paragraph': return readParagraphs(lines, context)
      case 'csv': case 'markdown': return readGrid(as, text, lines, context)
      case 'spaced': case 'glued': return readLines(as, lines, context)
    }
  }
  let layout = options.layout ?? detectGrid(lines) ?? detectLineLayout(lines) ?? detectLayout(lines) ?? 'paragraph'
  let table = read(layout)
  // A detected layout that finds no header gives way to the others; a forced one does not.
  for (const other of LAYOUTS) {
    if (table !== null || options.layout !== undefined) break
    if (other === layout) continue
    table = read(other)
    if (table !== null) layout = other
  }
  if (table === null) {
    const where = options.layout !== undefined ? ` in ${LAYOUT_NAMES[options.layout]}` : ''
    throw new ReportParseError('no_table', `no table found${where}: no header row with 序号 followed by a task column (重点工作任务 / 主要任务 / 工作任务)`)
  }
  return reportOf(layout, table, lines.slice(0, table.header.line - 1), known, warnings, options)
}

/** A table read from a file: the text above it (the title names the period) and its records. */
export interface RecordTable {
  preamble: string[]
  records: GridRecord[]
}

/**
 * The report in the tables of a workbook or a Word document (import/files.ts), read as its
 * cells: the first table with a header row is the report's, and the text of everything before
 * it (other sheets, the title paragraphs) is where its period is stated.
 */
export function parseRecordTables(tables: RecordTable[], options: ParseOptions = {}): ParsedReport {
  const known = knownUnits(options.knownUnitNames)
  const before: string[] = []
  for (const { preamble, records } of tables) {
    const warnings = new WarningList()
    const table = readRecords(records, { warnings, known, maxRows: options.maxRows, overrides: options.columnRoles }, true)
    if (table !== null) {
      const above = records.filter((record) => record.line < table.header.line).map((record) => record.cells.filter((cell) => !isBlank(cell)).join(' '))
      return reportOf('csv', table, [...before, ...preamble, ...above], known, warnings, options)
    }
    before.push(...preamble, ...records.map((record) => record.cells.join(' ')))
  }
  throw new ReportParseError('no_table', 'no table found in the file: no header row with 序号 followed by a task column (重点工作任务 / 主要任务 / 工作任务)')
}

/** The report a table makes: its rows, and the year and period the text above it (or a column title) states. */
function reportOf(layout: Layout, table: TableRead, above: string[], known: ReturnType<typeof knownUnits>, warnings: WarningList,
  { year, maxTextBytes, columnRoles, statusWords }: ParseOptions): ParsedReport {
  const { header } = table
  // A printed export's lines carry the joiners that keep its numbers whole (shared/typography.ts).
  above = above.map((line) => line.replace(JOINERS, ''))
  if (maxTextBytes !== undefined) checkTextBytes(table, maxTextBytes)
  checkOverrides(header, columnRoles)
  if (header.headerless) warnings.add('header_missing', headerlessMessage(header), header.line)
  for (const column of header.columns) {
    if (column.key === null) warnings.add('column_unknown', `column「${column.title}」has no role; its cells are kept in the remarks under its header`, header.line)
  }
  if (table.rows.length === 0) {
    throw new ReportParseError('no_rows', `the table headed at line ${header.line} has no row starting with a 序号`)
  }
  // A header with more headings than the rows have cells (a merged cell): the cells say which is which.
  const own = ownStatusWords(statusWords)
  if (layout !== 'paragraph' && layout !== 'spaced' && layout !== 'glued') refitShortRows(header, table.rows, known, layout === 'pipe', own)

  const rows = buildRows(header, table.rows, known, warnings, own)

  // The period is stated above the table, or failing that in a column title (1-5月份进展情况).
  const preamble = above.join('\n')
  let stated = periodFromText(preamble, year)
  if (stated.period === null) {
    stated = periodFromText(`${preamble}\n${header.columns.map((column) => column.title).join('\n')}`, year)
  }
  if (stated.period === null) warnings.add('period_not_found', 'the text above the table names no reporting period (一季度, 1-5月份, 上半年, 全年 …)', null)
  if (stated.year === null) warnings.add('year_not_found', 'the text above the table names no year', null)

  return {
    layout,
    year: stated.year,
    period: stated.period,
    columns: header.columns.map((column) => column.key).filter((key): key is ColumnKey => key !== null),
    columnRoles: header.columns.map(({ title, key, word, overridden }) => ({ title, role: key ?? 'other', word, overridden: overridden === true })),
    headerLine: header.line,
    rows,
    warnings: warnings.done().sort(byLine),
    ...headerOf(above),
  }
}

/** Every column the request gives a role names a column of the header. */
function checkOverrides(header: TableRead['header'], roles: ParseOptions['columnRoles']): void {
  if (roles === undefined) return
  const titles = new Set(header.columns.map((column) => column.title))
  const unknown = Object.keys(roles).filter((title) => !titles.has(title))
  if (unknown.length > 0) {
    throw new ReportParseError('column_unknown', `columnRoles names ${unknown.map((title) => `「${title}」`).join('')}, which the table's header does not have; its columns are ${[...titles].map((title) => `「${title}」`).join('')}`)
  }
}

/**
 * The table's cells hold at most `max` bytes of text together: a workbook or Word document
 * unpacks to more text than its own size, and what the import writes grows with that text.
 */
function checkTextBytes(table: TableRead, max: number): void {
  let bytes = 0
  for (const row of table.rows) {
    for (const cell of row.cells) if (cell !== undefined) bytes += Buffer.byteLength(cell)
    if (bytes > max) throw new ReportParseError('document_too_large', `the table holds more than ${max / 1024 / 1024} MB of text; an import takes at most that`)
  }
}

function headerOf(above: string[]): Pick<ParsedReport, 'header' | 'headerLabelled'> {
  const { header, labelled } = readReportHeader(above)
  return { header, headerLabelled: labelled }
}

function byLine(a: { line: number | null }, b: { line: number | null }): number {
  return (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER)
}
