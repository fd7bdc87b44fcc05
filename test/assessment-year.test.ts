/**
 * The assessment (考核) of a simulated year (test/assessment/year.ts): 池州's list cut to its
 * first 24 tasks, four quarterly reports, units that file on time, late, after a return, with
 * more time, or never, and the office reviewing and closing on the app's clock. At the year's
 * end the office sets the published 100-point scheme, and each unit's score must be what a
 * person makes of the lines (added up, capped, floored), and what the office's own register of
 * the year gives without the service.
 */
import t from 'tap'
import { Assessment } from '../src/features/assessment/assessment.schemas.js'
import { buildApp } from '../src/app.js'
import { bodyOf, checkResponses, onPostgres, readSeed, testDatabase } from './helper.js'
import { requestUrl } from './cityKey.js'
import { beijing, SimClock } from './simulation/calendar.js'
import { type PlayedYear, playAssessmentYear, YEAR } from './assessment/year.js'

t.setTimeout(300_000)

const clock = new SimClock(beijing(`${YEAR}-01-06`, '09:00'))
const database = await testDatabase(t)
const app = await buildApp({ database, clock: clock.read })
t.teardown(() => app.close())
// Every response as the document gives it, and every statement naming its city (as setup() in helper.ts does).
checkResponses(app)
app.addHook('onRequest', (request, _reply, done) => requestUrl.run(request.url, done))

/** The published scheme: 100 points; −10 a missing quarterly report, −5 a return, −0.1 a late one, −1 未达预期, +1 a task completed; at most 50 lost, no less than 60. */
const RULES = {
  baseScore: 100, periodKinds: ['quarter'], points: { late: -0.1, missing: -10, returned: -5, behind: -1, completed: 1 },
  caps: { deductions: 50 }, floor: 60,
}

/** A unit's score from the register alone: what each entry it answers for became, by RULES, in hundredths. */
function fromRegister(year: PlayedYear, unitId: number) {
  let bonuses = 0
  let deductions = 0
  const counts = { late: 0, missing: 0, returned: 0, behind: 0, completed: 0 }
  for (const task of year.tasks.filter((task) => task.leadUnitIds.includes(unitId))) {
    let completed = false
    for (const entry of year.filed.filter((entry) => entry.taskId === task.id)) {
      const handedIn = entry.state === 'submitted' || entry.state === 'accepted'
      if (handedIn && entry.late) counts.late += 1
      if (!handedIn) counts.missing += 1
      counts.returned += entry.returns
      if (entry.state === 'accepted' && entry.status === 'behind') counts.behind += 1
      if (entry.state === 'accepted' && entry.status === 'completed' && !completed) {
        completed = true
        counts.completed += 1
      }
    }
  }
  deductions = counts.late * 10 + counts.missing * 1000 + counts.returned * 500 + counts.behind * 100
  bonuses = counts.completed * 100
  const score = Math.max(10000 + bonuses - Math.min(deductions, 5000), 6000) / 100
  return { counts, score }
}

// Played in a test of its own: at the top level, tap ends the file at an assertion followed by a wait on the network (PostgreSQL).
let year: PlayedYear
let body: Assessment
t.test('a year of quarterly reports, played on the app\'s clock and scored at its end', async (t) => {
  year = await playAssessmentYear(app, database, clock, readSeed('chizhou-2025-jan-may.txt'), { tasks: 24, seed: 20250101 })
  clock.set(beijing(`${YEAR + 1}-01-26`, '09:00'))
  const put = await app.inject({ method: 'PUT', url: '/v1/cities/341700/assessment-rules/2025', payload: RULES, headers: { authorization: `Bearer ${year.office}` } })
  t.equal(put.statusCode, 201, put.body)
  const response = await app.inject({ url: '/v1/cities/341700/assessment', query: { year: String(YEAR) }, headers: { authorization: `Bearer ${year.office}` } })
  t.equal(response.statusCode, 200)
  body = bodyOf(response, Assessment)

  const kinds = new Set([...year.units.values()].map((unit) => unit.personality))
  t.ok(kinds.size >= 5, `every kind of unit played (${[...kinds].join(', ')})`)
  const all = year.filed
  const met = all.some((e) => e.late && e.state === 'accepted') && all.some((e) => e.state === null) && all.some((e) => e.returns > 0) &&
    all.some((e) => e.status === 'completed') && all.some((e) => e.status === 'behind') && all.some((e) => e.refused > 0) && all.some((e) => e.extensionId)
  t.ok(met, 'the year met late, missing, returned, completed and behind entries, a write refused after a close, and extensions')
  t.ok(year.reminders > 0, `the worker reminded units on the app's clock (${year.reminders} reminders)`)
  t.same(body.periods.map((period) => [period.label, period.due]), [['一季度', true], ['上半年', true], ['前三季度', true], ['全年', true]],
    'the four quarters count; the imported 1-5月份 does not')
})

