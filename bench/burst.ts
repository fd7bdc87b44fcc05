/**
 * Webhook delivery under a burst of writes: how fast the deliveries follow the events, how
 * far they fall behind, how long the backlog takes to clear, and whether a receiver that never
 * answers holds back anyone else's.
 *
 * For each receiver delay × number of instances, in a fresh scratch database on DATABASE_URL's
 * server: cities, each with a lead unit, a period, tasks enough for every write to file a new
 * entry, an office key and one JSON webhook following entry.accepted and entry.filed, pointing at
 * a receiver here (one node:http server, a path a city) that answers 200 after the delay; `dead`
 * more cities whose receiver takes the request and never answers. The built server
 * (dist/src/server.js, its defaults but WEBHOOK_ALLOWED_NETWORKS=127.0.0.0/8 and LOG_LEVEL=warn)
 * runs as `instances` processes on that database; bench/burst-load.ts, in a process of its own,
 * files entries at a paced total rate over every city, its clients spread over the instances.
 * The receiver checks each signature and records each arrival; the database says what is pending.
 *
 * Lag is a delivery's first arrival at the receiver less its event's createdAt (the time of the
 * write): same machine, same clock. Every process started and every scratch database is gone at
 * the end, also when a step fails or the run is interrupted.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import { createHmac, timingSafeEqual } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { type Kysely, sql } from 'kysely'
import { systemActor } from '../src/db/audit.js'
import type { Database } from '../src/db/database.js'
import { openScratchDatabase } from '../src/db/scratch.js'
import { indexLeadUnits, indexTasks } from '../src/db/searchIndex.js'
import { insertCity } from '../src/features/cities/cities.service.js'
import { createApiKey } from '../src/features/keys/keys.service.js'
import { insertWebhook } from '../src/features/webhooks/webhooks.service.js'
import { Receivers } from '../src/features/webhooks/webhooks.receivers.js'
import { targetsFor } from '../src/shared/entryIndicators.js'
import { cleanEnv, freePort, root, sleep } from '../test/serverProcess.js'
import type { BurstLoadResult, BurstPlan } from './burst-load.js'
import { serverArgs } from '../src/nodeFlags.js'

export interface BurstOptions {
  serverUrl: string
  /** Cities whose receiver answers. */
  cities: number
  /** Length of the write burst. */
  seconds: number
  /** Writes a second, over all cities and instances. */
  rate: number
  /** The receiver answers 200 this long after a delivery has arrived, one run each. */
  delays: number[]
  /** duban processes on the database, one run each. */
  instances: number[]
  /** Cities more, whose receiver never answers. */
  dead: number
  /** Callers writing at once, spread over the instances. */
  clients: number
  /** Delivered rows written before the burst (an extra city's), one run each: 0 for none. */
  history: number[]
  /** After the burst, how long to wait at most for the healthy subscriptions' backlog to clear. */
  maxDrainSeconds: number
  /**
   * Pending deliveries waiting before the instances start (spread over the healthy cities, as a
   * backlog after an outage): their drain rate is measured on its own, before the burst (0: none).
   */
  backlog: number
  out: string
}

const WINDOW_MS = 10_000
const YEAR = 2025
/** A subscription's p99 the dead receiver must not push any other past. */
const TARGET_P99_MS = 10_000
const HISTORY_CITY = '199999'
/** The backlog's events are of a type the burst never makes, so the burst's figures leave them out. */
const BACKLOG_EVENT = 'lead_unit.updated'
const ENTRY = JSON.stringify({ status: 'on_track', progress: '1-5月份，完成投资12.5亿元，占年度计划的45%。', nextSteps: '持续推进项目建设。', remarks: '' })

interface City { code: string, dead: boolean, secret: string, key: string, periodId: number, taskIds: number[] }
interface Arrival { city: string, id: number, at: number, createdAt: number }

const percentile = (sorted: number[], p: number) => sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
const spread = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return { n: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.length === 0 ? NaN : sorted.at(-1)! }
}

/**
 * One node:http server for every city: POST /hook/<city> answers 200 after the run's delay,
 * POST /dead/<city> is read and never answered. Each arrival is checked against its city's
 * secret (Duban-Signature over "<t>.<body>", Duban-Event-Id, the body's cityCode) and recorded.
 */
