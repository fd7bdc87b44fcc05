/**
 * Invariant 5: one audit row for each change, in the request that made it (the worker's have
 * none), with an action that names the step: submit, return, accept, approve, close … Checked
 * on the day's changes against the rows written since yesterday; a row of an entity the
 * ledger follows that no change explains is said too. Other rows (keys, subscriptions, the
 * comment a return writes) are not the ledger's.
 */
import type { AuditRow } from '../types.js'
import type { Check } from './check.js'
import { first } from './check.js'

const FOLLOWED = new Set(['progress_entry', 'period', 'task', 'lead_unit', 'extension_request', 'reminder', 'import', 'webhook'])

export const auditNamesEveryStep: Check = {
  invariant: '5',
  name: 'one audit row per change, its action naming the step',
  async run({ world }) {
    const changes = world.ledger.changes.slice(world.auditedUpTo)
    world.auditedUpTo = world.ledger.changes.length
    const rows = world.auditNew.filter((row) => FOLLOWED.has(row.entity))
    const used = new Set<AuditRow>()
    const problems: string[] = []
    for (const change of changes) {
      const audit = change.audit
      if (!audit) continue
      const mine = rows.filter((row) => !used.has(row) && row.entity === audit.entity && row.entityId === String(audit.entityId) && row.requestId === audit.requestId)
      const what = `${change.what} on ${change.day} (${world.where(change.where)}${audit.requestId ? `, request ${audit.requestId}` : ''})`
      if (mine.length === 0) problems.push(`${what} has no audit row for ${audit.entity} ${audit.entityId}`)
      if (mine.length > 1) problems.push(`${what} has ${mine.length} audit rows for ${audit.entity} ${audit.entityId}: ${mine.map((row) => row.action).join(', ')}`)
      const row = mine[0]
      if (row && !audit.actions.includes(row.action)) problems.push(`${what} is audited as "${row.action}", which does not name the step (${audit.actions.join(' or ')})`)
      for (const row of mine) used.add(row)
    }
    for (const row of rows.filter((r) => !used.has(r))) {
      problems.push(`audit row ${row.id} (${row.action} ${row.entity} ${row.entityId}, request ${row.requestId ?? 'none'}) matches no change`)
    }
    return first(problems)
  },
}
