import { sql } from 'kysely'
import { badRequest, conflict, notFound } from '../../http/problem.js'
import type { TaskCreate, TaskListQuery, TaskPatch } from '../../schemas/tasks.js'
import type { Db, TaskRow } from '../database.js'
import { bumpVersion, likeContains, written } from './write.js'
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
  for (const link of links) byTask.get(link.taskId)?.push({ id: link.id, name: link.name, role: link.role, order: link.position })
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
    throw badRequest('validation_failed', 'status and periodId filter together: the status of the task\'s entry in that period',
      [{ field: status === undefined ? 'querystring/status' : 'querystring/periodId', message: 'is required with the other' }])
  }
  if (periodId !== undefined && !(await findPeriod(db, cityCode, periodId))) throw notFound('period', periodId)
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
    throw badRequest('validation_failed', 'a lead unit is listed twice', [{ field: 'body/leadUnits', message: 'must not repeat a leadUnitId' }])
  }
  const known = await db.selectFrom('leadUnits').select('id').where('cityCode', '=', cityCode).where('id', 'in', ids).execute()
  const missing = ids.find((id) => !known.some((unit) => unit.id === id))
  if (missing !== undefined) throw notFound('lead unit', missing)
  await db.deleteFrom('taskLeadUnits').where('cityCode', '=', cityCode).where('taskId', '=', taskId).execute()
  await db.insertInto('taskLeadUnits')
    .values(leadUnits.map((link, position) => ({ cityCode, taskId, leadUnitId: link.leadUnitId, role: link.role, position })))
    .execute()
}

/** Call inside a transaction: the task and its lead-unit links are written together. */
export async function insertTask(trx: Db, cityCode: string, input: TaskCreate): Promise<TaskView> {
  const { leadUnits, ...fields } = input
  const task = await trx.insertInto('tasks').values({ ...fields, category: fields.category ?? null, cityCode })
    .returningAll().executeTakeFirstOrThrow()
  await linkLeadUnits(trx, cityCode, task.id, leadUnits)
  return (await findTask(trx, cityCode, task.id))!
}

/** Call inside a transaction. */
export async function updateTask(trx: Db, cityCode: string, id: number, patch: TaskPatch, ifMatch?: number): Promise<TaskView> {
  const { leadUnits, ...fields } = patch
  const row = await trx.updateTable('tasks').set({ ...fields, ...bumpVersion() })
    .where('cityCode', '=', cityCode).where('id', '=', id)
    .$if(ifMatch !== undefined, (qb) => qb.where('version', '=', ifMatch!))
    .returningAll().executeTakeFirst()
  await written(row, () => findTask(trx, cityCode, id), 'task', id)
  if (leadUnits) await linkLeadUnits(trx, cityCode, id, leadUnits)
  return (await findTask(trx, cityCode, id))!
}

/** A task that has progress entries keeps them: delete the entries first. Call inside a transaction. */
export async function deleteTask(trx: Db, cityCode: string, id: number, ifMatch?: number): Promise<TaskView> {
  const task = await findTask(trx, cityCode, id)
  const entry = await trx.selectFrom('progressEntries').select('id')
    .where('cityCode', '=', cityCode).where('taskId', '=', id).limit(1).executeTakeFirst()
  if (task && entry) throw conflict('task_has_progress', `task ${id} has progress entries; delete them first`)
  const row = await trx.deleteFrom('tasks').where('cityCode', '=', cityCode).where('id', '=', id)
    .$if(ifMatch !== undefined, (qb) => qb.where('version', '=', ifMatch!))
    .returning(sql<number>`1`.as('deleted')).executeTakeFirst()
  await written(row, () => Promise.resolve(task), 'task', id)
  return task!
}