class Receiver {
  delayMs = 0
  private secrets = new Map<string, string>()
  healthy: Arrival[] = []
  dead: Arrival[] = []
  badSignatures = 0
  /** Arrivals whose Duban-Event-Id or cityCode is not what the body and the path say. */
  mismatched = 0
  private hanging = new Set<ServerResponse>()
  private server: Server

  constructor() {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = []
      request.on('data', (chunk: Buffer) => chunks.push(chunk))
      request.on('end', () => {
        const at = Date.now()
        const [, kind, city = ''] = (request.url ?? '').split('/')
        const body = Buffer.concat(chunks).toString()
        this.record(kind === 'dead', city, body, request.headers, at)
        if (kind === 'dead') {
          this.hanging.add(response)
          response.once('close', () => this.hanging.delete(response))
        } else if (this.delayMs > 0) {
          setTimeout(() => response.writeHead(200).end(), this.delayMs)
        } else {
          response.writeHead(200).end()
        }
      })
    })
  }

  async listen() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  /** A new run: these cities, this delay, nothing recorded. */
  reset(cities: City[], delayMs: number) {
    this.delayMs = delayMs
    this.secrets = new Map(cities.map((city) => [city.code, city.secret]))
    this.healthy = []
    this.dead = []
    this.badSignatures = 0
    this.mismatched = 0
  }

  private record(dead: boolean, city: string, body: string, headers: NodeJS.Dict<string | string[]>, at: number) {
    const secret = this.secrets.get(city)
    const signed = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(headers['duban-signature'] ?? ''))
    const expected = secret && signed ? createHmac('sha256', secret).update(`${signed[1]}.${body}`).digest() : undefined
    if (!expected || !timingSafeEqual(expected, Buffer.from(signed![2]!, 'hex'))) this.badSignatures++
    let event: { id: number, cityCode: string, createdAt: string }
    try {
      event = JSON.parse(body) as typeof event
    } catch {
      this.mismatched++
      return
    }
    if (headers['duban-event-id'] !== String(event.id) || event.cityCode !== city) this.mismatched++
    ;(dead ? this.dead : this.healthy).push({ city, id: event.id, at, createdAt: Date.parse(event.createdAt) })
  }

  /** Ends the requests left unanswered, so the lanes holding them end now rather than at their timeout. */
  dropHanging() {
    for (const response of this.hanging) response.socket?.destroy()
    this.hanging.clear()
  }

  async close() {
    this.dropHanging()
    this.server.closeAllConnections()
    await new Promise((resolve) => this.server.close(resolve))
  }
}

interface Instance { url: string, log: string[], stop(): Promise<void> }

/** The built server on a free port, ready once /readyz answers (at most 120 s). */
async function startInstance(env: Record<string, string>): Promise<Instance> {
  const port = await freePort()
  const child: ChildProcess = spawn(process.execPath, serverArgs(), {
    cwd: root, env: cleanEnv({ ...env, PORT: String(port), HOST: '127.0.0.1' }), stdio: ['ignore', 'pipe', 'pipe'],
  })
  const log: string[] = []
  createInterface({ input: child.stdout! }).on('line', (line) => log.push(line))
  createInterface({ input: child.stderr! }).on('line', (line) => log.push(line))
  let exited = false
  const exit = new Promise<void>((resolve) => child.once('exit', () => {
    exited = true
    resolve()
  }))
  const stop = async () => {
    if (exited) return
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
    await exit
    clearTimeout(timer)
  }
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  for (;;) {
    if (exited) throw new Error(`duban exited before it was ready:\n${log.join('\n')}`)
    if (await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(1000) }).then((response) => response.ok, () => false)) break
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`duban was not ready within 120 s:\n${log.join('\n')}`)
    }
    await sleep(100)
  }
  return { url, log, stop }
}

/** Webhook delivery attempts an instance made, by outcome, from its /metrics. */
async function attemptsOf(instance: Instance): Promise<Record<string, number>> {
  const text = await (await fetch(`${instance.url}/metrics`)).text()
  const attempts: Record<string, number> = {}
  for (const [, outcome, value] of text.matchAll(/^duban_webhook_delivery_attempts_total\{outcome="(\w+)"\} (\S+)$/gm)) attempts[outcome!] = Number(value)
  return attempts
}

