import type { PeriodRow, ProgressStatus } from '../../db/database.js'
import type { LastYearFigure, ReportRow } from './reports.repository.js'
import { sameMetric, suggestStatus, type Target, unitScale, unitsCompatible } from '../../shared/indicators.js'
import { forecastOf, type LastYear } from '../../shared/forecast.js'
import { buildNarrative } from './reports.narrative.js'
import { citiesRankedInProvince } from '../../shared/provinces.js'
import type { StatusVocabulary } from '../../shared/statusWords.js'
import { dueShare, rollUp } from '../tasks/tasks.service.js'

type Counts = Record<ProgressStatus | 'awaiting_review' | 'returned' | 'not_reported', number>
const zero = (): Counts => ({ completed: 0, ahead: 0, on_track: 0, behind: 0, other: 0, not_rated: 0, awaiting_review: 0, returned: 0, not_reported: 0 })

/** How a task counts in a period: by the office's evaluation once accepted, else by where its entry is (compliance counts alike). */
export const countedAs = (row: Pick<ReportRow, 'status' | 'state'>): keyof Counts =>
  row.status ?? (row.state === 'submitted' ? 'awaiting_review' : row.state === 'returned' ? 'returned' : 'not_reported')
const strip = (text: string | null) => (text ?? '').replace(/^[\s,，。;；]+|[\s,，。;；]+$/gu, '')

/** The period summary: counts, who is behind and by how much, each unit's table, who has not reported. */
/**
 * Last year's figures for a target: the same indicator (metric and kind) at the month the period
 * ends and at the year's end; undefined when last year's list lacks either.
 */
function lastYearOf(target: Target, month: number, figures: LastYearFigure[]): LastYear | undefined {
  const same = figures.filter((figure) => figure.targets.some((other) => sameMetric(other.metric, target.metric) &&
    unitsCompatible(other.unit, target.unit) && (other.measure === null) === (target.measure === null)) && unitsCompatible(figure.actual.unit, target.unit))
  // In one scale: 3000人 at May and 1万人 at the year's end are 3000 and 10000.
  const at = (m: number) => {
    const figure = same.find((candidate) => Number(candidate.endsOn.slice(5, 7)) === m)?.actual
    return figure === undefined ? undefined : figure.value * unitScale(figure.unit).factor
  }
  const atMonth = at(month)
  const atYearEnd = at(12)
  return atMonth === undefined || atYearEnd === undefined || month === 12 ? undefined : { atMonth, atYearEnd, month }
}

export function summarize(period: PeriodRow, rows: ReportRow[], lastYear: LastYearFigure[] = [], statusWords: StatusVocabulary | null = null) {
  const counts = zero()
  const units = new Map<number, { leadUnitId: number, name: string, tasks: number, counts: Counts, missing: ReportRow[] }>()
  const behind = []
  const suggestions = []
  const pace = { ahead: 0, on_schedule: 0, behind: 0, noVerdict: 0 }
  const behindSchedule = []
  const forecasts = []
  const month = Number(period.endsOn.slice(5, 7))
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
    const target = row.pace === null ? undefined : row.targets.find((candidate) => candidate.text === row.pace!.target)
    const forecast = target && row.actual ? forecastOf(target, row.actual, period, lastYearOf(target, month, lastYear), row.schedule?.shares) : null
    if (forecast) {
      // On track now (by the office's word or by 序时进度) but projected to miss: at risk.
      const atRisk = forecast.misses && (row.status === 'on_track' || row.status === 'ahead' || row.status === 'completed' ||
        row.pace!.verdict === 'on_schedule' || row.pace!.verdict === 'ahead')
      forecasts.push({ taskId: row.taskId, seq: row.seq, title: row.title, status: row.status!, ...forecast, atRisk })
    }
    if (row.status !== null) {
      const { suggestedStatus, reason } = suggestStatus(row.targets, row.actual, row.status)
      if (suggestedStatus) suggestions.push({ taskId: row.taskId, seq: row.seq, status: row.status, suggestedStatus, reason: reason! })
    }
  }
  // 县区分解: each split task by its parts, as its roll-up says (features/tasks/tasks.rollup.ts).
  const splits = rows.filter((row) => row.parts.length > 0).map((row) => ({ taskId: row.taskId, seq: row.seq, title: row.title,
    rollup: { taskId: row.taskId, periodId: period.id, ...rollUp(row.rollupRule, row.parts, dueShare(row.schedule?.shares, period)) } }))
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
    atRisk: forecasts.filter((forecast) => forecast.atRisk).map(({ seq, title, status, statement }) => ({ seq, title, status, statement })),
    list: { size: period.reportHeader?.listSize ?? null, opening: period.reportHeader?.opening ?? null },
    statusWords,
    splits: splits.filter((split) => split.rollup.statement !== null).map(({ seq, title, rollup }) => ({ seq, title, statement: rollup.statement! })),
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
    forecasts,
    atRisk: forecasts.filter((forecast) => forecast.atRisk).map(({ taskId, seq, title, status, statement }) => ({ taskId, seq, title, status, statement })),
    splits,
    narrative,
  }
}
