import { type ExpressionBuilder, sql, type Transaction } from 'kysely'
import { jsonArrayFrom } from 'kysely/helpers/postgres'
import { Task, type TaskListQuery } from './tasks.schemas.js'
import type { Database, Db, LeadRole, ProgressStatus, TaskRow } from '../../db/database.js'
import { type IndicatorSource, type Target } from '../../shared/entryIndicators.js'
import type { TaskSchedule } from '../../shared/pace.js'
import { chunks, type ColumnSpec, jsonb, likeContains, updateEach } from '../../db/write.js'
import { indexTasks } from '../../db/searchIndex.js'
import { afterCursor, jsonPageOf, type PageQuery } from '../../db/page.js'
import { rowJson } from '../../db/json.js'
import { compiledOnce } from '../../db/compiled.js'

export type TaskLeadUnitView = { id: number, name: string, role: 'lead' | 'support', order: number }
export type TaskView = TaskRow & { leadUnits: TaskLeadUnitView[] }
/**
 * A task's lead units as PostgreSQL hands them over: a JSON array in the task's own row, in the report's order.
 * The subquery names the city by value, as Citus needs (docs/scale.md).
 */
const leadUnitsJson = (cityCode: string) => (eb: ExpressionBuilder<Database & { t: Database['tasks'] }, 't'>) => jsonArrayFrom(
  eb.selectFrom('taskLeadUnits as l')
    .innerJoin('leadUnits as u', (join) => join.on('u.cityCode', '=', cityCode).onRef('u.id', '=', 'l.leadUnitId'))
    // order counts from 0 in position order: positions may have gaps after a merge.
    .select(['u.id', 'u.name', 'l.role', sql<number>`(row_number() over (order by l.position) - 1)::int`.as('order')])
    .where('l.cityCode', '=', cityCode).whereRef('l.taskId', '=', 't.id')
    .orderBy('l.position')).as('leadUnits')

/**
 * The lead units of tasks just linked, as the links were written (in their order), with the
 * units' names read in one statement a chunk of units. Not read back through the links: in the
 * transaction that wrote them the planner has no statistics of those rows, and an import's
 * tens of thousands of tasks made that read quadratic.
 */
async function linkedLeadUnits(db: Db, cityCode: string, links: { taskId: number, leadUnits: LeadUnitLink[] }[]): Promise<Map<number, TaskLeadUnitView[]>> {
  const nameOf = new Map<number, string>()
  for (const batch of chunks([...new Set(links.flatMap((link) => link.leadUnits.map((unit) => unit.leadUnitId)))])) {
    const units = await db.selectFrom('leadUnits').select(['id', 'name']).where('cityCode', '=', cityCode).where('id', 'in', batch).execute()
    for (const unit of units) nameOf.set(unit.id, unit.name)
  }
  return new Map(links.map(({ taskId, leadUnits }) => [taskId,
    leadUnits.map((link, order) => ({ id: link.leadUnitId, name: nameOf.get(link.leadUnitId)!, role: link.role, order }))]))
}

/** Every task of a city's list for one year (not the parts of a split task), with its lead units, in one query whatever the list's length. */
export function listYearTasks(db: Db, cityCode: string, year: number): Promise<TaskView[]> {
  return db.selectFrom('tasks as t').selectAll('t').select(leadUnitsJson(cityCode))
    .where('t.cityCode', '=', cityCode).where('t.year', '=', year).where('t.parentId', 'is', null).execute()
}

/** The parts of a split task (县区分解), by seq. */
export function listParts(db: Db, cityCode: string, parentId: number): Promise<TaskView[]> {
  return db.selectFrom('tasks as t').selectAll('t').select(leadUnitsJson(cityCode))
    .where('t.cityCode', '=', cityCode).where('t.parentId', '=', parentId).orderBy('t.seq').orderBy('t.id').execute()
}

/** Whether a task is split into parts. */
export async function taskHasParts(db: Db, cityCode: string, id: number) {
  return Boolean(await db.selectFrom('tasks').select('id').where('cityCode', '=', cityCode).where('parentId', '=', id).limit(1).executeTakeFirst())
}

/**
 * The tasks of a year's list one unit leads (in any role, as for who may write their entries), with all their lead units, by seq:
 * what its return sheet holds. Not the parts of a split task, numbered under their parents: a sheet's 序号 names a task of the list.
 */
