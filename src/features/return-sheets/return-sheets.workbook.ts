import { loadExcelJS } from '../../shared/heavyModules.js'
import type { Db, LeadUnitRow, PeriodRow } from '../../db/database.js'
import { findCity } from '../cities/cities.service.js'
import { findLeadUnit } from '../lead-units/lead-units.service.js'
import { findPeriod } from '../periods/periods.service.js'
import { listEntriesOfTasks } from '../entries/entries.service.js'
import { listUnitTasks } from '../tasks/tasks.service.js'
import { NotFound, Unprocessable } from '../../shared/errors.js'
import { unitTextOf } from './return-sheets.plan.js'
import { IDENTITY_SHEET, identityRows, returnSheetTitle, sheetStatusWords } from '../../shared/report/returnSheet.js'
import { displayWords } from '../../shared/statusWords.js'
import { addTableRow, cellLines, COLUMN_WIDTHS, FONT, pageHeaderFooter, rowHeight, TABLE_FONT_PT, tablePageSetup, textWidthPt } from '../../shared/xlsxLayout.js'
import { keepTogether, titleLines } from '../../shared/typography.js'

export interface ReturnSheetFile {
  period: PeriodRow
  leadUnit: LeadUnitRow
  /** 池州市2025年1-5月份重点工作进展情况填报表: the sheet's title, and with the unit's name its file's. */
  title: string
  body: Buffer
}

/** Rows left for the unit to write in are at least this many lines high (a row as high as its text does not grow as one types). */
const FILL_IN_LINES = 3
const TITLE_FONT_PT = 16
const UNIT_FONT_PT = 12

/**
 * A lead unit's return sheet for a period: one row per task the unit leads on the period's
 * list, in seq order, with what its entry says so far (the unit revises it), the 工作评价 a
 * dropdown. The title above the table names the city, the period and the unit, and prints
 * as the report's table does. The identity (city, period, unit, and each entry's version
 * as written out) is on a very hidden sheet, so the import knows whose entries the rows are
 * and which of them changed meanwhile. 404 for an unknown period or unit; 422 for a unit
 * that leads no task of the period's year, whose sheet would have nothing to fill in.
 */
export async function returnSheet(db: Db, cityCode: string, periodId: number, leadUnitId: number): Promise<ReturnSheetFile> {
  const [city, period, leadUnit] = await Promise.all([findCity(db, cityCode), findPeriod(db, cityCode, periodId), findLeadUnit(db, cityCode, leadUnitId)])
  if (!city) throw new NotFound('city', cityCode)
  if (!period) throw new NotFound('period', periodId)
  if (!leadUnit) throw new NotFound('lead unit', leadUnitId)
  const tasks = await listUnitTasks(db, cityCode, period.year, leadUnitId)
  if (tasks.length === 0) {
    throw new Unprocessable('no_tasks', `${leadUnit.name} leads no task on the ${period.year} list: its return sheet would have no row to fill in`)
  }
  const entryOf = new Map((await listEntriesOfTasks(db, cityCode, periodId, tasks.map((task) => task.id))).map((entry) => [entry.taskId, entry]))

  const title = returnSheetTitle(city.name, period)
  const columns = ['序号', '重点工作任务', '牵头责任单位', '工作评价', `${period.label}进展情况`, '近期工作安排', '备注']
  const ExcelJS = await loadExcelJS()
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'duban'
  const sheet = workbook.addWorksheet('填报', {
    views: [{ state: 'frozen', ySplit: 3 }],
    pageSetup: tablePageSetup(3),
    headerFooter: pageHeaderFooter(city.name, title, leadUnit.name),
  })
  const widths = COLUMN_WIDTHS
  sheet.columns = widths.map((width) => ({ width }))
  const tableWidth = widths.reduce((sum, width) => sum + width, 0)
  const line = (text: string, size: number, bold: boolean, horizontal: 'center' | 'left') => {
    const row = sheet.addRow([keepTogether(text)])
    sheet.mergeCells(row.number, 1, row.number, columns.length)
    const cell = row.getCell(1)
    cell.font = { name: FONT, size, bold }
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal }
    row.height = rowHeight(cellLines(text, tableWidth, size), size) + 4
  }
  // Broken between words where it takes more than a line, its numbers kept whole.
  line(titleLines(title, textWidthPt(tableWidth) / TITLE_FONT_PT).join('\n'), TITLE_FONT_PT, true, 'center')
  line(`填报单位：${leadUnit.name}`, UNIT_FONT_PT, false, 'left')
  addTableRow(sheet, widths, columns, true)

  // The city's own words, where it has them: the import reads them back as the same statuses.
  const sheetWords = sheetStatusWords(city.statusWords)
  const written = displayWords(city.statusWords)
  const words = Object.values(sheetWords)
  for (const task of tasks) {
    const entry = entryOf.get(task.id)
    const text = entry ? unitTextOf(entry) : { proposedStatus: null, progress: '', nextSteps: '', remarks: '' }
    const row = addTableRow(sheet, widths, [
      task.seq, task.title, task.leadUnits.map((unit) => unit.name).join(' '),
      text.proposedStatus === null || text.proposedStatus === 'not_rated' ? '' : sheetWords[text.proposedStatus] ?? written[text.proposedStatus],
      text.progress, text.nextSteps, text.remarks,
    ], false)
    row.height = Math.max(row.height, rowHeight(FILL_IN_LINES, TABLE_FONT_PT))
    row.getCell(4).dataValidation = {
      type: 'list', allowBlank: true, formulae: [`"${words.join(',')}"`],
      showErrorMessage: true, errorStyle: 'stop', errorTitle: '工作评价', error: `请从列表中选择：${words.join('、')}`,
      showInputMessage: true, promptTitle: '工作评价', prompt: `${words.join(' / ')}（单位自评，市政府办公室审核确定）`,
    }
  }

  const identity = workbook.addWorksheet(IDENTITY_SHEET, { state: 'veryHidden' })
  identity.addRows(identityRows({
    cityCode, periodId, leadUnitId,
    tasks: tasks.map((task) => ({ seq: task.seq, taskId: task.id, entryVersion: entryOf.get(task.id)?.version ?? null })),
  }))
  return { period, leadUnit, title, body: Buffer.from(await workbook.xlsx.writeBuffer()) }
}
