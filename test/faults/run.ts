/**
 * The fault suite: `npm run test:faults`. Builds the service, starts `node dist/src/server.js`
 * against a PostgreSQL cluster of its own, and under write load stops, kills, locks and
 * freezes that database, sends SIGTERM and hostile bodies, and counts every acknowledged
 * write against what the database holds afterwards. Prints a table per scenario and exits 1
 * on any breach, listing each. Not part of `npm test` (no `.test.ts`): it owns a cluster and
 * takes a few minutes.
 *
 * FAULTS_ONLY=a,c runs only those scenarios (setup always runs); FAULTS_SKIP_BUILD=1 uses dist/ as it is.
 * Scenarios: a database stopped, b backends terminated, c a task row locked, f hostile bodies,
 * g idempotency under resets and restarts, e SIGTERM under load, d database frozen then SIGTERM (last).
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import pg from 'pg'
import { Cluster } from './cluster.js'
import { guardSuite, type Phase, Harness, quantile, type Rec } from './harness.js'
import { json, problemCode, type Reply, request, sleep } from './http.js'
import { adminKey, freePort, root, ServerProcess, serviceEnv, serviceSettings } from './server.js'

const SUITE_BUDGET_MS = 9 * 60_000
const STATEMENT_MS = Number(serviceSettings.DB_STATEMENT_TIMEOUT_MS)
const CONNECT_MS = Number(serviceSettings.DB_CONNECT_TIMEOUT_MS)
const LOCK_MS = Number(serviceSettings.DB_LOCK_TIMEOUT_MS)
const SHUTDOWN_MS = Number(serviceSettings.SHUTDOWN_TIMEOUT_MS)
const DB_CODES = new Set(['database_unavailable', 'database_busy', 'database_timeout'])

interface Result {
  name: string
  acknowledged: number
  found: number
  lost: number
  statuses: Map<string, number>
  longestMs: number
  recoveryMs?: number
  rssBefore?: number
  rssAfter?: number
  notes: string[]
  breaches: string[]
}

const results: Result[] = []
const suiteBreaches: string[] = []
let cluster: Cluster | undefined
let server: ServerProcess | undefined
let tmp: string | undefined
let lockClient: pg.Client | undefined

function cleanupSync() {
  server?.kill()
  cluster?.cleanupSync()
  cluster = undefined
  if (tmp) rmSync(tmp, { recursive: true, force: true })
  tmp = undefined
}
guardSuite('fault suite', SUITE_BUDGET_MS, cleanupSync, printReport)

const statusKey = (r: Rec) => (r.status === 0 ? `ERR ${r.error ?? ''}`.trim() : `${r.status}${r.code ? ` ${r.code}` : ''}`)
const ok = (r: Rec) => r.status >= 200 && r.status < 300
const mb = (n: number | undefined) => (n === undefined ? '-' : n.toFixed(0))

function countBy<T>(items: T[], key: (t: T) => string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
  return counts
}
const fmtCounts = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k}×${n}`).join(', ') || '-'

/** What a scenario allows besides 2xx: a predicate over a record. */
type Allowed = (r: Rec) => boolean
const dbUnavailable503 = (r: Rec) => r.status === 503 && r.code !== undefined && (DB_CODES.has(r.code) || r.code === 'overloaded')
const inFlightRetry = (r: Rec) => r.kind === 'create' && r.status === 409 && r.code === 'idempotency_in_flight'

/** Breaches common to every scenario: bodies that leak, 503 without Retry-After, any status the scenario does not allow, lost writes. */
function commonChecks(result: Result, recs: Rec[], allowed: Allowed, server: ServerProcess | undefined, expectAlive: boolean) {
  const issues = countBy(recs.flatMap((r) => r.issues.map((issue) => `${r.kind} ${issue}`)), (s) => s)
  for (const [issue, n] of issues) result.breaches.push(`${issue} (×${n})${issue.startsWith('readyz 503 without') ? ' — openapi.json documents Retry-After on every 503, /readyz included' : ''}`)
  const unexpected = recs.filter((r) => !ok(r) && !allowed(r))
  for (const [status, n] of countBy(unexpected, (r) => `${r.kind} ${r.phase}: ${statusKey(r)}`)) result.breaches.push(`unexpected ${status} (×${n})`)
  if (expectAlive && server && !server.alive) result.breaches.push(`the server process exited: ${JSON.stringify(server.exit)}`)
  if (result.lost > 0) result.breaches.push(`${result.lost} acknowledged writes lost`)
}

class Scenario {
  readonly result: Result
  readonly marks: Record<string, number> = {}
  constructor(readonly h: Harness, name: string) {
    this.result = { name, acknowledged: 0, found: 0, lost: 0, statuses: new Map(), longestMs: 0, notes: [], breaches: [] }
    h.scenario = name
    h.phase = 'before'
    this.result.rssBefore = server?.rssMb()
    results.push(this.result)
  }
  phase(phase: Phase) {
    this.h.phase = phase
    this.marks[phase] = Date.now()
  }
  get recs() { return this.h.records.filter((r) => r.scenario === this.result.name) }
  /** Whether the fault could have reached a request: it started once the fault began, or was still in flight when it did. */
  touched(r: Rec) { return r.phase !== 'before' || (this.marks.fault !== undefined && r.end >= this.marks.fault) }
  fault() { return this.recs.filter((r) => r.phase === 'fault') }
  summarizeFault(recs = this.fault()) {
    this.result.statuses = countBy(recs, statusKey)
    this.result.longestMs = Math.max(0, ...recs.map((r) => r.ms))
  }
  async finish(allowed: Allowed, expectAlive = true) {
    this.result.rssAfter = server?.alive ? server.rssMb() : undefined
    const counts = await this.h.verify(this.result.name)
    Object.assign(this.result, { acknowledged: counts.acknowledged, found: counts.found, lost: counts.lost })
    for (const line of counts.lostDetail.slice(0, 10)) this.result.notes.push(`LOST ${line}`)
    commonChecks(this.result, this.recs, allowed, server, expectAlive)
  }
}

