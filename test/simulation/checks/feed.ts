/**
 * Invariant 4, the feed: every change is in the event feed exactly once, in the order the
 * changes were made to its subject. The ledger's changes and the feed's events are matched
 * subject by subject, in order; each change left without its event, each event matched out of
 * order and each event no change explains is a mismatch. Overdue events are the worker's:
 * each entry not handed in when its deadline in force passed has one, and none has two.
 *
 * The mismatches are said by three checks, by the kind of change: the loop's steps (whose
 * event types exist), entry edits, and changes to the list (tasks, units, periods, imports).
 */
import { type Change, type ChangeClass, ENTRY_EDIT, typeMatches } from '../ledger.js'
import type { Event } from '../types.js'
import type { World } from '../world.js'
import type { Check } from './check.js'
import { first } from './check.js'

interface Mismatch { class: ChangeClass, message: string }

const LOOP_TYPES = new Set(['entry.submitted', 'entry.returned', 'entry.accepted', 'entry.overdue', 'reminder.issued', 'extension.requested', 'extension.decided', 'period.closed'])
const normal = (subject: string) => subject.toLowerCase().replace(/[-_]/g, '')
const classOf = (event: Event): ChangeClass => (LOOP_TYPES.has(event.type) ? 'loop' : ENTRY_EDIT.test(event.type) ? 'edit' : 'list')

function describe(world: World, change: Change) {
  return `${change.what} on ${change.day} (${world.where(change.where)})`
}

function eventText(world: World, event: Event) {
  const data = event.data as { periodId?: number, taskId?: number, leadUnitId?: number }
  const where = world.where({ periodId: data.periodId, taskId: data.taskId, leadUnitId: data.leadUnitId })
  return `event ${event.id} ${event.type} ${event.subject}${where ? ` (${where})` : ''}`
}

/** One subject's changes against its events, in order. */
function matchSubject(world: World, changes: Change[], events: Event[], out: Mismatch[]) {
  const used = new Set<number>()
  let next = 0
  for (const change of changes) {
    let at = events.findIndex((event, i) => i >= next && !used.has(i) && typeMatches(change.type, event.type))
    if (at >= 0) {
      next = at + 1
    } else {
      at = events.findIndex((event, i) => !used.has(i) && typeMatches(change.type, event.type))
      if (at >= 0) out.push({ class: change.class, message: `${describe(world, change)} is in the feed out of order: ${eventText(world, events[at]!)} came before the event of an earlier change` })
      else out.push({ class: change.class, message: `${describe(world, change)} is not in the event feed: no ${change.type} event for ${change.subject}` })
    }
    if (at >= 0) used.add(at)
  }
  events.forEach((event, i) => {
    if (!used.has(i)) out.push({ class: classOf(event), message: `${eventText(world, event)} is in the feed, but no change explains it (a change told twice?)` })
  })
}

function matchOverdue(world: World, out: Mismatch[]) {
  const told = new Map<string, Event[]>()
  for (const event of world.feed.filter((e) => e.type === 'entry.overdue')) {
    const key = `${event.data.taskId}:${event.data.periodId}:${Date.parse(String(event.data.dueAt))}`
    told.set(key, [...(told.get(key) ?? []), event])
  }
  for (const [key, due] of world.overdueDue) {
    const events = told.get(key) ?? []
    const where = world.where({ periodId: due.periodId, taskId: due.taskId })
    if (events.length === 0) out.push({ class: 'loop', message: `${where}: not handed in when its deadline ${due.deadline} passed on ${due.day}, and no entry.overdue event says so` })
  }
  for (const events of told.values()) {
    if (events.length > 1) out.push({ class: 'loop', message: `${eventText(world, events[1]!)} tells again what event ${events[0]!.id} told (overdue once per deadline)` })
  }
}

/** Every mismatch between the ledger and the feed so far. */
export function feedMismatches(world: World): Mismatch[] {
  const out: Mismatch[] = []
  const changes = new Map<string, Change[]>()
  for (const change of world.ledger.changes) changes.set(normal(change.subject), [...(changes.get(normal(change.subject)) ?? []), change])
  const events = new Map<string, Event[]>()
  for (const event of world.feed.filter((e) => e.type !== 'entry.overdue')) events.set(normal(event.subject), [...(events.get(normal(event.subject)) ?? []), event])
  for (const subject of new Set([...changes.keys(), ...events.keys()])) matchSubject(world, changes.get(subject) ?? [], events.get(subject) ?? [], out)
  matchOverdue(world, out)
  return out
}

const cache = new WeakMap<World, { key: string, mismatches: Mismatch[] }>()

function mismatchesOf(world: World, kind: ChangeClass) {
  const key = `${world.day} ${world.feed.length} ${world.ledger.changes.length} ${world.overdueDue.size}`
  let known = cache.get(world)
  if (known?.key !== key) {
    known = { key, mismatches: feedMismatches(world) }
    cache.set(world, known)
  }
  return first(known.mismatches.filter((mismatch) => mismatch.class === kind).map((mismatch) => mismatch.message))
}

export const feedHasLoopSteps: Check = {
  invariant: '4',
  name: 'every step of the loop (submit, return, accept, extension, reminder, overdue, close) is in the event feed once',
  run: async ({ world }) => mismatchesOf(world, 'loop'),
}

export const feedHasEntryEdits: Check = {
  invariant: '4',
  name: 'every edit of an entry (draft, rework, re-evaluation, import) is in the event feed once',
  run: async ({ world }) => mismatchesOf(world, 'edit'),
}

export const feedHasListChanges: Check = {
  invariant: '4',
  name: 'every change of tasks, lead units, periods and imports is in the event feed once',
  run: async ({ world }) => mismatchesOf(world, 'list'),
}
