// The delivery log keeps a settled delivery (delivered, or given up) for WEBHOOK_DELIVERY_LOG_DAYS
// days, then the worker removes it; pending deliveries stay, and the events (EVENT_RETENTION_DAYS is off here).
import t from 'tap'
import { cityUrl, seedPeriod, seedTask, seedUnit } from '../../../test/factories.js'
import { bodyOf, post, seedCity, setup } from '../../../test/helper.js'
import { receiver } from '../../../test/receiver.js'
import { DeliveryList, EventList, Webhook } from './webhooks.schemas.js'

const { app } = await setup(t, { worker: { deliveryLogDays: 30, webhooks: { timeoutMs: 2000, retryBaseMs: 60_000, retryForMs: 3600_000 } } })
const city = cityUrl()
const DAY = 86_400_000

t.test('settled deliveries leave the log after its days; pending ones and the events stay', async (t) => {
  const receiving = await receiver(t)
  await seedCity(app)
  const hook = await post(app, `${city}/webhooks`, {
    url: receiving.url, events: ['lead_unit.created', 'task.created'],
    secret: 'a-secret-of-32-characters-000000',
  }, Webhook)
  const unit = await seedUnit(app, '市发展改革委')
  await seedTask(app, { year: 2025, seq: 1, leadUnitIds: [unit.id] })
  await seedPeriod(app, 2025, 5)
  const start = Date.now()
  await app.worker.drain(new Date(start))
  const log = async () => bodyOf(await app.inject({ url: `${city}/webhooks/${hook.id}/deliveries` }), DeliveryList).items.map((delivery) => delivery.state)
  t.same(await log(), ['delivered', 'delivered'])

  receiving.state.mode = 'down'
  await seedUnit(app, '市财政局')
  await app.worker.drain(new Date(start))
  t.same(await log(), ['pending', 'delivered', 'delivered'], 'one waits for its retry')

  // Its retry is an hour away at most, after that the receiver is down for good: given up 29 days on.
  await app.worker.drain(new Date(start + 29 * DAY))
  t.same(await log(), ['failed', 'delivered', 'delivered'], 'within the days, the log keeps everything')
  await app.worker.drain(new Date(start + 31 * DAY))
  t.same(await log(), ['failed'], 'past them, the delivered ones are gone; the one given up on day 29 stays')
  await app.worker.drain(new Date(start + 60 * DAY))
  t.same(await log(), [], 'and goes in its turn')

  const events = bodyOf(await app.inject({ url: `${city}/events`, query: { limit: '100' } }), EventList).items
  t.equal(events.filter((event) => event.type === 'lead_unit.created').length, 2, 'the events stay, for the feed')
})