/** Until the database answers a plain query (bounded). */
async function databaseAnswers(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000, query_timeout: 2000 })
    try {
      await client.connect()
      await client.query('select 1')
      return true
    } catch {
      await sleep(200)
    } finally {
      await client.end().catch(() => {})
    }
  }
  return false
}

/** The server's event-loop delay maximum since the last scrape of /metrics (prom-client default metrics), in ms. */
async function eventLoopLagMaxMs(): Promise<number | undefined> {
  const reply = await request(server!.url, '/metrics', { timeoutMs: 5000, agent: false })
  const match = /^nodejs_eventloop_lag_max_seconds(?:\{[^}]*\})? (\S+)$/m.exec(reply.body)
  return match ? Number(match[1]) * 1000 : undefined
}

/** First record matching after a time, waiting for it (bounded); ms from `since` to its end. */
async function firstAfter(h: Harness, since: number, match: (r: Rec) => boolean, timeoutMs: number): Promise<number | undefined> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const rec = h.records.find((r) => r.start >= since && match(r))
    if (rec) return rec.end - since
    await sleep(100)
  }
  return undefined
}

async function startServer(h: Harness, keyFile: string) {
  const port = await freePort()
  server = new ServerProcess(port, serviceEnv({
    DATABASE_URL: cluster!.url(), PORT: String(port), HOST: '127.0.0.1', FIRST_ADMIN_KEY_FILE: keyFile,
  }))
  await server.ready()
  h.setServer(server.url)
  return server
}

// ---------------------------------------------------------------- scenarios

/** A counter or gauge of the server's /metrics (summed over its label sets), or undefined when it cannot be read. */
async function metricValue(name: string): Promise<number | undefined> {
  const reply = await request(server!.url, '/metrics', { timeoutMs: 5000, agent: false }).catch(() => undefined)
  if (!reply || reply.status !== 200) return undefined
  const lines = reply.body.split('\n').filter((line) => line.startsWith(`${name} `) || line.startsWith(`${name}{`))
  return lines.reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0)
}

async function scenarioA(h: Harness) {
  const s = new Scenario(h, 'a. database stopped ~5 s')
  const episodesBefore = await metricValue('duban_database_fault_episodes_total')
  h.startLoad()
  await sleep(1500)
  s.phase('fault')
  await cluster!.stopImmediate()
  const stopped = Date.now()
  await sleep(5000)
  const restarting = Date.now()
  await cluster!.start()
  const up = Date.now()
  s.phase('after')
  const readyMs = await firstAfter(h, up, (r) => r.kind === 'readyz' && r.status === 200, 15_000)
  const writeMs = await firstAfter(h, up, (r) => (r.kind === 'put' || r.kind === 'create') && ok(r), 15_000)
  await sleep(1500)
  await h.stopLoad()
  // every request the outage touched: started during it, or in flight when it began
  const outage = s.recs.filter((r) => r.start < restarting && r.end > stopped)
  s.summarizeFault(outage)
  s.result.recoveryMs = writeMs
  s.result.notes.push(`outage ${((restarting - stopped) / 1000).toFixed(1)} s; /readyz 200 ${readyMs ?? 'never'} ms and first acknowledged write ${writeMs ?? 'never'} ms after the database was back`)
  const slow = outage.filter((r) => r.kind !== 'readyz' && r.ms > 2000 + 500)
  if (slow.length > 0) s.result.breaches.push(`${slow.length} requests during the outage took > 2.5 s (longest ${Math.max(...slow.map((r) => r.ms))} ms)`)
  const wrong = outage.filter((r) => r.kind !== 'readyz' && !ok(r) && !(r.status === 503 && (r.code === 'database_unavailable' || r.code === 'database_busy')))
  for (const [k, n] of countBy(wrong, statusKey)) s.result.breaches.push(`during the outage ${k} (×${n}), wanted 503 database_unavailable/database_busy`)
  const readyDuring = outage.filter((r) => r.kind === 'readyz')
  if (readyDuring.length === 0) s.result.breaches.push('no /readyz answer during the outage')
  const readyOk = readyDuring.filter((r) => r.status !== 503)
  if (readyOk.length > 0) s.result.breaches.push(`/readyz answered ${fmtCounts(countBy(readyOk, statusKey))} during the outage, wanted 503`)
  if (readyMs === undefined || readyMs > 5000) s.result.breaches.push(`/readyz not 200 within 5 s of the database returning (${readyMs ?? 'never'} ms)`)
  if (writeMs === undefined) s.result.breaches.push('no write acknowledged within 15 s of the database returning')
  // What an operator pages on: one outage is one episode, over once requests are served again.
  const episodes = (await metricValue('duban_database_fault_episodes_total') ?? NaN) - (episodesBefore ?? NaN)
  const inFault = await metricValue('duban_database_fault')
  s.result.notes.push(`metrics: duban_database_fault_episodes_total +${episodes}, duban_database_fault ${inFault} after`)
  if (episodes !== 1) s.result.breaches.push(`duban_database_fault_episodes_total rose by ${episodes} over one outage, wanted 1`)
  if (inFault !== 0) s.result.breaches.push(`duban_database_fault is ${inFault} once requests are served again, wanted 0`)
  await s.finish((r) => dbUnavailable503(r) && s.touched(r) || inFlightRetry(r))
}