/** The lines at warn and above an instance logged (pino's JSON), or any line that is not JSON. */
function warnings(log: string[]) {
  return log.filter((line) => {
    try {
      return ((JSON.parse(line) as { level?: number }).level ?? 0) >= 40
    } catch {
      return line.trim() !== ''
    }
  })
}

/**
 * The cities, each in a transaction of its own: the city, a lead unit, the period, its tasks
 * (linked to the unit, in the search index) in one statement, an office key and the webhook,
 * made by the service's own commands where there is one. Then, with `history`, an extra city
 * with a webhook and that many events already delivered to it.
 */
async function seed(db: Kysely<Database>, receiverUrl: string, options: BurstOptions, history: number): Promise<City[]> {
  const total = options.cities + options.dead
  // Every write files a new entry (entry.accepted) unless the load outruns its plan by a tenth.
  const tasks = Math.ceil((options.rate * options.seconds) / total * 1.1) + 10
  const receivers = new Receivers(['127.0.0.0/8'])
  const cities: City[] = []
  for (let i = 0; i < total; i++) {
    const dead = i >= options.cities
    const code = String(dead ? 180001 + i - options.cities : 100001 + i)
    const secret = `burst-${code}-${'0123456789abcdef'.repeat(2)}`
    cities.push(await db.transaction().execute(async (trx) => {
      await insertCity(trx, systemActor, { code, name: `${dead ? '失联' : '压测'}${i + 1}市`, province: '安徽省' })
      const unit = (await sql<{ id: number }>`insert into lead_units (city_code, name) values (${code}, '市发展改革委') returning id`.execute(trx)).rows[0]!
      await indexLeadUnits(trx, code, [{ id: unit.id, name: '市发展改革委', aliases: [] }])
      const period = (await sql<{ id: number }>`
        insert into periods (city_code, year, label, kind, starts_on, ends_on)
        values (${code}, ${YEAR}, '1-5月份', 'month_cumulative', ${`${YEAR}-01-01`}, ${`${YEAR}-05-31`}) returning id
      `.execute(trx)).rows[0]!
      const titles = Array.from({ length: tasks }, (_, seq) => `第${seq + 1}项：全年完成重点项目投资50亿元。`)
      const taskRows = (await sql<{ id: number, seq: number }>`
        insert into tasks (city_code, year, seq, title, targets)
        select ${code}, ${YEAR}, seq, title, targets
        from unnest(${titles.map((_, i) => i + 1)}::int[], ${titles}::text[], ${titles.map((title) => JSON.stringify(targetsFor(title)))}::jsonb[]) as t (seq, title, targets)
        returning id, seq
      `.execute(trx)).rows.sort((a, b) => a.seq - b.seq)
      await indexTasks(trx, code, taskRows.map((task) => ({ id: task.id, title: titles[task.seq - 1]!, category: null })))
      await sql`
        insert into task_lead_units (city_code, task_id, lead_unit_id, role, position)
        select ${code}, task_id, ${unit.id}, 'lead', 0 from unnest(${taskRows.map((task) => task.id)}::bigint[]) as t (task_id)
      `.execute(trx)
      const key = await createApiKey(trx, systemActor, { name: `${code} office`, role: 'city_office', cityCode: code, leadUnitId: null })
      await insertWebhook(trx, systemActor, receivers, code, {
        url: `${receiverUrl}/${dead ? 'dead' : 'hook'}/${code}`, events: ['entry.accepted', 'entry.filed', BACKLOG_EVENT], secret,
      })
      return { code, dead, secret, key: key.key, periodId: period.id, taskIds: taskRows.map((task) => task.id) }
    }))
  }
  if (history > 0) {
    await db.transaction().execute(async (trx) => {
      await insertCity(trx, systemActor, { code: HISTORY_CITY, name: '历史市', province: '安徽省' })
      const webhook = await insertWebhook(trx, systemActor, receivers, HISTORY_CITY, {
        url: `${receiverUrl}/hook/${HISTORY_CITY}`, events: ['entry.accepted'], secret: '0123456789abcdef'.repeat(2),
      })
      await sql`
        with e as (
          insert into events (city_code, type, subject, data, created_at)
          select ${HISTORY_CITY}, 'entry.accepted', 'entry:' || n || ':1', jsonb_build_object('n', n), now() - interval '30 days' + n * interval '1 second'
          from generate_series(1, ${history}::int) as n
          returning id, created_at
        )
        insert into webhook_deliveries (city_code, webhook_id, event_id, state, attempts, next_attempt_at, last_attempt_at, last_status, delivered_at, created_at)
        select ${HISTORY_CITY}, ${webhook.id}, e.id, 'delivered', 1, e.created_at, e.created_at, 200, e.created_at, e.created_at from e
      `.execute(trx)
    })
  }
  await sql`analyze`.execute(db)
  return cities
}

