import ExcelJS from 'exceljs'
import type { PeriodRow, ProgressStatus } from '../db/database.js'
import type { ReportRow } from '../db/queries/reports.js'

/** The report's status words (工作评价); not_rated and not reported leave the cell empty. */
export const STATUS_WORDS: Record<ProgressStatus, string> = {
  completed: '已完成', on_track: '序时推进', behind: '未达预期', not_rated: '',
}

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

/** RFC 4180 CSV with a UTF-8 BOM (Excel and WPS read it as UTF-8), the title on the first line. */
export function toCsv(table: ReportTable): string {
  const lines = [[table.title], table.columns, ...table.rows].map((cells) => cells.map(csvField).join(','))
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

const COLUMN_WIDTHS = [6, 42, 18, 10, 60, 42, 12]

/** A workbook: the narrative on the first sheet, the table on the second (bold frozen header, wrapped text). */
export async function toXlsx(table: ReportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'duban'
  const summary = workbook.addWorksheet('汇总')
  summary.getColumn(1).width = 120
  summary.getCell('A1').value = table.title
  summary.getCell('A1').font = { bold: true, size: 14 }
  table.narrative.split('\n').forEach((paragraph, i) => {
    const cell = summary.getCell(`A${i + 3}`)
    cell.value = paragraph
    cell.alignment = { wrapText: true, vertical: 'top' }
  })

  const sheet = workbook.addWorksheet('进展情况', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = table.columns.map((header, i) => ({ header, width: COLUMN_WIDTHS[i] ?? 20 }))
  sheet.getRow(1).font = { bold: true }
  sheet.getRow(1).alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
  for (const cells of table.rows) {
    const row = sheet.addRow(cells)
    row.alignment = { wrapText: true, vertical: 'top' }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
