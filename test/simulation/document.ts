/**
 * The published report the year starts from (池州 1-5月份, test/fixtures/seeds), cut to its
 * first rows when a shorter run wants fewer tasks. The office imports a draft of it in
 * January and the report as published mid-year: the draft differs in one cell, so the
 * re-import changes one entry.
 */

/** The report with only its first `tasks` rows (all of them when undefined). Its rows are six lines each, opening with "N |". */
export function reportWithTasks(report: string, tasks?: number): string {
  if (tasks === undefined) return report
  const lines = report.split('\n')
  const next = lines.findIndex((line) => line.trim() === `${tasks + 1} |`)
  return next < 0 ? report : `${lines.slice(0, next).join('\n')}\n`
}

export const DRAFT_MARK = '(征求意见稿)'

/** The draft: row 2's 近期工作安排 (its sixth line) carries a mark the published report does not. */
export function draftOf(report: string): string {
  const lines = report.split('\n')
  const row = lines.findIndex((line) => line.trim() === '2 |')
  if (row < 0) return report
  lines[row + 5] = lines[row + 5]!.replace(/ \|$/, `${DRAFT_MARK} |`)
  return lines.join('\n')
}
