/**
 * 延期申请: a unit asks for more time on an entry, the office approves or rejects; the deadline
 * in force of an entry is the last approved extension's, else the period's.
 */
export { deadlineInForce, deadlineOf } from './deadlines.repository.js'
export { decideExtension, findExtension, listEntryExtensions, listExtensions, requestExtension } from './extensions.repository.js'
