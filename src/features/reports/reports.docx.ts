import { type FigureKind, figuresIn } from '../../shared/indicators.js'
import {
  AlignmentType, BorderStyle, Document, Footer, LineRuleType, Packer, PageNumber, PageOrientation, Paragraph, SectionType,
  ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType,
} from 'docx'
import { chineseDate, type ReportLetterhead, type ReportTable } from './reports.export.js'
import { numberPieces, titleLines } from '../../shared/typography.js'

// Sizes in half-points (docx's unit for type) and twips (1/20 pt) for lengths.
const pt = (points: number) => points * 2
const mm = (millimetres: number) => Math.round((millimetres / 25.4) * 1440)
const A4 = { width: mm(210), height: mm(297) }
const PORTRAIT_MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) }
const TITLE_PT = 22 // 二号

/**
 * The fonts of an office document (GB/T 9704): 仿宋 for the text, 黑体 for 附件 and the
 * table's header, 宋体 for the titles and the table; Times New Roman for Latin letters and
 * digits. A machine without one substitutes its own CJK font (WPS and LibreOffice do).
 */
const latin = 'Times New Roman'
const fonts = {
  text: { ascii: latin, hAnsi: latin, cs: latin, eastAsia: '仿宋' },
  heading: { ascii: latin, hAnsi: latin, cs: latin, eastAsia: '黑体' },
  title: { ascii: latin, hAnsi: latin, cs: latin, eastAsia: '宋体' },
  table: { ascii: latin, hAnsi: latin, cs: latin, eastAsia: '宋体' },
}
const TEXT_PT = 16 // 三号
const TABLE_PT = 10.5 // 五号
// Latin letters and digits are in English, Chinese text in Chinese, as Word itself marks a Chinese
// document. Marked Chinese, LibreOffice breaks lines inside numbers (PM2./5, 4/1.5) as it may between Chinese characters.
const language = { value: 'en-US', eastAsia: 'zh-CN' }
// A number with its unit (5月, 31日, 41.5微克) is marked Latin as a whole, its characters joined by
// WORD JOINERs: Writer keeps joined characters together only in text not marked Chinese.
const whole = { value: 'en-US', eastAsia: 'en-US' }

/** The runs of a text, each number kept whole with its unit (shared/typography.ts). */
function runs(text: string, font: typeof fonts.text, size: number, options: { bold?: boolean, newLine?: boolean } = {}) {
  return numberPieces(text).map((piece, i) => new TextRun({
    text: piece.text, font, size: pt(size), bold: options.bold ?? false, language: piece.whole ? whole : language,
    ...(options.newLine && i === 0 ? { break: 1 } : {}),
  }))
}

/** Body text: 三号仿宋, lines exactly 28 pt apart, the first line indented two characters. */
function bodyParagraph(text: string, options: { indent?: boolean, align?: 'left' | 'right' } = {}) {
  return new Paragraph({
    children: runs(text, fonts.text, TEXT_PT),
    alignment: options.align === 'right' ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED,
    indent: { firstLine: options.indent === false ? 0 : pt(TEXT_PT) * 20, right: options.align === 'right' ? pt(TEXT_PT) * 20 : 0 },
    spacing: { line: 28 * 20, lineRule: LineRuleType.EXACT },
  })
}

const pageFooter = () => new Footer({
  children: [new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: fonts.text, size: pt(14) })],
  })],
})

/** Relative widths of the report's columns, by title (the progress column's title names the period). */
function columnWeight(title: string): number {
  if (title === '序号') return 4
  if (title === '重点工作任务') return 19
  if (title === '牵头责任单位') return 10
  if (title === '工作评价') return 7
  if (title === '近期工作安排') return 21
  if (title === '备注') return 7
  if (title.endsWith('进展情况')) return 32
  return 10
}

/** 序号, 重点工作任务, 牵头责任单位 and the progress column (the fifth) are always there. */
const PROGRESS_COLUMN = 4

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const borders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder }

// The figures of a progress set in bold (shared/indicators.ts figuresIn); a date is not a figure to stress.
const BOLD_KINDS = new Set<FigureKind>(['amount', 'growth', 'share', 'rank'])

/** A line's runs with its figures in bold. */
function figureRuns(line: string, font: typeof fonts.table, size: number) {
  const pieces: TextRun[] = []
  let at = 0
  for (const figure of figuresIn(line).filter((found) => BOLD_KINDS.has(found.kind))) {
    if (figure.start > at) pieces.push(...runs(line.slice(at, figure.start), font, size))
    pieces.push(...runs(line.slice(figure.start, figure.end), font, size, { bold: true }))
    at = figure.end
  }
  if (at < line.length) pieces.push(...runs(line.slice(at), font, size))
  return pieces
}