/**
 * `n` events of the backlog's type, spread over `codes`, each with a pending delivery to its city's
 * subscription: what an outage of the receivers, or of every instance, leaves waiting.
 */
async function backlogOf(db: Kysely<Database>, codes: string[], n: number) {
  await sql`
    with e as (
      insert into events (city_code, type, subject, data)
      select (${codes}::text[])[1 + (g % ${codes.length})], ${BACKLOG_EVENT}, 'lead_unit:' || g, jsonb_build_object('n', g)
      from generate_series(0, ${n - 1}::int) as g
      returning city_code, id
    )
    insert into webhook_deliveries (city_code, webhook_id, event_id)
    select e.city_code, w.id, e.id from e join webhooks w on w.city_code = e.city_code
  `.execute(db)
  await sql`analyze webhook_deliveries`.execute(db)
}

/** Pending deliveries now, the healthy cities' and the dead ones'. */
async function pendingNow(db: Kysely<Database>, dead: Set<string>) {
  const { rows } = await sql<{ cityCode: string, n: number }>`
    select city_code, count(*)::int as n from webhook_deliveries where state = 'pending' group by city_code
  `.execute(db)
  let healthy = 0
  let deadPending = 0
  for (const row of rows) {
    if (dead.has(row.cityCode)) deadPending += row.n
    else healthy += row.n
  }
  return { at: Date.now(), healthy, dead: deadPending }
}

/** Runs bench/burst-load.ts with the plan on its stdin; its result. */
function runLoad(plan: BurstPlan, started: (child: ChildProcess) => void): Promise<BurstLoadResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/burst-load.ts'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] })
  started(child)
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (chunk: Buffer) => { stdout += chunk.toString() })
  child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
  child.stdin!.end(JSON.stringify(plan))
  return new Promise((resolve, reject) => child.once('close', (code) => {
    if (code !== 0) return reject(new Error(`the write load exited with ${code}: ${stderr}`))
    resolve(JSON.parse(stdout) as BurstLoadResult)
  }))
}

interface Window {
  fromS: number
  toS: number
  eventsPerS: number
  deliveriesPerS: number
  lag: { p50: number, p99: number, max: number }
  /** Pending at the window's end (healthy + dead). */
  pending: number
}

export interface BurstRun {
  /** The backlog's drain before the burst: deliveries a second from its first arrival to its last. */
  drain: { backlog: number, seconds: number, perS: number } | null
  delayMs: number
  instances: number
  history: number
  cities: number
  dead: number
  tasksPerCity: number
  writes: { planned: number, created: number, replaced: number, errors: Record<string, number>, perS: number, seconds: number, latency: BurstLoadResult['latency'] }
  events: { healthy: number, dead: number }
  /** Healthy deliveries that arrived while the burst ran, per second, and as a share of the healthy events of the burst. */
  deliveriesPerS: number
  deliveredShare: number
  /** Over every healthy delivery's first arrival, in the burst and after it. */
  lag: { n: number, p50: number, p99: number, max: number }
  /** The healthy subscription with the highest p99 (what a dead receiver must not push past 10 s). */
  worstHealthyP99: { city: string, p99: number }
  backlogAtEnd: { healthy: number, dead: number }
  /** From the burst's last answer until no healthy delivery is pending; null: not within maxDrainSeconds. */
  drainS: number | null
  undelivered: number
  duplicates: number
  orderViolations: number
  badSignatures: number
  mismatched: number
  deadReceivers: { arrivals: number, firstArrivalLag: { n: number, p50: number, p99: number, max: number }, attemptsRecorded: number }
  attemptsByInstance: Record<string, number>[]
  windows: Window[]
  serverWarnings: string[]
}

