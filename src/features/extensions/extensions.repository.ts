import type { Transaction } from 'kysely'
import { Conflict, Invalid, NotFound, PeriodClosed, Unprocessable, WrongState } from '../../shared/errors.js'
import type { Database, Db, ExtensionRequestRow, ExtensionState, PeriodRow } from '../../db/database.js'
import { afterCursor, type PageQuery, pageOf } from '../../db/page.js'
import { type Actor, recordAudit, timeOf } from '../../db/audit.js'
import { deadlineInForce } from './deadlines.repository.js'
import { emitEvent, entrySubject } from '../../db/outbox.js'
import type { EntryKey } from '../entries/entries.service.js'
import { lockPeriodForEntryWrite } from '../periods/periods.service.js'
import { bumpVersion, current } from '../../db/write.js'

export type ExtensionRequest = { dueAt: string, reason: string }

export function findExtension(db: Db, cityCode: string, id: number) {
  return db.selectFrom('extensionRequests').selectAll().where('cityCode', '=', cityCode).where('id', '=', id).executeTakeFirst()
}

/** One entry's requests, oldest first: the history of its deadline. */
export async function listEntryExtensions(db: Db, key: EntryKey, query: PageQuery) {
  const after = afterCursor<[number]>(query.cursor, ['number'])
  const rows = await db.selectFrom('extensionRequests').selectAll()
    .where('cityCode', '=', key.cityCode).where('taskId', '=', key.taskId).where('periodId', '=', key.periodId)
    .$if(after !== undefined, (qb) => qb.where('id', '>', after![0]))
    .orderBy('id').limit(query.limit + 1).execute()
  return pageOf(rows, query.limit, (extension) => [extension.id])
}

/** The office's queue: the city's requests oldest first, by state and period. */
export async function listExtensions(db: Db, cityCode: string, query: PageQuery & { state?: ExtensionState, periodId?: number }) {
  const { limit, cursor, state, periodId } = query
  const after = afterCursor<[number]>(cursor, ['number'])
  const rows = await db.selectFrom('extensionRequests').selectAll()
    .where('cityCode', '=', cityCode)
    .$if(state !== undefined, (qb) => qb.where('state', '=', state!))
    .$if(periodId !== undefined, (qb) => qb.where('periodId', '=', periodId!))
    .$if(after !== undefined, (qb) => qb.where('id', '>', after![0]))
    .orderBy('id').limit(limit + 1).execute()
  return pageOf(rows, limit, (extension) => [extension.id])
}

/** What a person reading the event in a group chat needs besides the ids. */
async function entryNames(db: Db, cityCode: string, taskId: number, leadUnitId: number | null) {
  const task = await db.selectFrom('tasks').select(['seq', 'title']).where('cityCode', '=', cityCode).where('id', '=', taskId).executeTakeFirstOrThrow()
  const unit = leadUnitId === null
    ? undefined
    : await db.selectFrom('leadUnits').select('name').where('cityCode', '=', cityCode).where('id', '=', leadUnitId).executeTakeFirst()
  return { taskSeq: task.seq, taskTitle: task.title, leadUnitName: unit?.name ?? null }
}

/** The unit a request is on behalf of: the asking key's, or (the office asking) the task's first lead unit. */
async function askingUnit(db: Db, key: EntryKey, keyUnitId: number | null): Promise<number | null> {
  if (keyUnitId !== null) return keyUnitId
  const first = await db.selectFrom('taskLeadUnits').select('leadUnitId')
    .where('cityCode', '=', key.cityCode).where('taskId', '=', key.taskId)
    .orderBy('position').limit(1).executeTakeFirst()
  return first?.leadUnitId ?? null
}

/**
 * What a request depends on, locked as an entry write locks it (the period FOR SHARE, so a
 * close waits; the task, so requests and entry writes of one task queue): an open,
 * supervised period of the task's year, and an entry not yet handed in.
 */
