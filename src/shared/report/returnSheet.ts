/**
 * A lead unit's return sheet (填报表) as a file: the title above its table, the 工作评价 words of
 * its dropdown, and its identity (which city, period and unit, and the entries it was made
 * from) on a sheet no one sees, which files.ts reads back. Planning what its rows change is
 * the return-sheets feature's.
 */
import { createHash } from 'node:crypto'
import { RATED_STATUSES, type RatedStatus } from '../values.js'
import type { StatusVocabulary } from '../statusWords.js'
import type { GridRecord } from './grid.js'
import { periodFromText } from './period.js'
import { type ParsedReport, ReportParseError } from './types.js'

/** The name of the very hidden sheet that holds the identity; files.ts reads it, and skips it when it looks for the table. */
export const IDENTITY_SHEET = 'duban'
const KIND = 'duban return sheet'
const VERSION = 1

/**
 * The 工作评价 dropdown's words where the city has none of its own. 按序时推进 rather than the
 * report's 序时推进: it is what the offices' own return sheets offer; the import reads both.
 * 超进度 and 其它类 are offered only by a city that rates with them (sheetStatusWords).
 */
export const SHEET_STATUS_WORDS: Partial<Record<RatedStatus, string>> = {
  completed: '已完成', on_track: '按序时推进', behind: '未达预期',
}

/** The dropdown's words: the city's own for every status it has a word for, else the three above. */
export function sheetStatusWords(vocabulary: StatusVocabulary | null | undefined): Partial<Record<RatedStatus, string>> {
  if (!vocabulary || Object.keys(vocabulary).length === 0) return SHEET_STATUS_WORDS
  const words: Partial<Record<RatedStatus, string>> = {}
  for (const status of RATED_STATUSES) {
    const word = vocabulary[status]?.word ?? SHEET_STATUS_WORDS[status]
    if (word) words[status] = word
  }
  return words
}

/** 池州市2025年1-5月份重点工作进展情况填报表: the title above the table, which names the period as a report's does. */
export function returnSheetTitle(cityName: string, period: { year: number, label: string }): string {
  return `${cityName}${period.year}年${period.label}重点工作进展情况填报表`
}

/**
 * Whether the period the parser read above a sheet's table is the one its identity names:
 * the title written for that period, read by the same parser, gives the same (a title the
 * parser reads no period from says nothing either way).
 */
export function titleNamesPeriod(parsed: Pick<ParsedReport, 'year' | 'period'>, cityName: string, period: { year: number, label: string }): boolean {
  const written = periodFromText(returnSheetTitle(cityName, period), period.year)
  if (parsed.year !== null && parsed.year !== written.year) return false
  if (parsed.period === null || written.period === null) return true
  return parsed.period.label === written.period.label && parsed.period.startsOn === written.period.startsOn && parsed.period.endsOn === written.period.endsOn
}

/** A task on the sheet as it was written out: its entry's version then (null: none yet). */
export interface SheetTask { seq: number, taskId: number, entryVersion: number | null }

/** Which city, period and unit a return sheet is, and the entries it was made from. */
export interface ReturnSheetIdentity {
  cityCode: string
  periodId: number
  leadUnitId: number
  tasks: SheetTask[]
}

/**
 * A digest of the identity, kept beside it: a value edited by hand, or a row of another
 * sheet's identity pasted in, no longer matches. It keys nothing secret (anyone may work it
 * out again): it guards against mistakes, and the import checks the identity against what
 * is stored besides (the city, the period's title, the unit's tasks).
 */
function checkOf(identity: ReturnSheetIdentity): string {
  const tasks = identity.tasks.map((task) => `${task.seq}:${task.taskId}:${task.entryVersion ?? ''}`).join(',')
  return createHash('sha256').update(`${KIND}/${VERSION}|${identity.cityCode}|${identity.periodId}|${identity.leadUnitId}|${tasks}`).digest('hex')
}

/** The identity as the rows of its sheet: the ids by name, the digest, then one row a task. */
export function identityRows(identity: ReturnSheetIdentity): (string | number)[][] {
  return [
    [KIND, VERSION],
    ['cityCode', identity.cityCode],
    ['periodId', identity.periodId],
    ['leadUnitId', identity.leadUnitId],
    ['check', checkOf(identity)],
    ['seq', 'taskId', 'entryVersion'],
    ...identity.tasks.map((task) => [task.seq, task.taskId, task.entryVersion ?? '']),
  ]
}

const invalid = (message: string) => new ReportParseError('return_sheet_invalid', `the workbook's return-sheet identity ${message}: download the unit's sheet again`)

const idOf = (text: string | undefined, what: string) => {
  if (text === undefined || !/^[1-9]\d{0,14}$/.test(text.trim())) throw invalid(`has no valid ${what}`)
  return Number(text)
}

/** The identity the rows of the sheet state (as files.ts reads them, cells as text); a 422 when it is not whole or not as written. */
export function readIdentity(records: GridRecord[]): ReturnSheetIdentity {
  const [head, ...rows] = records.map((record) => record.cells.map((cell) => cell.trim()))
  if (head?.[0] !== KIND) throw invalid('is not one duban wrote')
  if (head[1] !== String(VERSION)) throw invalid(`is of version ${head[1] ?? 'none'}, not ${VERSION}`)
  const value = (name: string) => rows.find((cells) => cells[0] === name)?.[1]
  const cityCode = value('cityCode')
  if (cityCode === undefined || !/^\d{6}$/.test(cityCode)) throw invalid('has no valid cityCode')
  const header = rows.findIndex((cells) => cells[0] === 'seq')
  if (header < 0) throw invalid('lists no tasks')
  const tasks = rows.slice(header + 1).filter((cells) => cells.some((cell) => cell !== '')).map((cells) => ({
    seq: idOf(cells[0], 'seq'),
    taskId: idOf(cells[1], 'taskId'),
    entryVersion: cells[2] === undefined || cells[2] === '' ? null : idOf(cells[2], 'entryVersion'),
  }))
  const identity = { cityCode, periodId: idOf(value('periodId'), 'periodId'), leadUnitId: idOf(value('leadUnitId'), 'leadUnitId'), tasks }
  if (value('check') !== checkOf(identity)) throw invalid('has been changed since duban wrote it (its check does not match)')
  return identity
}