async function scenarioB(h: Harness) {
  const s = new Scenario(h, 'b. backends terminated ×5')
  h.startLoad()
  await sleep(1500)
  s.phase('fault')
  let terminated = 0
  for (let i = 0; i < 5; i++) {
    const client = new pg.Client({ connectionString: cluster!.url(), connectionTimeoutMillis: 5000, query_timeout: 5000 })
    try {
      await client.connect()
      const res = await client.query<{ ok: boolean }>("select pg_terminate_backend(pid) as ok from pg_stat_activity where datname = 'duban' and pid <> pg_backend_pid()")
      terminated += res.rows.filter((row) => row.ok).length
    } finally {
      await client.end().catch(() => {})
    }
    await sleep(700)
  }
  const last = Date.now()
  s.phase('after')
  const writeMs = await firstAfter(h, last, (r) => (r.kind === 'put' || r.kind === 'create') && ok(r), 10_000)
  await sleep(3000)
  await h.stopLoad()
  s.summarizeFault()
  s.result.recoveryMs = writeMs
  s.result.notes.push(`${terminated} backends terminated in 5 rounds`)
  const settled = s.recs.filter((r) => r.phase === 'after' && r.start > last + 1000)
  const failedAfter = settled.filter((r) => !ok(r))
  if (settled.length === 0) s.result.breaches.push('no requests served after the terminations')
  if (failedAfter.length > 0) s.result.breaches.push(`requests more than 1 s after the last termination failed: ${fmtCounts(countBy(failedAfter, statusKey))}`)
  await s.finish((r) => dbUnavailable503(r) && s.touched(r) || inFlightRetry(r))
}

async function scenarioC(h: Harness) {
  const s = new Scenario(h, 'c. task row locked 30 s')
  const locked = h.reserved[0] ?? { city: h.cities[0]!.code, taskId: h.cities[0]!.taskIds[0]!, periodId: h.cities[0]!.periodId }
  const other = h.cities.find((c) => c.code !== locked.city)!
  h.startLoad()
  await sleep(1500)
  lockClient = new pg.Client({ connectionString: cluster!.url(), connectionTimeoutMillis: 5000 })
  lockClient.on('error', () => {})
  await lockClient.connect()
  await lockClient.query('begin')
  await lockClient.query('select * from tasks where city_code = $1 and id = $2 for update', [locked.city, locked.taskId])
  s.phase('fault')
  const holdUntil = Date.now() + 30_000
  const lockedWriter = (async () => {
    while (Date.now() < holdUntil) {
      await h.putEntry('L', locked.city, locked.taskId, locked.periodId, 'locked')
      await sleep(100)
    }
  })()
  const otherReader = (async () => {
    while (Date.now() < holdUntil) {
      await h.call('read', other.code, 'GET', `/v1/cities/${other.code}/tasks?limit=20`, { label: 'other-city' })
      await h.call('read', locked.city, 'GET', `/v1/cities/${locked.city}/tasks/${h.cities[0]!.taskIds[1]}`, { label: 'same-city' })
      await sleep(100)
    }
  })()
  await Promise.all([lockedWriter, otherReader])
  await lockClient.query('commit')
  await lockClient.end()
  lockClient = undefined
  const released = Date.now()
  s.phase('after')
  const lockedRecovery = (async () => {
    const deadline = Date.now() + 10_000
    while (Date.now() < deadline) {
      const reply = await h.putEntry('L', locked.city, locked.taskId, locked.periodId, 'locked')
      if (reply.status >= 200 && reply.status < 300) return Date.now() - released
      await sleep(200)
    }
    return undefined
  })()
  s.result.recoveryMs = await lockedRecovery
  await sleep(1000)
  await h.stopLoad()
  const fault = s.fault()
  s.summarizeFault(fault.filter((r) => r.label === 'locked'))
  const onLocked = fault.filter((r) => r.label === 'locked' || (r.kind === 'put' && r.taskId === locked.taskId && r.city === locked.city))
  const otherCity = fault.filter((r) => r.city === other.code)
  const sameCity = fault.filter((r) => r.city === locked.city && r.taskId !== locked.taskId && r.label !== 'locked')
  const ready = fault.filter((r) => r.kind === 'readyz')
  const lat = (recs: Rec[]) => `n=${recs.length} p99 ${quantile(recs.map((r) => r.ms), 0.99)} ms max ${Math.max(0, ...recs.map((r) => r.ms))} ms`
  s.result.notes.push(`writes to the locked task: ${lat(onLocked)}; other city: ${lat(otherCity)}; same city other tasks: ${lat(sameCity)}; /readyz: ${lat(ready)}`)
  s.result.notes.push(`locked task writable again ${s.result.recoveryMs ?? 'never'} ms after the lock was released`)
  const lockedOk = onLocked.filter(ok)
  if (lockedOk.length > 0) s.result.notes.push(`HARNESS? ${lockedOk.length} writes to the locked task succeeded during the hold: FOR UPDATE did not block them`)
  const lockedWrong = onLocked.filter((r) => !ok(r) && !((r.status === 409 && r.code === 'row_locked' && r.retryAfter !== undefined) || (r.status === 503 && r.retryAfter !== undefined)))
  if (lockedWrong.length > 0) s.result.breaches.push(`writes to the locked task answered ${fmtCounts(countBy(lockedWrong, statusKey))}, wanted 409 row_locked or 503 with Retry-After`)
  const lockedSlow = onLocked.filter((r) => r.ms > LOCK_MS + 2000)
  if (lockedSlow.length > 0) s.result.breaches.push(`${lockedSlow.length} writes to the locked task took > ${LOCK_MS + 2000} ms (longest ${Math.max(...lockedSlow.map((r) => r.ms))} ms)`)
  const otherBad = otherCity.filter((r) => !ok(r) || r.ms > 1000)
  if (otherCity.length === 0) s.result.breaches.push('no requests to the other city during the hold')
  if (otherBad.length > 0) s.result.breaches.push(`other-city requests during the hold failed or took > 1 s: ${otherBad.length} (${fmtCounts(countBy(otherBad, (r) => `${statusKey(r)} ${r.ms}ms`))})`.slice(0, 400))
  const sameBad = sameCity.filter((r) => !ok(r) || r.ms > LOCK_MS + 500)
  if (sameBad.length > 0) s.result.breaches.push(`same-city requests for other tasks during the hold failed or waited > ${LOCK_MS + 500} ms: ${sameBad.length} (${fmtCounts(countBy(sameBad, statusKey))})`)
  const readyBad = ready.filter((r) => r.status !== 200 || r.ms > 1000)
  if (readyBad.length > 0) s.result.breaches.push(`/readyz during the hold: ${readyBad.length} not 200 within 1 s`)
  const lockedRetryAllowed = (r: Rec) => r.taskId === locked.taskId && r.city === locked.city && s.touched(r) &&
    ((r.status === 409 && r.code === 'row_locked') || r.status === 503)
  await s.finish((r) => lockedRetryAllowed(r) || inFlightRetry(r))
}

