import type { Actual, Rank, Target } from '../../shared/entryIndicators.js'
import type { Db, ProgressStatus, TaskRollupRule } from '../../db/database.js'
import type { Pace, TaskSchedule } from '../../shared/pace.js'

export interface ReportRow {
  taskId: number
  seq: number
  title: string
  targets: Target[]
  /** The office's own schedule of the task (shared/pace.ts), the forecast's shape when it gives shares. */
  schedule: TaskSchedule | null
  /** shortName: the alias the office's summary calls the unit by, or null. */
  leadUnits: { id: number, name: string, shortName: string | null }[]
  /** Where the entry is in the review; null: no entry, or only a draft (not reported). Only an accepted entry has a status and text. */
  state: 'submitted' | 'returned' | 'accepted' | null
  status: ProgressStatus | null
  progress: string | null
  nextSteps: string | null
  remarks: string | null
  actual: Actual | null
  rank: Rank | null
  /** 序时进度 of the accepted entry's figures (shared/pace.ts); null: none accepted, or no measurable target. */
  pace: Pace | null
  /** The entry was submitted after its deadline. */
  late: boolean
  /** 县区分解: how the task's status follows its parts (null: the weakest part's), and its parts as this period has them (none: not split). */
  rollupRule: TaskRollupRule | null
  parts: ReportPart[]
}

/** A part of a split task in the period: as tasks.rollup.ts reads it. */
export type ReportPart = Pick<ReportRow, 'taskId' | 'seq' | 'title' | 'state' | 'status' | 'pace'> & { leadUnits: ReportRow['leadUnits'], part: number | null }

/**
 * Every task on the city's list for the period's year, in seq order (the parts of a split task
 * with their parent, not as rows of the list), with its entry for
 * the period (null fields where none was accepted: a draft, or an entry still under review, is
 * not yet the office's word) and its lead units in report order. The
 * summary and the exports are built from it. Call it in a repeatable read transaction for
 * one snapshot: it reads with four statements, whatever the list's length.
 *
 * Four plain statements, each one index range (the year's tasks, the period's entries, those
 * tasks' unit links, the city's units), joined here. Their plans do not rest on planner
 * statistics: one statement joining them all had plans that did. A list just imported has no
 * statistics until autovacuum's analyze comes round, and the plan chosen on "one row a table"
 * (the year's lead units aggregated in full once per task, every entry of the period scanned
 * once per task) took 80–120 ms for 淮南's 262 tasks; with statistics, 6–8 ms, most of it
 * building each task's units as JSON in the database.
 */
