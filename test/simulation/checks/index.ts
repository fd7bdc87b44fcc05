/**
 * The invariants checked after every simulated day, in the order they are listed. To add
 * one: a Check in a file of its own here, and a line below.
 */
import { auditNamesEveryStep } from './audit.js'
import type { Check } from './check.js'
import { serviceKeepsSimulatedTime } from './clock.js'
import { closedPeriodsUnchanged } from './closed.js'
import { countsAgree } from './counts.js'
import { feedHasEntryEdits, feedHasListChanges, feedHasLoopSteps } from './feed.js'
import { readerSeesOnlyAccepted } from './reader.js'
import { receiversGetEveryEvent } from './receivers.js'
import { remindersOncePerSlot } from './reminders.js'
import { submittedNeverUnreported } from './unreported.js'

export const checks: Check[] = [
  remindersOncePerSlot,
  submittedNeverUnreported,
  countsAgree,
  feedHasLoopSteps,
  feedHasEntryEdits,
  feedHasListChanges,
  receiversGetEveryEvent,
  auditNamesEveryStep,
  closedPeriodsUnchanged,
  readerSeesOnlyAccepted,
  serviceKeepsSimulatedTime,
]

export type { Check, Context } from './check.js'
export { Views } from './views.js'
