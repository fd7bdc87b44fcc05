/**
 * Invariant 1: no unit is reminded twice for one slot. A slot is the unit, the kind and the
 * time (slotAt) the reminder is for; and, as the unit reads it, its place against the
 * deadline in force (3 days before, 1 day before, at the deadline, 2 days after …) of the same
 * day: a deadline moved by minutes makes no new slots, one moved by days (an extension) does.
 */
import { dayOf } from '../calendar.js'
import type { Check } from './check.js'
import { first } from './check.js'

const DAY = 86_400_000

export const remindersOncePerSlot: Check = {
  invariant: '1',
  name: 'no unit reminded twice for one slot',
  async run({ world }) {
    const problems: string[] = []
    const bySlot = new Map<string, number>()
    const byPlace = new Map<string, { id: number, slotAt: string }>()
    for (const reminder of [...world.reminders.values()].sort((a, b) => a.id - b.id)) {
      if (reminder.kind === 'manual' || reminder.slotAt === null) continue
      const where = world.where({ periodId: reminder.periodId, leadUnitId: reminder.leadUnitId })
      // A slot is the unit, the kind and the offset from the deadline it counts from (the service names it).
      const slot = `${reminder.periodId}:${reminder.leadUnitId}:${reminder.kind}:${reminder.slot ?? Date.parse(reminder.slotAt)}`
      const twin = bySlot.get(slot)
      if (twin !== undefined) problems.push(`${where}: reminders ${twin} and ${reminder.id} are both for the ${reminder.kind} slot ${reminder.slot ?? reminder.slotAt}`)
      bySlot.set(slot, reminder.id)
      // Its place against the deadline in force for its tasks when it was read (the earliest of them).
      const deadline = Date.parse(reminder.deadline)
      const days = Math.round((reminder.kind === 'before_due' ? deadline - Date.parse(reminder.slotAt) : Date.parse(reminder.slotAt) - deadline) / DAY)
      // Named by the deadline it counts from (the service's slot), else by the day of the deadline in force.
      const source = reminder.slot ? reminder.slot.split('@')[0] : dayOf(reminder.deadline)
      const place = `${reminder.periodId}:${reminder.leadUnitId}:${reminder.kind}:${source}:${days}`
      const earlier = byPlace.get(place)
      if (earlier && twin === undefined) {
        const said = reminder.kind === 'before_due' ? `${days} day(s) before the deadline` : `${days} day(s) after the deadline`
        problems.push(`${where}: reminded twice for the slot ${said} (reminder ${earlier.id} for ${earlier.slotAt}, then reminder ${reminder.id} for ${reminder.slotAt}, the deadline in force then ${reminder.deadline})`)
      }
      byPlace.set(place, { id: reminder.id, slotAt: reminder.slotAt })
    }
    return first(problems)
  },
}
