import { loadExcelJS } from '../../shared/heavyModules.js'
import {
  addTableRow, cellLines, COLUMN_WIDTHS, FONT, LINE_SPACING, MAX_ROW_PT, pageHeaderFooter, PRINT_MARGINS, ROW_PADDING_PT, rowHeight, tablePageSetup, textWidthPt,
} from '../../shared/xlsxLayout.js'
import { keepTogether, titleLines } from '../../shared/typography.js'
import type { PeriodRow } from '../../db/database.js'
import type { ReportRow } from './reports.repository.js'

// The report's status words where the city has none of its own; not_rated leaves the cell empty.
export { STATUS_WORDS } from '../../shared/values.js'
import { type Standing, STANDING_WORDS } from '../../shared/values.js'
import { displayWords, type StatusVocabulary } from '../../shared/statusWords.js'
import { countedAs } from './reports.summary.js'

export interface ReportTable {
  title: string
  narrative: string
  columns: string[]
  rows: string[][]
}

/** The table in the report's own columns and words, lead units joined as reports write them. */
export function reportTable(cityName: string, period: PeriodRow, rows: ReportRow[], narrative: string, statusWords: StatusVocabulary | null = null): ReportTable {
  // The city's own words, where it has them; an import of the city reads them back as the same statuses.
  const words = displayWords(statusWords)
  return {
    title: `${cityName}${period.year}年${period.label}重点工作进展情况`,
    narrative,
    columns: ['序号', '重点工作任务', '牵头责任单位', '工作评价', `${period.label}进展情况`, '近期工作安排', '备注'],
    rows: rows.map((row) => [
      String(row.seq),
      row.title,
      row.leadUnits.map((unit) => unit.name).join(' '),
      // Not accepted: how it stands, in the words the narrative counts it by (not_rated leaves the cell empty).
      row.status ? words[row.status] : STANDING_WORDS[countedAs(row) as Standing],
      row.progress ?? '',
      row.nextSteps ?? '',
      row.remarks ?? '',
    ]),
  }
}

const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)

/**
 * RFC 4180 CSV with a UTF-8 BOM (Excel and WPS read it as UTF-8): the header row on the first
 * line, then one line per task. The title and narrative are not in it (a line above the header
 * breaks every CSV tool): the title is its file name (reports.routes.ts), both are in the other formats.
 */
export function toCsv(table: ReportTable): string {
  const lines = [table.columns, ...table.rows].map((cells) => cells.map(csvField).join(','))
  return `\ufeff${lines.join('\r\n')}\r\n`
}

const mdCell = (value: string) => value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>')

/**
 * Markdown: the report as the docx prints it, as text: the title (the one kept with the period),
 * 文号, the narrative, the issuing office and date, then the table under its own title (line
 * breaks in a cell as <br>).
 */
export function toMarkdown(table: ReportTable, letterhead: ReportLetterhead): string {
  const row = (cells: string[]) => `| ${cells.map(mdCell).join(' | ')} |`
  return [
    `# ${letterhead.title}`,
    '',
    ...(letterhead.documentNumber ? [letterhead.documentNumber, ''] : []),
    ...table.narrative.split('\n').flatMap((paragraph) => [paragraph, '']),
    letterhead.office,
    '',
    chineseDate(letterhead.date),
    '',
    `## ${letterhead.attachmentTitle}`,
    '',
    row(table.columns),
    `|${table.columns.map(() => ' --- ').join('|')}|`,
    ...table.rows.map(row),
    '',
  ].join('\n')
}

export { chineseDate, reportLetterhead, type ReportLetterhead } from '../../shared/reportHeader.js'
import { chineseDate, type ReportLetterhead } from '../../shared/reportHeader.js'

const NARRATIVE_FONT_PT = 12
const TITLE_PT = 16
/**
 * The narrative's text width, as four merged columns: a spreadsheet that lays columns out
 * wider than Excel does (LibreOffice without Calibri's metrics) then finds the sheet more than a
 * page wide and shrinks it to fit, which it never does for one column wider than the page.
 */
