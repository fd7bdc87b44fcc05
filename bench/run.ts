/**
 * The benchmark: import and report figures on the PostgreSQL server in DATABASE_URL (the
 * embedded database when unset, which says little about production). Each measurement
 * runs in a fresh database of its own that is dropped afterwards.
 */
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import type autocannon from 'autocannon'
import Fastify from 'fastify'
import { sql } from 'kysely'
import { buildApp } from '../src/app.js'
import { actualFor, targetsFor } from '../src/domain/entryIndicators.js'
import { authenticate, createApiKey } from '../src/db/queries/apiKeys.js'
import { reportRows } from '../src/db/queries/reports.js'
import type { DatabaseHandle } from '../src/db/connect.js'
import { openScratchDatabase } from '../src/db/scratch.js'
import { systemActor } from '../src/db/queries/audit.js'
import { cityRevision, insertCity } from '../src/db/queries/cities.js'
import { runImport } from '../src/services/imports.js'

const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/seeds')
const serverUrl = process.env.DATABASE_URL

const freshDatabase = () => openScratchDatabase(serverUrl, 40)

const execFileAsync = promisify(execFile)

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
const ms = (value: number) => `${value.toFixed(1)} ms`

async function benchImport() {
  const document = await readFile(path.join(seeds, 'huainan-2023-q1.txt'), 'utf8')
  const first: number[] = []
  const again: number[] = []
  const { database, drop } = await freshDatabase()
  try {
    for (let i = 0; i < 7; i++) {
      const cityCode = String(340400 + i)
      await database.db.transaction().execute((trx) => insertCity(trx, systemActor, { code: cityCode, name: `淮南${i}`, province: '安徽省' }))
      const actor = { apiKeyId: null, requestId: 'bench' }
      let started = performance.now()
      const result = await runImport(database.db, actor, cityCode, { document, sourceName: 'huainan-2023-q1.txt' })
      first.push(performance.now() - started)
      if (result.counts.tasks.created !== 262) throw new Error(`expected 262 tasks, got ${JSON.stringify(result.counts)}`)
      started = performance.now()
      await runImport(database.db, actor, cityCode, { document, sourceName: 'huainan-2023-q1.txt' })
      again.push(performance.now() - started)
    }
  } finally {
    await drop()
  }
  // The first run warms the JIT and the connection pool; it is reported but not counted.
  const warm = first.slice(1).sort((a, b) => a - b)
  const repeat = again.slice(1).sort((a, b) => a - b)
  console.log(`import huainan (262 rows) commit into an empty city: median ${ms(percentile(warm, 50))}, worst ${ms(warm.at(-1)!)} ` +
    `(cold first run ${ms(first[0]!)}; target ≤ 300 ms)`)
  console.log(`import huainan again (no changes):                 median ${ms(percentile(repeat, 50))}, worst ${ms(repeat.at(-1)!)}`)
}

/** A 200-task period: three lead units a task, every status, behind tasks with figures. */
async function seedPeriod(database: DatabaseHandle) {
  const db = database.db
  const actor = systemActor
  await db.transaction().execute((trx) => insertCity(trx, actor, { code: '341700', name: '池州市', province: '安徽省' }))
  const units = await db.insertInto('leadUnits')
    .values(Array.from({ length: 40 }, (_, i) => ({ cityCode: '341700', name: `市第${i + 1}局`, aliases: [] }))).returningAll().execute()
  const period = await db.insertInto('periods').values({ cityCode: '341700', year: 2025, label: '1-5月份', kind: 'month_cumulative',
    startsOn: '2025-01-01', endsOn: '2025-05-31' }).returningAll().executeTakeFirstOrThrow()
  const statuses = ['on_track', 'on_track', 'on_track', 'behind', 'completed', 'not_rated'] as const
  for (let seq = 1; seq <= 200; seq++) {
    const title = `第${seq}项指标增长${(seq % 9) + 1}.5%以上。`
    const task = await db.insertInto('tasks').values({ cityCode: '341700', year: 2025, seq, title,
      targets: JSON.stringify(targetsFor(title)) }).returningAll().executeTakeFirstOrThrow()
    await db.insertInto('taskLeadUnits').values([0, 1, 2].map((k) => ({
      cityCode: '341700', taskId: task.id, leadUnitId: units[(seq + k * 7) % units.length]!.id, role: 'lead' as const, position: k }))).execute()
    if (seq % 25 === 0) continue
    const progress = `1-5月,增长${seq % 9}.2%,增速居全省第${(seq % 16) + 1}位。`.repeat(3)
    const { actual, rank } = actualFor(progress, task.targets)
    await db.insertInto('progressEntries').values({ cityCode: '341700', taskId: task.id, periodId: period.id,
      status: statuses[seq % statuses.length]!, progress, nextSteps: '持续推进。', remarks: '', actual: JSON.stringify(actual), rank: JSON.stringify(rank) }).execute()
  }
  // As autovacuum would have by now on a live server: planner statistics for the new rows.
  await sql`analyze`.execute(db)
  return period
}

