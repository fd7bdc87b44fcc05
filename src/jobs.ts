import type { Job } from './db/job.js'
import { reminderSchedule } from './features/reminders/reminders.schedule.js'
import { webhookDeliveries } from './features/webhooks/webhooks.delivery.js'

export interface JobOptions {
  webhooks: {
    /** A receiver that has not answered by then has failed that attempt. */
    timeoutMs: number
    /** The first retry waits this long, each next one twice as long (at most an hour). */
    retryBaseMs: number
    /** A delivery failing for this long is given up. */
    retryForMs: number
  }
}

export const defaultJobOptions: JobOptions = {
  webhooks: { timeoutMs: 10_000, retryBaseMs: 10_000, retryForMs: 26 * 3600_000 },
}

/** The jobs every instance runs, in this order each round. */
export function serviceJobs(options: Partial<JobOptions>): Job[] {
  const settings = { ...defaultJobOptions, ...options }
  const jobs: ((settings: JobOptions) => Job)[] = [
    () => reminderSchedule(),
    (settings) => webhookDeliveries(settings.webhooks),
  ]
  return jobs.map((job) => job(settings))
}
