import { sql, type Transaction } from 'kysely'
import type { Database, Db } from '../../db/database.js'
import type { Actual, Rank } from '../../shared/indicators.js'

const indicatorColumns = ['id', 'provinceCode', 'name', 'unit', 'kind', 'aliases'] as const

export async function listIndicators(db: Db, provinceCode: string) {
  return await db.selectFrom('indicators').select(indicatorColumns).where('provinceCode', '=', provinceCode).orderBy('id').execute()
}

export async function findIndicator(db: Db, provinceCode: string, id: number) {
  return await db.selectFrom('indicators').select(indicatorColumns)
    .where('provinceCode', '=', provinceCode).where('id', '=', id).executeTakeFirst()
}

export async function findTaskIndicator(db: Db, cityCode: string, taskId: number) {
  return await db.selectFrom('taskIndicators').select(['indicatorId', 'source', 'confidence'])
    .where('cityCode', '=', cityCode).where('taskId', '=', taskId).executeTakeFirst()
}

interface TaskIndicatorLink { cityCode: string, taskId: number, indicatorId: number | null, source: 'matched' | 'manual', confidence: number | null }

export async function upsertTaskIndicator(trx: Transaction<Database>, link: TaskIndicatorLink) {
  const { indicatorId, source, confidence } = link
  await trx.insertInto('taskIndicators').values(link)
    .onConflict((oc) => oc.columns(['cityCode', 'taskId']).doUpdateSet({ indicatorId, source, confidence, version: sql<number>`task_indicators.version + 1`, updatedAt: sql<string>`excluded.updated_at` }))
    .execute()
}

/** Whether there was a link to delete. */
export async function deleteTaskIndicator(trx: Transaction<Database>, cityCode: string, taskId: number): Promise<boolean> {
  const deleted = await trx.deleteFrom('taskIndicators').where('cityCode', '=', cityCode).where('taskId', '=', taskId).executeTakeFirst()
  return deleted.numDeletedRows > 0n
}

export interface ProvinceEntryRow {
  cityCode: string
  cityName: string
  taskId: number
  title: string
  /** The office's link: undefined (no row) follows the title's match. */
  linkedIndicatorId: number | null
  linked: boolean
  periodId: number
  periodLabel: string
  endsOn: string
  actual: Actual | null
  rank: Rank | null
  reviewedAt: string | null
}

/**
 * Every accepted entry with a figure, of the year's tasks of the province's cities (their
 * codes start with the province's two digits), in a period of the year ending between from
 * and to, with the office's link of its task if any. One statement for the whole province.
 */
export async function provinceEntries(db: Db, prefix: string, year: number, from: string, to: string): Promise<ProvinceEntryRow[]> {
  const rows = await db.selectFrom('cities as c')
    // The city's figure is its list's: a part of a split task is a county's.
    .innerJoin('tasks as t', (join) => join.onRef('t.cityCode', '=', 'c.code').on('t.year', '=', year).on('t.parentId', 'is', null))
    .innerJoin('progressEntries as e', (join) => join.onRef('e.cityCode', '=', 't.cityCode').onRef('e.taskId', '=', 't.id')
      .on('e.state', '=', 'accepted').on('e.actual', 'is not', null))
    .innerJoin('periods as p', (join) => join.onRef('p.cityCode', '=', 'e.cityCode').onRef('p.id', '=', 'e.periodId')
      .on('p.year', '=', year).on('p.endsOn', '>=', from).on('p.endsOn', '<=', to))
    .leftJoin('taskIndicators as ti', (join) => join.onRef('ti.cityCode', '=', 't.cityCode').onRef('ti.taskId', '=', 't.id'))
    .select(['c.code as cityCode', 'c.name as cityName', 't.id as taskId', 't.title', 'ti.indicatorId as linkedIndicatorId',
      'ti.source as linkSource', 'e.periodId', 'p.label as periodLabel', 'p.endsOn', 'e.actual', 'e.rank', 'e.reviewedAt'])
    .where('c.code', 'like', `${prefix}____`)
    .orderBy('c.code').orderBy('t.seq')
    .execute()
  return rows.map(({ linkSource, ...row }) => ({ ...row, linked: linkSource !== null }))
}
