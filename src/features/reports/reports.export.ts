import ExcelJS from 'exceljs'
import type { PeriodRow } from '../../db/database.js'
import type { ReportRow } from './reports.repository.js'

// The report's status words; not_rated and not reported leave the cell empty.
export { STATUS_WORDS } from '../../shared/values.js'
import { STATUS_WORDS } from '../../shared/values.js'

export interface ReportTable {
  title: string
  narrative: string
  columns: string[]
  rows: string[][]
}

/** The table in the report's own columns and words, lead units joined as reports write them. */
export function reportTable(cityName: string, period: PeriodRow, rows: ReportRow[], narrative: string): ReportTable {
  return {
    title: `${cityName}${period.year}年${period.label}重点工作进展情况`,
    narrative,
    columns: ['序号', '重点工作任务', '牵头责任单位', '工作评价', `${period.label}进展情况`, '近期工作安排', '备注'],
    rows: rows.map((row) => [
      String(row.seq),
      row.title,
      row.leadUnits.map((unit) => unit.name).join(' '),
      row.status ? STATUS_WORDS[row.status] : '',
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
 * breaks every CSV tool): they are in the other formats.
 */
export function toCsv(table: ReportTable): string {
  const lines = [table.columns, ...table.rows].map((cells) => cells.map(csvField).join(','))
  return `\ufeff${lines.join('\r\n')}\r\n`
}

const mdCell = (value: string) => value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>')

/** Markdown: the title, the narrative, then the table (line breaks in a cell as <br>). */
export function toMarkdown(table: ReportTable): string {
  const row = (cells: string[]) => `| ${cells.map(mdCell).join(' | ')} |`
  return [
    `# ${table.title}`,
    '',
    ...table.narrative.split('\n').flatMap((paragraph) => [paragraph, '']),
    row(table.columns),
    `|${table.columns.map(() => ' --- ').join('|')}|`,
    ...table.rows.map(row),
    '',
  ].join('\n')
}

export { chineseDate, reportLetterhead, type ReportLetterhead } from '../../shared/reportHeader.js'
import { chineseDate, type ReportLetterhead } from '../../shared/reportHeader.js'

// Laying out wrapped text without a renderer: how many lines a cell's text takes at a width.
// Chinese characters and full-width punctuation are one em wide; Latin letters and digits about
// half of one (they are taken as a little more). A run of them is not broken; punctuation that
// may not begin a line pulls the character before it onto the next line, as Excel and
// LibreOffice do.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2014\u2026\u201c\u201d\u2018\u2019]/
const NO_LINE_START = /[，。、；：？！）》」』】〉”’,.;:?!)%\]]/
const NARROW_EM = 0.6

function tokens(text: string): { text: string, em: number }[] {
  const out: { text: string, em: number }[] = []
  let run = ''
  const flush = () => {
    if (run) out.push({ text: run, em: run.length * NARROW_EM })
    run = ''
  }
  for (const char of text) {
    if (WIDE.test(char)) {
      flush()
      out.push({ text: char, em: 1 })
    } else if (char === ' ' || char === '\t') {
      flush()
      out.push({ text: ' ', em: 0.35 })
    } else {
      run += char
    }
  }
  flush()
  return out
}

/** Lines the text wraps to in a box widthEm ems wide (each paragraph at least one). */
export function wrappedLines(text: string, widthEm: number): number {
  let lines = 0
  for (const paragraph of text.split(/\r?\n/)) {
    lines += 1
    let used = 0
    let previous = 0
    for (const token of tokens(paragraph)) {
      if (used + token.em <= widthEm) {
        used += token.em
      } else if (used > 0 && NO_LINE_START.test(token.text[0]!) && previous + token.em <= widthEm) {
        lines += 1
        used = previous + token.em
      } else {
        if (used > 0) lines += 1
        used = token.em
        // A run wider than the box is broken after all.
        while (used > widthEm) {
          lines += 1
          used -= widthEm
        }
      }
      previous = token.em
    }
  }
  return lines
}

// Workbook geometry. A column width is in characters of the default font (Calibri 11: 7 px,
// 5.25 pt each at 96 dpi), a row height in points. The CJK fonts that fill in for 宋体 set
// lines about 1.45 ems apart; Excel's own 宋体 a little closer, which only leaves some room.
export const FONT = '宋体'
export const TABLE_FONT_PT = 11
const NARRATIVE_FONT_PT = 12
const LINE_SPACING = 1.45
const ROW_PADDING_PT = 5
const MAX_ROW_PT = 409
const textWidthPt = (width: number) => (width * 7 - 7) * 0.75
export const rowHeight = (lines: number, fontPt: number) => Math.min(MAX_ROW_PT, Math.ceil(lines * fontPt * LINE_SPACING + ROW_PADDING_PT))
export const cellLines = (text: string, width: number, fontPt: number) => wrappedLines(text, (textWidthPt(width) / fontPt) * 0.97)

/** Column widths in characters; A4 landscape with 0.4 in margins holds about 148 of them at 100 %. */
export const COLUMN_WIDTHS = [5.5, 27, 13, 9.5, 47, 33, 10]
const CENTERED_COLUMNS = new Set([0, 3])
/**
 * The narrative's text width, as four merged columns: a spreadsheet that lays columns out
 * wider than Excel does (LibreOffice without Calibri's metrics) then finds the sheet more than a
 * page wide and shrinks it to fit, which it never does for one column wider than the page.
 */
const NARRATIVE_COLUMNS = [22, 22, 22, 22]
const NARRATIVE_WIDTH = NARRATIVE_COLUMNS.reduce((sum, width) => sum + width, 0)
const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } }
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN }

