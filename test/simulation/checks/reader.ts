/**
 * Invariant 7: the published-scope reader never sees an entry that is not accepted. It reads
 * the entries of the period being filed (the open one due first; the last one once all are
 * closed) every day.
 */
import type { Check } from './check.js'
import { first } from './check.js'

export const readerSeesOnlyAccepted: Check = {
  invariant: '7',
  name: 'the published-scope reader sees accepted entries only',
  async run({ world }) {
    const period = world.periods.find((p) => p.state === 'open') ?? world.periods[world.periods.length - 1]!
    const reply = await world.api.call<{ items: { taskId: number, state: string }[] }>(world.keys.reader, 'GET', `/periods/${period.id}/progress?limit=500`)
    const refusal = world.readerRefusal ? ` (the key is a plain reader: ${world.readerRefusal})` : ''
    if (reply.status !== 200) return `${world.where({ periodId: period.id })}: the reader could not read the period's entries: ${reply.status} ${reply.text.slice(0, 200)}${refusal}`
    const shown = reply.body.items.filter((entry) => entry.state !== 'accepted')
    return first(shown.map((entry) => `${world.where({ periodId: period.id, taskId: entry.taskId })}: the published-scope reader sees the entry in state ${entry.state}${refusal}`))
  },
}
