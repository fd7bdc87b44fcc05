import type { Transaction } from 'kysely'
import type { Database, Db } from '../../db/database.js'
import { type Actor, recordAudit } from '../../db/audit.js'
import { Invalid, NotFound } from '../../shared/errors.js'
import { checkQuotedRank, growthOf, matchIndicator, RANKED_CONFIDENCE } from '../../shared/provinceIndicators.js'
import { competitionRanks } from '../../shared/ranking.js'
import { provinceByCode } from '../../shared/provinces.js'
import { findTask } from '../tasks/tasks.service.js'
import {
  deleteTaskIndicator, findIndicator, findTaskIndicator, listIndicators, provinceEntries, type ProvinceEntryRow, upsertTaskIndicator,
} from './indicators.repository.js'
import type { Indicator, ProvinceView, TaskIndicator } from './indicators.schemas.js'

/** A city's province: the first two digits of its code (GB/T 2260) and 0000. */
export const provinceOf = (cityCode: string) => `${cityCode.slice(0, 2)}0000`

/** A province of shared/provinces.ts, or a 404. */
function provinceOr404(provinceCode: string) {
  const province = provinceByCode(provinceCode)
  if (!province) throw new NotFound('province', provinceCode)
  return province
}

export async function indicatorCatalogue(db: Db, provinceCode: string) {
  const province = provinceOr404(provinceCode)
  return { provinceCode, provinceName: province.name, cities: province.cities, items: await listIndicators(db, provinceCode) }
}

async function taskOf(db: Db, cityCode: string, taskId: number) {
  const task = await findTask(db, cityCode, taskId)
  if (!task) throw new NotFound('task', taskId)
  return task
}

/** The indicator a task reports: the office's link if it set or confirmed one, else the match its title gives. */
export async function getTaskIndicator(db: Db, cityCode: string, taskId: number): Promise<TaskIndicator> {
  const task = await taskOf(db, cityCode, taskId)
  const catalogue = await listIndicators(db, provinceOf(cityCode))
  const link = await findTaskIndicator(db, cityCode, taskId)
  return linkView(taskId, task.title, catalogue, link)
}

function linkView(taskId: number, title: string, catalogue: Indicator[],
  link: { indicatorId: number | null, source: 'matched' | 'manual', confidence: number | null } | undefined): TaskIndicator {
  if (link) {
    const indicator = catalogue.find((candidate) => candidate.id === link.indicatorId) ?? null
    return { taskId, indicator, source: link.source, confidence: link.confidence, confirmed: true }
  }
  const match = matchIndicator(title, catalogue)
  const indicator = match ? catalogue.find((candidate) => candidate.id === match.indicatorId) ?? null : null
  return { taskId, indicator, source: 'matched', confidence: match?.confidence ?? null, confirmed: false }
}

/**
 * The office confirms the title's match (the same indicator: kept as matched, with its
 * confidence), changes it (manual), or says the task reports none (null).
 */
export async function setTaskIndicator(trx: Transaction<Database>, actor: Actor, cityCode: string, taskId: number,
  input: { indicatorId: number | null }): Promise<TaskIndicator> {
  const task = await taskOf(trx, cityCode, taskId)
  const catalogue = await listIndicators(trx, provinceOf(cityCode))
  if (input.indicatorId !== null && !catalogue.some((indicator) => indicator.id === input.indicatorId)) {
    throw new NotFound('indicator', input.indicatorId)
  }
  const before = await findTaskIndicator(trx, cityCode, taskId)
  const match = matchIndicator(task.title, catalogue)
  const confirmsMatch = match !== null && match.indicatorId === input.indicatorId
  const link = { indicatorId: input.indicatorId, source: confirmsMatch ? 'matched' as const : 'manual' as const, confidence: confirmsMatch ? match.confidence : null }
  await upsertTaskIndicator(trx, { cityCode, taskId, ...link })
  await recordAudit(trx, actor, { cityCode, action: 'set_indicator', entity: 'task', entityId: taskId, before: before ?? null, after: link })
  return linkView(taskId, task.title, catalogue, link)
}