/** One delay × instances × history: seed, start, burst, drain, measure; everything started is stopped and dropped. */
async function runOne(options: BurstOptions, receiver: Receiver, receiverUrl: string, delayMs: number, instances: number, history: number,
  cleanups: Set<() => Promise<unknown>>): Promise<BurstRun> {
  const scratch = await openScratchDatabase(options.serverUrl, 4, { statementTimeoutMillis: 0 })
  const drop = () => scratch.drop()
  cleanups.add(drop)
  const dir = mkdtempSync(path.join(tmpdir(), 'duban-bench-burst-'))
  const running: Instance[] = []
  const stopAll = async () => {
    receiver.dropHanging()
    await Promise.all(running.map((instance) => instance.stop()))
  }
  cleanups.add(stopAll)
  let load: ChildProcess | undefined
  const killLoad = async () => { load?.kill('SIGKILL') }
  cleanups.add(killLoad)
  try {
    const db = scratch.database.db
    const seeding = Date.now()
    const cities = await seed(db, receiverUrl, options, history)
    const deadCodes = new Set(cities.filter((city) => city.dead).map((city) => city.code))
    console.log(`  seeded ${cities.length} cities × ${cities[0]!.taskIds.length} tasks${history ? `, ${history} delivered rows of history` : ''} ` +
      `in ${((Date.now() - seeding) / 1000).toFixed(1)} s`)
    receiver.reset(cities, delayMs)

    // Each office key's share of the writes on each instance must stay under the per-key limit.
    const perKeyPerMinute = (options.rate * 60) / cities.length / instances
    const env: Record<string, string> = {
      DATABASE_URL: scratch.url!, WEBHOOK_ALLOWED_NETWORKS: '127.0.0.0/8', LOG_LEVEL: 'warn', FIRST_ADMIN_KEY_FILE: path.join(dir, 'admin-key'),
      ...(perKeyPerMinute > 1000 ? { RATE_LIMIT_PER_MINUTE: String(Math.ceil(perKeyPerMinute * 2)) } : {}),
    }
    if (env.RATE_LIMIT_PER_MINUTE) console.log(`  RATE_LIMIT_PER_MINUTE=${env.RATE_LIMIT_PER_MINUTE}: a city's office writes ${perKeyPerMinute.toFixed(0)} a minute to each instance`)
    const healthyCities = cities.filter((city) => !city.dead)
    if (options.backlog > 0) await backlogOf(db, healthyCities.map((city) => city.code), options.backlog)
    // All started before any failure is reported, so that stopAll finds every one.
    const started = await Promise.allSettled(Array.from({ length: instances }, async () => running.push(await startInstance(env))))
    for (const outcome of started) if (outcome.status === 'rejected') throw outcome.reason
    let drain: BurstRun['drain'] = null
    if (options.backlog > 0) {
      const limit = Date.now() + options.maxDrainSeconds * 1000
      while ((await pendingNow(db, deadCodes)).healthy > 0 && Date.now() < limit) await sleep(250)
      const arrivals = receiver.healthy.map((arrival) => arrival.at).sort((a, b) => a - b)
      const seconds = arrivals.length > 1 ? (arrivals.at(-1)! - arrivals[0]!) / 1000 : NaN
      drain = { backlog: arrivals.length, seconds, perS: (arrivals.length - 1) / seconds }
      console.log(`  backlog of ${options.backlog}: ${arrivals.length} delivered in ${seconds.toFixed(1)} s, ${drain.perS.toFixed(0)}/s`)
      receiver.reset(cities, delayMs)
    }

    // The backlog each second of the burst, then (below) as soon as its last answer has come.
    const samples: Awaited<ReturnType<typeof pendingNow>>[] = []
    let ended: () => void = () => {}
    const burstOver = new Promise<void>((resolve) => { ended = resolve })
    let sampling = true
    const sampler = (async () => {
      while (sampling) {
        samples.push(await pendingNow(db, deadCodes))
        await Promise.race([sleep(1000), burstOver])
      }
    })()
    let result: BurstLoadResult
    let atEnd: Awaited<ReturnType<typeof pendingNow>>
    try {
      result = await runLoad({
        instances: running.map((instance) => instance.url), rate: options.rate, seconds: options.seconds, clients: options.clients, body: ENTRY,
        cities: cities.map(({ code, key, periodId, taskIds }) => ({ code, key, periodId, taskIds })),
      }, (child) => { load = child })
      atEnd = await pendingNow(db, deadCodes)
    } finally {
      sampling = false
      ended()
      await sampler
    }
    samples.push(atEnd)
    samples.sort((a, b) => a.at - b.at)
    let drainedAt: number | undefined = atEnd.healthy === 0 ? atEnd.at : undefined
    while (drainedAt === undefined && Date.now() - result.endedAt < options.maxDrainSeconds * 1000) {
      await sleep(250)
      const now = await pendingNow(db, deadCodes)
      samples.push(now)
      if (now.healthy === 0) drainedAt = now.at
    }
    const attemptsByInstance = await Promise.all(running.map(attemptsOf))
    const serverWarnings = running.flatMap((instance) => warnings(instance.log))

    const events = (await sql<{ cityCode: string, id: number, createdAt: string }>`
      select city_code, id, created_at from events where type in ('entry.accepted', 'entry.filed') and city_code <> ${HISTORY_CITY}
    `.execute(db)).rows.map((row) => ({ city: row.cityCode, id: row.id, createdAt: Date.parse(row.createdAt) }))
    const attemptsRecorded = Number((await sql<{ n: number | null }>`
      select sum(attempts)::int as n from webhook_deliveries where city_code = any(${[...deadCodes]}::text[])
    `.execute(db)).rows[0]?.n ?? 0)

    // The healthy deliveries: first arrival of each event, the repeats, the order within each subscription.
    const first = new Map<string, Arrival>()
    let duplicates = 0
    let orderViolations = 0
    const highest = new Map<string, number>()
    for (const arrival of receiver.healthy) {
      const key = `${arrival.city}:${arrival.id}`
      if (first.has(key)) duplicates++
      else first.set(key, arrival)
      if (arrival.id < (highest.get(arrival.city) ?? -Infinity)) orderViolations++
      highest.set(arrival.city, Math.max(arrival.id, highest.get(arrival.city) ?? -Infinity))
    }
    const healthyEvents = events.filter((event) => !deadCodes.has(event.city))
    const firsts = [...first.values()]
    const lagOf = (arrival: Arrival) => arrival.at - arrival.createdAt
    const byCity = new Map<string, number[]>()
    for (const arrival of firsts) byCity.set(arrival.city, [...(byCity.get(arrival.city) ?? []), lagOf(arrival)])
    const worstHealthyP99 = [...byCity].map(([city, lags]) => ({ city, p99: spread(lags).p99 }))
      .reduce((worst, each) => (Number.isNaN(worst.p99) || each.p99 > worst.p99 ? each : worst), { city: '', p99: NaN })
    const deadFirst = new Map<string, Arrival>()
    for (const arrival of receiver.dead) if (!deadFirst.has(`${arrival.city}:${arrival.id}`)) deadFirst.set(`${arrival.city}:${arrival.id}`, arrival)

    const { startedAt, endedAt } = result
    const burstS = (endedAt - startedAt) / 1000
    const duringBurst = firsts.filter((arrival) => arrival.at <= endedAt).length
    const lastAt = Math.max(endedAt, drainedAt ?? Date.now())
    const windows: Window[] = []
    // Windows of 10 s from the burst's start; a last stretch shorter than a second goes with the window before it.
    for (let from = startedAt, to = 0; from < lastAt; from = to) {
      to = lastAt - from < WINDOW_MS + 1000 ? lastAt : from + WINDOW_MS
      const seconds = (to - from) / 1000
      const inWindow = firsts.filter((arrival) => arrival.at >= from && arrival.at < to)
      const lags = spread(inWindow.map(lagOf))
      const sample = samples.filter((each) => each.at <= to).at(-1)
      windows.push({
        fromS: (from - startedAt) / 1000, toS: (to - startedAt) / 1000,
        eventsPerS: events.filter((event) => event.createdAt >= from && event.createdAt < to).length / seconds,
        deliveriesPerS: inWindow.length / seconds, lag: { p50: lags.p50, p99: lags.p99, max: lags.max },
        pending: sample ? sample.healthy + sample.dead : NaN,
      })
    }
    return {
      drain, delayMs, instances, history, cities: options.cities, dead: options.dead, tasksPerCity: cities[0]!.taskIds.length,
      writes: {
        planned: result.planned, created: result.created, replaced: result.replaced, errors: result.errors,
        perS: (result.created + result.replaced) / burstS, seconds: burstS, latency: result.latency,
      },
      events: { healthy: healthyEvents.length, dead: events.length - healthyEvents.length },
      deliveriesPerS: duringBurst / burstS,
      deliveredShare: healthyEvents.length === 0 ? NaN : duringBurst / healthyEvents.filter((event) => event.createdAt <= endedAt).length,
      lag: spread(firsts.map(lagOf)), worstHealthyP99,
      backlogAtEnd: { healthy: atEnd.healthy, dead: atEnd.dead },
      drainS: drainedAt === undefined ? null : Math.max(0, drainedAt - endedAt) / 1000,
      undelivered: healthyEvents.filter((event) => !first.has(`${event.city}:${event.id}`)).length,
      duplicates, orderViolations, badSignatures: receiver.badSignatures, mismatched: receiver.mismatched,
      deadReceivers: { arrivals: receiver.dead.length, firstArrivalLag: spread([...deadFirst.values()].map(lagOf)), attemptsRecorded },
      attemptsByInstance, windows, serverWarnings,
    }
  } finally {
    await killLoad()
    cleanups.delete(killLoad)
    await stopAll()
    cleanups.delete(stopAll)
    await drop()
    cleanups.delete(drop)
    rmSync(dir, { recursive: true, force: true })
  }
}

