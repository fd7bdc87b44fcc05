import type { Transaction } from 'kysely'
import type { Database, Db, ExtensionRequestRow, ExtensionState } from '../../db/database.js'
import { afterCursor, type PageQuery, pageOf } from '../../db/page.js'
import { bumpVersion } from '../../db/write.js'

/** An entry's key: the task and the period, in a city. */
type EntryKey = { cityCode: string, taskId: number, periodId: number }

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
export async function entryNames(db: Db, cityCode: string, taskId: number, leadUnitId: number | null) {
  const task = await db.selectFrom('tasks').select(['seq', 'title']).where('cityCode', '=', cityCode).where('id', '=', taskId).executeTakeFirstOrThrow()
  const unit = leadUnitId === null
    ? undefined
    : await db.selectFrom('leadUnits').select('name').where('cityCode', '=', cityCode).where('id', '=', leadUnitId).executeTakeFirst()
  return { taskSeq: task.seq, taskTitle: task.title, leadUnitName: unit?.name ?? null }
}

/** The unit a request is on behalf of: the asking key's, or (the office asking) the task's first lead unit. */
export async function askingUnit(db: Db, key: EntryKey, keyUnitId: number | null): Promise<number | null> {
  if (keyUnitId !== null) return keyUnitId
  const first = await db.selectFrom('taskLeadUnits').select('leadUnitId')
    .where('cityCode', '=', key.cityCode).where('taskId', '=', key.taskId)
    .orderBy('position').limit(1).executeTakeFirst()
  return first?.leadUnitId ?? null
}

/** The state of the entry a request is for; undefined: no entry yet. */
export async function entryState(trx: Transaction<Database>, key: EntryKey) {
  return (await trx.selectFrom('progressEntries').select('state')
    .where('cityCode', '=', key.cityCode).where('taskId', '=', key.taskId).where('periodId', '=', key.periodId).executeTakeFirst())?.state
}

export function findPendingExtension(trx: Transaction<Database>, key: EntryKey) {
  return trx.selectFrom('extensionRequests').select('id')
    .where('cityCode', '=', key.cityCode).where('taskId', '=', key.taskId).where('periodId', '=', key.periodId).where('state', '=', 'pending')
    .executeTakeFirst()
}

export function insertExtension(trx: Transaction<Database>, requestedBy: number | null, key: EntryKey, leadUnitId: number | null, request: { dueAt: string, reason: string }) {
  return trx.insertInto('extensionRequests').values({
    cityCode: key.cityCode, taskId: key.taskId, periodId: key.periodId, leadUnitId,
    dueAt: new Date(request.dueAt), reason: request.reason, requestedBy,
  }).returningAll().executeTakeFirstOrThrow()
}

/** The request, locked until commit. */
export function lockExtension(trx: Transaction<Database>, cityCode: string, id: number) {
  return trx.selectFrom('extensionRequests').selectAll().where('cityCode', '=', cityCode).where('id', '=', id).forUpdate().executeTakeFirst()
}

export function updateExtension(trx: Transaction<Database>, cityCode: string, id: number,
  set: Pick<ExtensionRequestRow, 'state' | 'decidedBy' | 'decisionReason'> & { decidedAt: Date }): Promise<ExtensionRequestRow> {
  return trx.updateTable('extensionRequests').set({ ...set, ...bumpVersion() })
    .where('cityCode', '=', cityCode).where('id', '=', id).returningAll().executeTakeFirstOrThrow()
}
