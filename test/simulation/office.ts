/**
 * The city office's day: it decides the extensions asked for, reviews what was submitted
 * (returning or accepting it with its evaluation), moves a deadline, re-evaluates an
 * imported entry, imports the published report again and closes each period ten days after
 * its deadline: one of them while entries still wait for review, with force.
 */
import { addDays, beijingText } from './calendar.js'
import type { Problem } from './api.js'
import { importReport } from './imports.js'
import { ENTRY_EDIT, entrySubject, PERIOD_CHANGE } from './ledger.js'
import type { Entry, Extension, Period as PeriodRow } from './types.js'
import type { EntryCase, Period, World } from './world.js'

/** The period whose deadline moves 15 minutes on the evening before it is due. */
export const DEADLINE_MOVED_MONTH = 3
/** The period the office is too busy to finish reviewing: it closes it with force. */
export const BUSY_MONTH = 8
export const REEVALUATE_ON = '2025-06-06'
export const REIMPORT_ON = '2025-06-10'

const entryPath = (entry: EntryCase) => `/tasks/${entry.taskId}/progress/${entry.periodId}`
const whereOf = (entry: EntryCase) => ({ periodId: entry.periodId, taskId: entry.taskId, leadUnitId: entry.unitId })

async function decideExtensions(world: World) {
  const { api, keys } = world
  for (const entry of world.entries.values()) {
    const asked = entry.extension
    if (!asked || asked.state !== 'pending' || asked.askedOn >= world.day || world.period(entry.periodId).state === 'closed') continue
    const approve = entry.plan!.extension!.approve
    const reply = await api.call<Extension>(keys.office, 'POST', `/extensions/${asked.id}/${approve ? 'approve' : 'reject'}`,
      approve ? {} : { reason: '请按原定时间报送。' }, [200])
    asked.state = reply.body.state as 'approved' | 'rejected'
    if (approve) entry.deadline = reply.body.dueAt
    world.ledger.add({
      day: world.day, what: approve ? 'approve extension' : 'reject extension', where: whereOf(entry), class: 'loop',
      subject: entrySubject(entry.taskId, entry.periodId), type: 'extension.decided',
      audit: { entity: 'extension_request', entityId: asked.id, requestId: reply.requestId, actions: [approve ? 'approve' : 'reject'] },
    })
    world.touched.add(entry.periodId)
    world.tally.add(approve ? 'approved' : 'rejected')
  }
}

/** Whether the office gets to an entry today: after its review delay; in the busy period, never to what came after the deadline day. */
function reviewsToday(world: World, entry: EntryCase, period: Period) {
  if (entry.state !== 'submitted' || period.state === 'closed' || !entry.plan) return false
  if (period.month === BUSY_MONTH && entry.submittedOn! > period.dueOn) return false
  return addDays(entry.submittedOn!, entry.plan.reviewDays) <= world.day
}

async function review(world: World) {
  const { api, keys } = world
  for (const entry of world.entries.values()) {
    const period = world.period(entry.periodId)
    if (!reviewsToday(world, entry, period)) continue
    const returning = entry.plan!.returnFirst && entry.submissions === 1
    const reply = returning
      ? await api.call<Entry>(keys.office, 'POST', `${entryPath(entry)}/return`, { reason: '请补充量化指标完成情况和存在问题。' }, [200])
      : await api.call<Entry>(keys.office, 'POST', `${entryPath(entry)}/accept`, { status: entry.plan!.evaluation }, [200])
    entry.state = reply.body.state
    entry.version = reply.body.version
    if (returning) entry.fixOn = addDays(world.day, entry.plan!.fixDays)
    world.ledger.add({
      day: world.day, what: returning ? 'return' : 'accept', where: whereOf(entry), class: 'loop',
      subject: entrySubject(entry.taskId, entry.periodId), type: returning ? 'entry.returned' : 'entry.accepted',
      audit: { entity: 'progress_entry', entityId: reply.body.id, requestId: reply.requestId, actions: [returning ? 'return' : 'accept'] },
    })
    world.touched.add(entry.periodId)
    world.tally.add(returning ? 'returned' : 'accepted')
  }
}