const ms = (value: number) => Number.isNaN(value) ? '–' : value.toFixed(0)
const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n')
const label = (run: Pick<BurstRun, 'delayMs' | 'instances' | 'history'>) => `delay ${run.delayMs} ms, ${run.instances} instance${run.instances === 1 ? '' : 's'}${run.history ? `, ${run.history} rows of history` : ''}`
const errorsOf = (run: BurstRun) => Object.values(run.writes.errors).reduce((sum, n) => sum + n, 0)
const worst = (run: BurstRun) => run.dead === 0 || Number.isNaN(run.worstHealthyP99.p99) ? '–'
  : `${ms(run.worstHealthyP99.p99)}${run.worstHealthyP99.p99 <= TARGET_P99_MS ? '' : ' (over 10 s)'}`

function report(run: BurstRun) {
  const lines = [
    `\n### ${label(run)}\n`,
    table(['window s', 'events/s', 'deliveries/s', 'lag p50 ms', 'lag p99 ms', 'lag max ms', 'pending at end'],
      run.windows.map((w) => [`${w.fromS.toFixed(0)}–${w.toS.toFixed(w.toS % 10 === 0 ? 0 : 1)}`, w.eventsPerS.toFixed(1), w.deliveriesPerS.toFixed(1),
        ms(w.lag.p50), ms(w.lag.p99), ms(w.lag.max), Number.isNaN(w.pending) ? '–' : w.pending])),
    '',
    `- writes: ${run.writes.perS.toFixed(1)}/s over ${run.writes.seconds.toFixed(1)} s (${run.writes.created} new entries, ${run.writes.replaced} replaced, ` +
      `${run.writes.planned} planned); errors ${errorsOf(run)}${errorsOf(run) ? ` ${JSON.stringify(run.writes.errors)}` : ''}; ` +
      `latency p50 ${run.writes.latency.p50.toFixed(0)} ms, p99 ${run.writes.latency.p99.toFixed(0)} ms`,
    `- healthy subscriptions: ${run.events.healthy} events; ${run.deliveriesPerS.toFixed(1)} deliveries/s during the burst ` +
      `(${(run.deliveredShare * 100).toFixed(0)}% of its events delivered by its end); lag p50 ${ms(run.lag.p50)} ms, p99 ${ms(run.lag.p99)} ms, max ${ms(run.lag.max)} ms; ` +
      `worst subscription's p99 ${ms(run.worstHealthyP99.p99)} ms (${run.worstHealthyP99.city})`,
    `- backlog when the burst ended: ${run.backlogAtEnd.healthy} pending (+${run.backlogAtEnd.dead} for dead receivers); ` +
      `drained ${run.drainS === null ? 'not within the limit' : `in ${run.drainS.toFixed(1)} s`}; undelivered ${run.undelivered}`,
    `- duplicates ${run.duplicates}, order violations ${run.orderViolations}, bad signatures ${run.badSignatures}, mismatched ids or cities ${run.mismatched}`,
    ...(run.dead ? [`- dead receivers (${run.dead}): ${run.events.dead} events, ${run.deadReceivers.arrivals} requests arrived ` +
      `(${run.deadReceivers.attemptsRecorded} attempts recorded by the end), first arrival lag p50 ${ms(run.deadReceivers.firstArrivalLag.p50)} ms, ` +
      `max ${ms(run.deadReceivers.firstArrivalLag.max)} ms`] : []),
    `- attempts by instance: ${run.attemptsByInstance.map((attempts) => JSON.stringify(attempts)).join(', ')}`,
    ...(run.serverWarnings.length ? [`- the servers logged ${run.serverWarnings.length} warnings, first: ${run.serverWarnings.slice(0, 3).join(' / ')}`] : []),
  ]
  console.log(lines.join('\n'))
}

