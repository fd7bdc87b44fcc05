/**
 * Beyond the seven: the service keeps the simulated time, not the machine's. A submission is
 * stamped with the clock's time and is late exactly when it comes after the deadline in
 * force; compliance's light for each task is the one the clock gives (green handed in, red
 * overdue, yellow due within warningDays, else none).
 */
import type { Check } from './check.js'
import { first } from './check.js'

const WARNING_DAYS = 3
const stampsSeen = new WeakMap<object, number>()

export const serviceKeepsSimulatedTime: Check = {
  invariant: 'clock',
  name: 'submissions, lateness and compliance lights follow the simulated clock',
  async run({ world, views }) {
    const problems: string[] = []
    for (const stamp of world.stamps.slice(stampsSeen.get(world) ?? 0)) {
      const same = stamp.what === 'submittedAt' ? Date.parse(stamp.seen) === Date.parse(stamp.expected) : stamp.seen === stamp.expected
      if (!same) problems.push(`${stamp.where}: submitted on ${stamp.day}, ${stamp.what} is ${stamp.seen}, the simulated clock gives ${stamp.expected}`)
    }
    stampsSeen.set(world, world.stamps.length)
    const now = world.clock.now.getTime()
    for (const period of world.periods.filter((p) => p.state === 'open' && world.touched.has(p.id))) {
      for (const task of (await views.compliance(period.id)).tasks) {
        const due = task.dueAt === null ? null : Date.parse(task.dueAt)
        const light = task.state === 'submitted' || task.state === 'accepted' ? 'green'
          : due === null ? 'none' : due <= now ? 'red' : due <= now + WARNING_DAYS * 86_400_000 ? 'yellow' : 'none'
        if (task.light !== light) {
          problems.push(`${world.where({ periodId: period.id, taskId: task.taskId })}: compliance shows ${task.light} at ${world.clock.now.toISOString()} (due ${task.dueAt}, ${task.state ?? 'no entry'}), the simulated clock gives ${light}`)
        }
      }
    }
    return first(problems)
  },
}
