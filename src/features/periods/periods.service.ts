/**
 * The commands of a reporting period: create, change, close and reopen, delete. Entry
 * writes of other features hold the period with lockPeriodForEntryWrite, so a close waits
 * for them and they see it closed after.
 */
export { deletePeriod, findPeriod, insertPeriod, listPeriods, lockPeriodForEntryWrite, setPeriodState, updatePeriod } from './periods.repository.js'
