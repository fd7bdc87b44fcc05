/**
 * The commands of the city's list of tasks: create (one, or a report's many), change, delete;
 * each audited and written to the event feed with its lead units by name.
 */
import { refreshEntryFigures } from '../entries/entries.service.js'
import type { Transaction } from 'kysely'
import type { Database, Db } from '../../db/database.js'
import { type Actor, recordAudit, recordAudits } from '../../db/audit.js'
import { emitEvent, emitEvents } from '../../db/outbox.js'
import type { PageQuery } from '../../db/page.js'
import { current } from '../../db/write.js'
import { targetsFor } from '../../shared/entryIndicators.js'
import { Conflict, Invalid, NotFound, Unprocessable } from '../../shared/errors.js'
import type { EventType } from '../../shared/values.js'
import { findPeriod } from '../periods/periods.service.js'
import {
  deleteTaskRow, entryOutsideYear, findTask, insertTaskRows, knownLeadUnitIds, type LeadUnitLink, listParts, listTasks as listTaskPage, lockTask, type NewTask,
  partEntries, type TaskChange, taskHasEntries, taskHasParts, type TaskView, unitShortNames, updateTaskRows,
} from './tasks.repository.js'
import type { TaskCreate, TaskListQuery, TaskPatch, TaskSchedule } from './tasks.schemas.js'
import { type Rollup, rollUp, type RollupPart } from './tasks.rollup.js'
import { dueShare } from '../../shared/pace.js'

export { findTask, findTaskJson, type LeadUnitLink, listUnitTasks, listYearTasks, type TaskView } from './tasks.repository.js'
export { type Rollup, rollUp, type RollupPart } from './tasks.rollup.js'
export { dueShare } from '../../shared/pace.js'

/** The city's tasks, filtered; a status filter names the period whose entries it reads. */
export async function listTasks(db: Db, cityCode: string, query: TaskListQuery & PageQuery) {
  const { status, periodId } = query
  if ((status === undefined) !== (periodId === undefined)) {
    throw new Invalid([{ field: status === undefined ? 'status' : 'periodId', message: 'is required with the other' }],
      'status and periodId filter together: the status of the task\'s entry in that period')
  }
  if (periodId !== undefined && !(await findPeriod(db, cityCode, periodId))) throw new NotFound('period', periodId)
  return listTaskPage(db, cityCode, query)
}

/** A task's event: the task as it is (or was), with its lead units by name. */
const taskEvent = (type: EventType, task: TaskView) => ({
  cityCode: task.cityCode, type, subject: `task:${task.id}`,
  data: {
    taskId: task.id, year: task.year, seq: task.seq, title: task.title, category: task.category, version: task.version, parentId: task.parentId,
    leadUnits: task.leadUnits.map(({ id, name, role }) => ({ id, name, role })),
  },
})

/** Creates tasks (a person's one, or a report's many): each audited as `action` and announced as task.created. */
export async function insertTasks(trx: Transaction<Database>, actor: Actor, cityCode: string, tasks: NewTask[], action = 'create'): Promise<TaskView[]> {
  const created = await insertTaskRows(trx, cityCode, tasks)
  await recordAudits(trx, actor, created.map((after) => ({ cityCode, action, entity: 'task', entityId: after.id, after })))
  await emitEvents(trx, actor, cityCode, created.map((task) => taskEvent('task.created', task)))
  return created
}

/** Changes tasks: each audited as `action` and announced as task.updated. */
export async function updateTasks(trx: Transaction<Database>, actor: Actor, cityCode: string, changes: TaskChange[], action = 'update'): Promise<TaskView[]> {
  const updated = await updateTaskRows(trx, cityCode, changes)
  const beforeOf = new Map(changes.map(({ before }) => [before.id, before]))
  // New targets or a new schedule: the figures read from the task's entries and their pace follow them.
  for (const after of updated) {
    const before = beforeOf.get(after.id)!
    if (JSON.stringify([after.targets, after.schedule]) !== JSON.stringify([before.targets, before.schedule])) {
      await refreshEntryFigures(trx, cityCode, { taskId: after.id })
    }
  }
  await recordAudits(trx, actor, updated.map((after) => ({ cityCode, action, entity: 'task', entityId: after.id, before: beforeOf.get(after.id), after })))
  await emitEvents(trx, actor, cityCode, updated.map((task) => taskEvent('task.updated', task)))
  return updated
}