/** Takes back the office's word: the task follows its title's match again. */
export async function clearTaskIndicator(trx: Transaction<Database>, actor: Actor, cityCode: string, taskId: number): Promise<void> {
  await taskOf(trx, cityCode, taskId)
  const before = await findTaskIndicator(trx, cityCode, taskId)
  if (await deleteTaskIndicator(trx, cityCode, taskId)) {
    await recordAudit(trx, actor, { cityCode, action: 'clear_indicator', entity: 'task', entityId: taskId, before })
  }
}

/** The first and the last day of a month, as YYYY-MM-DD. */
const monthSpan = (year: number, month: number) => {
  const pad = (n: number) => String(n).padStart(2, '0')
  return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}` }
}

/** The caller's key, as far as the view needs it. */
export interface Viewer { role: string, cityCode: string | null }

/** Whether a key sees every city of the province (an admin, a reader of all cities), or only its own. */
const seesAll = (key: Viewer | null) => key !== null && (key.role === 'admin' || (key.role === 'reader' && key.cityCode === null))

/**
 * The province's cities on one indicator in a comparable period: each city's latest accepted
 * figure, the province's rank of it, and the rank the city quotes checked against it. The
 * ranks are among every city with a figure; a key of one city is shown its own row only.
 */
export async function provinceView(db: Db, key: Viewer | null, provinceCode: string, indicatorId: number,
  query: { year: number, period: number, provinceCities?: number }): Promise<ProvinceView> {
  const province = provinceOr404(provinceCode)
  const indicator = await findIndicator(db, provinceCode, indicatorId)
  if (!indicator) throw new NotFound('indicator', indicatorId)
  const catalogue = await listIndicators(db, provinceCode)
  const { from, to } = monthSpan(query.year, query.period)
  const rows = await provinceEntries(db, provinceCode.slice(0, 2), query.year, from, to)

  const reports = (row: ProvinceEntryRow) => {
    if (row.linked) return row.linkedIndicatorId === indicatorId
    const match = matchIndicator(row.title, catalogue)
    return match !== null && match.indicatorId === indicatorId && match.confidence >= RANKED_CONFIDENCE
  }
  // Each city's latest figure: the office's link before a match, then the latest period, then the latest review.
  const best = new Map<string, ProvinceEntryRow & { value: number }>()
  for (const row of rows) {
    const value = growthOf(row.actual)
    if (value === null || !reports(row)) continue
    const held = best.get(row.cityCode)
    if (!held || later(row, held)) best.set(row.cityCode, { ...row, value })
  }
  const figures = [...best.values()]
  const ranks = competitionRanks(figures.map((figure) => figure.value))
  const provinceCities = query.provinceCities ?? province.cities
  if (figures.length > provinceCities) {
    throw new Invalid([{ field: 'provinceCities', message: `is less than the ${figures.length} cities of the province with a figure` }],
      undefined, 'validation_failed', 'querystring')
  }
  const cities = figures.map((figure, i) => ({
    cityCode: figure.cityCode,
    cityName: figure.cityName,
    taskId: figure.taskId,
    periodId: figure.periodId,
    periodLabel: figure.periodLabel,
    value: figure.value,
    text: figure.actual!.text,
    rank: ranks[i]!,
    quotedRank: figure.rank,
    rankCheck: figure.rank ? checkQuotedRank(figure.rank, ranks[i]!, figures.length, provinceCities) : null,
  }))
    .filter((city) => seesAll(key) || city.cityCode === key?.cityCode)
    .sort((a, b) => a.rank - b.rank || a.cityCode.localeCompare(b.cityCode))
  return {
    provinceCode, indicator, year: query.year, period: query.period, provinceCities,
    citiesWithFigure: figures.length,
    complete: figures.length >= provinceCities,
    cities,
    disagreements: cities.filter((city) => city.rankCheck === 'disagrees').map((city) => city.cityCode),
  }
}

function later(a: ProvinceEntryRow, b: ProvinceEntryRow): boolean {
  if (a.linked !== b.linked) return a.linked
  if (a.endsOn !== b.endsOn) return a.endsOn > b.endsOn
  return (a.reviewedAt ?? '') > (b.reviewedAt ?? '')
}