const NARRATIVE_COLUMNS = [22, 22, 22, 22]
const NARRATIVE_WIDTH = NARRATIVE_COLUMNS.reduce((sum, width) => sum + width, 0)
const NARRATIVE_TEXT_EM = (fontPt: number) => textWidthPt(NARRATIVE_WIDTH) / fontPt
function pageHeader(letterhead: ReportLetterhead) {
  return pageHeaderFooter(letterhead.city, letterhead.title, chineseDate(letterhead.date))
}

/**
 * A workbook for reading and printing. The narrative first, on its own sheet: A4 portrait, one
 * column as wide as the page, a paragraph a row. The table on the second: A4 landscape, fit to
 * one page wide, the header row repeated on every page, thin borders, wrapped text in rows as
 * high as their text, 序号 a number. The city, the report and the date head every page.
 */
export async function toXlsx(table: ReportTable, letterhead: ReportLetterhead): Promise<Buffer> {
  const ExcelJS = await loadExcelJS()
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'duban'
  const font = (size: number, bold = false) => ({ name: FONT, size, bold })

  const summary = workbook.addWorksheet('汇总', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: PRINT_MARGINS, horizontalCentered: true },
    headerFooter: pageHeader(letterhead),
  })
  summary.columns = NARRATIVE_COLUMNS.map((width) => ({ width }))
  const line = (text: string, size: number, options: { bold?: boolean, align?: 'left' | 'center' | 'right' } = {}) => {
    const row = summary.addRow([keepTogether(text)])
    summary.mergeCells(row.number, 1, row.number, NARRATIVE_COLUMNS.length)
    const cell = row.getCell(1)
    cell.font = font(size, options.bold)
    cell.alignment = { wrapText: true, vertical: 'top', horizontal: options.align ?? 'left' }
    row.height = rowHeight(cellLines(text, NARRATIVE_WIDTH, size), size) + (text ? 4 : 0)
    return row
  }
  // The title kept with the period, broken between words where it takes more than a line.
  line(titleLines(letterhead.title, NARRATIVE_TEXT_EM(TITLE_PT)).join('\n'), TITLE_PT, { bold: true, align: 'center' })
  if (letterhead.documentNumber) line(letterhead.documentNumber, NARRATIVE_FONT_PT, { align: 'center' })
  line('', 6)
  for (const paragraph of table.narrative.split('\n').filter((text) => text.trim() !== '')) {
    for (const piece of rowPieces(`\u3000\u3000${paragraph}`, NARRATIVE_WIDTH, NARRATIVE_FONT_PT)) line(piece, NARRATIVE_FONT_PT)
  }
  line('', NARRATIVE_FONT_PT)
  line(letterhead.office, NARRATIVE_FONT_PT, { align: 'right' })
  line(chineseDate(letterhead.date), NARRATIVE_FONT_PT, { align: 'right' })

  const sheet = workbook.addWorksheet('进展情况', {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: tablePageSetup(1),
    headerFooter: pageHeader(letterhead),
  })
  const widths = table.columns.map((_, i) => COLUMN_WIDTHS[i] ?? 12)
  sheet.columns = widths.map((width) => ({ width }))
  addTableRow(sheet, widths, table.columns, true)
  for (const cells of table.rows) {
    const seq = Number(cells[0])
    addTableRow(sheet, widths, [Number.isInteger(seq) && cells[0] !== '' ? seq : cells[0]!, ...cells.slice(1)], false)
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** A paragraph in pieces that each fit one row's greatest height, split after a sentence or clause. */
function rowPieces(text: string, width: number, fontPt: number): string[] {
  const maxLines = Math.floor((MAX_ROW_PT - ROW_PADDING_PT - 4) / (fontPt * LINE_SPACING))
  if (cellLines(text, width, fontPt) <= maxLines) return [text]
  const clauses = text.match(/[^。；;]+[。；;]?/g) ?? [text]
  const pieces: string[] = []
  let piece = ''
  for (const clause of clauses) {
    if (piece && cellLines(piece + clause, width, fontPt) > maxLines) {
      pieces.push(piece)
      piece = ''
    }
    piece += clause
  }
  if (piece) pieces.push(piece)
  return pieces
}
