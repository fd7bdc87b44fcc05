import { NotFound, PeriodClosed, PreconditionFailed, Unprocessable } from '../../domain/errors.js'
import type { ProgressEntryPut } from '../../schemas/progress.js'
import type { Db, ProgressEntryRow, ProgressStatus } from '../database.js'
import { lockPeriodForEntryWrite } from './periods.js'
import { actualFor } from '../../domain/entryIndicators.js'
import { type Actor, recordAudit } from './audit.js'
import { bumpVersion, current } from './write.js'

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
 * exists in this city and is open (held FOR SHARE, so a close waits for this write), the
 * task exists in this city and belongs to the period's year. The task row stays locked
 * until commit: entry writes of one task queue, and its year cannot change meanwhile.
 */
async function assertWritable(trx: Db, key: EntryKey) {
  const period = await lockPeriodForEntryWrite(trx, key.cityCode, key.periodId)
  if (!period) throw new NotFound('period', key.periodId)
  const task = await trx.selectFrom('tasks').select(['id', 'year', 'targets'])
    .where('cityCode', '=', key.cityCode).where('id', '=', key.taskId).forNoKeyUpdate().executeTakeFirst()
  if (!task) throw new NotFound('task', key.taskId)
  if (period.state === 'closed') throw new PeriodClosed(period.id)
  if (task.year !== period.year) {
    throw new Unprocessable('year_mismatch', `task ${task.id} is on the ${task.year} list; period ${period.id} is in ${period.year}`)
  }
  return task
}

export type PutPrecondition = { ifMatch?: number, ifNoneMatch?: boolean }

const entryName = (key: EntryKey) => `${key.taskId} in period ${key.periodId}`

/**
 * Creates or replaces the entry of a task in a period. With If-Match only the version read
 * may be replaced; with If-None-Match: * only a first filing is accepted. The actual figure
 * and rank are what the caller sends, else what a person set before, else read from the
 * progress text. Call inside a transaction.
 */
export async function putEntry(trx: Db, actor: Actor, key: EntryKey, input: ProgressEntryPut, pre: PutPrecondition = {}):
  Promise<{ entry: ProgressEntryRow, created: boolean }> {
  const task = await assertWritable(trx, key)
  const before = await findEntry(trx, key)
  // If-Match names a version that must exist: with no entry there is nothing to match (RFC 9110).
  if (pre.ifMatch !== undefined && before?.version !== pre.ifMatch) throw new PreconditionFailed()
  if (pre.ifNoneMatch && before) throw new PreconditionFailed('an entry already exists for this task and period')
  const fields = { status: input.status, progress: input.progress, nextSteps: input.nextSteps ?? '', remarks: input.remarks ?? '' }
  const figures = input.actual !== undefined || input.rank !== undefined
    ? { actual: JSON.stringify(input.actual ?? null), rank: JSON.stringify(input.rank ?? null), indicatorsSource: 'manual' as const }
    : before?.indicatorsSource === 'manual'
      ? {}
      : (({ actual, rank }) => ({ actual: JSON.stringify(actual), rank: JSON.stringify(rank), indicatorsSource: 'extracted' as const }))(
          actualFor(fields.progress, task.targets))
  const entry = before
    ? await trx.updateTable('progressEntries').set({ ...fields, ...figures, ...bumpVersion() })
      .where('cityCode', '=', key.cityCode).where('id', '=', before.id).returningAll().executeTakeFirstOrThrow()
    : await trx.insertInto('progressEntries').values({ ...key, ...fields, ...figures }).returningAll().executeTakeFirstOrThrow()
  await recordAudit(trx, actor, { cityCode: key.cityCode, action: before ? 'update' : 'create', entity: 'progress_entry', entityId: entry.id, before, after: entry })
  return { entry, created: !before }
}

/** Call inside a transaction. */
export async function deleteEntry(trx: Db, actor: Actor, key: EntryKey, ifMatch?: number) {
  await assertWritable(trx, key)
  const before = current(await findEntry(trx, key), ifMatch, 'progress entry for task', entryName(key))
  await trx.deleteFrom('progressEntries').where('cityCode', '=', key.cityCode).where('id', '=', before.id).execute()
  await recordAudit(trx, actor, { cityCode: key.cityCode, action: 'delete', entity: 'progress_entry', entityId: before.id, before })
  return before
}
