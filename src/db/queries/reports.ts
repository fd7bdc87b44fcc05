import { sql } from 'kysely'
import type { Actual, Rank, Target } from '../../domain/entryIndicators.js'
import type { Db, ProgressStatus } from '../database.js'

export interface ReportRow {
  taskId: number
  seq: number
  title: string
  targets: Target[]
  leadUnits: { id: number, name: string }[]
  status: ProgressStatus | null
  progress: string | null
  nextSteps: string | null
  remarks: string | null
  actual: Actual | null
  rank: Rank | null
}

/**
 * Every task on the city's list for the period's year, in seq order, with its entry for
 * the period (null fields where none was filed) and its lead units in report order. One
 * statement, whatever the list's length: the summary and the exports are built from it.
 */
export function reportRows(db: Db, cityCode: string, periodId: number, year: number, opts: { text: boolean }): Promise<ReportRow[]> {
  // Each task's lead units as one JSON array, aggregated once for the year's list rather than per task.
  const units = db.selectFrom('taskLeadUnits as l')
    .innerJoin('tasks as lt', (join) => join.onRef('lt.cityCode', '=', 'l.cityCode').onRef('lt.id', '=', 'l.taskId'))
    .innerJoin('leadUnits as u', (join) => join.onRef('u.cityCode', '=', 'l.cityCode').onRef('u.id', '=', 'l.leadUnitId'))
    .select(['l.taskId', sql<{ id: number, name: string }[]>`json_agg(json_build_object('id', u.id, 'name', u.name) order by l.position)`.as('leadUnits')])
    .where('l.cityCode', '=', cityCode).where('lt.year', '=', year).groupBy('l.taskId')
  return db.selectFrom('tasks as t')
    .leftJoin('progressEntries as e', (join) => join
      .onRef('e.cityCode', '=', 't.cityCode').onRef('e.taskId', '=', 't.id').on('e.periodId', '=', periodId))
    .leftJoin(units.as('lu'), 'lu.taskId', 't.id')
    .select([
      't.id as taskId', 't.seq', 't.title', 't.targets', 'e.status', 'e.actual', 'e.rank',
      // The summary quotes progress only for tasks behind; the exports want every cell.
      opts.text ? 'e.progress' : sql<string | null>`case when e.status = 'behind' then e.progress end`.as('progress'),
      opts.text ? 'e.nextSteps' : sql<string | null>`null`.as('nextSteps'),
      opts.text ? 'e.remarks' : sql<string | null>`null`.as('remarks'),
      sql<{ id: number, name: string }[]>`coalesce(lu.lead_units, '[]')`.as('leadUnits'),
    ])
    .where('t.cityCode', '=', cityCode).where('t.year', '=', year)
    .orderBy('t.seq').execute()
}