function summary(runs: BurstRun[]) {
  const histories = runs.some((run) => run.history > 0)
  const drains = runs.some((run) => run.drain !== null)
  console.log(`\n### Summary\n\nlag: a healthy delivery's first arrival less its event's createdAt; deliveries/events: healthy events of the burst ` +
    `delivered before it ended; healthy p99 with dead receiver: the worst healthy subscription's p99 (target ≤ ${TARGET_P99_MS / 1000} s).\n`)
  console.log(table([
    'delay ms', 'instances', ...(histories ? ['history'] : []), ...(drains ? ['backlog drained/s'] : []), 'writes/s', 'write errors', 'deliveries/s', 'deliveries/events %',
    'lag p50 ms', 'lag p99 ms', 'lag max ms', 'backlog at end', 'drain s', 'duplicates', 'order violations', 'bad signatures', 'healthy p99 with dead receiver ms',
  ], runs.map((run) => [
    run.delayMs, run.instances, ...(histories ? [run.history] : []), ...(drains ? [run.drain ? run.drain.perS.toFixed(0) : '–'] : []), run.writes.perS.toFixed(1), errorsOf(run), run.deliveriesPerS.toFixed(1),
    (run.deliveredShare * 100).toFixed(0), ms(run.lag.p50), ms(run.lag.p99), ms(run.lag.max),
    `${run.backlogAtEnd.healthy}${run.backlogAtEnd.dead ? ` (+${run.backlogAtEnd.dead} dead)` : ''}`,
    run.drainS === null ? 'not drained' : run.drainS.toFixed(1), run.duplicates, run.orderViolations, run.badSignatures, worst(run),
  ])))
}

