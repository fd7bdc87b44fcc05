/**
 * Deliveries across a restart, on the real process: SIGTERM in the middle of a delivery lets it
 * end and be recorded, releases the subscription and sends nothing twice; kill -9 in the middle
 * of one leaves a lease that ends within seconds (the attempt's timeout and a margin), after
 * which the next instance sends on from the delivery left unanswered: at least once, and the
 * only event a receiver may see twice is the one it never answered.
 */
import { readFileSync } from 'node:fs'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import t from 'tap'
import { openDatabase } from '../src/db/connect.js'
import { serverDatabase, startServer, type ServerProcess, within } from './serverProcess.js'

t.setTimeout(300_000)
const database = await serverDatabase()
t.teardown(database.drop)

/** The receiver: answers each delivery after 50 ms, and lets the test act when the nth arrives (before it is answered). */
const received: number[] = []
let onArrival: (count: number, answer: () => void) => boolean = () => false
let arrivals: { count: number, reached: () => void } | undefined
const receiver = createServer((request, response: ServerResponse) => {
  request.resume()
  request.on('end', () => {
    received.push(Number(request.headers['duban-event-id']))
    const answer = () => { if (!response.destroyed) response.writeHead(200).end() }
    if (arrivals && received.length >= arrivals.count) arrivals.reached()
    if (!onArrival(received.length, answer)) setTimeout(answer, 50)
  })
})
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
t.teardown(() => {
  receiver.closeAllConnections()
  receiver.close()
})
const untilReceived = (count: number) => new Promise<void>((resolve) => {
  if (received.length >= count) return resolve()
  arrivals = { count, reached: resolve }
})

const env = { ...database.env, LOG_LEVEL: 'info', WEBHOOK_TIMEOUT_MS: '2000', WEBHOOK_RETRY_BASE_MS: '600000', WEBHOOK_ALLOWED_NETWORKS: '127.0.0.0/8' }
const servers: ServerProcess[] = []
async function start(workerIntervalMs: number) {
  const server = await startServer({ ...env, WORKER_INTERVAL_MS: String(workerIntervalMs) })
  servers.push(server)
  return server
}
t.teardown(async () => { for (const server of servers) await server.kill() })
const key = () => readFileSync(database.env.FIRST_ADMIN_KEY_FILE ?? path.join(database.dir, 'admin-key'), 'utf8').trim()
async function call(server: ServerProcess, method: string, url: string, body?: unknown) {
  const response = await fetch(`${server.url}${url}`, {
    method, headers: { authorization: `Bearer ${key()}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return { status: response.status, body: await response.json() as Record<string, unknown> & { items: Record<string, unknown>[] } }
}
/** The subscriptions' leases, read from the database once no server holds it. */
async function leases(): Promise<(string | null)[]> {
  const handle = openDatabase(database.env.DATABASE_URL ? { url: database.env.DATABASE_URL } : { dataDir: database.dir })
  try {
    return (await handle.db.selectFrom('webhooks').select('leasedUntil').execute()).map((row) => row.leasedUntil)
  } finally {
    await handle.db.destroy()
  }
}
async function deliveries(server: ServerProcess, webhookId: number) {
  const items: { eventId: number, state: string, attempts: number }[] = []
  let cursor: string | undefined
  do {
    const page = await call(server, 'GET', `/v1/cities/341700/webhooks/${webhookId}/deliveries?limit=100${cursor ? `&cursor=${cursor}` : ''}`)
    items.push(...page.body.items as typeof items)
    cursor = (page.body.nextCursor as string | null) ?? undefined
  } while (cursor)
  return items
}
const jobFailures = (server: ServerProcess) => server.stdout.filter((line) => line.includes('job failed'))
const twice = () => received.filter((id, at) => received.indexOf(id) !== at)

/** Makes lead units (one event each) on an instance that delivers nothing, so the deliveries all wait for the next. */
async function unitsWaiting(from: number, to: number) {
  const writer = await start(0)
  for (let n = from; n <= to; n++) {
    const made = await call(writer, 'POST', '/v1/cities/341700/lead-units', { name: `第${n}单位` })
    if (made.status !== 201) throw new Error(`unit ${n}: ${made.status}`)
  }
  await writer.stop()
}

let webhookId = 0
t.test('SIGTERM in the middle of a delivery: it ends and is recorded, the lease is released, nothing is sent twice', async (t) => {
  const setUp = await start(0)
  t.equal((await call(setUp, 'POST', '/v1/cities', { code: '341700', name: '池州市', province: '安徽省' })).status, 201)
  const hook = await call(setUp, 'POST', '/v1/cities/341700/webhooks', {
    url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`, events: ['lead_unit.created'], secret: 'a-secret-of-32-characters-000000',
  })
  t.equal(hook.status, 201)
  webhookId = hook.body.id as number
  await setUp.stop()
  await unitsWaiting(1, 30)
  const first = await start(100)
  let stopped: Promise<number | null> | undefined
  onArrival = (count, answer) => {
    if (count !== 10) return false
    // The signal comes while the receiver holds the tenth delivery; it answers a little later.
    stopped = first.stop('SIGTERM')
    setTimeout(answer, 300)
    return true
  }
  await untilReceived(10)
  t.equal(await stopped, 0, 'the server stopped cleanly')
  onArrival = () => false
  t.same(jobFailures(first), [], 'no job failed on the way out')
  t.same(await leases(), [null], 'the subscription is free for the next instance')

  const inspector = await start(0)
  const log = await deliveries(inspector, webhookId)
  const delivered = log.filter((delivery) => delivery.state === 'delivered').map((delivery) => delivery.eventId).sort((a, b) => a - b)
  t.same(delivered, [...received].sort((a, b) => a - b), 'every delivery the receiver answered is recorded as delivered, the tenth too')
  t.ok(log.filter((delivery) => delivery.state === 'pending').every((delivery) => delivery.attempts === 0), 'the rest wait, untried')
  await inspector.stop()

  const next = await start(100)
  await within(60_000, untilReceived(30), 'the rest delivered by the next instance')
  t.same(twice(), [], 'no event sent twice')
  t.equal(await next.stop(), 0)
  t.same(jobFailures(next), [])
})

t.test('kill -9 in the middle of a delivery: the lease ends within seconds, the next instance sends on, only the unanswered one again', async (t) => {
  await unitsWaiting(31, 60)
  const units = 60
  const before = received.length
  let inFlight = 0
  const server = await start(100)
  onArrival = (count, answer) => {
    if (count !== before + 10) return false
    inFlight = received[received.length - 1]!
    // Killed while the receiver holds the delivery: it is never answered, nor recorded.
    server.child.kill('SIGKILL')
    void server.exited.then(answer)
    return true
  }
  await server.exited
  onArrival = () => false
  t.ok(inFlight > 0, 'killed in the middle of a delivery')
  t.same((await leases()).map((lease) => lease !== null), [true], 'the killed instance left its lease')

  const next = await start(100)
  // Its lease (2 s timeout + 5 s margin) ends long before this; the old one of minutes would not.
  await within(45_000, untilReceived(units + 1), 'every event delivered after the lease ended')
  t.same([...new Set(received)].sort((a, b) => a - b).length, units, 'every unit\'s event arrived')
  t.same(twice(), [inFlight], 'the only one seen twice is the one never answered')
  t.equal(await next.stop(), 0)
  const inspector = await start(0)
  const log = await deliveries(inspector, webhookId)
  t.ok(log.every((delivery) => delivery.state === 'delivered'), 'all recorded as delivered')
  t.equal(log.length, units)
  await inspector.stop()
})
