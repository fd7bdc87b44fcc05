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
 * the period (null fields where none was filed) and its lead units in report order. Two
 * statements, whatever the list's length: the summary and the exports are built from it.
 */
export async function reportRows(db: Db, cityCode: string, periodId: number, year: number, opts: { text: boolean }): Promise<ReportRow[]> {
  const tasks = await db.selectFrom('tasks as t')
    .leftJoin('progressEntries as e', (join) => join
      .onRef('e.cityCode', '=', 't.cityCode').onRef('e.taskId', '=', 't.id').on('e.periodId', '=', periodId))
    .select([
      't.id as taskId', 't.seq', 't.title', 't.targets', 'e.status', 'e.actual', 'e.rank',
      // The summary quotes progress only for tasks behind; the exports want every cell.
      opts.text ? 'e.progress' : sql<string | null>`case when e.status = 'behind' then e.progress end`.as('progress'),
      opts.text ? 'e.nextSteps' : sql<string | null>`null`.as('nextSteps'),
      opts.text ? 'e.remarks' : sql<string | null>`null`.as('remarks'),
    ])
    .where('t.cityCode', '=', cityCode).where('t.year', '=', year)
    .orderBy('t.seq').execute()
  const links = await db.selectFrom('taskLeadUnits as l')
    .innerJoin('tasks as t', (join) => join.onRef('t.cityCode', '=', 'l.cityCode').onRef('t.id', '=', 'l.taskId'))
    .innerJoin('leadUnits as u', (join) => join.onRef('u.cityCode', '=', 'l.cityCode').onRef('u.id', '=', 'l.leadUnitId'))
    .select(['l.taskId', 'u.id', 'u.name'])
    .where('l.cityCode', '=', cityCode).where('t.year', '=', year)
    .orderBy('l.taskId').orderBy('l.position').execute()
  const unitsOf = new Map<number, { id: number, name: string }[]>()
  for (const link of links) {
    const units = unitsOf.get(link.taskId) ?? []
    units.push({ id: link.id, name: link.name })
    unitsOf.set(link.taskId, units)
  }
  return tasks.map((task) => ({ ...task, leadUnits: unitsOf.get(task.taskId) ?? [] }))
}