/** The links a person sends name each unit once, and only units of the city. */
async function checkLeadUnits(db: Db, cityCode: string, leadUnits: LeadUnitLink[]) {
  const ids = leadUnits.map((link) => link.leadUnitId)
  if (new Set(ids).size !== ids.length) {
    throw new Invalid([{ field: 'leadUnits', message: 'must not repeat a leadUnitId' }], 'a lead unit is listed twice')
  }
  const known = await knownLeadUnitIds(db, cityCode, ids)
  const missing = ids.find((id) => !known.includes(id))
  if (missing !== undefined) throw new NotFound('lead unit', missing)
}

/**
 * A task's schedule is the office's yardstick for its year: its dates lie in the task's year,
 * the shares' dates rise and their shares do not fall, each milestone is named once.
 */
function checkSchedule(schedule: TaskSchedule | null | undefined, year: number) {
  if (!schedule) return
  const problems: { field: string, message: string }[] = []
  const inYear = (date: string, field: string) => {
    if (Number(date.slice(0, 4)) !== year) problems.push({ field, message: `must be a date of the task's year ${year}` })
  }
  schedule.shares?.forEach((point, i) => {
    inYear(point.by, `schedule.shares[${i}].by`)
    const before = schedule.shares![i - 1]
    if (before && point.by <= before.by) problems.push({ field: `schedule.shares[${i}].by`, message: 'must come after the date before it' })
    if (before && point.percent < before.percent) problems.push({ field: `schedule.shares[${i}].percent`, message: 'must not be less than the share before it' })
  })
  schedule.milestones?.forEach((milestone, i) => {
    inYear(milestone.due, `schedule.milestones[${i}].due`)
    if (schedule.milestones!.findIndex((other) => other.name.trim() === milestone.name.trim()) < i) {
      problems.push({ field: `schedule.milestones[${i}].name`, message: 'names a milestone already given' })
    }
  })
  if (problems.length > 0) throw new Invalid(problems, 'the schedule is not one of the task\'s year, in order')
}

/**
 * 县区分解 is one level deep: a part's parent is a task of the list of the same year; only a part
 * has a weight (part), only a task of the list a rule for its parts (rollup).
 */
async function checkSplit(trx: Transaction<Database>, cityCode: string, task: { parentId: number | null, year: number, part?: number | null, rollup?: string | null }) {
  if (task.parentId === null) {
    if ((task.part ?? null) !== null) throw new Invalid([{ field: 'part', message: 'is a part\'s weight: set parentId too' }], 'only a part of a split task has a weight')
    return
  }
  if ((task.rollup ?? null) !== null) throw new Invalid([{ field: 'rollup', message: 'is the rule of a split task, not of its part' }], 'a part has no parts to roll up')
  await lockTask(trx, cityCode, task.parentId)
  const parent = await findTask(trx, cityCode, task.parentId)
  if (!parent) throw new NotFound('task', task.parentId)
  if (parent.parentId !== null) throw new Unprocessable('part_of_part', `task ${parent.id} is itself a part of task ${parent.parentId}; a task is split one level deep`)
  if (parent.year !== task.year) throw new Unprocessable('year_mismatch', `task ${parent.id} is of ${parent.year}; its part cannot be of ${task.year}`)
}

export async function insertTask(trx: Transaction<Database>, actor: Actor, cityCode: string, input: TaskCreate): Promise<TaskView> {
  const { leadUnits, targets, ...fields } = input
  checkSchedule(fields.schedule, fields.year)
  await checkSplit(trx, cityCode, { ...fields, parentId: fields.parentId ?? null })
  await checkLeadUnits(trx, cityCode, leadUnits)
  const [task] = await insertTasks(trx, actor, cityCode, [{
    ...fields, category: fields.category ?? null,
    targets: targets ?? targetsFor(fields.title), targetsSource: targets ? 'manual' : 'extracted', leadUnits,
  }])
  return task!
}

