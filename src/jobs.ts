import { Counter, type Registry } from 'prom-client'
import type { Job } from './db/job.js'
import { entryPaceJob } from './features/entries/entries.service.js'
import { reminderSchedule } from './features/reminders/reminders.schedule.js'
import { type DeliverySettings, webhookDeliveries } from './features/webhooks/webhooks.delivery.js'
import { deleteSettledDeliveries } from './features/webhooks/webhooks.service.js'
import { deleteOldEvents } from './features/events/events.service.js'
import { retentionJob } from './db/retention.js'

export interface JobOptions {
  webhooks: DeliverySettings
  /** Days the delivery log keeps a delivery once delivered or given up (0: for ever). */
  deliveryLogDays: number
  /** Days the event feed keeps an event no pending delivery waits to send (0: for ever). */
  eventDays: number
}

export const defaultJobOptions: JobOptions = {
  webhooks: { timeoutMs: 10_000, retryBaseMs: 10_000, retryForMs: 26 * 3600_000 },
  deliveryLogDays: 30,
  eventDays: 0,
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
    // The delivery log's days: settled deliveries go; the pending ones are found through their own index either way.
    (settings) => retentionJob('deliveryRetention', settings.deliveryLogDays, deleteSettledDeliveries),
    // The feed's days: an event goes (with its settled deliveries) once no delivery waits to send it.
    (settings) => retentionJob('eventRetention', settings.eventDays, deleteOldEvents),
  ]
  return jobs.map((job) => job(settings))
}