const HEALTH_POLLER = `
const { parentPort, workerData } = require('node:worker_threads')
const http = require('node:http')
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
const samples = []
let stopped = false
const until = Date.now() + workerData.maxMs
parentPort.on('message', () => { stopped = true })
function one() {
  if (stopped || Date.now() > until) { parentPort.postMessage(samples); agent.destroy(); parentPort.close(); return }
  const start = performance.now()
  const lag = start - due
  const req = http.get(workerData.url + '/healthz', { agent, timeout: 5000 }, (res) => {
    res.resume()
    res.on('end', () => { samples.push({ ms: performance.now() - start, status: res.statusCode, lag }); next() })
  })
  req.on('timeout', () => req.destroy(new Error('timeout')))
  req.on('error', () => { samples.push({ ms: performance.now() - start, status: 0, lag }); next() })
}
let due = performance.now()
function next() { due = performance.now() + 20; setTimeout(one, 20) }
one()
`

async function scenarioF(h: Harness) {
  const s = new Scenario(h, 'f. hostile bodies')
  const city = h.cities[0]!.code
  const item = '{"leadUnitId":1,"role":"lead"}'
  const body = (items: string[]) => Buffer.from(`{"year":2025,"seq":99999,"title":"hostile","leadUnits":[${items.join(',')}]}`)
  const underLimit = Math.floor((1024 * 1024 - 100) / (item.length + 1))
  const flavours = [
    { name: `${underLimit} items, just under 1 MiB`, body: body(new Array<string>(underLimit).fill(item)), statuses: [400] },
    // over the limit the server may answer 413 and close before the body is all sent: the client then sees EPIPE/ECONNRESET
    { name: '100000 items (3.1 MB, over the body limit)', body: body(new Array<string>(100_000).fill(item)), statuses: [400, 413], closedEarly: true },
    { name: '300000 empty objects (0.9 MB)', body: body(new Array<string>(300_000).fill('{}')), statuses: [400] },
  ]
  h.startLoad()
  await sleep(1000)
  const rssBefore = server!.rssMb() ?? 0
  let rssPeak = rssBefore
  const rssSampler = setInterval(() => { rssPeak = Math.max(rssPeak, server!.rssMb() ?? 0) }, 50)
  await eventLoopLagMaxMs() // prom-client resets its event-loop maximum at each scrape: this starts a fresh one
  s.phase('fault')
  const floodStart = Date.now()
  const health = new Worker(HEALTH_POLLER, { eval: true, workerData: { url: server!.url, maxMs: 60_000 } })
  const healthSamples = new Promise<{ ms: number, status: number, lag: number }[]>((resolve) => health.once('message', resolve))
  const replies: { flavour: string, status: number, type: string, bytes: number, ms: number, error?: string }[] = []
  await sleep(300)
  for (const flavour of flavours) {
    const sent = await Promise.all(Array.from({ length: 8 }, () => request(server!.url, `/v1/cities/${city}/tasks`, {
      method: 'POST', headers: { authorization: `Bearer ${h.key}` }, body: flavour.body, timeoutMs: 20_000, agent: false,
    })))
    for (const reply of sent) {
      replies.push({ flavour: flavour.name, status: reply.status, type: String(reply.headers['content-type'] ?? ''), bytes: reply.bytes, ms: reply.ms, error: reply.error })
      if (reply.status === 0 && 'closedEarly' in flavour && (reply.error === 'EPIPE' || reply.error === 'ECONNRESET')) continue
      if (!flavour.statuses.includes(reply.status)) s.result.breaches.push(`${flavour.name}: ${reply.status || reply.error}, wanted ${flavour.statuses.join(' or ')}`)
      else if (!String(reply.headers['content-type'] ?? '').startsWith('application/problem+json')) s.result.breaches.push(`${flavour.name}: ${reply.status} not problem+json`)
      if (reply.bytes > 16 * 1024) s.result.breaches.push(`${flavour.name}: reply body ${reply.bytes} bytes > 16 KB`)
    }
    await sleep(300)
  }
  await sleep(500)
  const serverLag = await eventLoopLagMaxMs()
  health.postMessage('stop')
  const samples = await Promise.race([healthSamples, sleep(10_000).then(() => undefined)])
  await health.terminate().catch(() => {})
  clearInterval(rssSampler)
  s.phase('after')
  await sleep(1000)
  await h.stopLoad()
  s.summarizeFault(s.fault().filter((r) => r.kind !== 'readyz'))
  for (const r of replies) s.result.statuses.set(`hostile ${r.status || r.error}`, (s.result.statuses.get(`hostile ${r.status || r.error}`) ?? 0) + 1)
  s.result.longestMs = Math.max(s.result.longestMs, ...replies.map((r) => r.ms))
  const growth = rssPeak - rssBefore
  s.result.notes.push(`flood ${((Date.now() - floodStart) / 1000).toFixed(1)} s; RSS ${rssBefore.toFixed(0)} MB before, peak ${rssPeak.toFixed(0)} MB (+${growth.toFixed(0)} MB)`)
  s.result.notes.push(`hostile replies: ${fmtCounts(countBy(replies, (r) => `${r.flavour}: ${r.status || r.error} ${r.bytes} B`))}`)
  if (growth >= 200) s.result.breaches.push(`RSS grew ${growth.toFixed(0)} MB during the flood (limit 200 MB)`)
  if (!samples || samples.length === 0) s.result.breaches.push('HARNESS: the /healthz poller returned no samples')
  else {
    const ms = samples.map((x) => x.ms)
    const bad = samples.filter((x) => x.status !== 200 || x.ms >= 100)
    // The poller's own timer lag says whether the suite's process was starved too (then a slow sample is not the server's alone).
    const lag = Math.max(...samples.map((x) => x.lag))
    s.result.notes.push(`/healthz during the flood (own thread, every 20 ms): n=${samples.length} p99 ${quantile(ms, 0.99).toFixed(0)} ms max ${Math.max(...ms).toFixed(0)} ms; the poller's own timer lag max ${lag.toFixed(0)} ms`)
    s.result.notes.push(`the server's own event-loop delay max during the flood (nodejs_eventloop_lag_max_seconds): ${serverLag === undefined ? 'not read' : `${serverLag.toFixed(0)} ms`}`)
    if (bad.length > 0 && lag > 50) s.result.notes.push(`HARNESS: the poller thread itself lagged ${lag.toFixed(0)} ms: the slow /healthz samples may be the machine's, not the server's`)
    if (bad.length > 0) s.result.breaches.push(`/healthz during the flood: ${bad.length} of ${samples.length} not 200 under 100 ms (max ${Math.max(...bad.map((x) => x.ms)).toFixed(0)} ms)`)
  }
  await s.finish((r) => inFlightRetry(r))
}

