/**
 * The first day: the city, its office's key, the twelve periods with their deadlines, the
 * list from the published report, a key for each lead unit, the two subscribers and the
 * reader of published entries.
 */
import type { DatabaseHandle } from '../../src/db/connect.js'
import { createKey } from '../helper.js'
import { yearPeriods } from './calendar.js'
import { draftOf } from './document.js'
import { PERIOD_CHANGE } from './ledger.js'
import { importReport } from './imports.js'
import { entryPlan, PERSONALITIES, personalities } from './plans.js'
import type { Period as PeriodRow } from './types.js'
import { EVENT_TYPES as ALL_EVENT_TYPES } from '../../src/shared/values.js'
import { entryKey, type World } from './world.js'

export const YEAR = 2025
/** The report's period: its entries are imported, not filed. */
export const REPORT_MONTH = 5
export const WEBHOOK_SECRET = 'simulated-receiver-secret-0001'
/** The JSON receiver follows everything the service tells; the robot, what a group chat needs. */
const EVENT_TYPES: string[] = [...ALL_EVENT_TYPES]
/** What the group chat is told of: reminders, lateness, returns, decisions and closes. */
const ROBOT_EVENTS = ['reminder.issued', 'entry.overdue', 'entry.returned', 'extension.decided', 'period.closed']

export async function setUp(world: World, database: DatabaseHandle, report: string) {
  const { api, cityCode } = world
  const admin = await createKey(database, { role: 'admin' })
  await api.call(admin, 'POST', '/v1/cities', { code: cityCode, name: '池州市', province: '安徽省' }, [201])
  const office = await createKey(database, { role: 'city_office', cityCode })
  world.keys = { admin, office, reader: '' }
  // The receivers follow the city from its first change on.
  await subscribe(world)

  for (const plan of yearPeriods(YEAR)) {
    const { month: _, dueOn: _d, closeOn: _c, ...body } = plan
    const reply = await api.call<PeriodRow>(office, 'POST', '/periods', { year: YEAR, kind: 'month_cumulative', ...body }, [201])
    const period = reply.body
    world.periods.push({ ...plan, id: period.id, deadline: period.dueAt!, state: 'open', imported: plan.month === REPORT_MONTH, version: period.version })
    world.ledger.add({
      day: world.day, what: 'create period', where: { periodId: period.id }, class: 'list', subject: `period:${period.id}`, type: PERIOD_CHANGE,
      audit: { entity: 'period', entityId: period.id, requestId: reply.requestId, actions: ['create'] },
    })
  }

  const reportPeriod = world.periods.find((period) => period.imported)!
  const { units, tasks } = await importReport(world, draftOf(report), 'chizhou-2025-jan-may-draft.txt', reportPeriod.id)
  const kinds = personalities(world.seed, units.map((unit) => unit.name))
  for (const unit of units) {
    const key = await createKey(database, { role: 'lead_unit', cityCode, leadUnitId: unit.id })
    world.units.set(unit.id, { id: unit.id, name: unit.name, key, personality: kinds.get(unit.name)! })
  }
  for (const task of tasks) {
    const leadUnitIds = [...task.leadUnits].sort((a, b) => a.order - b.order).map((unit) => unit.id)
    world.tasks.set(task.id, { id: task.id, seq: task.seq, title: task.title, leadUnitIds })
    for (const period of world.periods) {
      const unitId = leadUnitIds[0]!
      const plan = period.imported ? null : entryPlan(world.seed, world.units.get(unitId)!.personality, period, task.seq)
      world.entries.set(entryKey(task.id, period.id), {
        taskId: task.id, periodId: period.id, unitId, plan, deadline: period.deadline,
        state: period.imported ? 'accepted' : null, version: 0, submissions: 0,
      })
    }
  }

  await makeReader(world, database)
  world.tally.say(`set up: ${world.periods.length} periods, ${world.tasks.size} tasks and ${world.units.size} lead units from the report`)
}

/** Who is who, for the log: each unit, how it behaves and how many tasks it files. */
export function roster(world: World): string[] {
  const files = (unitId: number) => [...world.tasks.values()].filter((task) => task.leadUnitIds[0] === unitId).length
  return [...world.units.values()].map((unit) => `  ${unit.name}: ${PERSONALITIES[unit.personality]}, files ${files(unit.id)} task(s)`)
}

async function subscribe(world: World) {
  const { api, keys, receivers } = world
  await receivers.json.start()
  await receivers.robot.start()
  const json = await api.call<{ id: number }>(keys.office, 'POST', '/webhooks',
    { url: receivers.json.url, events: EVENT_TYPES, secret: WEBHOOK_SECRET, format: 'json' }, [201])
  const robot = await api.call<{ id: number }>(keys.office, 'POST', '/webhooks', { url: receivers.robot.url, events: ROBOT_EVENTS, format: 'wecom' }, [201])
  world.webhookIds = { json: json.body.id, robot: robot.body.id }
  for (const [what, reply] of [['subscribe the JSON receiver', json], ['subscribe the robot', robot]] as const) {
    world.ledger.add({
      day: world.day, what, where: {}, class: 'list', subject: `webhook:${reply.body.id}`, type: 'webhook.created',
      audit: { entity: 'webhook', entityId: reply.body.id, requestId: reply.requestId, actions: ['create'] },
    })
  }
}

export const subscribedTypes = { json: EVENT_TYPES, robot: ROBOT_EVENTS }

/** A reader limited to accepted entries (scope: published); where the service refuses the scope, a plain reader, and the refusal is kept. */
async function makeReader(world: World, database: DatabaseHandle) {
  const { api, keys, cityCode } = world
  const reply = await api.call<{ key: string }>(keys.admin, 'POST', '/v1/api-keys', { name: '公开数据读者', role: 'reader', cityCode, scope: 'published' })
  if (reply.status === 201) {
    keys.reader = reply.body.key
    return
  }
  world.readerRefusal = `POST /v1/api-keys with scope "published" answered ${reply.status}: ${reply.text.slice(0, 300)}`
  keys.reader = await createKey(database, { role: 'reader', cityCode })
}