/** Closes the period; with entries waiting for review a plain close is to be refused (409) and the office closes with force. */
async function close(world: World, period: Period) {
  const { api, keys } = world
  const waiting = [...world.entries.values()].filter((entry) => entry.periodId === period.id && entry.state === 'submitted')
  let reply = await api.call<PeriodRow & Problem>(keys.office, 'POST', `/periods/${period.id}/close`, undefined, waiting.length > 0 ? [200, 409] : [200])
  let forced = false
  if (reply.status === 409) {
    world.tally.say(`close refused: ${reply.body.detail ?? reply.body.code}`)
    reply = await api.call<PeriodRow & Problem>(keys.office, 'POST', `/periods/${period.id}/close`, { force: true }, [200])
    forced = true
  } else if (waiting.length > 0) {
    world.note(`${period.label} closed without force while ${waiting.length} entries waited for review (a 409 listing them was expected)`)
  }
  period.state = 'closed'
  period.version = reply.body.version
  world.ledger.add({
    day: world.day, what: forced ? 'close with force' : 'close', where: { periodId: period.id }, class: 'loop', subject: `period:${period.id}`, type: 'period.closed',
    audit: { entity: 'period', entityId: period.id, requestId: reply.requestId, actions: forced ? ['close', 'force_close', 'close_forced'] : ['close'] },
  })
  world.closedSnapshots.set(period.id, JSON.stringify(await api.all<Entry>(keys.office, `/periods/${period.id}/progress`)))
  world.touched.add(period.id)
  world.tally.say(`closed ${period.label}${forced ? ` with force (${waiting.length} waiting)` : ''}`)
  // Too late: the office tries to accept one that waited; the period is closed.
  const late = waiting[0]
  if (late) {
    const refused = await api.call<Problem>(keys.office, 'POST', `${entryPath(late)}/accept`, { status: 'on_track' })
    world.closedWrites.push({ day: world.day, what: 'accept after close', periodId: period.id, taskId: late.taskId, status: refused.status, code: refused.body.code })
    world.tally.add('refusedWrites')
  }
}

/** The evening before the deadline, after the reminders went out: 15 minutes more. */
export async function moveDeadline(world: World) {
  const period = world.periods.find((p) => p.month === DEADLINE_MOVED_MONTH && addDays(p.dueOn, -1) === world.day && p.state === 'open')
  if (!period) return false
  const { api, keys } = world
  const dueAt = new Date(Date.parse(period.deadline) + 15 * 60_000).toISOString()
  const reply = await api.call<PeriodRow>(keys.office, 'PATCH', `/periods/${period.id}`, { dueAt }, [200])
  for (const entry of world.entries.values()) {
    if (entry.periodId === period.id && entry.deadline === period.deadline) entry.deadline = reply.body.dueAt!
  }
  period.deadline = reply.body.dueAt!
  period.version = reply.body.version
  world.ledger.add({
    day: world.day, what: 'move deadline', where: { periodId: period.id }, class: 'list', subject: `period:${period.id}`, type: PERIOD_CHANGE,
    audit: { entity: 'period', entityId: period.id, requestId: reply.requestId, actions: ['update'] },
  })
  world.touched.add(period.id)
  world.tally.say(`${period.label} deadline moved to ${beijingText(period.deadline)}`)
  return true
}

/** The office changes its mind on an imported evaluation: the import after it must leave it (a conflict). */
async function reevaluate(world: World) {
  const period = world.periods.find((p) => p.imported)!
  const task = [...world.tasks.values()].find((t) => t.seq === 1)
  if (!task || period.state === 'closed') return
  const entry = world.entry(task.id, period.id)
  const reply = await world.api.call<Entry>(world.keys.office, 'PATCH', entryPath(entry), { status: 'on_track' }, [200])
  entry.version = reply.body.version
  world.ledger.add({
    day: world.day, what: 'office re-evaluates', where: whereOf(entry), class: 'edit', subject: entrySubject(task.id, period.id), type: ENTRY_EDIT,
    audit: { entity: 'progress_entry', entityId: reply.body.id, requestId: reply.requestId, actions: ['update', 'accept', 'evaluate'] },
  })
  world.touched.add(period.id)
  world.tally.say(`re-evaluated 第1项 in ${period.label}`)
}

/** The office's morning. `report` is the published report (cut as the run's list is). */
export async function officeMorning(world: World, report: string) {
  await decideExtensions(world)
  await review(world)
  if (world.day === REEVALUATE_ON) await reevaluate(world)
  if (world.day === REIMPORT_ON) {
    const period = world.periods.find((p) => p.imported)!
    const { result, changed } = await importReport(world, report, 'chizhou-2025-jan-may.txt', period.id)
    world.tally.add('imported')
    world.tally.say(`re-import into ${period.label}: ${changed} changed, ${result.conflicts.length} conflicts`)
  }
  for (const period of world.periods) {
    if (period.closeOn === world.day && period.state === 'open') await close(world, period)
  }
}