async function scenarioG(h: Harness) {
  const s = new Scenario(h, 'g. idempotency under faults')
  const city = h.cities[0]!
  h.startLoad()
  await sleep(1000)
  s.phase('fault')
  let seq = 90_000
  let acknowledged = 0
  let found = 0
  const firstStatuses: string[] = []
  const retryStatuses: string[] = []
  let longest409 = 0
  let longest = 0
  const attempt = async (label: string, fault: (send: (resetAfterMs?: number) => Promise<Reply>) => Promise<Reply>) => {
    seq++
    const key = `fault-${h.runId}-g${seq}`
    const title = `fault-idem-${h.runId}-${seq}`
    const body = { year: 2025, seq, title, leadUnits: [{ leadUnitId: city.leadUnitId, role: 'lead' }] }
    const headers = { authorization: `Bearer ${h.key}`, 'idempotency-key': key }
    const send = (resetAfterMs?: number) => request(server!.url, `/v1/cities/${city.code}/tasks`, { method: 'POST', headers, body, timeoutMs: 20_000, agent: false, resetAfterMs })
    const first = await fault(send)
    firstStatuses.push(first.status ? String(first.status) : `ERR ${first.error}`)
    longest = Math.max(longest, first.ms)
    const firstId = first.status === 201 || first.status === 200 ? Number(json(first)?.id) : undefined
    // the retry, as a client would: until 2xx, waiting out 409 idempotency_in_flight and 503 (bounded)
    const deadline = Date.now() + 20_000
    let since409: number | undefined
    let final: Reply | undefined
    while (Date.now() < deadline) {
      const retry = await send()
      longest = Math.max(longest, retry.ms)
      const code = problemCode(retry)
      retryStatuses.push(retry.status ? `${retry.status}${code ? ` ${code}` : ''}${retry.headers['idempotent-replayed'] ? ' replayed' : ''}` : `ERR ${retry.error}`)
      if (retry.status === 409 && code === 'idempotency_in_flight') {
        since409 ??= retry.start
        longest409 = Math.max(longest409, retry.end - since409)
        await sleep(300)
        continue
      }
      since409 = undefined
      if (retry.status === 0 || retry.status === 503) { await sleep(300); continue }
      final = retry
      break
    }
    const db = new pg.Client({ connectionString: cluster!.url(), connectionTimeoutMillis: 10_000 })
    await db.connect()
    const rows = await db.query<{ id: string }>('select id from tasks where city_code = $1 and title = $2', [city.code, title]).finally(() => db.end())
    const replayed = final?.headers['idempotent-replayed'] === 'true'
    const finalId = final && final.status >= 200 && final.status < 300 ? Number(json(final)?.id) : undefined
    if (!final) s.result.breaches.push(`${label}: the retry got no final answer within 20 s (last: ${retryStatuses.at(-1)})`)
    else if (finalId === undefined) s.result.breaches.push(`${label}: the retry answered ${final.status} ${problemCode(final) ?? ''}, wanted 2xx (replayed or created once)`)
    else {
      acknowledged++
      if (rows.rows.length === 1 && Number(rows.rows[0]!.id) === finalId) found++
      if (firstId !== undefined && (!replayed || finalId !== firstId)) s.result.breaches.push(`${label}: the first request committed (id ${firstId}) but the retry ${replayed ? 'replayed' : 'did not replay'} id ${finalId}`)
    }
    if (rows.rows.length > 1) s.result.breaches.push(`${label}: ${rows.rows.length} rows for one Idempotency-Key`)
    if (finalId !== undefined && rows.rows.length === 0) s.result.breaches.push(`${label}: the retry answered id ${finalId} but no row is stored`)
    if (finalId !== undefined && rows.rows.length === 1 && Number(rows.rows[0]!.id) !== finalId) s.result.breaches.push(`${label}: answered id ${finalId}, stored id ${rows.rows[0]!.id}`)
  }
  for (const delay of [0, 1, 3, 6, 10, 20, 40, 80]) {
    await attempt(`connection reset ${delay} ms after the body`, (send) => send(delay))
  }
  // The create's commit waits on the city row (its revision is bumped at commit, deferred): held
  // from another session, the request is surely mid-transaction when the database stops.
  for (const delay of [200, 400, 800]) {
    await attempt(`database stopped ${delay} ms into a create held at its commit`, async (send) => {
      const holder = new pg.Client({ connectionString: cluster!.url(), connectionTimeoutMillis: 5000 })
      holder.on('error', () => {})
      await holder.connect()
      await holder.query('begin')
      await holder.query('select * from cities where code = $1 for update', [city.code])
      const inFlight = send()
      await sleep(delay)
      await cluster!.stopImmediate()
      const first = await inFlight
      await holder.end().catch(() => {})
      await cluster!.start()
      return first
    })
  }
  for (const delay of [0, 10]) {
    await attempt(`database stopped ${delay} ms after a create was sent`, async (send) => {
      const inFlight = send()
      await sleep(delay)
      await cluster!.stopImmediate()
      const first = await inFlight
      await cluster!.start()
      return first
    })
  }
  s.phase('after')
  await sleep(1500)
  await h.stopLoad()
  s.summarizeFault(s.fault().filter((r) => r.kind !== 'readyz'))
  s.result.notes.push(`first requests: ${fmtCounts(countBy(firstStatuses, (x) => x))}; retries: ${fmtCounts(countBy(retryStatuses, (x) => x))}; longest run of 409 idempotency_in_flight ${longest409} ms; longest request ${longest} ms`)
  if (longest409 > 5000) s.result.breaches.push(`409 idempotency_in_flight lasted ${longest409} ms (> 5 s)`)
  // the load's writes to the held city wait on its row too: 409 row_locked is theirs to get
  await s.finish((r) => (dbUnavailable503(r) || (r.status === 409 && r.code === 'row_locked')) && s.touched(r) || inFlightRetry(r))
  s.result.acknowledged += acknowledged
  s.result.found += found
  s.result.lost += acknowledged - found
  if (acknowledged - found > 0) s.result.breaches.push(`${acknowledged - found} idempotent creates not stored once with the answered id`)
}

