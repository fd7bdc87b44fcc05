import { Counter, type Registry } from 'prom-client'
import type { Job } from './db/job.js'
import { entryPaceJob } from './features/entries/entries.service.js'
import { reminderSchedule } from './features/reminders/reminders.schedule.js'
import { type DeliverySettings, webhookDeliveries } from './features/webhooks/webhooks.delivery.js'
import { deliveryRetention } from './features/webhooks/webhooks.retention.js'

export interface JobOptions {
  webhooks: DeliverySettings
  /** Days the delivery log keeps a delivery once delivered or given up (0: for ever). */
  deliveryLogDays: number
}

export const defaultJobOptions: JobOptions = {
  webhooks: { timeoutMs: 10_000, retryBaseMs: 10_000, retryForMs: 26 * 3600_000 },
  deliveryLogDays: 30,
}

/** The jobs every instance runs, in this order each round; what they count goes to `metrics`. */
export function serviceJobs(options: Partial<JobOptions>, metrics?: Registry): Job[] {
  const settings = { ...defaultJobOptions, ...options }
  const attempts = new Counter({
    name: 'duban_webhook_delivery_attempts_total', labelNames: ['outcome'], registers: metrics ? [metrics] : [],
    help: 'Webhook and robot delivery attempts this instance made, by outcome: delivered, failed (to be retried), given_up',
  })
  const jobs: ((settings: JobOptions) => Job)[] = [
    () => reminderSchedule(),
    (settings) => webhookDeliveries(settings.webhooks, (outcome) => attempts.inc({ outcome })),
    () => entryPaceJob(),
    (settings) => deliveryRetention(settings.deliveryLogDays),
  ]
  return jobs.map((job) => job(settings))
}
