/**
 * Invariant 2: every submitted entry is in the end accepted or returned, or, in a closed
 * period, reported as 已报送待审核 (submitted, awaiting review): never as 未报送 (not
 * reported), in the summary, its narrative or any export.
 */
import type { Check } from './check.js'
import { first } from './check.js'
import { AWAITING, narrativeFigures, NOT_REPORTED } from './figures.js'
import type { Format } from './views.js'

const FORMATS: Format[] = ['json', 'csv', 'md']

export const submittedNeverUnreported: Check = {
  invariant: '2',
  name: 'a submitted entry is accepted, returned or reported as awaiting review, never as not reported',
  async run({ world, views, final, lastDay }) {
    const problems: string[] = []
    for (const period of world.periods) {
      // Eventually: by the end of the run, in a period that should have closed by then.
      if (final && period.state === 'open' && period.closeOn < lastDay) {
        const waiting = (await views.truth(period.id)).waitingTaskIds
        for (const taskId of waiting) problems.push(`${world.where({ periodId: period.id, taskId })}: still submitted and unreviewed at the end of the run`)
      }
      if (period.state !== 'closed' || !(final || world.touched.has(period.id))) continue
      const truth = await views.truth(period.id)
      if (truth.waitingTaskIds.length === 0) continue
      const summary = await views.summary(period.id)
      const listed = new Set(summary.notReported.flatMap((unit) => unit.tasks.map((task) => task.taskId)))
      for (const taskId of truth.waitingTaskIds) {
        if (listed.has(taskId)) problems.push(`${world.where({ periodId: period.id, taskId })}: submitted, awaiting review, but listed as ${NOT_REPORTED} in the summary's notReported`)
      }
      const unreported = truth.missing + truth.returned
      if (summary.counts.not_reported > unreported) {
        problems.push(`${world.where({ periodId: period.id })}: the summary counts ${summary.counts.not_reported} ${NOT_REPORTED} where ${unreported} are missing or returned: the ${truth.awaiting} awaiting review are counted as not reported`)
      }
      const told = narrativeFigures(summary.narrative, null)
      if (told && (told.not_reported ?? 0) > unreported) {
        problems.push(`${world.where({ periodId: period.id })}: the narrative says ${told.not_reported} ${NOT_REPORTED} where ${unreported} are missing or returned (${truth.awaiting} awaiting review)`)
      }
      if (told && (told.awaiting ?? 0) !== truth.awaiting) {
        problems.push(`${world.where({ periodId: period.id })}: the narrative says ${told.awaiting ?? 0} ${AWAITING}, ${truth.awaiting} are`)
      }
      for (const format of FORMATS) {
        const table = await views.report(period.id, format)
        for (const taskId of truth.waitingTaskIds) {
          const seq = String(world.tasks.get(taskId)!.seq)
          const row = table.rows.find((cells) => cells[0] === seq)
          const where = world.where({ periodId: period.id, taskId })
          if (!row) problems.push(`${where}: no row in the ${format} export`)
          else if (row.some((cell) => cell.includes(NOT_REPORTED))) problems.push(`${where}: submitted, awaiting review, but its ${format} export row says ${NOT_REPORTED}`)
          else if (!row.some((cell) => cell.includes(AWAITING))) problems.push(`${where}: submitted, awaiting review, but its ${format} export row does not say ${AWAITING} (row: ${JSON.stringify(row.slice(0, 4))})`)
        }
      }
    }
    return first(problems)
  },
}