function cell(text: string, width: number, options: { header?: boolean, center?: boolean, figures?: boolean }) {
  const lines = text.split(/\r?\n/)
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders,
    verticalAlign: options.header ? VerticalAlign.CENTER : VerticalAlign.TOP,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(options.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } } : {}),
    children: lines.map((line) => new Paragraph({
      alignment: options.header || options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
      spacing: { line: 276, lineRule: LineRuleType.AUTO },
      children: options.figures ? figureRuns(line, fonts.table, TABLE_PT) : runs(line, options.header ? fonts.heading : fonts.table, TABLE_PT),
    })),
  })
}

/**
 * The report as the office publishes it: the title, the narrative, 附件 named, the issuing
 * office and date (A4 portrait); then 附件 with the table in the report's own columns on A4
 * landscape, its header row repeated on every page. A column no row fills (工作评价, 近期工作安排,
 * 备注) is left out, as the published tables leave out what they do not report.
 */
export async function toDocx(table: ReportTable, letterhead: ReportLetterhead): Promise<Buffer> {
  const keep = table.columns.map((_, i) => i < 3 || i === PROGRESS_COLUMN || table.rows.some((row) => (row[i] ?? '').trim() !== ''))
  const columns = table.columns.filter((_, i) => keep[i])
  const rows = table.rows.map((row) => row.filter((_, i) => keep[i]))

  const landscapeMargin = { top: mm(25), bottom: mm(20), left: mm(20), right: mm(20) }
  const tableWidth = A4.height - landscapeMargin.left - landscapeMargin.right
  const weights = columns.map(columnWeight)
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  const widths = weights.map((weight) => Math.floor((tableWidth * weight) / total))
  const centered = new Set(columns.flatMap((title, i) => (title === '序号' || title === '工作评价' ? [i] : [])))
  // The progress column, among those kept: its figures are set in bold.
  const progressAt = keep.slice(0, PROGRESS_COLUMN).filter(Boolean).length

  const narrative = table.narrative.split('\n').filter((paragraph) => paragraph.trim() !== '')
  const document = new Document({
    creator: 'duban',
    title: letterhead.title,
    styles: { default: { document: { run: { font: fonts.text, size: pt(TEXT_PT) } } } },
    sections: [
      {
        properties: {
          page: { size: A4, margin: PORTRAIT_MARGIN },
        },
        footers: { default: pageFooter() },
        children: [
          // 文号, centred above the title as an issued document has it.
          ...(letterhead.documentNumber ? [new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 0, after: 12 * 20, line: 28 * 20, lineRule: LineRuleType.EXACT },
            children: runs(letterhead.documentNumber, fonts.text, TEXT_PT),
          })] : []),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 0, after: 28 * 20, line: 36 * 20, lineRule: LineRuleType.AT_LEAST },
            // Broken between words where it takes more than a line, the lines as even as the words allow.
            children: titleLines(letterhead.title, (A4.width - PORTRAIT_MARGIN.left - PORTRAIT_MARGIN.right) / 20 / TITLE_PT)
              .flatMap((line, i) => runs(line, fonts.title, TITLE_PT, { bold: true, newLine: i > 0 })),
          }),
          ...narrative.map((paragraph) => bodyParagraph(paragraph)),
          bodyParagraph(''),
          bodyParagraph(`附件：${letterhead.attachmentTitle}`),
          bodyParagraph(''),
          bodyParagraph(''),
          bodyParagraph(letterhead.office, { align: 'right', indent: false }),
          bodyParagraph(chineseDate(letterhead.date), { align: 'right', indent: false }),
        ],
      },
      {
        properties: {
          type: SectionType.NEXT_PAGE,
          page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: landscapeMargin },
        },
        footers: { default: pageFooter() },
        children: [
          new Paragraph({ children: runs('附件', fonts.heading, TEXT_PT), spacing: { line: 28 * 20, lineRule: LineRuleType.EXACT } }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 120, after: 240 },
            children: runs(letterhead.attachmentTitle, fonts.title, 18, { bold: true }),
          }),
          new Table({
            width: { size: tableWidth, type: WidthType.DXA },
            columnWidths: widths,
            layout: TableLayoutType.FIXED,
            rows: [
              new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((title, i) => cell(title, widths[i]!, { header: true })) }),
              // A row kept whole on its page (one taller than a page is broken all the same).
              ...rows.map((cells) => new TableRow({
                cantSplit: true,
                children: cells.map((text, i) => cell(text, widths[i]!, { center: centered.has(i), figures: i === progressAt })),
              })),
            ],
          }),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
