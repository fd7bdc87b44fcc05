/**
 * 考核: the office keeps a rule set a year (putAssessmentRules), and each lead unit's score is
 * computed from the record by it whenever it is asked for (yearAssessment): nothing scored is
 * stored, so a late correction of the record shows in the next reading.
 */
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/database.js'
import { type Actor, recordAudit } from '../../db/audit.js'
import { type FieldIssue, Invalid, PreconditionFailed, Unprocessable } from '../../shared/errors.js'
import { assertCity, findCity } from '../cities/cities.service.js'
import { findRuleSet, insertRuleSet, lockRuleSet, updateRuleSet, yearEntries, yearLeads, yearPeriods, yearReturns, yearTasks } from './assessment.repository.js'
import type { Assessment, AssessmentRules, AssessmentRuleSet } from './assessment.schemas.js'
import { assess, cents, COLOUR_MEANINGS } from './assessment.score.js'
import { COLOURS } from './assessment.schemas.js'

export { findRuleSet } from './assessment.repository.js'

/** What the schema cannot say: at most two decimals, and each weight naming one task of the year, once. */
async function checkRules(trx: Transaction<Database>, cityCode: string, year: number, rules: AssessmentRules) {
  const issues: FieldIssue[] = []
  const twoDecimals = (field: string, value: number | undefined) => {
    if (value !== undefined && Math.abs(value * 100 - cents(value)) > 1e-6) issues.push({ field, message: 'must have at most two decimals' })
  }
  twoDecimals('baseScore', rules.baseScore)
  twoDecimals('floor', rules.floor)
  for (const [name, value] of Object.entries(rules.points)) twoDecimals(`points/${name}`, value)
  for (const [name, value] of Object.entries(rules.caps ?? {})) twoDecimals(`caps/${name}`, value)
  const weights = rules.taskWeights ?? []
  if (weights.length > 0) {
    const tasks = await yearTasks(trx, cityCode, year)
    const seen = new Set<number>()
    weights.forEach((weight, i) => {
      const field = `taskWeights/${i}`
      twoDecimals(`${field}/weight`, weight.weight)
      if ((weight.seq === undefined) === (weight.taskId === undefined)) {
        issues.push({ field, message: 'must name its task by seq or by taskId, one of them' })
        return
      }
      const task = weight.taskId === undefined ? tasks.find((t) => t.seq === weight.seq && t.parentId === null) : tasks.find((t) => t.id === weight.taskId)
      if (!task) {
        issues.push(weight.taskId === undefined
          ? { field: `${field}/seq`, message: `names no task of ${year}` }
          : { field: `${field}/taskId`, message: `names no task of ${year}` })
      } else if (seen.has(task.id)) {
        issues.push({ field, message: `weighs task ${task.seq} of ${year} a second time` })
      } else {
        seen.add(task.id)
      }
    })
  }
  if (issues.length > 0) throw new Invalid(issues)
}

/**
 * Creates or replaces the year's rule set. With If-Match only the version read is replaced
 * (none stored: 412). Audited as the office's setting; no event, as the city's other settings.
 */
export async function putAssessmentRules(trx: Transaction<Database>, actor: Actor, cityCode: string, year: number, rules: AssessmentRules,
  ifMatch?: number): Promise<{ ruleSet: AssessmentRuleSet, created: boolean }> {
  await assertCity(trx, cityCode)
  await checkRules(trx, cityCode, year, rules)
  let before = await lockRuleSet(trx, cityCode, year)
  if (ifMatch !== undefined && before?.version !== ifMatch) throw new PreconditionFailed()
  if (!before) {
    const created = await insertRuleSet(trx, cityCode, year, rules)
    if (created) {
      await recordAudit(trx, actor, { cityCode, action: 'create', entity: 'assessment_rules', entityId: year, after: created })
      return { ruleSet: created, created: true }
    }
    // Another request created it meanwhile: this one replaces it, as it would have a moment later.
    before = (await lockRuleSet(trx, cityCode, year))!
  }
  const after = await updateRuleSet(trx, cityCode, year, rules)
  await recordAudit(trx, actor, { cityCode, action: 'update', entity: 'assessment_rules', entityId: year, before, after })
  return { ruleSet: after, created: false }
}

/**
 * Each lead unit's score for the year, from the record as it stands at `now` (the app's
 * clock), read in one snapshot. No rule set for the year: 422 no_assessment_rules.
 */
export async function yearAssessment(db: Kysely<Database>, cityCode: string, year: number, now: Date): Promise<Assessment & { cityName: string }> {
  return db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(async (trx) => {
    const ruleSet = await findRuleSet(trx, cityCode, year)
    const city = await findCity(trx, cityCode)
    if (!ruleSet || !city) {
      await assertCity(trx, cityCode)
      throw new Unprocessable('no_assessment_rules', `there are no assessment rules for ${year}; the office sets them with PUT /v1/cities/${cityCode}/assessment-rules/${year}`)
    }
    const record = {
      year,
      periods: await yearPeriods(trx, cityCode, year),
      leads: await yearLeads(trx, cityCode, year),
      entries: await yearEntries(trx, cityCode, year),
      returns: await yearReturns(trx, cityCode, year),
    }
    const { periods, units } = assess(ruleSet.rules, record, now)
    return {
      cityCode, cityName: city.name, year, asOf: now.toISOString(),
      rules: { version: ruleSet.version, updatedAt: ruleSet.updatedAt, value: ruleSet.rules },
      periods: periods.map(({ id, label, kind, endsOn, due }) => ({ id, label, kind, endsOn, due })),
      colours: COLOURS.map((colour, i) => ({ colour, quartile: i + 1, meaning: COLOUR_MEANINGS[colour] })),
      units,
    }
  })
}