t.test('each score is its lines added up, capped and floored, as a person recomputes it', async (t) => {
  for (const unit of body.units) {
    const plus = unit.lines.filter((line) => line.points > 0).reduce((sum, line) => sum + Math.round(line.points * 100), 0)
    const minus = -unit.lines.filter((line) => line.points < 0).reduce((sum, line) => sum + Math.round(line.points * 100), 0)
    t.equal(unit.bonuses, plus / 100, `${unit.name}: bonuses`)
    t.equal(unit.deductions, minus / 100, `${unit.name}: deductions`)
    t.equal(unit.score, Math.max(10000 + plus - Math.min(minus, 5000), 6000) / 100, `${unit.name}: ${unit.score}`)
  }
  t.ok(body.units.some((unit) => unit.deductions > 50), 'a unit lost more than the cap')
  t.ok(body.units.some((unit) => unit.floorApplied), 'a unit was raised to the floor')
})

t.test('each score is what the office\'s register of the year gives, without the service', async (t) => {
  for (const unit of body.units) {
    const expected = fromRegister(year, unit.leadUnitId)
    const counted = Object.fromEntries(Object.keys(expected.counts).map((rule) => [rule, unit.lines.filter((line) => line.rule === rule).length]))
    t.same(counted, expected.counts, `${unit.name}: lines by rule`)
    t.equal(unit.score, expected.score, `${unit.name}: score`)
  }
  const scored = new Set(body.units.map((unit) => unit.leadUnitId))
  t.same([...scored].sort(), [...new Set(year.tasks.flatMap((task) => task.leadUnitIds))].sort(), 'every lead unit, and only they')
})

t.test('ranks and colours follow the scores', async (t) => {
  const n = body.units.length
  for (const unit of body.units) {
    t.equal(unit.rank, 1 + body.units.filter((other) => other.score > unit.score).length, `${unit.name}: rank`)
    t.equal(unit.quartile, Math.floor(((unit.rank - 1) * 4) / n) + 1)
    t.equal(unit.colour, ['green', 'blue', 'yellow', 'red'][unit.quartile - 1])
  }
  t.same(body.units.map((unit) => unit.score), [...body.units.map((unit) => unit.score)].sort((a, b) => b - a), 'by score')
})

t.test('the table', async (t) => {
  t.comment(`${onPostgres ? 'PostgreSQL' : 'PGlite'}: ${year.tasks.length} tasks, ${year.units.size} units, ${year.filed.length} quarterly entries, ${year.reminders} reminders`)
  for (const unit of body.units) {
    const personality = year.units.get(unit.leadUnitId)!.personality
    t.comment(`${String(unit.rank).padStart(2)}  ${unit.score.toFixed(1).padStart(5)}  ${unit.colour.padEnd(6)} ${unit.name} (${personality}, ${unit.tasks} tasks, ` +
      `−${unit.deductions}${unit.deductions !== unit.deductionsCounted ? `→${unit.deductionsCounted}` : ''} +${unit.bonuses}${unit.floorApplied ? ', floor' : ''})`)
  }
  t.pass(`${body.units.length} units`)
})
