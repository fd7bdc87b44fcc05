/**
 * The counts each view of a period states, read the same way: the summary's fields, the
 * narrative's sentences (N项已完成 …), compliance's totals and the exports' rows. Each is
 * compared with the entries, and every disagreement is said.
 */
import type { Compliance, ReportTable, Status, Summary } from '../types.js'
import type { Truth } from './views.js'

export type Figures = Partial<Record<Status | 'not_reported' | 'awaiting' | 'returned' | 'late', number>>

export const STATUSES: Status[] = ['completed', 'on_track', 'behind', 'not_rated']
export const WORDS: Record<Status, string> = { completed: '已完成', on_track: '序时推进', behind: '未达预期', not_rated: '未评价' }
export const AWAITING = '已报送待审核'
export const NOT_REPORTED = '未报送'

const SENTENCES: Record<keyof Figures, RegExp> = {
  completed: /(\d+)项已完成/u,
  on_track: /(\d+)项按序时推进/u,
  behind: /(\d+)项未达预期/u,
  not_rated: /(\d+)项未评价/u,
  not_reported: /(\d+)项未报送/u,
  awaiting: /(\d+)项已报送待审核/u,
  returned: /(\d+)项(?:被|已)?退回/u,
  late: /(\d+)项逾期报送/u,
}

/**
 * The figures the narrative's opening paragraph states; null where that paragraph is the
 * office's own opening as published (its figures are of the whole list, not of the entries).
 */
export function narrativeFigures(narrative: string, opening: string | null | undefined): Figures | null {
  const paragraph = narrative.split('\n')[0] ?? ''
  // The office's opening is said with its punctuation set full-width.
  const fullWidth = (text: string) => text.trim().replace(/,/g, '，').replace(/:/g, '：').replace(/;/g, '；').replace(/\(/g, '（').replace(/\)/g, '）')
  if (opening && fullWidth(paragraph) === fullWidth(opening)) return null
  const figures: Figures = {}
  for (const [name, pattern] of Object.entries(SENTENCES) as [keyof Figures, RegExp][]) {
    const match = pattern.exec(paragraph)
    if (match) figures[name] = Number(match[1])
  }
  return figures
}

/** A number the summary may give under one of these names (a count, or a list whose length counts). */
function field(summary: Summary, names: string[]): number | undefined {
  for (const name of names) {
    const value = name.split('.').reduce<unknown>((object, key) => (object as Record<string, unknown> | undefined)?.[key], summary)
    if (typeof value === 'number') return value
    if (Array.isArray(value)) return value.length
  }
  return undefined
}

export function summaryFigures(summary: Summary): Figures {
  return {
    ...Object.fromEntries(STATUSES.map((status) => [status, summary.counts[status]])),
    not_reported: summary.counts.not_reported,
    awaiting: field(summary, ['counts.awaiting_review', 'counts.awaitingReview', 'counts.submitted', 'awaitingReview', 'awaiting']),
    returned: field(summary, ['counts.returned', 'returned']),
    late: summary.late,
  }
}

/** What a set of figures gets wrong against the entries; a figure not stated counts as 0 (returned: as part of 未报送). */
export function disagreements(source: string, figures: Figures, truth: Truth, late: boolean): string[] {
  const out: string[] = []
  const say = (what: string, stated: number, actual: string) => out.push(`${source} says ${stated} ${what}, the entries ${actual}`)
  for (const status of STATUSES) {
    if ((figures[status] ?? 0) !== truth.accepted[status]) say(WORDS[status], figures[status] ?? 0, `${truth.accepted[status]} accepted as ${status}`)
  }
  if ((figures.awaiting ?? 0) !== truth.awaiting) say(`${AWAITING} (submitted, awaiting review)`, figures.awaiting ?? 0, `${truth.awaiting}`)
  if (figures.returned !== undefined && figures.returned !== truth.returned) say('returned', figures.returned, `${truth.returned}`)
  const notReported = truth.missing + (figures.returned === undefined ? truth.returned : 0)
  if ((figures.not_reported ?? 0) !== notReported) {
    say(NOT_REPORTED, figures.not_reported ?? 0, `${notReported} (${truth.missing} missing${figures.returned === undefined ? ` + ${truth.returned} returned` : ''})`)
  }
  if (late && (figures.late ?? 0) !== truth.late) say('late (逾期报送)', figures.late ?? 0, `${truth.late} submitted or accepted after the deadline in force`)
  return out
}

export function complianceDisagreements(compliance: Compliance, truth: Truth): string[] {
  const { totals } = compliance
  const out: string[] = []
  const handedIn = truth.awaiting + STATUSES.reduce((sum, status) => sum + truth.accepted[status], 0)
  if (totals.due !== truth.taskCount) out.push(`compliance says ${totals.due} due, the list has ${truth.taskCount} tasks`)
  if (totals.onTime + totals.late !== handedIn) out.push(`compliance says ${totals.onTime} on time + ${totals.late} late handed in, the entries ${handedIn} submitted or accepted`)
  if (totals.late !== truth.late) out.push(`compliance says ${totals.late} late, the entries ${truth.late}`)
  if (totals.returned !== truth.returned) out.push(`compliance says ${totals.returned} returned, the entries ${truth.returned}`)
  if (totals.missing !== truth.missing) out.push(`compliance says ${totals.missing} missing, the entries ${truth.missing}`)
  return out
}

/** The export's table: how many rows carry each evaluation word, and how many say awaiting review. */
export function tableFigures(table: ReportTable): Figures {
  const column = table.columns.indexOf('工作评价')
  const figures: Figures = { awaiting: 0 }
  for (const status of STATUSES.filter((s) => s !== 'not_rated')) figures[status] = 0
  for (const row of table.rows) {
    const word = (STATUSES.filter((s) => s !== 'not_rated')).find((status) => row[column] === WORDS[status])
    if (word) figures[word]! += 1
    if (row.some((cell) => cell.includes(AWAITING))) figures.awaiting! += 1
  }
  return figures
}

export function tableDisagreements(source: string, table: ReportTable, truth: Truth): string[] {
  const figures = tableFigures(table)
  const out: string[] = []
  if (table.rows.length !== truth.taskCount) out.push(`${source} has ${table.rows.length} rows, the list ${truth.taskCount} tasks`)
  for (const status of STATUSES.filter((s) => s !== 'not_rated')) {
    if (figures[status] !== truth.accepted[status]) out.push(`${source} has ${figures[status]} rows ${WORDS[status]}, the entries ${truth.accepted[status]}`)
  }
  if (figures.awaiting !== truth.awaiting) out.push(`${source} has ${figures.awaiting} rows ${AWAITING}, the entries ${truth.awaiting} submitted, awaiting review`)
  return out
}
