/**
 * 延期申请: a unit asks for more time on an entry, the office approves or rejects; the deadline
 * in force of an entry is the last approved extension's, else the period's (db/deadlines.ts).
 */
import { assertPeriodOpen } from '../../shared/periods.js'
import type { Transaction } from 'kysely'
import type { Database, ExtensionRequestRow, PeriodRow } from '../../db/database.js'
import { type Actor, recordAudit, timeOf } from '../../db/audit.js'
import { deadlineInForce } from '../../db/deadlines.js'
import { emitEvent, entrySubject } from '../../db/outbox.js'
import { current } from '../../db/write.js'
import { Conflict, Invalid, Unprocessable, WrongState } from '../../shared/errors.js'
import { type EntryKey, lockEntryParents } from '../entries/entries.service.js'
import { lockPeriodForEntryWrite } from '../periods/periods.service.js'
import { askingUnit, entryNames, entryState, findPendingExtension, insertExtension, lockExtension, updateExtension } from './extensions.repository.js'

export { findExtension, listEntryExtensions, listExtensions } from './extensions.repository.js'

export type ExtensionRequest = { dueAt: string, reason: string }

/**
 * What a request depends on, locked as an entry write locks it (entries' lockEntryParents: an
 * open period of the task's year): a supervised period, and an entry not yet handed in.
 */
async function assertExtensible(trx: Transaction<Database>, key: EntryKey): Promise<PeriodRow> {
  const { period } = await lockEntryParents(trx, key)
  if (period.dueAt === null) throw new Unprocessable('period_without_deadline', `period ${period.id} has no deadline (dueAt); there is nothing to extend`)
  const state = await entryState(trx, key)
  if (state === 'submitted' || state === 'accepted') {
    throw new WrongState(state, `the entry is ${state}; an extension is for an entry not yet handed in`)
  }
  return period
}

/**
 * 延期申请: a unit asks to file one task's entry later than the deadline in force. One waits
 * at a time per entry (the partial unique index is the last word on that).
 */
export async function requestExtension(trx: Transaction<Database>, actor: Actor, key: EntryKey, request: ExtensionRequest,
  keyUnitId: number | null): Promise<ExtensionRequestRow> {
  const period = await assertExtensible(trx, key)
  const pending = await findPendingExtension(trx, key)
  if (pending) throw new Conflict('extension_pending', `extension request ${pending.id} for this entry waits for the office's decision`)
  const deadline = (await deadlineInForce(trx, key.cityCode, key.taskId, key.periodId))!
  if (Date.parse(request.dueAt) <= Date.parse(deadline)) {
    throw Invalid.field('dueAt', `must be later than the deadline in force, ${deadline}`)
  }
  const leadUnitId = await askingUnit(trx, key, keyUnitId)
  const row = await insertExtension(trx, actor.apiKeyId, key, leadUnitId, request)
  await recordAudit(trx, actor, { cityCode: key.cityCode, action: 'create', entity: 'extension_request', entityId: row.id, after: row })
  await emitEvent(trx, actor, {
    cityCode: key.cityCode, type: 'extension.requested', subject: entrySubject(key.taskId, key.periodId),
    data: {
      extensionId: row.id, taskId: key.taskId, periodId: period.id, periodLabel: period.label, leadUnitId,
      ...await entryNames(trx, key.cityCode, key.taskId, leadUnitId), deadline, dueAt: row.dueAt, reason: row.reason,
    },
  })
  return row
}

export type Decision = { state: 'approved', reason?: string } | { state: 'rejected', reason: string }

/**
 * The office approves (the request's dueAt becomes the entry's deadline in force) or rejects
 * (the deadline stays) a pending request. An approval needs the period open and must still
 * move the deadline later: the period's own may have moved since the unit asked.
 */
export async function decideExtension(trx: Transaction<Database>, actor: Actor, cityCode: string, id: number, decision: Decision,
  ifMatch?: number): Promise<ExtensionRequestRow> {
  const before = current(await lockExtension(trx, cityCode, id), ifMatch, 'extension request', id)
  if (before.state !== 'pending') throw new Conflict('extension_decided', `extension request ${id} was ${before.state} already`)
  const period = (await lockPeriodForEntryWrite(trx, cityCode, before.periodId))!
  const deadlineBefore = await deadlineInForce(trx, cityCode, before.taskId, before.periodId)
  if (decision.state === 'approved') {
    assertPeriodOpen(period)
    if (deadlineBefore !== null && Date.parse(before.dueAt) <= Date.parse(deadlineBefore)) {
      throw new Conflict('extension_superseded', `the deadline in force, ${deadlineBefore}, is no earlier than the ${before.dueAt} asked for`)
    }
  }
  const after = await updateExtension(trx, cityCode, id,
    { state: decision.state, decidedBy: actor.apiKeyId, decisionReason: decision.reason ?? null, decidedAt: timeOf(actor) })
  await recordAudit(trx, actor, { cityCode, action: decision.state === 'approved' ? 'approve' : 'reject', entity: 'extension_request', entityId: id, before, after })
  await emitEvent(trx, actor, {
    cityCode, type: 'extension.decided', subject: entrySubject(after.taskId, after.periodId),
    data: {
      extensionId: id, taskId: after.taskId, periodId: period.id, periodLabel: period.label, leadUnitId: after.leadUnitId,
      ...await entryNames(trx, cityCode, after.taskId, after.leadUnitId),
      decision: after.state, dueAt: after.dueAt, reason: after.decisionReason, requestReason: after.reason,
      deadline: decision.state === 'approved' ? after.dueAt : deadlineBefore,
    },
  })
  return after
}
