import { sql } from 'kysely'
import type { Db, ProgressStatus } from '../../db/database.js'

type Reported = ProgressStatus | 'not_reported'

/** Tasks of the year's list (not the parts of a split task) whose status differs between two periods (no entry counts as not_reported). */
export async function statusChanges(db: Db, cityCode: string, year: number, sincePeriodId: number, periodId: number) {
  const rows = await db.selectFrom('tasks as t')
    .leftJoin('progressEntries as a', (join) => join
      .on('a.cityCode', '=', cityCode).onRef('a.taskId', '=', 't.id').on('a.periodId', '=', sincePeriodId))
    .leftJoin('progressEntries as b', (join) => join
      .on('b.cityCode', '=', cityCode).onRef('b.taskId', '=', 't.id').on('b.periodId', '=', periodId))
    .select([
      't.id as taskId', 't.seq', 't.title',
      sql<Reported>`coalesce(a.status, 'not_reported')`.as('from'),
      sql<Reported>`coalesce(b.status, 'not_reported')`.as('to'),
    ])
    .where('t.cityCode', '=', cityCode).where('t.year', '=', year).where('t.parentId', 'is', null)
    .where(sql<boolean>`coalesce(a.status, 'not_reported') <> coalesce(b.status, 'not_reported')`)
    .orderBy('t.seq').execute()
  return rows
}