/** Targets a person sends are kept as set; otherwise they follow the title. */
export async function updateTask(trx: Transaction<Database>, actor: Actor, cityCode: string, id: number, patch: TaskPatch, ifMatch?: number): Promise<TaskView> {
  await lockTask(trx, cityCode, id)
  const before = current(await findTask(trx, cityCode, id), ifMatch, 'task', id)
  const { leadUnits, targets, ...fields } = patch
  // Entry writes hold the task locked, so no entry of another year can appear meanwhile.
  if (fields.year !== undefined && fields.year !== before.year) {
    const entry = await entryOutsideYear(trx, cityCode, id, fields.year)
    if (entry) throw new Unprocessable('year_mismatch', `task ${id} has an entry in period ${entry.id} of ${entry.year}; it cannot move to ${fields.year}`)
  }
  checkSchedule(fields.schedule === undefined ? before.schedule : fields.schedule, fields.year ?? before.year)
  if (before.parentId === null && fields.year !== undefined && fields.year !== before.year && await taskHasParts(trx, cityCode, id)) {
    throw new Conflict('task_has_parts', `task ${id} is split into parts of ${before.year}; it cannot move to ${fields.year}`)
  }
  if (fields.part !== undefined || fields.rollup !== undefined || (before.parentId !== null && fields.year !== undefined)) {
    await checkSplit(trx, cityCode, { parentId: before.parentId, year: fields.year ?? before.year, part: fields.part, rollup: fields.rollup })
  }
  const indicators = targets !== undefined
    ? { targets, targetsSource: 'manual' as const }
    : fields.title !== undefined && before.targetsSource === 'extracted'
      ? { targets: targetsFor(fields.title) }
      : {}
  if (leadUnits) await checkLeadUnits(trx, cityCode, leadUnits)
  const [after] = await updateTasks(trx, actor, cityCode, [{ before, set: { ...fields, ...indicators }, leadUnits }])
  return after!
}

/** A task that has progress entries keeps them: delete the entries first. */
export async function deleteTask(trx: Transaction<Database>, actor: Actor, cityCode: string, id: number, ifMatch?: number): Promise<TaskView> {
  await lockTask(trx, cityCode, id)
  const before = current(await findTask(trx, cityCode, id), ifMatch, 'task', id)
  if (await taskHasEntries(trx, cityCode, id)) throw new Conflict('task_has_progress', `task ${id} has progress entries; delete them first`)
  if (await taskHasParts(trx, cityCode, id)) throw new Conflict('task_has_parts', `task ${id} is split into parts; delete them first`)
  await deleteTaskRow(trx, cityCode, id)
  await recordAudit(trx, actor, { cityCode, action: 'delete', entity: 'task', entityId: id, before })
  await emitEvent(trx, actor, taskEvent('task.deleted', before))
  return before
}

/** How a split task stands in a period by its parts' entries (tasks.rollup.ts). */
export async function taskRollup(db: Db, cityCode: string, taskId: number, periodId: number): Promise<Rollup> {
  const task = await findTask(db, cityCode, taskId)
  if (!task) throw new NotFound('task', taskId)
  const period = await findPeriod(db, cityCode, periodId)
  if (!period) throw new NotFound('period', periodId)
  if (period.year !== task.year) throw new Unprocessable('year_mismatch', `task ${taskId} is of ${task.year}, period ${periodId} of ${period.year}`)
  const parts = await listParts(db, cityCode, taskId)
  const entries = await partEntries(db, cityCode, periodId, parts.map((part) => part.id))
  const units = await unitShortNames(db, cityCode, parts.flatMap((part) => part.leadUnits.map((unit) => unit.id)))
  return rollUp(task.rollup, parts.map((part): RollupPart => {
    const entry = entries.get(part.id)
    return {
      taskId: part.id, seq: part.seq, title: part.title, part: part.part,
      leadUnits: part.leadUnits.filter((unit) => unit.role === 'lead').map(({ id, name }) => ({ id, name, shortName: units.get(id) ?? null })),
      state: entry?.state ?? null, status: entry?.state === 'accepted' ? entry.status : null, pace: entry?.state === 'accepted' ? entry.pace : null,
    }
  }), dueShare(task.schedule?.shares, period))
}
