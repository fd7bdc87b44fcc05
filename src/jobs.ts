import type { Job } from './db/job.js'
import { entryPaceJob } from './features/entries/entries.service.js'
import { reminderSchedule } from './features/reminders/reminders.schedule.js'
import { type DeliverySettings, webhookDeliveries } from './features/webhooks/webhooks.delivery.js'

export interface JobOptions {
  webhooks: DeliverySettings
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
    () => entryPaceJob(),
  ]
  return jobs.map((job) => job(settings))
}
