/**
 * Invariant 4, the receivers: each gets every event of the types it subscribed to exactly
 * once, in order per subject, signed; the one that was down gets its backlog once it is up.
 * The JSON receiver is matched by event id; a robot message names no event, so it is matched
 * by what it says (the type, the period and the task's number, or the unit and the text).
 */
import { robotKey } from '../receivers.js'
import { subscribedTypes } from '../setup.js'
import type { Event } from '../types.js'
import type { World } from '../world.js'
import type { Check } from './check.js'
import { first } from './check.js'

function eventText(world: World, event: Event) {
  const data = event.data as { periodId?: number, taskId?: number, leadUnitId?: number }
  const where = world.where({ periodId: data.periodId, taskId: data.taskId, leadUnitId: data.leadUnitId })
  return `event ${event.id} ${event.type} ${event.subject}${where ? ` (${where})` : ''}`
}

function jsonProblems(world: World): string[] {
  const receiver = world.receivers.json
  const expected = world.feed.filter((event) => subscribedTypes.json.includes(event.type))
  const byId = new Map(world.feed.map((event) => [event.id, event]))
  const problems: string[] = []
  const times = new Map<number, number>()
  const lastOfSubject = new Map<string, number>()
  for (const receipt of receiver.received) {
    const id = receipt.eventId!
    times.set(id, (times.get(id) ?? 0) + 1)
    const event = byId.get(id)
    if (!receipt.signed) problems.push(`json receiver: event ${id} arrived with a Duban-Signature that does not check out`)
    if (!event) problems.push(`json receiver: got event ${id} (${receipt.type} ${receipt.group}), which the feed does not list`)
    else if (times.get(id) === 2) problems.push(`json receiver: ${eventText(world, event)} delivered twice`)
    const before = lastOfSubject.get(receipt.group)
    if (before !== undefined && before > id) problems.push(`json receiver: event ${id} of ${receipt.group} arrived after event ${before} of the same subject`)
    lastOfSubject.set(receipt.group, Math.max(before ?? 0, id))
  }
  if (!receiver.down) {
    const missing = expected.filter((event) => !times.has(event.id))
    if (missing.length > 0) problems.push(`json receiver (up): ${missing.length} of ${expected.length} events never arrived, first ${eventText(world, missing[0]!)}`)
  }
  return problems
}

const factsOf = (event: Event) => {
  const data = event.data as Record<string, unknown>
  const text = (value: unknown) => (value === undefined || value === null ? undefined : String(value))
  return robotKey({
    type: event.type, periodLabel: text(data.periodLabel ?? data.label), seq: text(data.taskSeq), unit: text(data.leadUnitName), text: text(data.reason),
  })
}

function robotProblems(world: World): string[] {
  const receiver = world.receivers.robot
  const problems = receiver.received.filter((receipt) => receipt.type.startsWith('not understood')).map((receipt) => `robot: a message it could not read: ${receipt.type}`)
  const expected = new Map<string, string[]>()
  for (const event of world.feed.filter((e) => subscribedTypes.robot.includes(e.type))) {
    const { key, group } = factsOf(event)
    expected.set(group, [...(expected.get(group) ?? []), key])
  }
  const got = new Map<string, string[]>()
  for (const receipt of receiver.received) got.set(receipt.group, [...(got.get(receipt.group) ?? []), receipt.key])
  for (const group of new Set([...expected.keys(), ...got.keys()])) {
    const want = expected.get(group) ?? []
    const have = got.get(group) ?? []
    const complete = !receiver.down
    const agrees = complete ? want.join('\n') === have.join('\n') : want.slice(0, have.length).join('\n') === have.join('\n')
    if (!agrees) problems.push(`robot: for ${group} the feed has [${want.join(', ')}], the group received [${have.join(', ')}]`)
  }
  return problems
}

export const receiversGetEveryEvent: Check = {
  invariant: '4',
  name: 'each receiver gets every event it subscribed to once, in order per subject (the down one its backlog after)',
  run: async ({ world }) => first([...jsonProblems(world), ...robotProblems(world)]),
}