const autocannonCli = createRequire(import.meta.url).resolve('autocannon/autocannon.js')

/**
 * Load from a process of its own, as a caller is: the server runs alone in its process, as
 * in production. (On one build, a client in a worker thread of the server's process put the
 * cached summary at 0.77× and 0.92× of the bare route; a client process, at 0.98× and 0.99×.)
 */
async function load(url: string, connections: number, headers: Record<string, string>, seconds = 6) {
  const args = [autocannonCli, '--json', '--connections', String(connections), '--duration', String(seconds)]
  for (const [name, value] of Object.entries(headers)) args.push('--headers', `${name}=${value}`)
  const { stdout } = await execFileAsync(process.execPath, [...args, url], { maxBuffer: 16 * 1024 * 1024 })
  const result = JSON.parse(stdout) as autocannon.Result
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  return { p99: result.latency.p99, rps: result.requests.average }
}

/** Sorted latencies of `count` sequential requests, each after `before()`. */
async function sequential(url: string, headers: Record<string, string>, count: number, before: () => Promise<unknown>) {
  const times: number[] = []
  for (let i = 0; i < count; i++) {
    await before()
    const started = performance.now()
    const response = await fetch(url, { headers })
    await response.arrayBuffer()
    if (response.status !== 200) throw new Error(`${url}: ${response.status}`)
    times.push(performance.now() - started)
  }
  return times.sort((a, b) => a - b)
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/**
 * req/s of the app's route against a bare route at 32 connections. The two take turns, so
 * drift on a shared machine (autovacuum, a neighbour's load) falls on both alike; the
 * figures are medians of the pairs, and every pair's ratio is shown.
 */
async function against(appUrl: string, bareUrl: string, headers: Record<string, string>, pairs = 7) {
  await load(bareUrl, 32, headers, 3) // warm up
  const runs: { bare: number, app: number }[] = []
  for (let i = 0; i < pairs; i++) {
    const bare = await load(bareUrl, 32, headers, 3)
    const app = await load(appUrl, 32, headers, 3)
    runs.push({ bare: bare.rps, app: app.rps })
  }
  const ratios = runs.map((run) => run.app / run.bare).sort((a, b) => a - b)
  return {
    app: median(runs.map((run) => run.app)),
    bare: median(runs.map((run) => run.bare)),
    text: `median of ${pairs} pairs ${median(ratios).toFixed(2)}× (pairs ${ratios.map((ratio) => ratio.toFixed(2)).join(', ')})`,
  }
}

async function benchSummary() {
  const { database, drop } = await freshDatabase()
  try {
    const period = await seedPeriod(database)
    const key = await database.db.transaction().execute((trx) =>
      createApiKey(trx, systemActor, { name: 'bench', role: 'reader', cityCode: '341700', leadUnitId: null }))
    const app = await buildApp({ database, edges: { rateLimitPerMinute: 10_000_000 } })
    await app.listen({ port: 0, host: '127.0.0.1' })
    const headers = { authorization: `Bearer ${key.key}` }
    const summaryUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/v1/cities/341700/periods/${period.id}/summary`
    const summaryBytes = Buffer.from(await (await fetch(summaryUrl, { headers })).arrayBuffer())
    // What the summary route does for a read of unchanged data, with nothing around it: the
    // same SQL (the key, the city with its revision) and the same bytes; no hooks, no schema.
    const bare = Fastify()
    bare.get('/same-sql', async (request, reply) => {
      const scope = await authenticate(database.db, request.headers.authorization!.slice('Bearer '.length))
      if (!scope || (await cityRevision(database.db, '341700')) === undefined) throw new Error('bench: no key or city')
      return reply.type('application/json; charset=utf-8').send(summaryBytes)
    })
    // And the statement a summary is computed from when the data has changed.
    bare.get('/rows', async () => reportRows(database.db, '341700', period.id, 2025, { text: false }))
    await bare.listen({ port: 0, host: '127.0.0.1' })
    const bareUrl = (route: string) => `http://127.0.0.1:${(bare.server.address() as AddressInfo).port}${route}`
    await load(summaryUrl, 8, headers) // warm up
    // Three runs, so one slow stretch of a shared machine shows as what it is.
    const at8 = [await load(summaryUrl, 8, headers, 4), await load(summaryUrl, 8, headers, 4), await load(summaryUrl, 8, headers, 4)]
    console.log(`summary of a 200-task period, 8 connections:  p99 ${median(at8.map((run) => run.p99))} ms, ` +
      `${median(at8.map((run) => run.rps)).toFixed(0)} req/s (median of 3 runs; p99s ${at8.map((run) => run.p99).join(', ')} ms; target p99 ≤ 20 ms)`)
    const cached = await against(summaryUrl, bareUrl('/same-sql'), headers)
    console.log(`summary, 32 connections: ${cached.app.toFixed(0)} req/s; the same SQL on a bare route: ${cached.bare.toFixed(0)} req/s ` +
      `→ ${cached.text} (target ≥ 0.9×)`)

    // Without the cache every read computes the summary: against its rows alone on a bare route.
    const uncached = await buildApp({ database, edges: { rateLimitPerMinute: 10_000_000 }, summaryCacheSize: 0 })
    await uncached.listen({ port: 0, host: '127.0.0.1' })
    const uncachedUrl = `http://127.0.0.1:${(uncached.server.address() as AddressInfo).port}/v1/cities/341700/periods/${period.id}/summary`
    await load(uncachedUrl, 8, headers) // warm up
    const uncached8 = await load(uncachedUrl, 8, headers)
    const computed = await against(uncachedUrl, bareUrl('/rows'), headers)
    console.log(`summary computed on every read (no cache), 8 connections: p99 ${uncached8.p99} ms, ${uncached8.rps.toFixed(0)} req/s; ` +
      `32 connections: ${computed.app.toFixed(0)} req/s; its rows on a bare route: ${computed.bare.toFixed(0)} req/s → ${computed.text}`)
    await uncached.close()

    // A read right after a write computes the summary again: the cost a changed period pays once.
    let n = 0
    const write = () => sql`update progress_entries set remarks = ${`第${++n}次`} where period_id = ${period.id} and task_id = (
      select id from tasks where city_code = '341700' and seq = 1)`.execute(database.db)
    const recomputed = await sequential(summaryUrl, headers, 200, write)
    const rows = await sequential(bareUrl('/rows'), {}, 200, write)
    console.log(`summary read after a write (recomputed), one at a time: median ${ms(percentile(recomputed, 50))}, p99 ${ms(percentile(recomputed, 99))}; ` +
      `its rows alone on a bare route: median ${ms(percentile(rows, 50))}`)
    await bare.close()
    await app.close()
  } finally {
    await drop()
  }
}

console.log(`duban benchmark on ${serverUrl ? 'PostgreSQL server (DATABASE_URL)' : 'embedded PostgreSQL (set DATABASE_URL for real figures)'}`)
// `npm run bench -- summary` runs one part; no argument runs both.
const only = process.argv[2]
if (only !== undefined && only !== 'import' && only !== 'summary') throw new Error(`bench: no part "${only}" (import, summary)`)
if (only !== 'summary') await benchImport()
if (only !== 'import') await benchSummary()
