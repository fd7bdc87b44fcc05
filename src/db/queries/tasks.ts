import { sql } from 'kysely'
import { Conflict, Invalid, NotFound, Unprocessable } from '../../domain/errors.js'
import type { TaskCreate, TaskListQuery, TaskPatch } from '../../schemas/tasks.js'
import type { Db, TaskRow } from '../database.js'
import { targetsFor } from '../../domain/entryIndicators.js'
import { type Actor, recordAudit } from './audit.js'
import { bumpVersion, current, likeContains } from './write.js'
import { findPeriod } from './periods.js'

export type TaskLeadUnitView = { id: number, name: string, role: 'lead' | 'support', order: number }
export type TaskView = TaskRow & { leadUnits: TaskLeadUnitView[] }

/** The lead units of several tasks in one query, in the order the report lists them. */
export async function leadUnitsOf(db: Db, cityCode: string, taskIds: number[]): Promise<Map<number, TaskLeadUnitView[]>> {
  const byTask = new Map<number, TaskLeadUnitView[]>(taskIds.map((id) => [id, []]))
  if (taskIds.length === 0) return byTask
  const links = await db.selectFrom('taskLeadUnits as l')
    .innerJoin('leadUnits as u', (join) => join.onRef('u.cityCode', '=', 'l.cityCode').onRef('u.id', '=', 'l.leadUnitId'))
    .select(['l.taskId', 'u.id', 'u.name', 'l.role', 'l.position'])
    .where('l.cityCode', '=', cityCode).where('l.taskId', 'in', taskIds)
    .orderBy('l.taskId').orderBy('l.position').execute()
  // order counts from 0 in position order: positions may have gaps after a merge.
  for (const link of links) {
    const units = byTask.get(link.taskId)
    units?.push({ id: link.id, name: link.name, role: link.role, order: units.length })
  }
  return byTask
}

async function withLeadUnits(db: Db, cityCode: string, tasks: TaskRow[]): Promise<TaskView[]> {
  const units = await leadUnitsOf(db, cityCode, tasks.map((task) => task.id))
  return tasks.map((task) => ({ ...task, leadUnits: units.get(task.id) ?? [] }))
}

export async function findTask(db: Db, cityCode: string, id: number): Promise<TaskView | undefined> {
  const task = await db.selectFrom('tasks').selectAll().where('cityCode', '=', cityCode).where('id', '=', id).executeTakeFirst()
  return task && (await withLeadUnits(db, cityCode, [task]))[0]
}

export async function listTasks(db: Db, cityCode: string, query: TaskListQuery & { limit: number }, after?: [number, number, number]) {
  const { limit, year, seq, leadUnitId, periodId, status, q } = query
  if ((status === undefined) !== (periodId === undefined)) {
    throw new Invalid([{ field: status === undefined ? 'status' : 'periodId', message: 'is required with the other' }],
      'status and periodId filter together: the status of the task\'s entry in that period')
  }
  if (periodId !== undefined && !(await findPeriod(db, cityCode, periodId))) throw new NotFound('period', periodId)
  const entryIn = (eb: any) => eb.selectFrom('progressEntries as e').select('e.id')
    .whereRef('e.cityCode', '=', 't.cityCode').whereRef('e.taskId', '=', 't.id').where('e.periodId', '=', periodId)
  const tasks = await db.selectFrom('tasks as t').selectAll('t')
    .where('t.cityCode', '=', cityCode)
    .$if(year !== undefined, (qb) => qb.where('t.year', '=', year!))
    .$if(seq !== undefined, (qb) => qb.where('t.seq', '=', seq!))
    .$if(q !== undefined, (qb) => qb.where('t.title', 'like', likeContains(q!)))
    .$if(leadUnitId !== undefined, (qb) => qb.where((eb) => eb.exists(
      eb.selectFrom('taskLeadUnits as l').select('l.taskId')
        .whereRef('l.cityCode', '=', 't.cityCode').whereRef('l.taskId', '=', 't.id').where('l.leadUnitId', '=', leadUnitId!))))
    .$if(status === 'not_reported', (qb) => qb.where((eb) => eb.not(eb.exists(entryIn(eb)))))
    .$if(status !== undefined && status !== 'not_reported', (qb) => qb.where((eb) => eb.exists(entryIn(eb).where('e.status', '=', status))))
    .$if(after !== undefined, (qb) => qb.where((eb) => eb(eb.refTuple('t.year', 't.seq', 't.id'), '>', eb.tuple(...after!))))
    .orderBy('t.year').orderBy('t.seq').orderBy('t.id').limit(limit + 1).execute()
  return withLeadUnits(db, cityCode, tasks)
}

