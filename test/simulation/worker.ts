/**
 * The service's own work, stepped at the simulated time: both instances drain their worker
 * (reminders, deliveries) at once, the one that starts first alternating. At the day's end
 * the clock moves on a minute at a time while a receiver that is up still has deliveries
 * due (a group robot takes 20 messages a minute).
 */
import type { Delivery } from './types.js'
import type { World } from './world.js'

export async function drain(world: World) {
  const now = world.clock.now
  const order = world.drains++ % 2 === 0 ? world.apps : [...world.apps].reverse()
  await Promise.all(order.map((app) => app.worker.drain(now)))
}

const MINUTE = 60_000
const MAX_MINUTES = 120

/** Whether a subscription whose receiver is up has a delivery due by the next minute. */
async function deliveriesDue(world: World) {
  const soon = world.clock.now.getTime() + MINUTE
  for (const name of ['json', 'robot'] as const) {
    if (world.receivers[name].down) continue
    // The newest page is enough: every pending delivery but a robot's held one keeps the time it was made.
    const { items: pending } = await world.api.get<{ items: Delivery[] }>(world.keys.office, `/webhooks/${world.webhookIds[name]}/deliveries?state=pending&limit=100`)
    if (pending.some((delivery) => delivery.nextAttemptAt !== null && Date.parse(delivery.nextAttemptAt) <= soon)) return true
  }
  return false
}

export async function catchUp(world: World) {
  for (let minute = 0; minute < MAX_MINUTES && await deliveriesDue(world); minute++) {
    world.clock.set(new Date(world.clock.now.getTime() + MINUTE + 1000))
    await drain(world)
  }
}
