/**
 * Invariant 6: nothing is written to a closed period. Every write the scenario tried there
 * answered 409 period_closed, no reminder was issued for it, and its entries are as they were
 * when it closed.
 */
import type { Entry } from '../types.js'
import type { Check } from './check.js'
import { first } from './check.js'

const triesSeen = new WeakMap<object, number>()

export const closedPeriodsUnchanged: Check = {
  invariant: '6',
  name: 'nothing written to a closed period',
  async run({ world, views }) {
    const problems: string[] = []
    const from = triesSeen.get(world) ?? 0
    for (const attempt of world.closedWrites.slice(from)) {
      if (attempt.status !== 409 || attempt.code !== 'period_closed') {
        problems.push(`${attempt.what} on ${attempt.day} in closed ${world.where({ periodId: attempt.periodId, taskId: attempt.taskId })} answered ${attempt.status} ${attempt.code ?? ''}, not 409 period_closed`)
      }
    }
    triesSeen.set(world, world.closedWrites.length)
    for (const [periodId, snapshot] of world.closedSnapshots) {
      const then = new Map((JSON.parse(snapshot) as Entry[]).map((entry) => [entry.id, entry]))
      const now = await views.entries(periodId)
      for (const entry of now) {
        const before = then.get(entry.id)
        if (!before) problems.push(`${world.where({ periodId, taskId: entry.taskId })}: an entry appeared after the period closed`)
        else if (JSON.stringify(before) !== JSON.stringify(entry)) {
          problems.push(`${world.where({ periodId, taskId: entry.taskId })}: the entry changed after the period closed (version ${before.version} ${before.state} → ${entry.version} ${entry.state})`)
        }
      }
      if (now.length < then.size) problems.push(`${world.where({ periodId })}: ${then.size - now.length} entries went after the period closed`)
    }
    return first(problems)
  },
}