export function listUnitTasks(db: Db, cityCode: string, year: number, leadUnitId: number): Promise<TaskView[]> {
  return db.selectFrom('tasks as t').selectAll('t').select(leadUnitsJson(cityCode))
    .where('t.cityCode', '=', cityCode).where('t.year', '=', year).where('t.parentId', 'is', null)
    .where((eb) => eb.exists(eb.selectFrom('taskLeadUnits as l').select('l.taskId')
      .where('l.cityCode', '=', cityCode).whereRef('l.taskId', '=', 't.id').where('l.leadUnitId', '=', leadUnitId)))
    .orderBy('t.seq').orderBy('t.id').execute()
}

const taskById = compiledOnce((db: Db, cityCode: string, id: number) => db.selectFrom('tasks as t').selectAll('t').select(leadUnitsJson(cityCode))
  .where('t.cityCode', '=', cityCode).where('t.id', '=', id))

export async function findTask(db: Db, cityCode: string, id: number): Promise<TaskView | undefined> {
  return (await taskById(db, cityCode, id))[0]
}

/**
 * A task as the JSON of the Task schema, built by PostgreSQL with its lead units (what a read
 * sends as it is: see rowJson). array_agg, not json_agg, so the array is as compact as the rest.
 */
const taskJson = (cityCode: string) => rowJson(Task, 't', {
  leadUnits: sql`(select coalesce(array_to_json(array_agg(row_to_json(x) order by x."order")), '[]') from (
    select u.id, u.name, l.role, (row_number() over (order by l.position) - 1)::int as "order"
    from task_lead_units l join lead_units u on u.city_code = ${cityCode} and u.id = l.lead_unit_id
    where l.city_code = ${cityCode} and l.task_id = t.id) as x)`,
})

const taskJsonById = compiledOnce((db: Db, cityCode: string, id: number) => db.selectFrom('tasks as t')
  .select([taskJson(cityCode).as('json'), 't.version']).where('t.cityCode', '=', cityCode).where('t.id', '=', id))

/** The task's JSON as a read sends it, and its version for the ETag. */
export async function findTaskJson(db: Db, cityCode: string, id: number): Promise<{ json: string, version: number } | undefined> {
  return (await taskJsonById(db, cityCode, id))[0]
}

type TasksIn = ExpressionBuilder<Database & { t: Database['tasks'] }, 't'>
const entryOf = (eb: TasksIn, cityCode: string, periodId: number) => eb.selectFrom('progressEntries as e').select('e.id')
  .where('e.cityCode', '=', cityCode).whereRef('e.taskId', '=', 't.id').where('e.periodId', '=', periodId)

/** A page of a city's tasks, as JSON; a filter left undefined is not applied (one compilation for each set of filters). */
const taskPage = compiledOnce((db: Db, cityCode: string, take: number, year?: number, seq?: number, titleLike?: string, leadUnitId?: number,
  unreportedIn?: number, statusIn?: number, status?: ProgressStatus, afterYear?: number, afterSeq?: number, afterId?: number) =>
  db.selectFrom('tasks as t').select([taskJson(cityCode).as('json'), 't.year', 't.seq', 't.id'])
    .where('t.cityCode', '=', cityCode)
    .$if(year !== undefined, (qb) => qb.where('t.year', '=', year!))
    .$if(seq !== undefined, (qb) => qb.where('t.seq', '=', seq!))
    .$if(titleLike !== undefined, (qb) => qb.where('t.title', 'like', titleLike!))
    .$if(leadUnitId !== undefined, (qb) => qb.where((eb) => eb.exists(
      eb.selectFrom('taskLeadUnits as l').select('l.taskId')
        .where('l.cityCode', '=', cityCode).whereRef('l.taskId', '=', 't.id').where('l.leadUnitId', '=', leadUnitId!))))
    .$if(unreportedIn !== undefined, (qb) => qb.where((eb) => eb.not(eb.exists(entryOf(eb, cityCode, unreportedIn!)))))
    .$if(statusIn !== undefined, (qb) => qb.where((eb) => eb.exists(entryOf(eb, cityCode, statusIn!).where('e.status', '=', status!))))
    .$if(afterYear !== undefined, (qb) => qb.where((eb) => eb(eb.refTuple('t.year', 't.seq', 't.id'), '>', eb.tuple(afterYear!, afterSeq!, afterId!))))
    .orderBy('t.year').orderBy('t.seq').orderBy('t.id').limit(take))

