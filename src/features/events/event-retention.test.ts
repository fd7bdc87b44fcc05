// EVENT_RETENTION_DAYS: the feed keeps an event that many days, and longer while a delivery still
// waits to send it; a follower whose cursor is older than what was removed is told so (410), not
// handed the next page as if nothing were missing.
import t from 'tap'
import { assertProblem, cityUrl, seedUnit } from '../../../test/factories.js'
import { bodyOf, post, seedCity, setup } from '../../../test/helper.js'
import { receiver } from '../../../test/receiver.js'
import { EventList, Webhook } from '../webhooks/webhooks.schemas.js'

const DAY = 86_400_000
const { app } = await setup(t, { worker: { eventDays: 30, webhooks: { timeoutMs: 2000, retryBaseMs: 60_000, retryForMs: 100 * DAY } } })
const city = cityUrl()

t.test('old events leave the feed unless a delivery waits for them; a cursor from before them is 410', async (t) => {
  const receiving = await receiver(t)
  await seedCity(app)
  await post(app, `${city}/webhooks`, {
    url: receiving.url, events: ['lead_unit.created'], secret: 'a-secret-of-32-characters-000000',
  }, Webhook)
  await seedUnit(app, '市发展改革委')
  // The worker's time from here: the events above are due at it.
  const start = Date.now()
  await app.worker.drain(new Date(start))
  receiving.state.mode = 'down'
  await seedUnit(app, '市财政局')
  await app.worker.drain(new Date(start))

  const feed = async (cursor?: string) => app.inject({ url: `${city}/events`, query: { limit: '1', ...(cursor ? { cursor } : {}) } })
  const firstPage = bodyOf(await feed(), EventList)
  const secondPage = bodyOf(await feed(firstPage.nextCursor!), EventList)
  t.same([...firstPage.items, ...secondPage.items].map((event) => event.type), ['webhook.created', 'lead_unit.created'])
  const all = bodyOf(await app.inject({ url: `${city}/events`, query: { limit: '100' } }), EventList).items
  t.equal(all.length, 3)

  await app.worker.drain(new Date(start + 29 * DAY))
  t.equal(bodyOf(await app.inject({ url: `${city}/events`, query: { limit: '100' } }), EventList).items.length, 3, 'within the days, all stay')

  await app.worker.drain(new Date(start + 31 * DAY))
  const kept = bodyOf(await app.inject({ url: `${city}/events`, query: { limit: '100' } }), EventList).items
  t.same(kept.map((event) => [event.type, event.id]), [['lead_unit.created', all[2]!.id]], 'past them only the event a delivery still waits for stays')
  assertProblem(t, await feed(firstPage.nextCursor!), 410, 'events_removed')
  const readOn = bodyOf(await feed(secondPage.nextCursor!), EventList)
  t.same(readOn.items.map((event) => event.id), [all[2]!.id], 'a cursor at the last event removed reads on: it misses nothing')
})
