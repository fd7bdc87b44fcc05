/**
 * The assessment as a workbook an office prints: the results on A4 portrait (rank, unit, the
 * points gained and lost, the score, the quartile's colour and grade, and what each colour
 * means), then every line on A4 landscape, a unit's lines together. The rules are said in words
 * above the results, so that the printed page says how it was scored.
 */
import type ExcelJS from 'exceljs'
import { loadExcelJS } from '../../shared/heavyModules.js'
import { chineseDate } from '../../shared/reportHeader.js'
import { addTableRow, BORDER, cellLines, FONT, pageHeaderFooter, rowHeight, tablePageSetup } from '../../shared/xlsxLayout.js'
import type { PeriodKind } from '../../shared/values.js'
import type { Assessment, AssessmentRules, Colour } from './assessment.schemas.js'
import { RULE_WORDS } from './assessment.score.js'

const GRADES: Record<Colour, string> = { green: '好', blue: '较好', yellow: '一般', red: '较差' }
const FILLS: Record<Colour, string> = { green: 'FFC6EFCE', blue: 'FFBDD7EE', yellow: 'FFFFEB9C', red: 'FFFFC7CE' }
const KIND_WORDS: Record<PeriodKind, string> = { month_cumulative: '月度', quarter: '季度', half_year: '半年', year: '全年', custom: '其他' }

const signed = (points: number) => `${points > 0 ? '加' : '扣'}${Math.abs(points)}分`

/** The rules in the office's words: 基础分100分；逾期报送每项扣0.1分；… */
export function rulesInWords(rules: AssessmentRules): string {
  const p = rules.points
  const parts = [`基础分${rules.baseScore}分`]
  const each = (value: number | undefined, what: string, unit = '每项') => {
    if (value !== undefined && value !== 0) parts.push(`${what}${unit}${signed(value)}`)
  }
  each(p.onTime, RULE_WORDS.on_time)
  each(p.late, RULE_WORDS.late)
  each(p.missing, RULE_WORDS.missing)
  each(p.returned, RULE_WORDS.returned, '每次')
  each(p.behind, RULE_WORDS.behind)
  each(p.completed, RULE_WORDS.completed)
  each(p.completedEarly, RULE_WORDS.completed_early, '每项另')
  if (rules.taskWeights?.length) {
    parts.push(`加权任务：${rules.taskWeights.map((w) => `${w.seq === undefined ? `任务${w.taskId}` : `第${w.seq}项`}权重${w.weight}`).join('，')}`)
  }
  if (rules.caps?.bonuses !== undefined) parts.push(`加分最多${rules.caps.bonuses}分`)
  if (rules.caps?.deductions !== undefined) parts.push(`扣分最多${rules.caps.deductions}分`)
  if (rules.floor !== undefined) parts.push(`最低${rules.floor}分`)
  parts.push(rules.periodKinds === undefined ? '计入全年各期' : `只计${rules.periodKinds.map((kind) => KIND_WORDS[kind]).join('、')}报告`)
  return `计分规则：${parts.join('；')}。`
}

const RESULT_WIDTHS = [7, 30, 9, 9, 9, 9, 10, 17]
const LINE_WIDTHS = [30, 7, 14, 12, 7, 9, 56]

function textRow(sheet: ExcelJS.Worksheet, widths: number[], text: string, size: number, options: { bold?: boolean, align?: 'left' | 'center' } = {}) {
  const row = sheet.addRow([text])
  sheet.mergeCells(row.number, 1, row.number, widths.length)
  const cell = row.getCell(1)
  cell.font = { name: FONT, size, bold: options.bold ?? false }
  cell.alignment = { wrapText: true, vertical: 'middle', horizontal: options.align ?? 'left' }
  row.height = rowHeight(cellLines(text, widths.reduce((sum, width) => sum + width, 0), size), size) + 4
}

/** A row of the lines: the unit and the note to the left, the figures centred, all in the middle of the row. */
function lineRow(row: ExcelJS.Row): ExcelJS.Row {
  row.eachCell((cell, column) => {
    cell.alignment = { ...cell.alignment, vertical: 'middle', horizontal: column === 1 || column === LINE_WIDTHS.length ? 'left' : 'center' }
  })
  return row
}

export async function assessmentXlsx(assessment: Assessment, cityName: string): Promise<Buffer> {
  const ExcelJS = await loadExcelJS()
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'duban'
  const title = `${cityName}${assessment.year}年度重点工作考核结果`
  const asOf = new Date(Date.parse(assessment.asOf) + 8 * 3600_000).toISOString().slice(0, 10)
  const headerFooter = pageHeaderFooter(cityName, title, `截至${chineseDate(asOf)}`)

  const results = workbook.addWorksheet('考核结果', {
    pageSetup: { ...tablePageSetup(4), orientation: 'portrait' },
    headerFooter,
  })
  results.columns = RESULT_WIDTHS.map((width) => ({ width }))
  textRow(results, RESULT_WIDTHS, title, 16, { bold: true, align: 'center' })
  textRow(results, RESULT_WIDTHS, rulesInWords(assessment.rules.value), 10)
  textRow(results, RESULT_WIDTHS, `计分期次：${assessment.periods.map((period) => period.label).join('、') || '无'}（截至${chineseDate(asOf)}，按记录计算）。`, 10)
  addTableRow(results, RESULT_WIDTHS, ['名次', '牵头责任单位', '牵头任务', '基础分', '加分', '扣分', '得分', '等次'], true)
  for (const unit of assessment.units) {
    const row = addTableRow(results, RESULT_WIDTHS, [unit.rank, unit.name, unit.tasks, unit.baseScore, unit.bonusesCounted, unit.deductionsCounted, unit.score,
      `${GRADES[unit.colour]}（第${unit.quartile}档）`], false)
    row.eachCell((cell, column) => {
      cell.alignment = { ...cell.alignment, vertical: 'middle', horizontal: column === 2 ? 'left' : 'center' }
    })
    row.getCell(8).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS[unit.colour] } }
  }
  results.addRow([])
  textRow(results, RESULT_WIDTHS, '等次说明：按名次分四档，名次相同者同档。', 10)
  for (const entry of assessment.colours) {
    const row = results.addRow([''])
    results.mergeCells(row.number, 2, row.number, RESULT_WIDTHS.length)
    row.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS[entry.colour] } }
    row.getCell(1).border = BORDER
    row.getCell(2).value = entry.meaning
    row.getCell(2).font = { name: FONT, size: 10 }
    row.height = 16
  }

  const lines = workbook.addWorksheet('得分明细', {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: tablePageSetup(1),
    headerFooter,
  })
  lines.columns = LINE_WIDTHS.map((width) => ({ width }))
  addTableRow(lines, LINE_WIDTHS, ['牵头责任单位', '序号', '期次', '规则', '权重', '分值', '说明'], true)
  for (const unit of assessment.units) {
    for (const line of unit.lines) {
      lineRow(addTableRow(lines, LINE_WIDTHS, [unit.name, line.seq, line.periodLabel, RULE_WORDS[line.rule], line.weight, line.points, line.note], false))
    }
    const total = addTableRow(lines, LINE_WIDTHS, [unit.name, '', '', '合计', '', Number((unit.bonuses - unit.deductions).toFixed(2)),
      `加分${unit.bonuses}分（计${unit.bonusesCounted}分），扣分${unit.deductions}分（计${unit.deductionsCounted}分），得分${unit.score}分${unit.floorApplied ? '（按最低分计）' : ''}，第${unit.rank}名`], false)
    lineRow(total).eachCell((cell) => {
      cell.font = { ...cell.font, bold: true }
    })
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