async function scenarioE(h: Harness, keyFile: string) {
  const s = new Scenario(h, 'e. SIGTERM under load')
  h.startLoad(3, 10)
  await sleep(2500)
  // Requests surely in flight at SIGTERM: entry writes the server has received and is running,
  // held on their task rows from another session until shortly after SIGTERM.
  const holder = new pg.Client({ connectionString: cluster!.url(), connectionTimeoutMillis: 5000 })
  holder.on('error', () => {})
  await holder.connect()
  await holder.query('begin')
  for (const r of h.reserved) await holder.query('select * from tasks where city_code = $1 and id = $2 for update', [r.city, r.taskId])
  const held = h.reserved.map((r) => h.putEntry('E', r.city, r.taskId, r.periodId, 'held'))
  await sleep(400)
  s.phase('fault')
  const sigterm = Date.now()
  const stopping = server!
  const terminated = stopping.terminate(SHUTDOWN_MS + 5000)
  await sleep(500)
  await holder.query('commit').finally(() => holder.end().catch(() => {}))
  const { exit, ms } = await terminated
  s.phase('after')
  const heldReplies = await Promise.all(held)
  await sleep(300)
  await h.stopLoad()
  const pendingAtSigterm = s.recs.filter((r) => r.kind !== 'readyz' && r.label !== 'held' && r.start < sigterm && r.end > sigterm)
  s.summarizeFault(s.recs.filter((r) => r.label === 'held' || (r.start < sigterm && r.end > sigterm)))
  s.result.recoveryMs = ms
  s.result.notes.push(`exit ${exit ? `code ${exit.code} signal ${exit.signal}` : 'none (killed)'} ${ms} ms after SIGTERM`)
  s.result.notes.push(`held writes (in the server, waiting on their rows, released 500 ms after SIGTERM): ${heldReplies.map((r) => r.status || r.error).join(', ')}`)
  s.result.notes.push(`other requests pending at SIGTERM (the server may not have read them yet): ${fmtCounts(countBy(pendingAtSigterm, statusKey))}`)
  if (!exit) s.result.breaches.push(`no exit within ${SHUTDOWN_MS + 5000} ms of SIGTERM`)
  else if (exit.code !== 0) s.result.breaches.push(`exit code ${exit.code} (signal ${exit.signal}) after SIGTERM, wanted 0`)
  if (ms > 5000) s.result.breaches.push(`shutdown with a healthy database took ${ms} ms (> 5 s)`)
  const heldBad = heldReplies.filter((r) => r.status < 200 || r.status >= 300)
  if (heldBad.length > 0) s.result.breaches.push(`writes in flight at SIGTERM did not finish: ${heldBad.map((r) => r.status ? `${r.status} ${problemCode(r) ?? ''}` : r.error).join(', ')}`)
  // sent well before SIGTERM and still pending: surely received; those must finish too
  const old = pendingAtSigterm.filter((r) => r.start < sigterm - 1000 && !ok(r))
  if (old.length > 0) s.result.breaches.push(`requests sent > 1 s before SIGTERM and in flight did not finish: ${fmtCounts(countBy(old, statusKey))}`)
  // Around and after SIGTERM: refused or reset connections and 503 shutting_down are expected
  // (a request the server had not read yet when it stopped accepting).
  await s.finish((r) => (r.end > sigterm && r.start >= sigterm - 1000 && (r.status === 0 || (r.status === 503 && r.code === 'shutting_down'))) || inFlightRetry(r), false)
  await startServer(h, keyFile)
  s.result.notes.push(`a fresh server started for the next scenario (pid ${server!.pid})`)
}

