/**
 * Invariant 3: the summary, its narrative, compliance and every export (json, csv, md) agree
 * with the entries, and so with each other, on every count: accepted by status, submitted and
 * awaiting review, returned, late and missing. Checked on each period written to that day.
 */
import type { Check } from './check.js'
import { complianceDisagreements, disagreements, narrativeFigures, summaryFigures, tableDisagreements } from './figures.js'
import type { Format } from './views.js'

const FORMATS: Format[] = ['json', 'csv', 'md']

export const countsAgree: Check = {
  invariant: '3',
  name: 'summary, narrative, compliance and exports agree on every count',
  async run({ world, views, final }) {
    const periods = final ? world.periods : world.periods.filter((period) => world.touched.has(period.id))
    for (const period of periods) {
      const truth = await views.truth(period.id)
      const summary = await views.summary(period.id)
      const opening = (summary.period as { reportHeader?: { opening?: string | null } | null } | undefined)?.reportHeader?.opening
      const problems = [
        ...disagreements('the summary', summaryFigures(summary), truth, true),
        ...complianceDisagreements(await views.compliance(period.id), truth),
      ]
      const told = narrativeFigures(summary.narrative, opening)
      if (told) problems.push(...disagreements('the narrative', told, truth, true))
      for (const format of FORMATS) {
        const table = await views.report(period.id, format)
        problems.push(...tableDisagreements(`the ${format} export`, table, truth))
        const exported = format === 'csv' ? null : narrativeFigures(table.narrative, opening)
        if (exported) problems.push(...disagreements(`the ${format} export's narrative`, exported, truth, true))
      }
      if (problems.length > 0) return `${world.where({ periodId: period.id })}: ${problems.join('; ')}`
    }
    return undefined
  },
}
