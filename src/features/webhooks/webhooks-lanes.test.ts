// Deliveries to different subscriptions go out at once, each subscription's in order: a receiver
// that does not answer holds only its own lane, and a receiver that answers is sent to over a
// connection kept open between deliveries.
import t from 'tap'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { cityUrl, seedPeriod, seedTask, seedUnit } from '../../../test/factories.js'
import { createKey, post, seedCity, setup } from '../../../test/helper.js'
import { DeliveryList, Webhook } from './webhooks.schemas.js'
import { bodyOf } from '../../../test/helper.js'

// Long enough that an answer elsewhere comes well before the silent receiver's attempt ends.
const { app, database } = await setup(t, { worker: { webhooks: { timeoutMs: 5000, retryBaseMs: 60_000, retryForMs: 3600_000 } } })
const city = cityUrl()
const SECRET = 'a-secret-of-32-characters-000000'
const ENTRY_EVENTS = ['entry.filed', 'entry.submitted', 'entry.returned', 'entry.accepted']

/** A receiver on 127.0.0.1: answers each request with `answer`, counting requests and the connections they came on. */
async function receiver(answer: (request: IncomingMessage, response: ServerResponse) => void) {
  const seen = { requests: [] as string[], connections: 0 }
  const server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => { body += chunk })
    request.on('end', () => {
      seen.requests.push(body)
      answer(request, response)
    })
  })
  server.on('connection', () => { seen.connections++ })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => {
    server.closeAllConnections()
    server.close(() => resolve())
  }))
  return { seen, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook` }
}

t.test('a receiver that does not answer holds only its own subscription; one that answers gets every event over one connection', async (t) => {
  await seedCity(app)
  const silent = await receiver(() => {})
  let fiveArrived: () => void
  const five = new Promise<void>((resolve) => { fiveArrived = resolve })
  const quick = await receiver((_request, response) => {
    response.writeHead(200).end()
    if (quick.seen.requests.length === 5) fiveArrived()
  })
  // The silent subscription's first delivery is the older: one lane alone would try it first and wait it out.
  const hung = await post(app, `${city}/webhooks`, { url: silent.url, events: ['lead_unit.created', ...ENTRY_EVENTS], secret: SECRET }, Webhook)
  const unit = await seedUnit(app, '市发展改革委')
  const answering = await post(app, `${city}/webhooks`, { url: quick.url, events: ENTRY_EVENTS, secret: SECRET }, Webhook)
  const task = await seedTask(app, { year: 2025, seq: 1, leadUnitIds: [unit.id] })
  const period = await seedPeriod(app, 2025, 5)
  const asUnit = { authorization: `Bearer ${await createKey(database, { role: 'lead_unit', cityCode: '341700', leadUnitId: unit.id })}` }
  const entryUrl = `${city}/tasks/${task.id}/progress/${period.id}`
  t.equal((await app.inject({ method: 'PUT', url: entryUrl, headers: asUnit, payload: { progress: '产业集群加快建设。' } })).statusCode, 201)
  for (const [step, payload, headers] of [['submit', undefined, asUnit], ['return', { reason: '请补充数据。' }, {}], ['submit', undefined, asUnit],
    ['accept', { status: 'on_track' }, {}]] as const) {
    const response = await app.inject({ method: 'POST', url: `${entryUrl}/${step}`, headers, payload })
    t.equal(response.statusCode, 200, `${step}: ${response.body}`)
  }

  const draining = app.worker.drain()
  await five
  const silentLog = bodyOf(await app.inject({ url: `${city}/webhooks/${hung.id}/deliveries` }), DeliveryList).items
  t.equal(silent.seen.requests.length, 1, 'the silent receiver was asked')
  t.same(silentLog.map((delivery) => [delivery.state, delivery.attempts]), Array(6).fill(['pending', 0]),
    'its attempt was still under way when the other subscription had all five')
  t.same(quick.seen.requests.map((body) => JSON.parse(body).type), ['entry.filed', 'entry.submitted', 'entry.returned', 'entry.submitted', 'entry.accepted'],
    'in order')
  t.equal(quick.seen.connections, 1, 'five deliveries, one connection kept open')

  await draining
  const after = bodyOf(await app.inject({ url: `${city}/webhooks/${hung.id}/deliveries` }), DeliveryList).items
  t.match(after.find((delivery) => delivery.attempts === 1), { state: 'pending', lastError: 'no answer within 5000 ms' }, 'then it timed out, to be retried')
  const quickLog = bodyOf(await app.inject({ url: `${city}/webhooks/${answering.id}/deliveries` }), DeliveryList).items
  t.same(quickLog.map((delivery) => delivery.state), Array(5).fill('delivered'))
})

t.test('the attempts show on /metrics by outcome', async (t) => {
  const metrics = await app.inject({ url: '/metrics' })
  t.match(metrics.body, /duban_webhook_delivery_attempts_total\{outcome="delivered"\} 5/)
  t.match(metrics.body, /duban_webhook_delivery_attempts_total\{outcome="failed"\} 1/)
})