async function scenarioD(h: Harness) {
  const s = new Scenario(h, 'd. database frozen, then SIGTERM')
  h.startLoad()
  await sleep(1500)
  s.phase('fault')
  const frozenAt = Date.now()
  const processes = cluster!.freeze()
  await sleep(8000)
  const sigterm = Date.now()
  const stopping = server!
  const { exit, ms } = await stopping.terminate(SHUTDOWN_MS + 2000 + 3000)
  cluster!.thaw()
  const thawed = Date.now()
  s.phase('after')
  await h.stopLoad()
  // every request the freeze touched before SIGTERM: started while frozen, or in flight when it began
  const frozen = s.recs.filter((r) => r.end > frozenAt && r.start < sigterm && r.kind !== 'readyz')
  s.summarizeFault(frozen)
  s.result.recoveryMs = ms
  const bound = STATEMENT_MS + 1000 + CONNECT_MS + 1000
  const answered = frozen.filter((r) => r.end < sigterm)
  s.result.notes.push(`${processes} processes frozen for ${((thawed - frozenAt) / 1000).toFixed(1)} s; of ${frozen.length} requests started or in flight while frozen, ${answered.length} answered before SIGTERM, the longest in ${Math.max(0, ...answered.map((r) => r.ms))} ms (bound checked: ${bound} ms = statement + 1 s + connect + 1 s)`)
  s.result.notes.push(`SIGTERM while frozen: exit ${exit ? `code ${exit.code} signal ${exit.signal}` : 'none (killed)'} after ${ms} ms (limit ${SHUTDOWN_MS + 2000} ms)`)
  const slow = frozen.filter((r) => r.end < sigterm + 100 ? r.ms > bound : r.start < sigterm - bound)
  if (slow.length > 0) s.result.breaches.push(`${slow.length} requests the freeze caught were not answered within ${bound} ms`)
  const wrong = frozen.filter((r) => r.end < sigterm && !ok(r) && !(r.status === 503 && r.retryAfter !== undefined))
  if (wrong.length > 0) s.result.breaches.push(`while frozen: ${fmtCounts(countBy(wrong, statusKey))}, wanted 503 with Retry-After`)
  if (answered.filter((r) => r.status === 503).length === 0) s.result.breaches.push('no 503 while the database was frozen')
  const readyFrozen = s.recs.filter((r) => r.kind === 'readyz' && r.start >= frozenAt + 500 && r.end < sigterm)
  if (readyFrozen.some((r) => r.status === 200)) s.result.breaches.push('/readyz answered 200 while the database was frozen')
  if (!exit || ms > SHUTDOWN_MS + 2000) s.result.breaches.push(`SIGTERM while frozen: no exit within ${SHUTDOWN_MS + 2000} ms (${exit ? `${ms} ms` : 'killed'})`)
  if (!(await databaseAnswers(cluster!.url(), 20_000))) s.result.breaches.push('HARNESS: the database did not answer after SIGCONT')
  // SIGTERM while frozen: requests still waiting may be answered 503 shutting_down or cut when the process exits
  await s.finish((r) => (dbUnavailable503(r) && s.touched(r)) || (r.end >= sigterm && (r.status === 0 || (r.status === 503 && r.code === 'shutting_down'))) || inFlightRetry(r), false)
}