async function assertExtensible(trx: Transaction<Database>, key: EntryKey): Promise<PeriodRow> {
  const period = await lockPeriodForEntryWrite(trx, key.cityCode, key.periodId)
  if (!period) throw new NotFound('period', key.periodId)
  const task = await trx.selectFrom('tasks').select(['id', 'year'])
    .where('cityCode', '=', key.cityCode).where('id', '=', key.taskId).forNoKeyUpdate().executeTakeFirst()
  if (!task) throw new NotFound('task', key.taskId)
  if (period.state === 'closed') throw new PeriodClosed(period.id)
  if (task.year !== period.year) {
    throw new Unprocessable('year_mismatch', `task ${task.id} is on the ${task.year} list; period ${period.id} is in ${period.year}`)
  }
  if (period.dueAt === null) throw new Unprocessable('period_without_deadline', `period ${period.id} has no deadline (dueAt); there is nothing to extend`)
  const entry = await trx.selectFrom('progressEntries').select('state')
    .where('cityCode', '=', key.cityCode).where('taskId', '=', key.taskId).where('periodId', '=', key.periodId).executeTakeFirst()
  if (entry?.state === 'submitted' || entry?.state === 'accepted') {
    throw new WrongState(entry.state, `the entry is ${entry.state}; an extension is for an entry not yet handed in`)
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
  const pending = await trx.selectFrom('extensionRequests').select('id')
    .where('cityCode', '=', key.cityCode).where('taskId', '=', key.taskId).where('periodId', '=', key.periodId).where('state', '=', 'pending')
    .executeTakeFirst()
  if (pending) throw new Conflict('extension_pending', `extension request ${pending.id} for this entry waits for the office's decision`)
  const deadline = (await deadlineInForce(trx, key.cityCode, key.taskId, key.periodId))!
  if (Date.parse(request.dueAt) <= Date.parse(deadline)) {
    throw Invalid.field('dueAt', `must be later than the deadline in force, ${deadline}`)
  }
  const leadUnitId = await askingUnit(trx, key, keyUnitId)
  const row = await trx.insertInto('extensionRequests').values({
    cityCode: key.cityCode, taskId: key.taskId, periodId: key.periodId, leadUnitId,
    dueAt: new Date(request.dueAt), reason: request.reason, requestedBy: actor.apiKeyId,
  }).returningAll().executeTakeFirstOrThrow()
  await recordAudit(trx, actor, { cityCode: key.cityCode, action: 'create', entity: 'extension_request', entityId: row.id, after: row })
  await emitEvent(trx, {
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
  const before = current(await trx.selectFrom('extensionRequests').selectAll()
    .where('cityCode', '=', cityCode).where('id', '=', id).forUpdate().executeTakeFirst(), ifMatch, 'extension request', id)
  if (before.state !== 'pending') throw new Conflict('extension_decided', `extension request ${id} was ${before.state} already`)
  const period = (await lockPeriodForEntryWrite(trx, cityCode, before.periodId))!
  const deadlineBefore = await deadlineInForce(trx, cityCode, before.taskId, before.periodId)
  if (decision.state === 'approved') {
    if (period.state === 'closed') throw new PeriodClosed(period.id)
    if (deadlineBefore !== null && Date.parse(before.dueAt) <= Date.parse(deadlineBefore)) {
      throw new Conflict('extension_superseded', `the deadline in force, ${deadlineBefore}, is no earlier than the ${before.dueAt} asked for`)
    }
  }
  const after = await trx.updateTable('extensionRequests')
    .set({ state: decision.state, decidedBy: actor.apiKeyId, decisionReason: decision.reason ?? null, decidedAt: timeOf(actor), ...bumpVersion() })
    .where('cityCode', '=', cityCode).where('id', '=', id).returningAll().executeTakeFirstOrThrow()
  await recordAudit(trx, actor, { cityCode, action: decision.state === 'approved' ? 'approve' : 'reject', entity: 'extension_request', entityId: id, before, after })
  await emitEvent(trx, {
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
