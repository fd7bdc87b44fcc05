/**
 * The supervision loop in the running process: WORKER_INTERVAL_MS and the WEBHOOK_* settings
 * set on real server processes, observed at a receiver this test runs on 127.0.0.1 and in the
 * delivery log. On PostgreSQL two processes run on one database, and each reminder, each event
 * and each delivery happens once.
 */
import t from 'tap'
import { createHmac } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { serverDatabase, sleep, startServer, type ServerProcess } from './serverProcess.js'

t.setTimeout(600_000)
const onPostgres = Boolean(process.env.DATABASE_URL)
const database = await serverDatabase()
t.teardown(database.drop)
const SECRET = 'a-secret-of-32-characters-000000'

/** Polls until `check` holds (at most `ms`): the worker's own pace decides, not a guess of it. */
async function until<T>(what: string, ms: number, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`)
    await sleep(50)
  }
}

t.test('WORKER_INTERVAL_MS, WEBHOOK_TIMEOUT_MS, WEBHOOK_RETRY_BASE_MS, WEBHOOK_RETRY_FOR_MS', async (t) => {
  const env = {
    ...database.env, LOG_LEVEL: 'warn', WORKER_INTERVAL_MS: '100',
    WEBHOOK_TIMEOUT_MS: '300', WEBHOOK_RETRY_BASE_MS: '200', WEBHOOK_RETRY_FOR_MS: '3000',
    // The receivers listen on this machine (test/webhook-receivers.test.ts: what happens when it is not allowed).
    WEBHOOK_ALLOWED_NETWORKS: '127.0.0.0/8',
  }
  const servers: ServerProcess[] = [await startServer(env)]
  if (onPostgres) servers.push(await startServer(env))
  t.teardown(async () => {
    for (const server of servers) await server.kill()
  })

  const state = { down: true, refused: 0, received: [] as { body: string, signature: string }[] }
  const receiver = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => { body += chunk })
    request.on('end', () => {
      if (request.url === '/hang') return
      if (state.down) {
        state.refused++
        response.writeHead(503).end()
        return
      }
      state.received.push({ body, signature: String(request.headers['duban-signature']) })
      response.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => {
    receiver.closeAllConnections()
    receiver.close(() => resolve())
  }))
  const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`

  const headers = { authorization: `Bearer ${readFileSync(path.join(database.dir, 'admin-key'), 'utf8').trim()}`, 'content-type': 'application/json' }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the bodies are checked against the contract elsewhere; here only their ids are read
  const call = async (server: ServerProcess, method: string, url: string, body?: object): Promise<any> => {
    const response = await fetch(`${server.url}${url}`, { method, headers, body: body && JSON.stringify(body), signal: AbortSignal.timeout(10_000) })
    const json = await response.json()
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${JSON.stringify(json)}`)
    return json
  }
  const [first] = servers as [ServerProcess]
  const last = servers.at(-1)!
  const city = '/v1/cities/341700'
  await call(first, 'POST', '/v1/cities', { code: '341700', name: '池州市', province: '安徽省' })
  const unit = await call(first, 'POST', `${city}/lead-units`, { name: '市发展改革委' })
  await call(first, 'POST', `${city}/tasks`, { year: 2025, seq: 1, title: '地区生产总值增长6.5%以上。', leadUnits: [{ leadUnitId: unit.id, role: 'lead' }] })
  const events = ['reminder.issued', 'entry.overdue']
  const webhook = await call(first, 'POST', `${city}/webhooks`, { url: `${hookUrl}/hook`, events, secret: SECRET })
  const hanging = await call(first, 'POST', `${city}/webhooks`, { url: `${hookUrl}/hang`, events: ['entry.overdue'], secret: SECRET })
  // Its deadline passed an hour ago and nothing is filed: the schedule owes one overdue reminder and the entry's overdue event.
  const period = await call(last, 'POST', `${city}/periods`, {
    year: 2025, label: '1-5月份', kind: 'month_cumulative', startsOn: '2025-01-01', endsOn: '2025-05-31', dueAt: new Date(Date.now() - 3600_000).toISOString(),
  })

  type Delivery = { state: string, attempts: number, nextAttemptAt: string | null, lastAttemptAt: string | null, lastError: string | null }
  const log = (id: number) => call(last, 'GET', `${city}/webhooks/${id}/deliveries`) as Promise<{ items: Delivery[] }>
  const retried = await until('a refused delivery retried', 20_000, async () => {
    const oldest = (await log(webhook.id)).items.at(-1)
    return oldest && oldest.attempts >= 1 && oldest.state === 'pending' ? oldest : undefined
  })
  t.ok(state.refused >= 1, 'the worker ran on its own and tried the receiver')
  t.equal(Date.parse(retried.nextAttemptAt!) - Date.parse(retried.lastAttemptAt!), 200 * 2 ** (retried.attempts - 1), 'WEBHOOK_RETRY_BASE_MS doubles')
  // Back up before WEBHOOK_RETRY_FOR_MS gives these up.
  state.down = false

  const timedOut = await until('a hanging receiver timed out', 20_000, async () => (await log(hanging.id)).items.find((item) => item.attempts > 0))
  t.equal(timedOut.lastError, 'no answer within 300 ms', 'WEBHOOK_TIMEOUT_MS')
  await until('the hanging receiver given up', 30_000, async () => ((await log(hanging.id)).items[0]?.state === 'failed' ? true : undefined))
  t.pass('WEBHOOK_RETRY_FOR_MS: given up after 3 s of failures')

  await until('both events delivered', 30_000, async () => ((await log(webhook.id)).items.every((item) => item.state === 'delivered') ? true : undefined))
  const bodies = state.received.map((received) => JSON.parse(received.body) as { id: number, type: string })
  t.same(bodies.map((body) => body.type).sort(), [...events].sort(), 'each event once')
  t.same(bodies.map((body) => body.id), [...bodies.map((body) => body.id)].sort((a, b) => a - b), 'in the order written')
  for (const received of state.received) {
    const [, at, mac] = /^t=(\d+),v1=([0-9a-f]+)$/.exec(received.signature) ?? []
    t.equal(mac, createHmac('sha256', SECRET).update(`${at}.${received.body}`).digest('hex'), 'signed')
  }
  const reminders = await call(first, 'GET', `${city}/periods/${period.id}/reminders`)
  t.match(reminders.items, [{ leadUnitId: unit.id, kind: 'overdue', issuedBy: null }])
  t.equal(reminders.items.length, 1, onPostgres ? 'one reminder, with two processes running the schedule' : 'one reminder')
})