export async function listTasks(db: Db, cityCode: string, query: TaskListQuery & PageQuery) {
  const { limit, year, seq, leadUnitId, periodId, status, q } = query
  const after = afterCursor<[number, number, number]>(query.cursor, ['number', 'number', 'number'])
  const reported = status !== undefined && status !== 'not_reported'
  const tasks = await taskPage(db, cityCode, limit + 1, year, seq, q === undefined ? undefined : likeContains(q), leadUnitId,
    status === 'not_reported' ? periodId : undefined, reported ? periodId : undefined, reported ? status : undefined, ...(after ?? []))
  return jsonPageOf(tasks, limit, (task) => [task.year, task.seq, task.id])
}

/** The columns a task is written with. */
export type TaskValues = Pick<TaskRow, 'year' | 'seq' | 'title' | 'category'> & Partial<Pick<TaskRow, 'part' | 'rollup'>> &
  { targets: Target[], targetsSource: IndicatorSource, schedule?: TaskSchedule | null }
/** A task's lead units in the order the report lists them. */
export type LeadUnitLink = { leadUnitId: number, role: LeadRole }
/** A task to create: a part names its parent. */
export type NewTask = TaskValues & { leadUnits: LeadUnitLink[], parentId?: number | null }
/** A change to a task as read under its lock (or by an import): the columns to set, and its new lead units if they change. */
export type TaskChange = { before: TaskView, set: Partial<TaskValues>, leadUnits?: LeadUnitLink[] }

const taskColumns: Record<keyof TaskValues, ColumnSpec> = {
  year: { column: 'year', type: 'integer' },
  seq: { column: 'seq', type: 'integer' },
  title: { column: 'title', type: 'text' },
  category: { column: 'category', type: 'text' },
  targets: { column: 'targets', type: 'jsonb', encode: jsonb },
  targetsSource: { column: 'targets_source', type: 'text' },
  schedule: { column: 'schedule', type: 'jsonb', encode: jsonb },
  part: { column: 'part', type: 'double precision' },
  rollup: { column: 'rollup', type: 'text' },
}

/**
 * Creates tasks with their lead-unit links and search documents, in chunks; the links must
 * name units of the city. Returns the tasks as read back, in the order given.
 */
export async function insertTaskRows(trx: Transaction<Database>, cityCode: string, tasks: NewTask[]): Promise<TaskView[]> {
  const views: TaskView[] = []
  for (const batch of chunks(tasks)) {
    const rows = await trx.insertInto('tasks')
      .values(batch.map(({ leadUnits, targets, schedule, ...fields }) => ({ ...fields, cityCode, targets: jsonb(targets)!, schedule: jsonb(schedule) })))
      .returningAll().execute()
    // (year, seq) is unique in a city's list, and seq under a parent: it tells which row is which task whatever order RETURNING gives.
    const keyOf = (task: { parentId?: number | null, year: number, seq: number }) => `${task.parentId ?? ''}:${task.year}:${task.seq}`
    const rowOf = new Map(rows.map((row) => [keyOf(row), row]))
    const created = batch.map((task) => ({ row: rowOf.get(keyOf(task))!, leadUnits: task.leadUnits }))
    const links = created.map(({ row, leadUnits }) => ({ taskId: row.id, leadUnits }))
    await insertLinks(trx, cityCode, links)
    await indexTasks(trx, cityCode, rows)
    const units = await linkedLeadUnits(trx, cityCode, links)
    views.push(...created.map(({ row }) => ({ ...row, leadUnits: units.get(row.id)! })))
  }
  return views
}

/**
 * Applies changes to tasks, one statement a chunk of changes that set the same columns,
 * each moving the task's version on, relinking the tasks whose lead units change. Returns
 * the tasks as they are now, in the order given (less any deleted meanwhile).
 */
