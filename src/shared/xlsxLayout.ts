/**
 * The layout every printed workbook the service writes shares (the report export, a lead
 * unit's return sheet): fonts, column widths, row heights from wrapped text, borders, A4
 * landscape page setup, and the page's header and footer.
 */
import type ExcelJS from 'exceljs'
import { isJoiner, isWide, keepTogether } from './typography.js'

// Laying out wrapped text without a renderer: how many lines a cell's text takes at a width.
// Chinese characters and full-width punctuation are one em wide; Latin letters and digits about
// two thirds of one (LibreOffice's fallback for 宋体's Latin letters is that wide). A run of them
// is not broken, nor are characters joined by a joiner (shared/typography.ts: a number and its
// unit, a closing mark and what it closes), which take no width themselves; punctuation that may
// not begin a line pulls the character before it onto the next line, as Excel does.
const NO_LINE_START = /[，。、；：？！）》」』】〉”’,.;:?!)%\]]/
const NARROW_EM = 0.65

function tokens(text: string): { text: string, em: number }[] {
  const out: { text: string, em: number }[] = []
  let run = ''
  let glue = false
  const flush = () => {
    if (run) out.push({ text: run, em: run.length * NARROW_EM })
    run = ''
  }
  for (const char of text) {
    if (isJoiner(char)) {
      flush()
      glue = out.length > 0
      continue
    }
    const wide = isWide(char)
    if (glue && !(char === ' ' || char === '\t')) {
      const last = out.at(-1)!
      last.text += char
      last.em += wide ? 1 : NARROW_EM
      glue = false
      continue
    }
    glue = false
    if (wide) {
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

// Workbook geometry. A column width is in characters of the default font (Calibri 11: 7 px
// each, and 5 px more, at 96 dpi), a row height in points. LibreOffice fits a column's width in
// ems of the font less about a pixel (33 wide: sixteen 11 pt characters), and sets the CJK fonts
// that fill in for 宋体 1.45 ems apart; Excel's own 宋体 a little closer, which only leaves some room.
export const FONT = '宋体'
export const TABLE_FONT_PT = 11
export const LINE_SPACING = 1.45
export const ROW_PADDING_PT = 5
export const MAX_ROW_PT = 409
export const textWidthPt = (width: number) => (width * 7 + 5 - 1) * 0.75
export const rowHeight = (lines: number, fontPt: number) => Math.min(MAX_ROW_PT, Math.ceil(lines * fontPt * LINE_SPACING + ROW_PADDING_PT))
export const cellLines = (text: string, width: number, fontPt: number) => wrappedLines(text, textWidthPt(width) / fontPt)

/** Column widths in characters; A4 landscape with 0.4 in margins holds about 148 of them at 100 %. */
export const COLUMN_WIDTHS = [5.5, 27, 13, 9.5, 47, 33, 10]
const CENTERED_COLUMNS = new Set([0, 3])
const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } }
export const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN }

/** A header/footer section's text: & is the format escape there. */
export const hf = (text: string) => text.replace(/&/g, '&&')

export const PRINT_MARGINS = { left: 0.4, right: 0.4, top: 0.75, bottom: 0.6, header: 0.3, footer: 0.3 }

/** A table's page setup: A4 landscape, one page wide, the header row (headerRow, from 1) printed on every page. */
export function tablePageSetup(headerRow: number): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: PRINT_MARGINS,
    horizontalCentered: true, printTitlesRow: `${headerRow}:${headerRow}`,
  }
}

/** A row of a table: thin borders, wrapped text, the header shaded and centred, 序号 and 工作评价 centred, as high as its text. */
export function addTableRow(sheet: ExcelJS.Worksheet, widths: number[], values: (string | number)[], header: boolean): ExcelJS.Row {
  // A number and its unit kept on one line (shared/typography.ts); the import takes the joiners out again.
  const row = sheet.addRow(values.map((value) => (typeof value === 'string' ? keepTogether(value) : value)))
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
    lines = Math.max(lines, cellLines(String(row.getCell(i + 1).value ?? ''), widths[i]!, TABLE_FONT_PT))
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
