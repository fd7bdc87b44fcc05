/**
 * The commands of a reporting period: create, change, close (refused while entries wait for
 * review, unless forced) and reopen, delete; each audited by its name and written to the event
 * feed. Entry writes of other features hold the period with lockPeriodForEntryWrite, so a close
 * waits for them and they see it closed after.
 */
import { refreshEntryFigures } from '../entries/entries.service.js'
import type { Transaction } from 'kysely'
import type { Database, PeriodRow } from '../../db/database.js'
import { type Actor, recordAudit } from '../../db/audit.js'
import { emitEvent } from '../../db/outbox.js'
import { current } from '../../db/write.js'
import { AwaitingReview, Conflict, Unprocessable } from '../../shared/errors.js'
import { checkPeriodRange, assertPeriodOpen } from '../../shared/periods.js'
import type { EventType } from '../../shared/values.js'
import {
  deletePeriodRow, entriesAwaitingReview, importOfPeriod, insertPeriodRow, lockPeriod, periodHasEntries, periodHasReleases, type PeriodInsert, type PeriodUpdate,
  updatePeriodRow,
} from './periods.repository.js'

export { findPeriod, listPeriods, lockPeriod, lockPeriodForEntryWrite, type PeriodInsert, type PeriodUpdate } from './periods.repository.js'

/** A period's event: what a follower needs without reading it back. */
const periodEvent = (type: EventType, period: PeriodRow) => ({
  cityCode: period.cityCode, type, subject: `period:${period.id}`,
  data: {
    periodId: period.id, year: period.year, label: period.label, kind: period.kind, startsOn: period.startsOn, endsOn: period.endsOn,
    dueAt: period.dueAt, state: period.state, version: period.version,
  },
})

async function recorded(trx: Transaction<Database>, actor: Actor, action: string, type: EventType, before: PeriodRow | undefined, after: PeriodRow) {
  await recordAudit(trx, actor, { cityCode: after.cityCode, action, entity: 'period', entityId: after.id, before, after })
  await emitEvent(trx, actor, periodEvent(type, after))
  return after
}

export async function insertPeriod(trx: Transaction<Database>, actor: Actor, period: PeriodInsert) {
  checkPeriodRange(period)
  return recorded(trx, actor, 'create', 'period.created', undefined, await insertPeriodRow(trx, period))
}

/** Changes an open period; its year stays while it has entries (they belong to tasks of that year). */
export async function updatePeriod(trx: Transaction<Database>, actor: Actor, cityCode: string, id: number, patch: PeriodUpdate, ifMatch?: number) {
  const before = current(await lockPeriod(trx, cityCode, id), ifMatch, 'period', id)
  assertPeriodOpen(before)
  checkPeriodRange({ ...before, ...patch } as Pick<PeriodRow, 'year' | 'startsOn' | 'endsOn'>)
  if (patch.year !== undefined && patch.year !== before.year && await periodHasEntries(trx, cityCode, id)) {
    throw new Unprocessable('year_mismatch', `period ${id} has entries for tasks of ${before.year}; its year cannot change`)
  }
  const after = await updatePeriodRow(trx, cityCode, id, patch)
  // How far the year has gone at the period's end: the entries' pace follows its dates.
  if (after.endsOn !== before.endsOn || after.year !== before.year) await refreshEntryFigures(trx, cityCode, { periodId: id })
  return recorded(trx, actor, 'update', 'period.updated', before, after)
}

/**
 * Closes a period: its entries become read-only. A submitted entry the office has not
 * reviewed would be stranded (neither acceptable nor returnable once closed), so the close
 * is refused with the list of them unless the office says force; then they stay counted as
 * 已报送待审核 in the summary, the narrative and compliance, never as 未报送.
 */
export async function closePeriod(trx: Transaction<Database>, actor: Actor, cityCode: string, id: number, options: { force?: boolean }, ifMatch?: number) {
  const before = current(await lockPeriod(trx, cityCode, id), ifMatch, 'period', id)
  if (before.state === 'closed') return before
  // Entry writes hold the period FOR SHARE and this holds it FOR NO KEY UPDATE: no submission slips in after this look.
  const waiting = await entriesAwaitingReview(trx, cityCode, id)
  if (waiting.length > 0 && !options.force) throw new AwaitingReview(id, waiting)
  return recorded(trx, actor, 'close', 'period.closed', before, await updatePeriodRow(trx, cityCode, id, { state: 'closed' }))
}

/** Reopens a closed period so its entries can be corrected. */
export async function reopenPeriod(trx: Transaction<Database>, actor: Actor, cityCode: string, id: number, ifMatch?: number) {
  const before = current(await lockPeriod(trx, cityCode, id), ifMatch, 'period', id)
  if (before.state === 'open') return before
  return recorded(trx, actor, 'reopen', 'period.reopened', before, await updatePeriodRow(trx, cityCode, id, { state: 'open' }))
}

/** Deletes an open period with no entries, which no import filled. */
export async function deletePeriod(trx: Transaction<Database>, actor: Actor, cityCode: string, id: number, ifMatch?: number) {
  const before = current(await lockPeriod(trx, cityCode, id), ifMatch, 'period', id)
  assertPeriodOpen(before)
  if (await periodHasEntries(trx, cityCode, id)) throw new Conflict('period_in_use', `period ${id} has progress entries; delete them first`)
  const imported = await importOfPeriod(trx, cityCode, id)
  if (imported) throw new Conflict('period_in_use', `period ${id} was filled by import ${imported.id}, which stays on record`)
  if (await periodHasReleases(trx, cityCode, id)) throw new Conflict('period_in_use', `period ${id} has published releases, which stay on record`)
  await deletePeriodRow(trx, cityCode, id)
  await recordAudit(trx, actor, { cityCode, action: 'delete', entity: 'period', entityId: id, before })
  await emitEvent(trx, actor, periodEvent('period.deleted', before))
  return before
}
