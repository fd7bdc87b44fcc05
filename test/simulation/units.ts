/**
 * The lead units' day: each files the entries of the tasks it leads first, as its plan says:
 * a draft, the submission, an extension asked for, a returned entry reworked. A unit does
 * not know a period has closed; it tries, and the refusal is kept for the closed-period
 * invariant.
 */
import { beijingText } from './calendar.js'
import type { Reply } from './api.js'
import { ENTRY_EDIT, entrySubject } from './ledger.js'
import type { Entry, Extension, Status } from './types.js'
import type { EntryCase, World } from './world.js'

const WORDS: Record<Status, string> = { completed: '已完成', on_track: '序时推进', behind: '未达预期', not_rated: '' }

const text = (world: World, entry: EntryCase) => {
  const period = world.period(entry.periodId)
  const task = world.tasks.get(entry.taskId)!
  return {
    progress: `${period.label},第${task.seq}项工作${WORDS[entry.plan!.proposed] || '推进'}。`,
    nextSteps: '持续跟踪调度,确保按期完成。',
  }
}

/**
 * A unit's write: in an open period the scenario goes on from `ok` statuses only; a write to
 * a closed period is kept with its answer, whatever it is.
 */
async function attempt<T>(world: World, entry: EntryCase, what: string, key: string, method: 'PUT' | 'PATCH' | 'POST', path: string, body: unknown, ok: number[]) {
  const period = world.period(entry.periodId)
  const reply = await world.api.call<T>(key, method, path, body, period.state === 'closed' ? undefined : ok)
  if (period.state === 'closed') {
    const code = (reply.body as { code?: string } | undefined)?.code
    world.closedWrites.push({ day: world.day, what, periodId: period.id, taskId: entry.taskId, status: reply.status, code })
    world.tally.add('refusedWrites')
    return undefined
  }
  return reply
}

const entryPath = (entry: EntryCase) => `/tasks/${entry.taskId}/progress/${entry.periodId}`

function edited(world: World, entry: EntryCase, reply: Reply<Entry>, what: string, created: boolean) {
  entry.state = reply.body.state
  entry.version = reply.body.version
  world.ledger.add({
    day: world.day, what, where: { periodId: entry.periodId, taskId: entry.taskId, leadUnitId: entry.unitId }, class: 'edit',
    subject: entrySubject(entry.taskId, entry.periodId), type: ENTRY_EDIT,
    audit: { entity: 'progress_entry', entityId: reply.body.id, requestId: reply.requestId, actions: created ? ['create', 'draft'] : ['update', 'draft', 'edit'] },
  })
  world.touched.add(entry.periodId)
}

async function draft(world: World, entry: EntryCase) {
  const unit = world.units.get(entry.unitId)!
  const reply = await attempt<Entry>(world, entry, 'draft', unit.key, 'PUT', entryPath(entry), { ...text(world, entry), proposedStatus: entry.plan!.proposed }, [200, 201])
  if (!reply) return
  edited(world, entry, reply, 'draft', reply.status === 201)
  world.tally.add('drafted')
}

async function rework(world: World, entry: EntryCase) {
  const unit = world.units.get(entry.unitId)!
  const { progress } = text(world, entry)
  const reply = await attempt<Entry>(world, entry, 'rework', unit.key, 'PATCH', entryPath(entry), { progress: `${progress}(已按退回意见补充)` }, [200])
  if (reply) edited(world, entry, reply, 'rework after return', false)
}

async function submit(world: World, entry: EntryCase) {
  const unit = world.units.get(entry.unitId)!
  const reply = await attempt<Entry>(world, entry, 'submit', unit.key, 'POST', `${entryPath(entry)}/submit`, undefined, [200])
  if (!reply) return
  const now = world.clock.now
  const late = now.getTime() > Date.parse(entry.deadline)
  const where = world.where({ periodId: entry.periodId, taskId: entry.taskId })
  world.stamps.push({ day: world.day, where, what: 'late', expected: String(late), seen: String(reply.body.late) })
  world.stamps.push({ day: world.day, where, what: 'submittedAt', expected: now.toISOString(), seen: String(reply.body.submittedAt) })
  entry.state = reply.body.state
  entry.version = reply.body.version
  entry.submissions++
  entry.submittedOn = world.day
  world.ledger.add({
    day: world.day, what: 'submit', where: { periodId: entry.periodId, taskId: entry.taskId, leadUnitId: entry.unitId }, class: 'loop',
    subject: entrySubject(entry.taskId, entry.periodId), type: 'entry.submitted',
    audit: { entity: 'progress_entry', entityId: reply.body.id, requestId: reply.requestId, actions: ['submit'] },
  })
  world.touched.add(entry.periodId)
  world.tally.add('submitted')
  if (late) world.tally.add('late')
}

async function askForTime(world: World, entry: EntryCase) {
  const unit = world.units.get(entry.unitId)!
  const dueAt = new Date(Date.parse(entry.deadline) + entry.plan!.extension!.days * 86_400_000).toISOString()
  const reason = `涉及多部门会商,申请延期至${beijingText(dueAt)}报送。`
  const reply = await attempt<Extension>(world, entry, 'ask for more time', unit.key, 'POST', `${entryPath(entry)}/extension`, { dueAt, reason }, [201])
  if (!reply) return
  entry.extension = { id: reply.body.id, state: 'pending', askedOn: world.day }
  world.ledger.add({
    day: world.day, what: 'ask for more time', where: { periodId: entry.periodId, taskId: entry.taskId, leadUnitId: entry.unitId }, class: 'loop',
    subject: entrySubject(entry.taskId, entry.periodId), type: 'extension.requested',
    audit: { entity: 'extension_request', entityId: reply.body.id, requestId: reply.requestId, actions: ['create', 'request'] },
  })
  world.tally.add('asked')
}

/** Every unit's work for today, entry by entry in list order. */
export async function unitsAct(world: World) {
  const day = world.day
  for (const entry of world.entries.values()) {
    const plan = entry.plan
    if (!plan) continue
    if (plan.extension?.askOn === day && !entry.extension && (entry.state === null || entry.state === 'draft')) await askForTime(world, entry)
    if (plan.draftOn === day && entry.state === null) await draft(world, entry)
    if (entry.state === 'returned' && entry.fixOn === day) {
      await rework(world, entry)
      await submit(world, entry)
    }
    if (plan.submitOn === day && entry.submissions === 0) {
      if (entry.state === null) await draft(world, entry)
      await submit(world, entry)
    }
  }
}
