/**
 * A simulated year of the 督办 loop (test/simulation/): 池州's list cut to its first 20 tasks,
 * twelve monthly periods, lead units of every kind, the office, two receivers and a
 * published-scope reader, on two instances of the service and the file's own database (PGlite,
 * or the server DATABASE_URL names). The year plays to its end; each invariant is asserted
 * on its own, failing with the first place it broke. `npm run simulate` plays the whole list.
 */
import t from 'tap'
import { onPostgres, readSeed, testDatabase } from './helper.js'
import { checks } from './simulation/checks/index.js'
import { FULL_YEAR_DAYS, simulateYear } from './simulation/simulation.js'

t.setTimeout(300_000)

const database = await testDatabase(t)
const started = Date.now()
const outcome = await simulateYear({
  seed: 20250101, database, report: readSeed('chizhou-2025-jan-may.txt'), tasks: 20, stopAtFirst: false, checkContract: true,
})
t.comment(`${outcome.line} · ${((Date.now() - started) / 1000).toFixed(1)} s on ${onPostgres ? 'PostgreSQL' : 'PGlite'}`)

t.equal(outcome.days, FULL_YEAR_DAYS, 'the whole year is played, to the last period closed')
for (const check of checks) {
  const failure = outcome.failures.find((f) => f.name === check.name)
  t.equal(failure && `${failure.day}: ${failure.message}`, undefined, `invariant ${check.invariant}: ${check.name}`)
}
t.same(outcome.notes, [], 'the scenario met nothing unexpected (a close with entries waiting for review refused without force; events in id order)')
