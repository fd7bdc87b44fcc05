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
 * statement: the summary and the exports are built from it.
 */
export async function reportRows(db: Db, cityCode: string, periodId: number, year: number, opts: { text: boolean }): Promise<ReportRow[]> {
  const rows = await db.selectFrom('tasks as t')
    .leftJoin('progressEntries as e', (join) => join
      .onRef('e.cityCode', '=', 't.cityCode').onRef('e.taskId', '=', 't.id').on('e.periodId', '=', periodId))
    .select([
      't.id as taskId', 't.seq', 't.title', 't.targets', 'e.status', 'e.actual', 'e.rank',
      // The summary quotes progress only for tasks behind; the exports want every cell.
      opts.text ? 'e.progress' : sql<string | null>`case when e.status = 'behind' then e.progress end`.as('progress'),
      opts.text ? 'e.nextSteps' : sql<string | null>`null`.as('nextSteps'),
      opts.text ? 'e.remarks' : sql<string | null>`null`.as('remarks'),
      sql<{ id: number, name: string }[]>`coalesce((
        select json_agg(json_build_object('id', u.id, 'name', u.name) order by l.position)
        from task_lead_units l join lead_units u on u.city_code = l.city_code and u.id = l.lead_unit_id
        where l.city_code = t.city_code and l.task_id = t.id), '[]'::json)`.as('leadUnits'),
    ])
    .where('t.cityCode', '=', cityCode).where('t.year', '=', year)
    .orderBy('t.seq').execute()
  return rows as ReportRow[]
}