export async function reportRows(db: Db, cityCode: string, periodId: number, year: number, opts: { text: boolean }): Promise<ReportRow[]> {
  const tasks = await db.selectFrom('tasks').select(['id', 'seq', 'title', 'targets', 'schedule', 'parentId', 'part', 'rollup'])
    .where('cityCode', '=', cityCode).where('year', '=', year).orderBy('seq').orderBy('id').execute()
  if (tasks.length === 0) return []
  const entries = await db.selectFrom('progressEntries')
    .select(['taskId', 'state', 'status', 'actual', 'rank', 'pace', 'progress', 'late', ...(opts.text ? ['nextSteps', 'remarks'] as const : [] as const)])
    .where('cityCode', '=', cityCode).where('periodId', '=', periodId).where('state', '!=', 'draft').execute()
  const links = await db.selectFrom('taskLeadUnits').select(['taskId', 'leadUnitId', 'role'])
    .where('cityCode', '=', cityCode).where('taskId', '=', (eb) => eb.fn.any(eb.val(tasks.map((task) => task.id))))
    .orderBy('taskId').orderBy('position').execute()
  const unitNames = new Map((await db.selectFrom('leadUnits').select(['id', 'name', 'shortName']).where('cityCode', '=', cityCode).execute())
    .map((unit) => [Number(unit.id), unit]))

  const byTask = new Map<number, typeof entries[number]>()
  for (const entry of entries) byTask.set(Number(entry.taskId), entry)
  const unitsOf = new Map<number, ReportRow['leadUnits']>()
  const leadsOf = new Map<number, ReportRow['leadUnits']>()
  for (const link of links) {
    if (link.role === 'lead') {
      const { name, shortName } = unitNames.get(Number(link.leadUnitId))!
      leadsOf.set(Number(link.taskId), [...leadsOf.get(Number(link.taskId)) ?? [], { id: Number(link.leadUnitId), name, shortName }])
    }
    const taskId = Number(link.taskId)
    const id = Number(link.leadUnitId)
    const list = unitsOf.get(taskId)
    const { name, shortName } = unitNames.get(id)!
    const unit = { id, name, shortName }
    if (list) list.push(unit)
    else unitsOf.set(taskId, [unit])
  }
  const partsOf = new Map<number, ReportPart[]>()
  for (const task of tasks) {
    if (task.parentId === null) continue
    const filed = byTask.get(Number(task.id))
    const entry = filed?.state === 'accepted' ? filed : undefined
    // A part is named by its lead units (a county or district), not those supporting it.
    const part: ReportPart = { taskId: task.id, seq: task.seq, title: task.title, part: task.part, leadUnits: leadsOf.get(Number(task.id)) ?? [],
      state: (filed?.state ?? null) as ReportRow['state'], status: entry?.status ?? null, pace: entry?.pace ?? null }
    partsOf.set(Number(task.parentId), [...partsOf.get(Number(task.parentId)) ?? [], part])
  }
  return tasks.filter((task) => task.parentId === null).map((task) => {
    const filed = byTask.get(Number(task.id)) as (typeof entries[number] & { nextSteps?: string, remarks?: string }) | undefined
    // What the office has not accepted is counted by its state, never published.
    const entry = filed?.state === 'accepted' ? filed : undefined
    return {
      state: (filed?.state ?? null) as ReportRow['state'],
      taskId: task.id, seq: task.seq, title: task.title, targets: task.targets, schedule: task.schedule,
      leadUnits: unitsOf.get(Number(task.id)) ?? [],
      status: entry?.status ?? null,
      // The summary quotes progress only for tasks behind; the exports want every cell.
      progress: entry && (opts.text || entry.status === 'behind') ? entry.progress : null,
      nextSteps: opts.text ? (entry?.nextSteps ?? null) : null,
      remarks: opts.text ? (entry?.remarks ?? null) : null,
      actual: entry?.actual ?? null,
      rank: entry?.rank ?? null,
      pace: entry?.pace ?? null,
      // Handed in after the deadline in force, accepted or still waiting: late as compliance counts it.
      late: (filed?.state === 'submitted' || filed?.state === 'accepted') && filed.late,
      rollupRule: task.rollup,
      parts: partsOf.get(Number(task.id)) ?? [],
    }
  })
}

/** A figure last year's list gave for one of its targets, at the end of one of its periods. */
export interface LastYearFigure { targets: Target[], actual: Actual, endsOn: string }

/** Last year's accepted figures, with their tasks' targets and their periods' ends: what a forecast takes last year's shape from. */
export async function lastYearFigures(db: Db, cityCode: string, year: number): Promise<LastYearFigure[]> {
  const rows = await db.selectFrom('progressEntries as e')
    .innerJoin('tasks as t', (join) => join.on('t.cityCode', '=', cityCode).onRef('t.id', '=', 'e.taskId'))
    .innerJoin('periods as p', (join) => join.on('p.cityCode', '=', cityCode).onRef('p.id', '=', 'e.periodId'))
    .select(['t.targets', 'e.actual', 'p.endsOn'])
    .where('e.cityCode', '=', cityCode).where('p.year', '=', year - 1).where('e.state', '=', 'accepted').where('e.actual', 'is not', null)
    .execute()
  return rows.map((row) => ({ targets: row.targets, actual: row.actual!, endsOn: row.endsOn }))
}