async function linkLeadUnits(db: Db, cityCode: string, taskId: number, leadUnits: TaskCreate['leadUnits']) {
  const ids = leadUnits.map((link) => link.leadUnitId)
  if (new Set(ids).size !== ids.length) {
    throw new Invalid([{ field: 'leadUnits', message: 'must not repeat a leadUnitId' }], 'a lead unit is listed twice')
  }
  const known = await db.selectFrom('leadUnits').select('id').where('cityCode', '=', cityCode).where('id', 'in', ids).execute()
  const missing = ids.find((id) => !known.some((unit) => unit.id === id))
  if (missing !== undefined) throw new NotFound('lead unit', missing)
  await db.deleteFrom('taskLeadUnits').where('cityCode', '=', cityCode).where('taskId', '=', taskId).execute()
  await db.insertInto('taskLeadUnits')
    .values(leadUnits.map((link, position) => ({ cityCode, taskId, leadUnitId: link.leadUnitId, role: link.role, position })))
    .execute()
}

const lockTask = (trx: Db, cityCode: string, id: number) => trx.selectFrom('tasks').select('id')
  .where('cityCode', '=', cityCode).where('id', '=', id).forNoKeyUpdate().executeTakeFirst()

/** Call inside a transaction: the task, its lead-unit links and the audit row are written together. */
export async function insertTask(trx: Db, actor: Actor, cityCode: string, input: TaskCreate): Promise<TaskView> {
  const { leadUnits, targets, ...fields } = input
  const task = await trx.insertInto('tasks').values({
    ...fields, category: fields.category ?? null, cityCode,
    targets: JSON.stringify(targets ?? targetsFor(fields.title)), targetsSource: targets ? 'manual' : 'extracted',
  }).returningAll().executeTakeFirstOrThrow()
  await linkLeadUnits(trx, cityCode, task.id, leadUnits)
  const after = (await findTask(trx, cityCode, task.id))!
  await recordAudit(trx, actor, { cityCode, action: 'create', entity: 'task', entityId: task.id, after })
  return after
}

/**
 * Call inside a transaction. Targets a person sends are kept as set; otherwise they follow
 * the title.
 */
export async function updateTask(trx: Db, actor: Actor, cityCode: string, id: number, patch: TaskPatch, ifMatch?: number): Promise<TaskView> {
  await lockTask(trx, cityCode, id)
  const before = current(await findTask(trx, cityCode, id), ifMatch, 'task', id)
  const { leadUnits, targets, ...fields } = patch
  // Entry writes hold the task locked, so no entry of another year can appear meanwhile.
  if (fields.year !== undefined && fields.year !== before.year) {
    const entry = await trx.selectFrom('progressEntries as e')
      .innerJoin('periods as p', (join) => join.onRef('p.cityCode', '=', 'e.cityCode').onRef('p.id', '=', 'e.periodId'))
      .select(['p.id', 'p.year'])
      .where('e.cityCode', '=', cityCode).where('e.taskId', '=', id).where('p.year', '<>', fields.year)
      .limit(1).executeTakeFirst()
    if (entry) throw new Unprocessable('year_mismatch', `task ${id} has an entry in period ${entry.id} of ${entry.year}; it cannot move to ${fields.year}`)
  }
  const indicators = targets !== undefined
    ? { targets: JSON.stringify(targets), targetsSource: 'manual' as const }
    : fields.title !== undefined && before.targetsSource === 'extracted'
      ? { targets: JSON.stringify(targetsFor(fields.title)) }
      : {}
  await trx.updateTable('tasks').set({ ...fields, ...indicators, ...bumpVersion() })
    .where('cityCode', '=', cityCode).where('id', '=', id).execute()
  if (leadUnits) await linkLeadUnits(trx, cityCode, id, leadUnits)
  const after = (await findTask(trx, cityCode, id))!
  await recordAudit(trx, actor, { cityCode, action: 'update', entity: 'task', entityId: id, before, after })
  return after
}

/** A task that has progress entries keeps them: delete the entries first. Call inside a transaction. */
export async function deleteTask(trx: Db, actor: Actor, cityCode: string, id: number, ifMatch?: number): Promise<TaskView> {
  await lockTask(trx, cityCode, id)
  const before = current(await findTask(trx, cityCode, id), ifMatch, 'task', id)
  const entry = await trx.selectFrom('progressEntries').select('id')
    .where('cityCode', '=', cityCode).where('taskId', '=', id).limit(1).executeTakeFirst()
  if (entry) throw new Conflict('task_has_progress', `task ${id} has progress entries; delete them first`)
  await trx.deleteFrom('tasks').where('cityCode', '=', cityCode).where('id', '=', id).execute()
  await recordAudit(trx, actor, { cityCode, action: 'delete', entity: 'task', entityId: id, before })
  return before
}