export async function updateTaskRows(trx: Transaction<Database>, cityCode: string, changes: TaskChange[]): Promise<TaskView[]> {
  const rows = await updateEach<TaskRow, keyof TaskValues>(trx, 'tasks', taskColumns, cityCode,
    changes.map(({ before, set }) => ({ id: before.id, set })))
  const relinked = changes.filter((change) => change.leadUnits !== undefined).map(({ before, leadUnits }) => ({ taskId: before.id, leadUnits: leadUnits! }))
  await replaceLeadUnitLinks(trx, cityCode, relinked)
  const units = await linkedLeadUnits(trx, cityCode, relinked)
  // A task deleted meanwhile (an import reads the list without locking it) is not updated.
  const done = changes.filter(({ before }) => rows.has(before.id))
  await indexTasks(trx, cityCode, done.filter(({ set }) => set.title !== undefined || set.category !== undefined).map(({ before }) => rows.get(before.id)!))
  return done.map(({ before }) => ({ ...rows.get(before.id)!, leadUnits: units.get(before.id) ?? before.leadUnits }))
}

/** Replaces the lead-unit links of tasks that have some (or may have), in chunks. */
export async function replaceLeadUnitLinks(trx: Transaction<Database>, cityCode: string, links: { taskId: number, leadUnits: LeadUnitLink[] }[]) {
  for (const batch of chunks(links)) {
    await trx.deleteFrom('taskLeadUnits').where('cityCode', '=', cityCode).where('taskId', 'in', batch.map((link) => link.taskId)).execute()
  }
  await insertLinks(trx, cityCode, links)
}

async function insertLinks(trx: Transaction<Database>, cityCode: string, links: { taskId: number, leadUnits: LeadUnitLink[] }[]) {
  const values = links.flatMap(({ taskId, leadUnits }) =>
    leadUnits.map((link, position) => ({ cityCode, taskId, leadUnitId: link.leadUnitId, role: link.role, position })))
  for (const batch of chunks(values)) await trx.insertInto('taskLeadUnits').values(batch).execute()
}

/** Which of the ids are units of the city. */
export async function knownLeadUnitIds(db: Db, cityCode: string, ids: number[]) {
  return (await db.selectFrom('leadUnits').select('id').where('cityCode', '=', cityCode).where('id', 'in', ids).execute()).map((unit) => unit.id)
}

/** The task, locked until commit: entry writes of it wait, and it cannot be changed twice at once. */
export const lockTask = (trx: Transaction<Database>, cityCode: string, id: number) => trx.selectFrom('tasks').select('id')
  .where('cityCode', '=', cityCode).where('id', '=', id).forNoKeyUpdate().executeTakeFirst()

/** An entry of the task in a period of another year than `year`, if any. */
export function entryOutsideYear(db: Db, cityCode: string, id: number, year: number) {
  return db.selectFrom('progressEntries as e')
    .innerJoin('periods as p', (join) => join.on('p.cityCode', '=', cityCode).onRef('p.id', '=', 'e.periodId'))
    .select(['p.id', 'p.year'])
    .where('e.cityCode', '=', cityCode).where('e.taskId', '=', id).where('p.year', '<>', year)
    .limit(1).executeTakeFirst()
}

export async function taskHasEntries(db: Db, cityCode: string, id: number) {
  return Boolean(await db.selectFrom('progressEntries').select('id').where('cityCode', '=', cityCode).where('taskId', '=', id).limit(1).executeTakeFirst())
}

export async function deleteTaskRow(trx: Transaction<Database>, cityCode: string, id: number) {
  await trx.deleteFrom('tasks').where('cityCode', '=', cityCode).where('id', '=', id).execute()
}

/** The entries of tasks (a split task's parts) in one period, by task id. */
export async function partEntries(db: Db, cityCode: string, periodId: number, taskIds: number[]) {
  if (taskIds.length === 0) return new Map<number, never>()
  const rows = await db.selectFrom('progressEntries').select(['taskId', 'state', 'status', 'pace'])
    .where('cityCode', '=', cityCode).where('periodId', '=', periodId).where('taskId', 'in', taskIds).where('state', '!=', 'draft').execute()
  return new Map(rows.map((row) => [Number(row.taskId), row as typeof row & { state: 'submitted' | 'returned' | 'accepted' }]))
}

/** What the office's summary calls each of the units (their shortName), where it has a name for them. */
export async function unitShortNames(db: Db, cityCode: string, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map()
  const rows = await db.selectFrom('leadUnits').select(['id', 'shortName']).where('cityCode', '=', cityCode).where('id', 'in', [...new Set(ids)])
    .where('shortName', 'is not', null).execute()
  return new Map(rows.map((row) => [Number(row.id), row.shortName!]))
}
