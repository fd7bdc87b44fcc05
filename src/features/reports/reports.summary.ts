import type { PeriodRow, ProgressStatus } from '../../db/database.js'
import type { ReportRow } from './reports.repository.js'
import { suggestStatus } from '../../shared/indicators.js'
import { buildNarrative } from './reports.narrative.js'
import { citiesRankedInProvince } from '../../shared/provinces.js'

type Counts = Record<ProgressStatus | 'awaiting_review' | 'returned' | 'not_reported', number>
const zero = (): Counts => ({ completed: 0, on_track: 0, behind: 0, not_rated: 0, awaiting_review: 0, returned: 0, not_reported: 0 })

/** How a task counts in a period: by the office's evaluation once accepted, else by where its entry is (compliance counts alike). */
export const countedAs = (row: Pick<ReportRow, 'status' | 'state'>): keyof Counts =>
  row.status ?? (row.state === 'submitted' ? 'awaiting_review' : row.state === 'returned' ? 'returned' : 'not_reported')
const strip = (text: string | null) => (text ?? '').replace(/^[\s,，。;；]+|[\s,，。;；]+$/gu, '')

/** The period summary: counts, who is behind and by how much, each unit's table, who has not reported. */
export function summarize(period: PeriodRow, rows: ReportRow[]) {
  const counts = zero()
  const units = new Map<number, { leadUnitId: number, name: string, tasks: number, counts: Counts, missing: ReportRow[] }>()
  const behind = []
  const suggestions = []
  const pace = { ahead: 0, on_schedule: 0, behind: 0, noVerdict: 0 }
  const behindSchedule = []
  for (const row of rows) {
    const status = countedAs(row)
    counts[status]++
    for (const unit of row.leadUnits) {
      const entry = units.get(unit.id) ?? { leadUnitId: unit.id, name: unit.name, tasks: 0, counts: zero(), missing: [] }
      entry.tasks++
      entry.counts[status]++
      if (status === 'not_reported') entry.missing.push(row)
      units.set(unit.id, entry)
    }
    if (row.status === 'behind') {
      behind.push({ taskId: row.taskId, seq: row.seq, title: row.title, leadUnits: row.leadUnits.map(({ id, name }) => ({ id, name })),
        narrativeUnits: row.leadUnits.map((unit) => unit.shortName ?? unit.name),
        targets: row.targets, actual: row.actual, rank: row.rank, progress: row.progress ?? '' })
    }
    if (row.pace !== null) {
      pace[row.pace.verdict ?? 'noVerdict']++
      if (row.pace.verdict === 'behind') {
        behindSchedule.push({ taskId: row.taskId, seq: row.seq, title: row.title, status: row.status!, statement: row.pace.statement })
      }
    }
    if (row.status !== null) {
      const { suggestedStatus, reason } = suggestStatus(row.targets, row.actual, row.status)
      if (suggestedStatus) suggestions.push({ taskId: row.taskId, seq: row.seq, status: row.status, suggestedStatus, reason: reason! })
    }
  }
  const narrative = buildNarrative({
    periodLabel: period.label,
    taskCount: rows.length,
    counts,
    late: rows.filter((row) => row.late).length,
    completed: rows.filter((row) => row.status === 'completed').map((row) => ({ seq: row.seq, title: row.title })),
    behind: behind.map((task) => ({
      seq: task.seq, title: task.title, leadUnits: task.narrativeUnits,
      target: task.targets[0] ?? null, actualText: strip(task.progress) || null,
    })),
    citiesInProvince: citiesRankedInProvince(period.cityCode),
    list: { size: period.reportHeader?.listSize ?? null, opening: period.reportHeader?.opening ?? null },
  })
  const unitTable = [...units.values()]
  return {
    period,
    taskCount: rows.length,
    counts,
    late: rows.filter((row) => row.late).length,
    behind: behind.map(({ narrativeUnits: _, ...task }) => task),
    units: unitTable.map(({ missing, ...unit }) => ({ ...unit, notReported: missing.length })),
    notReported: unitTable.filter((unit) => unit.missing.length > 0).map((unit) => ({
      leadUnitId: unit.leadUnitId, name: unit.name,
      tasks: unit.missing.map((row) => ({ taskId: row.taskId, seq: row.seq, title: row.title })),
    })),
    suggestions,
    pace,
    behindSchedule,
    narrative,
  }
}