/** A header/footer section's text: & is the format escape there. */
const hf = (text: string) => text.replace(/&/g, '&&')

const PRINT_MARGINS = { left: 0.4, right: 0.4, top: 0.75, bottom: 0.6, header: 0.3, footer: 0.3 }

/** A table's page setup: A4 landscape, one page wide, the header row (headerRow, from 1) printed on every page. */
export function tablePageSetup(headerRow: number): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: PRINT_MARGINS,
    horizontalCentered: true, printTitlesRow: `${headerRow}:${headerRow}`,
  }
}

/** A row of a table: thin borders, wrapped text, the header shaded and centred, 序号 and 工作评价 centred, as high as its text. */
export function addTableRow(sheet: ExcelJS.Worksheet, widths: number[], values: (string | number)[], header: boolean): ExcelJS.Row {
  const row = sheet.addRow(values)
  let lines = 1
  values.forEach((value, i) => {
    const cell = row.getCell(i + 1)
    cell.font = { name: FONT, size: TABLE_FONT_PT, bold: header }
    cell.border = BORDER
    cell.alignment = {
      wrapText: true, vertical: header ? 'middle' : 'top',
      horizontal: header || CENTERED_COLUMNS.has(i) ? 'center' : 'left',
    }
    if (header) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } }
    lines = Math.max(lines, cellLines(String(value), widths[i]!, TABLE_FONT_PT))
  })
  row.height = rowHeight(lines, TABLE_FONT_PT)
  return row
}

/** Every printed page's header (left, centre in bold, right) and its page number below. */
export function pageHeaderFooter(left: string, centre: string, right: string) {
  return {
    oddHeader: `&L&"${FONT}"&9 ${hf(left)}&C&"${FONT},Bold"&10 ${hf(centre)}&R&"${FONT}"&9 ${hf(right)}`,
    oddFooter: `&C&"${FONT}"&9 第 &P 页，共 &N 页`,
  }
}

function pageHeader(table: ReportTable, letterhead: ReportLetterhead) {
  return pageHeaderFooter(letterhead.city, table.title, chineseDate(letterhead.date))
}

/**
 * A workbook for reading and printing. The narrative first, on its own sheet: A4 portrait, one
 * column as wide as the page, a paragraph a row. The table on the second: A4 landscape, fit to
 * one page wide, the header row repeated on every page, thin borders, wrapped text in rows as
 * high as their text, 序号 a number. The city, the report and the date head every page.
 */
export async function toXlsx(table: ReportTable, letterhead: ReportLetterhead): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'duban'
  const font = (size: number, bold = false) => ({ name: FONT, size, bold })

  const summary = workbook.addWorksheet('汇总', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: PRINT_MARGINS, horizontalCentered: true },
    headerFooter: pageHeader(table, letterhead),
  })
  summary.columns = NARRATIVE_COLUMNS.map((width) => ({ width }))
  const line = (text: string, size: number, options: { bold?: boolean, align?: 'left' | 'center' | 'right' } = {}) => {
    const row = summary.addRow([text])
    summary.mergeCells(row.number, 1, row.number, NARRATIVE_COLUMNS.length)
    const cell = row.getCell(1)
    cell.font = font(size, options.bold)
    cell.alignment = { wrapText: true, vertical: 'top', horizontal: options.align ?? 'left' }
    row.height = rowHeight(cellLines(text, NARRATIVE_WIDTH, size), size) + (text ? 4 : 0)
    return row
  }
  line(table.title, 16, { bold: true, align: 'center' })
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
    headerFooter: pageHeader(table, letterhead),
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
