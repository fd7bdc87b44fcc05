import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import t from 'tap'
import { serverDatabase, sleep, startServer, type ServerProcess } from './serverProcess.js'

/**
 * Outbound calls only where the operator allows, on the real process. With loopback allowed
 * (WEBHOOK_ALLOWED_NETWORKS=127.0.0.0/8) a receiver on this machine gets its deliveries, and a
 * redirect is not followed. Restarted without it on the same database: a subscription to an
 * internal address is refused when made, and the one made before, to a name (localhost), is
 * refused at delivery, on the address the name resolves to then; the receiver hears nothing.
 */
// Real processes, started and stopped (a build too, in commands.test.ts), on a loaded machine as well.
t.setTimeout(300_000)
const database = await serverDatabase()
t.teardown(database.drop)

const heard: string[] = []
const receiver = createServer((request, response) => {
  heard.push(request.url!)
  request.resume()
  request.on('end', () => {
    if (request.url === '/redirect') response.writeHead(302, { location: '/landing' }).end()
    else response.writeHead(200).end('ok')
  })
})
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
t.teardown(() => receiver.close())
const port = (receiver.address() as AddressInfo).port

const keyFile = database.env.FIRST_ADMIN_KEY_FILE ?? path.join(database.dir, 'admin-key')
const city = '/v1/cities/341700'

async function call(server: ServerProcess, method: string, url: string, body?: unknown) {
  const response = await fetch(`${server.url}${url}`, {
    method,
    headers: { authorization: `Bearer ${readFileSync(keyFile, 'utf8').trim()}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return { status: response.status, body: await response.json().catch(() => undefined) as Record<string, unknown> & { items: Delivery[] } }
}
interface Delivery { state: string, attempts: number, lastStatus: number | null, lastError: string | null }

/** The webhook's deliveries once each has been tried. */
async function tried(server: ServerProcess, webhookId: number, count: number): Promise<Delivery[]> {
  const deadline = Date.now() + 30_000
  for (;;) {
    const { items } = (await call(server, 'GET', `${city}/webhooks/${webhookId}/deliveries`)).body
    if (items.length === count && items.every((item) => item.attempts > 0)) return items
    if (Date.now() > deadline) throw new Error(`webhook ${webhookId}: ${count} deliveries not tried within 30 s: ${JSON.stringify(items)}`)
    await sleep(50)
  }
}

const settings = { ...database.env, LOG_LEVEL: 'silent', WORKER_INTERVAL_MS: '50', WEBHOOK_RETRY_BASE_MS: '60000' }
let named = 0

t.test('loopback allowed: a receiver on this machine is reached; a redirect is not followed', async (t) => {
  const server = await startServer({ ...settings, WEBHOOK_ALLOWED_NETWORKS: '127.0.0.0/8,::1' })
  t.teardown(() => server.kill())
  t.equal((await call(server, 'POST', '/v1/cities', { code: '341700', name: '池州市', province: '安徽省' })).status, 201)
  const byName = await call(server, 'POST', `${city}/webhooks`, { url: `http://localhost:${port}/hook`, events: ['lead_unit.created'], secret: 'a-secret-of-32-characters-000000' })
  t.equal(byName.status, 201, 'a subscription to localhost, allowed')
  named = byName.body.id as number
  const redirecting = await call(server, 'POST', `${city}/webhooks`, { url: `http://127.0.0.1:${port}/redirect`, events: ['lead_unit.created'], secret: 'a-secret-of-32-characters-000000' })
  t.equal(redirecting.status, 201)
  t.equal((await call(server, 'POST', `${city}/lead-units`, { name: '市发展改革委' })).status, 201)

  const [delivered] = await tried(server, named, 1)
  t.match(delivered, { state: 'delivered', lastStatus: 200 }, 'delivered to localhost')
  const [redirected] = await tried(server, redirecting.body.id as number, 1)
  t.match(redirected, { state: 'pending', lastStatus: 302, lastError: 'HTTP 302: redirects are not followed' })
  t.notOk(heard.includes('/landing'), 'the redirect\'s target is never asked')
  await server.stop()
})

t.test('restarted with public addresses only: internal receivers refused when subscribed and at delivery', async (t) => {
  const server = await startServer(settings)
  t.teardown(() => server.kill())
  for (const url of [`http://127.0.0.1:${port}/v1/cities`, `http://localhost:${port}/hook`, 'http://169.254.169.254/latest/meta-data/',
    'http://10.0.0.8/robot', `http://[::1]:${port}/hook`]) {
    const refused = await call(server, 'POST', `${city}/webhooks`, { url, events: ['lead_unit.created'], secret: 'a-secret-of-32-characters-000000' })
    t.equal(refused.status, 400, `${url}: 400`)
    t.match(refused.body, { code: 'validation_failed', errors: [{ field: 'body/url', message: /WEBHOOK_ALLOWED_NETWORKS/ }] })
  }
  const before = heard.length
  t.equal((await call(server, 'POST', `${city}/lead-units`, { name: '市财政局' })).status, 201)
  const deliveries = await tried(server, named, 2)
  const refused = deliveries.find((delivery) => delivery.state !== 'delivered')
  t.match(refused, { state: 'pending', lastStatus: null, lastError: /^not allowed: localhost resolves to (127\.0\.0\.1|::1) is a loopback address/ },
    'the subscription made before: refused at delivery, on the address its name resolves to')
  t.equal(heard.length, before, 'the receiver heard nothing')
  await server.stop()
})
