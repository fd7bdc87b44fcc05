/**
 * The office imports the published report: once in January (a draft of it, which gives the
 * city its list: tasks, lead units and the 1-5月份 entries, accepted), and again mid-year as
 * published. What each import changed is read off the versions before and after, and each
 * change goes in the ledger as the import's: its event, and its audit row in the import's
 * request.
 */
import type { Change } from './ledger.js'
import { entrySubject, ENTRY_EDIT, PERIOD_CHANGE } from './ledger.js'
import type { Entry, ImportResult, LeadUnit, Period, Task } from './types.js'
import type { World } from './world.js'

type Versions = Map<number, number>
interface Snapshot { units: Versions, tasks: Versions, entries: Versions, period: number }

const versions = (rows: { id: number, version: number }[]): Versions => new Map(rows.map((row) => [row.id, row.version]))

async function snapshot(world: World, periodId: number): Promise<Snapshot & { taskRows: Task[], unitRows: LeadUnit[], entryRows: Entry[] }> {
  const { api, keys } = world
  const unitRows = await api.all<LeadUnit>(keys.office, '/lead-units')
  const taskRows = await api.all<Task>(keys.office, '/tasks?year=2025')
  const entryRows = await api.all<Entry>(keys.office, `/periods/${periodId}/progress`)
  const period = await api.get<Period>(keys.office, `/periods/${periodId}`)
  return {
    units: versions(unitRows), tasks: versions(taskRows), period: period.version, unitRows, taskRows, entryRows,
    entries: new Map(entryRows.map((entry) => [entry.taskId, entry.version])),
  }
}

/** Ids new in `after`, and ids whose version moved on. */
function diff(before: Versions, after: Versions) {
  const created = [...after.keys()].filter((id) => !before.has(id))
  const updated = [...after.keys()].filter((id) => before.has(id) && before.get(id) !== after.get(id))
  return { created, updated }
}

export interface Imported { result: ImportResult, units: LeadUnit[], tasks: Task[], entries: Entry[], changed: number }

/** Imports the document into the period and puts what it changed in the ledger. */
export async function importReport(world: World, document: string, sourceName: string, periodId: number): Promise<Imported> {
  const { api, keys, ledger } = world
  const before = await snapshot(world, periodId)
  const reply = await api.call<ImportResult>(keys.office, 'POST', '/imports', { document, sourceName, periodId }, [201])
  const after = await snapshot(world, periodId)
  const day = world.day
  const made = (what: string, where: Change['where'], subject: string, type: string | RegExp, entity: string, entityId: number, actions: string[]): Change =>
    ({ day, what, where, class: 'list', subject, type, audit: { entity, entityId, requestId: reply.requestId, actions } })
  const changes: Change[] = [made('import', { periodId }, `import:${reply.body.id}`, /^import\./, 'import', reply.body.id, ['import'])]
  const units = diff(before.units, after.units)
  for (const id of units.created) changes.push(made('import: unit created', { leadUnitId: id }, `lead-unit:${id}`, /^lead_?unit\./i, 'lead_unit', id, ['create', 'import']))
  for (const id of units.updated) changes.push(made('import: unit changed', { leadUnitId: id }, `lead-unit:${id}`, /^lead_?unit\./i, 'lead_unit', id, ['update', 'import']))
  const tasks = diff(before.tasks, after.tasks)
  for (const id of tasks.created) changes.push(made('import: task created', { taskId: id }, `task:${id}`, /^task\./, 'task', id, ['create', 'import']))
  for (const id of tasks.updated) changes.push(made('import: task changed', { taskId: id }, `task:${id}`, /^task\./, 'task', id, ['update', 'import']))
  if (after.period !== before.period) {
    changes.push(made('import: period changed', { periodId }, `period:${periodId}`, PERIOD_CHANGE, 'period', periodId, ['update', 'import']))
  }
  // An imported entry is accepted, as the report published it; one changed by a later import is edited.
  const entries = diff(before.entries, after.entries)
  const entryOf = (taskId: number) => after.entryRows.find((entry) => entry.taskId === taskId)!
  for (const taskId of entries.created) {
    changes.push(made('import: entry accepted', { periodId, taskId }, entrySubject(taskId, periodId), 'entry.accepted', 'progress_entry', entryOf(taskId).id, ['create', 'import', 'accept']))
  }
  for (const taskId of entries.updated) {
    changes.push(made('import: entry changed', { periodId, taskId }, entrySubject(taskId, periodId), ENTRY_EDIT, 'progress_entry', entryOf(taskId).id, ['update', 'import']))
  }
  for (const change of changes) ledger.add(change)
  world.touched.add(periodId)
  return { result: reply.body, units: after.unitRows, tasks: after.taskRows, entries: after.entryRows, changed: changes.length - 1 }
}
