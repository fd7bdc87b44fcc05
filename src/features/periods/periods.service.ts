/**
 * The commands of a reporting period: create, change, close and reopen, delete. Entry
 * writes of other features hold the period with lockPeriodForEntryWrite, so a close waits
 * for them and they see it closed after.
 */
import type { Transaction } from 'kysely'
import type { Database } from '../../db/database.js'
import type { Actor } from '../../db/audit.js'
import { AwaitingReview } from '../../shared/errors.js'
import { entriesAwaitingReview, lockPeriod, setPeriodState } from './periods.repository.js'

export { deletePeriod, findPeriod, insertPeriod, listPeriods, lockPeriodForEntryWrite, updatePeriod } from './periods.repository.js'

/**
 * Closes a period: its entries become read-only. A submitted entry the office has not
 * reviewed would be stranded (neither acceptable nor returnable once closed), so the close
 * is refused with the list of them unless the office says force; then they stay counted as
 * 已报送待审核 in the summary, the narrative and compliance, never as 未报送.
 */
export async function closePeriod(trx: Transaction<Database>, actor: Actor, cityCode: string, id: number, options: { force?: boolean }, ifMatch?: number) {
  const period = await lockPeriod(trx, cityCode, id)
  if (period && period.state === 'open' && !options.force) {
    // Entry writes hold the period FOR SHARE and this holds it FOR NO KEY UPDATE: no submission slips in after this look.
    const waiting = await entriesAwaitingReview(trx, cityCode, id)
    if (waiting.length > 0) throw new AwaitingReview(id, waiting)
  }
  return setPeriodState(trx, actor, cityCode, id, 'closed', ifMatch)
}

/** Reopens a closed period so its entries can be corrected. */
export function reopenPeriod(trx: Transaction<Database>, actor: Actor, cityCode: string, id: number, ifMatch?: number) {
  return setPeriodState(trx, actor, cityCode, id, 'open', ifMatch)
}
