/**
 * At the day's end, before the checks: the simulation reads on in the event feed (from the
 * last nextCursor it was given), reads the reminders the worker issued (each one a change of
 * the worker's, put in the ledger), works out which entries fell overdue today, and reads
 * the audit rows written since yesterday.
 */
import { dayOf } from './calendar.js'
import type { AuditRow, Event, Reminder } from './types.js'
import type { World } from './world.js'

async function followFeed(world: World) {
  const { api, keys } = world
  const seen = new Set(world.feed.map((event) => event.id))
  const newest = world.feed.at(-1)?.id ?? 0
  let cursor = world.feedCursor
  let fresh = 0
  for (;;) {
    const page = await api.get<{ items: Event[], nextCursor: string | null }>(keys.office, `/events?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
    for (const event of page.items) {
      if (seen.has(event.id)) continue
      if (event.id < newest) world.note(`event ${event.id} (${event.type} ${event.subject}) appeared after event ${newest} had been read: a follower reading on from its cursor would miss it`)
      seen.add(event.id)
      world.feed.push(event)
      fresh++
      if (event.type === 'entry.overdue') world.tally.add('overdue')
    }
    if (!page.nextCursor) break
    cursor = page.nextCursor
    // The last page says nextCursor null: the follower keeps the last cursor it was given and reads on from there.
    world.feedCursor = cursor
  }
  world.tally.add('events', fresh)
  return world.feed.slice(world.feed.length - fresh)
}

/** The reminders issued since yesterday: each is a change the worker made, with its event and audit row. */
async function readReminders(world: World, todaysEvents: Event[]) {
  const named = new Set(todaysEvents.filter((event) => event.type === 'reminder.issued').map((event) => Number(event.data.periodId)))
  const active = world.periods.filter((period) => named.has(period.id) ||
    (period.state === 'open' && world.day >= dayOf(new Date(Date.parse(period.deadline) - 4 * 86_400_000))))
  const fresh: Reminder[] = []
  for (const period of active) {
    for (const reminder of await world.api.all<Reminder>(world.keys.office, `/periods/${period.id}/reminders`)) {
      if (world.reminders.has(reminder.id)) continue
      const deadline = Math.min(...reminder.taskIds.map((taskId) => Date.parse(world.entry(taskId, reminder.periodId).deadline)))
      world.reminders.set(reminder.id, { ...reminder, deadline: new Date(deadline).toISOString() })
      fresh.push(reminder)
      if (period.state === 'closed' && period.closeOn <= world.day) {
        world.closedWrites.push({ day: world.day, what: `reminder ${reminder.id} (${reminder.kind})`, periodId: period.id, status: 201, code: 'issued after close' })
      }
    }
  }
  for (const reminder of fresh.sort((a, b) => a.id - b.id)) {
    world.ledger.add({
      day: world.day, what: `remind (${reminder.kind})`, where: { periodId: reminder.periodId, leadUnitId: reminder.leadUnitId }, class: 'loop',
      subject: `reminder:${reminder.periodId}:${reminder.leadUnitId}`, type: 'reminder.issued',
      audit: { entity: 'reminder', entityId: reminder.id, requestId: null, actions: ['create', 'issue', 'remind'] },
    })
  }
  world.tally.add('reminders', fresh.length)
}

/** Entries not handed in when their deadline in force passed today (before the 18:00 drain): each owes one entry.overdue. */
function overdueToday(world: World) {
  const evening = world.clock.now.getTime()
  for (const entry of world.entries.values()) {
    const period = world.period(entry.periodId)
    if (period.state === 'closed' || dayOf(entry.deadline) !== world.day || Date.parse(entry.deadline) > evening) continue
    if (entry.state === 'submitted' || entry.state === 'accepted') continue
    const key = `${entry.taskId}:${entry.periodId}:${Date.parse(entry.deadline)}`
    world.overdueDue.set(key, { taskId: entry.taskId, periodId: entry.periodId, deadline: entry.deadline, day: world.day })
  }
}

/** The audit rows written since the last read, oldest first (the trail lists newest first). */
async function readAudit(world: World) {
  const rows: AuditRow[] = []
  let cursor: string | null = null
  reading: for (;;) {
    const page: { items: AuditRow[], nextCursor: string | null } =
      await world.api.get(world.keys.office, `/audit?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
    for (const row of page.items) {
      if (row.id <= world.lastAuditId) break reading
      rows.push(row)
    }
    if (!page.nextCursor) break
    cursor = page.nextCursor
  }
  world.auditNew = rows.reverse()
  world.lastAuditId = Math.max(world.lastAuditId, ...rows.map((row) => row.id))
}

export async function observe(world: World, delivered: { json: number, robot: number, refused: number }) {
  const todaysEvents = await followFeed(world)
  await readReminders(world, todaysEvents)
  overdueToday(world)
  await readAudit(world)
  const { json, robot } = world.receivers
  world.tally.add('json', json.received.length - delivered.json)
  world.tally.add('robot', robot.received.length - delivered.robot)
  world.tally.add('jsonRefused', json.refused - delivered.refused)
}