// ---------------------------------------------------------------- report

function printReport() {
  const rows = results.map((r) => [r.name, String(r.acknowledged), String(r.found), String(r.lost), r.longestMs ? String(r.longestMs) : '-',
    r.recoveryMs === undefined ? '-' : String(r.recoveryMs), `${mb(r.rssBefore)} → ${mb(r.rssAfter)}`, r.breaches.length ? `FAIL (${r.breaches.length})` : 'ok'])
  const head = ['scenario', 'acked', 'found', 'lost', 'longest ms', 'recovery ms', 'RSS MB', 'result']
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)))
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')
  console.log('\n' + line(head))
  console.log(widths.map((w) => '-'.repeat(w)).join('-+-'))
  for (const row of rows) console.log(line(row))
  console.log('\nrecovery ms: a: first acknowledged write after the database was back; b: after the last termination; c: the locked task writable after the release; e/d: SIGTERM to exit')
  for (const r of results) {
    console.log(`\n${r.name}`)
    console.log(`  statuses during the fault: ${fmtCounts(r.statuses)}`)
    for (const note of r.notes) console.log(`  ${note}`)
    for (const breach of r.breaches) console.log(`  BREACH ${breach}`)
  }
  for (const breach of suiteBreaches) console.log(`\nBREACH ${breach}`)
}

// ---------------------------------------------------------------- main

async function build() {
  return new Promise<string | undefined>((resolve) => {
    execFile('npm', ['run', '-s', 'build'], { cwd: root, timeout: 240_000, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve(error ? `${error.message}\n${stdout}${stderr}`.slice(0, 3000) : undefined))
  })
}

async function main() {
  const started = Date.now()
  const only = process.env.FAULTS_ONLY?.split(',').map((x) => x.trim()).filter(Boolean)
  const want = (id: string) => !only || only.includes(id)
  if (process.env.FAULTS_SKIP_BUILD !== '1') {
    console.log('== build')
    const failed = await build()
    if (failed) {
      if (!existsSync(path.join(root, 'dist/src/server.js'))) throw new Error(`build failed and there is no dist/src/server.js:\n${failed}`)
      suiteBreaches.push(`npm run build failed (running the dist it left):\n${failed}`)
    }
  }
  tmp = mkdtempSync(path.join(tmpdir(), 'duban-faults-'))
  const keyFile = path.join(tmp, 'admin-key')
  console.log('== private PostgreSQL cluster')
  cluster = new Cluster(await freePort())
  await cluster.init()
  console.log(`   ${cluster.bin}, port ${cluster.port}, ${cluster.dataDir}`)
  const h = new Harness(cluster.port, cluster.url())
  console.log('== server')
  await startServer(h, keyFile)
  const key = await adminKey(keyFile, cluster.url())
  h.key = key.key
  console.log(`   pid ${server!.pid} on ${server!.url}; admin key from ${key.source}`)
  console.log('== setup: 2 cities, a period, a lead unit and 50 tasks each')
  await h.setup([{ code: '341700', name: '池州市' }, { code: '340400', name: '淮南市' }], 50)
  const self = await h.selfCheck()
  console.log(`   harness self-check: ${self ?? 'ok (a fabricated acknowledged write and create are counted lost)'}`)
  if (self) suiteBreaches.push(`HARNESS self-check: ${self}`)
  const scenarios: [string, () => Promise<void>][] = [
    ['a', () => scenarioA(h)], ['b', () => scenarioB(h)], ['c', () => scenarioC(h)], ['f', () => scenarioF(h)],
    ['g', () => scenarioG(h)], ['e', () => scenarioE(h, keyFile)], ['d', () => scenarioD(h)],
  ]
  for (const [id, run] of scenarios) {
    if (!want(id)) continue
    const t0 = Date.now()
    console.log(`== scenario ${id}`)
    try {
      if (!server?.alive) await startServer(h, keyFile)
      await run()
    } catch (error) {
      const result = results.at(-1)
      const message = `HARNESS error in scenario ${id}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`
      if (result && result.name.startsWith(id)) result.breaches.push(message)
      else suiteBreaches.push(message)
      await h.stopLoad().catch(() => {})
      h.phase = 'before'
      if (lockClient) await lockClient.end().catch(() => {})
      lockClient = undefined
      cluster.thaw()
      if (!(await databaseAnswers(cluster.url(), 3000))) await cluster.start().catch(() => {})
    }
    console.log(`   ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  }
  if (server?.alive) await server.terminate(SHUTDOWN_MS + 2000)
  printReport()
  const breaches = [...results.flatMap((r) => r.breaches.map((b) => `${r.name}: ${b}`)), ...suiteBreaches]
  console.log(`\nsuite ran ${((Date.now() - started) / 1000).toFixed(0)} s`)
  if (breaches.length > 0 && server && server.output.length > 0) console.log(`\nlast server output:\n${server.output.join('').slice(-2000)}`)
  console.log(breaches.length === 0 ? 'VERDICT: PASS' : `VERDICT: FAIL, ${breaches.length} breaches`)
  return breaches.length === 0 ? 0 : 1
}

main().then((code) => {
  cleanupSync()
  process.exit(code)
}, (error: unknown) => {
  console.error('fault suite: harness failed:', error instanceof Error ? error.stack : error)
  printReport()
  console.log('VERDICT: FAIL (harness error)')
  cleanupSync()
  process.exit(1)
})
