import type { Db } from '../../db/database.js'
import type { EntryFlagKind } from '../../shared/values.js'
import { flaggedTasks, periodFlags } from '../entries/entries.service.js'
import { type ComplianceFilter, periodCompliance as complianceJson } from './compliance.repository.js'

export type ComplianceQuery = Omit<ComplianceFilter, 'taskIds'> & {
  /** Only the tasks whose entries carry a flag of this kind. */
  flag?: EntryFlagKind
}

/**
 * The period's compliance as JSON text (see complianceStatement), each task with its entry's flags
 * on copied text; undefined for an unknown period. Compliance is work in progress, read by keys
 * that see every entry: the flags compare every entry of the period.
 */
export async function periodCompliance(db: Db, cityCode: string, periodId: number, query: ComplianceQuery = {}, at = new Date()) {
  const { flag, ...filter } = query
  const flags = await periodFlags(db, cityCode, periodId, false)
  const taskIds = flag === undefined ? undefined : flaggedTasks(flags, flag)
  return complianceJson(db, cityCode, periodId, { ...filter, taskIds }, at, Object.fromEntries(flags))
}