export async function benchBurst(options: BurstOptions) {
  // duban is measured as it ships: the built server.
  execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' })
  const cleanups = new Set<() => Promise<unknown>>()
  const receiver = new Receiver()
  const receiverUrl = await receiver.listen()
  // Interrupted: stop what runs and drop the scratch database before leaving.
  const interrupted = (signal: NodeJS.Signals) => {
    console.error(`burst: ${signal}, stopping the servers and dropping the scratch database`)
    void (async () => {
      for (const cleanup of [...cleanups].reverse()) await cleanup().catch(() => {})
      process.exit(130)
    })()
  }
  process.once('SIGINT', interrupted)
  process.once('SIGTERM', interrupted)
  const runs: BurstRun[] = []
  try {
    console.log(`burst: ${options.cities} cities (+${options.dead} with a receiver that never answers), ${options.rate} writes/s for ${options.seconds} s ` +
      `from ${options.clients} clients`)
    for (const history of options.history) {
      for (const delayMs of options.delays) {
        for (const instances of options.instances) {
          console.log(`\n${label({ delayMs, instances, history })}`)
          const run = await runOne(options, receiver, receiverUrl, delayMs, instances, history, cleanups)
          report(run)
          runs.push(run)
        }
      }
    }
    summary(runs)
    await writeFile(options.out, JSON.stringify({ at: new Date().toISOString(), options: { ...options, serverUrl: undefined }, runs }, null, 2))
    console.log(`\nwritten to ${options.out}`)
  } finally {
    await receiver.close()
    process.removeListener('SIGINT', interrupted)
    process.removeListener('SIGTERM', interrupted)
  }
}
