import type { CityRow, Db, PeriodRow } from '../../db/database.js'
import { lastYearFigures, reportRows } from './reports.repository.js'
import { type ReportTable, reportTable } from './reports.export.js'
import { summarize } from './reports.summary.js'

export { statusChanges } from './changes.repository.js'
export { reportLetterhead, type ReportTable, toCsv, toXlsx } from './reports.export.js'

/**
 * The period's report table as the accepted entries make it: the title, the narrative, the
 * report's columns and a row a task in the city's words (nothing of a draft or of an entry under
 * review). Read in the caller's transaction: a snapshot for a read, the publish's own for a release.
 */
export async function periodReportTable(db: Db, city: Pick<CityRow, 'code' | 'name' | 'statusWords'>, period: PeriodRow): Promise<ReportTable> {
  const rows = await reportRows(db, city.code, period.id, period.year, { text: true })
  const narrative = summarize(period, rows, await lastYearFigures(db, city.code, period.year), city.statusWords).narrative
  return reportTable(city.name, period, rows, narrative, city.statusWords)
}
