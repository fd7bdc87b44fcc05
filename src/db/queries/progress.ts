import { sql } from 'kysely'
import { notFound, periodClosed, preconditionFailed, unprocessable } from '../../http/problem.js'
import type { ProgressEntryPut } from '../../schemas/progress.js'
import type { Db, ProgressEntryRow, ProgressStatus } from '../database.js'
import { lockPeriodForEntryWrite } from './periods.js'
import { written } from './write.js'

export type EntryKey = { cityCode: string, taskId: number, periodId: number }

export function findEntry(db: Db, key: EntryKey) {
  return db.selectFrom('progressEntries').selectAll()
    .where('cityCode', '=', key.cityCode).where('taskId', '=', key.taskId).where('periodId', '=', key.periodId)
    .executeTakeFirst()
}

/** Entries of one period in the order of the city's list (year, seq). */
export function listPeriodEntries(db: Db, cityCode: string, periodId: number,
  opts: { limit: number, after?: [number, number, number], status?: ProgressStatus, leadUnitId?: number }) {
  const { limit, after, status, leadUnitId } = opts
  return db.selectFrom('progressEntries as e')
    .innerJoin('tasks as t', (join) => join.onRef('t.cityCode', '=', 'e.cityCode').onRef('t.id', '=', 'e.taskId'))
    .selectAll('e').select(['t.year as taskYear', 't.seq as taskSeq'])
    .where('e.cityCode', '=', cityCode).where('e.periodId', '=', periodId)
    .$if(status !== undefined, (qb) => qb.where('e.status', '=', status!))
    .$if(leadUnitId !== undefined, (qb) => qb.where((eb) => eb.exists(
      eb.selectFrom('taskLeadUnits as l').select('l.taskId')
        .whereRef('l.cityCode', '=', 'e.cityCode').whereRef('l.taskId', '=', 'e.taskId').where('l.leadUnitId', '=', leadUnitId!))))
    .$if(after !== undefined, (qb) => qb.where((eb) => eb(eb.refTuple('t.year', 't.seq', 't.id'), '>', eb.tuple(...after!))))
    .orderBy('t.year').orderBy('t.seq').orderBy('t.id').limit(limit + 1).execute()
}

/** One task's entries across periods, oldest period first. */
export function listTaskEntries(db: Db, cityCode: string, taskId: number, opts: { limit: number, after?: [string, number] }) {
  const { limit, after } = opts
  return db.selectFrom('progressEntries as e')
    .innerJoin('periods as p', (join) => join.onRef('p.cityCode', '=', 'e.cityCode').onRef('p.id', '=', 'e.periodId'))
    .selectAll('e').select('p.endsOn as periodEndsOn')
    .where('e.cityCode', '=', cityCode).where('e.taskId', '=', taskId)
    .$if(after !== undefined, (qb) => qb.where((eb) => eb(eb.refTuple('p.endsOn', 'p.id'), '>', eb.tuple(...after!))))
    .orderBy('p.endsOn').orderBy('p.id').limit(limit + 1).execute()
}

/**
 * Checks what an entry write depends on, inside the caller's transaction: the period
 * exists in this city and is open (and stays so until commit), the task exists in this
 * city and belongs to the period's year.
 */
async function assertWritable(trx: Db, key: EntryKey) {
  const period = await lockPeriodForEntryWrite(trx, key.cityCode, key.periodId)
  if (!period) throw notFound('period', key.periodId)
  const task = await trx.selectFrom('tasks').select(['id', 'year'])
    .where('cityCode', '=', key.cityCode).where('id', '=', key.taskId).executeTakeFirst()
  if (!task) throw notFound('task', key.taskId)
  if (period.state === 'closed') throw periodClosed(period.id)
  if (task.year !== period.year) {
    throw unprocessable('year_mismatch', `task ${task.id} is on the ${task.year} list; period ${period.id} is in ${period.year}`)
  }
}

export type PutPrecondition = { ifMatch?: number, ifNoneMatch?: boolean }

/**
 * Creates or replaces the entry of a task in a period. Without a precondition the write
 * is one atomic upsert, so two first filings at once never collide; with If-Match only
 * the version read may be replaced. Call inside a transaction.
 */
export async function putEntry(trx: Db, key: EntryKey, input: ProgressEntryPut, pre: PutPrecondition = {}):
  Promise<{ entry: ProgressEntryRow, created: boolean }> {
  await assertWritable(trx, key)
  const fields = { status: input.status, progress: input.progress, nextSteps: input.nextSteps ?? '', remarks: input.remarks ?? '' }
  if (pre.ifMatch !== undefined) {
    const entry = await trx.updateTable('progressEntries')
      .set({ ...fields, version: sql<number>`version + 1`, updatedAt: sql<string>`now()` })
      .where('cityCode', '=', key.cityCode).where('taskId', '=', key.taskId).where('periodId', '=', key.periodId)
      .where('version', '=', pre.ifMatch)
      .returningAll().executeTakeFirst()
    if (!entry) throw preconditionFailed()
    return { entry, created: false }
  }
  const insert = trx.insertInto('progressEntries').values({ ...key, ...fields })
  if (pre.ifNoneMatch) {
    const entry = await insert.onConflict((oc) => oc.columns(['cityCode', 'taskId', 'periodId']).doNothing())
      .returningAll().executeTakeFirst()
    if (!entry) throw preconditionFailed('an entry already exists for this task and period')
    return { entry, created: true }
  }
  const { inserted, ...entry } = await insert
    .onConflict((oc) => oc.columns(['cityCode', 'taskId', 'periodId']).doUpdateSet({
      ...fields,
      version: sql<number>`progress_entries.version + 1`,
      updatedAt: sql<string>`now()`,
    }))
    .returningAll().returning(sql<boolean>`xmax = 0`.as('inserted'))
    .executeTakeFirstOrThrow()
  return { entry, created: inserted }
}

/** Call inside a transaction. */
export async function deleteEntry(trx: Db, key: EntryKey, ifMatch?: number) {
  await assertWritable(trx, key)
  const entry = await trx.deleteFrom('progressEntries')
    .where('cityCode', '=', key.cityCode).where('taskId', '=', key.taskId).where('periodId', '=', key.periodId)
    .$if(ifMatch !== undefined, (qb) => qb.where('version', '=', ifMatch!))
    .returningAll().executeTakeFirst()
  return written(entry, () => findEntry(trx, key), 'progress entry for task', `${key.taskId} in period ${key.periodId}`)
}
