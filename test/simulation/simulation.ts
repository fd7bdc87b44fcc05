/**
 * A seeded year of the 督办 loop for 池州市, played on two instances of the service against
 * one database, on a simulated clock. Each day: at 09:00 the lead units file and the office
 * reviews, decides and closes; the workers are drained at 09:00, 18:00 and, after the office's
 * evening work, at 20:00; deliveries catch up; then the simulation reads what the service
 * recorded and checks every invariant (checks/index.ts), stopping at the first broken one
 * unless told to go on.
 */
import { type AppOptions, buildApp } from '../../src/app.js'
import type { DatabaseHandle } from '../../src/db/connect.js'
import { checkResponses } from '../helper.js'
import { Api } from './api.js'
import { addDays, beijing, type Day, daysFrom, SimClock, yearPeriods } from './calendar.js'
import { checks, type Context, Views } from './checks/index.js'
import { reportWithTasks } from './document.js'
import { Tally, Totals } from './log.js'
import { observe } from './observe.js'
import { moveDeadline, officeMorning } from './office.js'
import { JsonReceiver, RobotReceiver } from './receivers.js'
import { roster, setUp, WEBHOOK_SECRET, YEAR } from './setup.js'
import { unitsAct } from './units.js'
import { catchUp, drain } from './worker.js'
import { World } from './world.js'

export const CITY = '341700'
export const FIRST_DAY = `${YEAR}-01-01`
/** The JSON receiver answers 500 from the first of these days until the morning of the second. */
export const OUTAGE: [Day, Day] = [`${YEAR}-09-03`, `${YEAR}-09-06`]
/** Until the last period has closed, and two days more. */
export const FULL_YEAR_DAYS = daysFrom(FIRST_DAY, yearPeriods(YEAR).at(-1)!.closeOn) + 3

export interface SimulationOptions {
  seed: number
  database: DatabaseHandle
  /** The second instance's handle on the same database (PostgreSQL: a pool of its own); the first's when left out. */
  secondDatabase?: DatabaseHandle
  /** The published report (test/fixtures/seeds/chizhou-2025-jan-may.txt). */
  report: string
  /** Only the report's first rows: a shorter list. */
  tasks?: number
  days?: number
  /** Stop at the first broken invariant (default); otherwise each check stops at its own first, and the year plays on. */
  stopAtFirst?: boolean
  /** Hold every response to the OpenAPI document (test/helper.ts checkResponses). */
  checkContract?: boolean
  log?: (line: string) => void
}

export interface Failure { invariant: string, name: string, day: Day, message: string }

export interface Outcome {
  seed: number
  days: number
  lastDay: Day
  failures: Failure[]
  notes: string[]
  totals: Totals
  requests: number
  /** The final line: what the year held, and whether the invariants did. */
  line: string
}

/**
 * Services as the simulation runs them: on its clock, the worker stepped by hand, deliveries
 * retried for a week (the outage is days long), and no rate limit (a simulated year's requests
 * come in a minute of the machine's time).
 */
function appOptions(database: DatabaseHandle, clock: SimClock): AppOptions {
  return {
    database, clock: clock.read, edges: { rateLimitPerMinute: 1_000_000_000 },
    worker: { intervalMs: 0, webhooks: { timeoutMs: 5000, retryBaseMs: 10_000, retryForMs: 7 * 86_400_000, allowedNetworks: ['127.0.0.0/8'] } },
  }
}

export async function simulateYear(options: SimulationOptions): Promise<Outcome> {
  const { seed, database, stopAtFirst = true, log = () => {} } = options
  const days = options.days ?? FULL_YEAR_DAYS
  const report = reportWithTasks(options.report, options.tasks)
  const clock = new SimClock(beijing(FIRST_DAY, '09:00'))
  const apps = [await buildApp(appOptions(database, clock)), await buildApp(appOptions(options.secondDatabase ?? database, clock))]
  if (options.checkContract) for (const app of apps) checkResponses(app)
  const receivers = { json: new JsonReceiver('events', WEBHOOK_SECRET), robot: new RobotReceiver('robot') }
  const world = new World(seed, CITY, new Api(apps, CITY), apps, clock, receivers)
  const totals = new Totals()
  const failures: Failure[] = []
  const broken = new Set<string>()
  let lastDay = FIRST_DAY
  try {
    await setUp(world, database, report)
    for (const line of roster(world)) log(line)
    for (let n = 0; n < days; n++) {
      const day = addDays(FIRST_DAY, n)
      lastDay = day
      const delivered = { json: receivers.json.received.length, robot: receivers.robot.received.length, refused: receivers.json.refused }
      await playDay(world, day, report)
      await observe(world, delivered)
      const context: Context = { world, views: new Views(world), final: n === days - 1, lastDay: day }
      for (const check of checks.filter((c) => !broken.has(c.name))) {
        const message = await check.run(context)
        if (message === undefined) continue
        broken.add(check.name)
        failures.push({ invariant: check.invariant, name: check.name, day, message })
        world.tally.say(`✗ invariant ${check.invariant} (${check.name}): ${message}`)
        if (stopAtFirst) break
      }
      totals.addDay(world.tally)
      log(world.tally.line(day))
      world.tally = new Tally()
      world.touched.clear()
      if (stopAtFirst && failures.length > 0) break
    }
  } finally {
    for (const app of apps) await app.close()
    await receivers.json.close()
    await receivers.robot.close()
  }
  const outcome = { seed, days: daysFrom(FIRST_DAY, lastDay) + 1, lastDay, failures, notes: world.notes, totals, requests: world.api.requests, line: '' }
  return { ...outcome, line: finalLine(world, outcome) }
}

async function playDay(world: World, day: Day, report: string) {
  const { clock, receivers } = world
  clock.set(beijing(day, '09:00'))
  const down = day >= OUTAGE[0] && day < OUTAGE[1]
  if (down !== receivers.json.down) world.tally.say(down ? 'json receiver down (500)' : 'json receiver back up')
  receivers.json.down = down
  await unitsAct(world)
  await officeMorning(world, report)
  await drain(world)
  clock.set(beijing(day, '18:00'))
  await drain(world)
  clock.set(beijing(day, '20:00'))
  if (await moveDeadline(world)) await drain(world)
  await catchUp(world)
}

function finalLine(world: World, outcome: Omit<Outcome, 'line'>) {
  const count = (name: string) => outcome.totals.counts.get(name) ?? 0
  const [broke] = outcome.failures
  const others = outcome.failures.length > 1 ? ` (${outcome.failures.length - 1} more checks broke later)` : ''
  const verdict = broke ? `invariant ${broke.invariant} broke on ${broke.day}${others}: ${broke.message}` : 'all invariants held'
  return [
    `seed ${outcome.seed}`,
    `${FIRST_DAY} → ${outcome.lastDay} (${outcome.days} days)`,
    `${world.tasks.size} tasks, ${world.units.size} units, ${world.periods.length} periods (${world.periods.filter((p) => p.state === 'closed').length} closed)`,
    `submitted ${count('submitted')} (${count('late')} late), returned ${count('returned')}, accepted ${count('accepted')}`,
    `extensions ${count('asked')} (${count('approved')} approved)`,
    `reminders ${count('reminders')}, overdue ${count('overdue')}`,
    `events ${count('events')} → json ${count('json')}, robot ${count('robot')}`,
    `closed-period writes refused ${count('refusedWrites')}`,
    `${outcome.requests} requests`,
    verdict,
  ].join(' · ')
}
