/**
 * duban against the limit of its own stack, in one run: each hot route served by the built
 * server (node dist/src/server.js, default settings) and by bench/bare.ts (one hand-written
 * statement a route, no hooks) on the same synthetic tables, each in a process of its own,
 * loaded from a third (bench/load.ts). Targets take turns within each round, the order
 * flipping every round, so a slow stretch of a shared machine falls on both alike; figures
 * are medians over the rounds, the ratio the median of the rounds' ratios.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { isDeepStrictEqual, promisify } from 'node:util'
import { sql } from 'kysely'
import { createApiKey } from '../src/features/keys/keys.service.js'
import { systemActor } from '../src/db/audit.js'
import { insertCity } from '../src/features/cities/cities.service.js'
import { openScratchDatabase } from '../src/db/scratch.js'
import { runImport } from '../src/features/imports/imports.service.js'
import type { LoadPlan, LoadResult } from './load.js'
import { serverArgs } from '../src/nodeFlags.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const execFileAsync = promisify(execFile)

export interface CompareOptions {
  serverUrl: string
  sizes: Size[]
  seconds: number
  rounds: number
  connections: number[]
  only?: string[]
  out: string
  /** NODE_OPTIONS for duban and bare (a heap limit, say); the build and the load generator run without them. */
  serverNodeOptions?: string
  /** A folder: duban (the one with the cache) runs with `--cpu-prof` and writes its profile there when stopped. */
  profileDir?: string
}

export interface Size { name: string, cities: number, tasks: number, periods: number }
export const SIZES: Record<string, Size> = {
  '10k': { name: '10k', cities: 5, tasks: 200, periods: 10 },
  '720k': { name: '720k', cities: 300, tasks: 200, periods: 12 },
}

interface Target {
  name: string
  /** What the issue's targets call it: reads ≥ 0.9× their bare route, writes ≥ 0.8×. */
  kind: 'read' | 'write'
  duban: LoadPlan
  bare: LoadPlan
  /** The two must answer with the same JSON. */
  same?: boolean
  /** Keys duban sends that the bare route does not make (its own judgement, e.g. an entry's flags of copied text), at any depth: left out of the comparison. */
  beyondBare?: string[]
}

interface Side { rps: number, p50: number, p99: number, errors: number, cpuMsPerRequest: number }
interface Row { size: string, target: string, kind: string, connections: number, duban: Side, bare: Side, ratio: number, ratios: number[] }

const freePort = () => new Promise<number>((resolve, reject) => {
  const server = createServer()
  server.once('error', reject)
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number }
    server.close(() => resolve(port))
  })
})

/** A JSON value with these keys left out at any depth. */
const withoutKeys = (value: unknown, keys: Set<string>): unknown => Array.isArray(value)
  ? value.map((item) => withoutKeys(item, keys))
  : value !== null && typeof value === 'object'
    ? Object.fromEntries(Object.entries(value).filter(([key]) => !keys.has(key)).map(([key, item]) => [key, withoutKeys(item, keys)]))
    : value

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** CPU time (user + system, ms) a process has used so far, from /proc. */
async function cpuMs(pid: number) {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
}

interface Heap { heapUsed: number, heapTotal: number, external: number }

/** duban's heap figures, from the Node.js default metrics in its /metrics. */
async function dubanHeap(url: string): Promise<Heap> {
  const token = process.env.METRICS_TOKEN
  const text = await (await fetch(`${url}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} })).text()
  const gauge = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)![1])
  return { heapUsed: gauge('nodejs_heap_size_used_bytes'), heapTotal: gauge('nodejs_heap_size_total_bytes'), external: gauge('nodejs_external_memory_bytes') }
}

/** A server's resident memory now and at its peak (from /proc), and what of it is the JavaScript heap now. */
async function memory(running: Running, heap: (url: string) => Promise<Heap>) {
  const status = await readFile(`/proc/${running.process.pid}/status`, 'utf8')
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)![1]) / 1024
  const { heapUsed, heapTotal, external } = await heap(running.url)
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20)
  return { rssMb: Math.round(kb('VmRSS')), peakMb: Math.round(kb('VmHWM')), heapUsedMb: mb(heapUsed), heapTotalMb: mb(heapTotal), externalMb: mb(external) }
}

const bareHeap = async (url: string): Promise<Heap> => (await fetch(`${url}/memory`)).json() as Promise<Heap>

interface Running { process: ChildProcess, url: string, stop(): Promise<void> }

async function start(name: string, args: string[], env: Record<string, string>, ready: string): Promise<Running> {
  const port = await freePort()
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] })
  let errors = ''
  child.stderr!.on('data', (chunk: Buffer) => { errors += chunk.toString() })
  child.stdout!.resume()
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited: ${errors}`)
    const up = await fetch(`${url}${ready}`).then((response) => response.status < 500, () => false)
    if (up) break
    if (i > 600) throw new Error(`${name} did not start: ${errors}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    process: child,
    url,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    }),
  }
}

async function load(plan: LoadPlan, pid: number): Promise<Side> {
  const before = await cpuMs(pid)
  const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', path.join(root, 'bench/load.ts'), JSON.stringify(plan)],
    { cwd: root, maxBuffer: 16 * 1024 * 1024 })
  const used = (await cpuMs(pid)) - before
  const result = JSON.parse(stdout) as LoadResult
  return { rps: result.rps, p50: result.p50, p99: result.p99, errors: result.errors + result.non2xx, cpuMsPerRequest: result.requests ? used / result.requests : 0 }
}

async function body(url: string, headers: Record<string, string>) {
  const response = await fetch(url, { headers })
  if (response.status !== 200) throw new Error(`${url}: ${response.status} ${await response.text()}`)
  return Buffer.from(await response.arrayBuffer())
}

async function benchSize(options: CompareOptions, size: Size): Promise<{ rows: Row[], memory: Record<string, unknown> }> {
  // Setting up (vacuum analyze of 720k entries and their search documents) runs without the request timeouts.
  const scratch = await openScratchDatabase(options.serverUrl, 4, { statementTimeoutMillis: 0 })
  const db = scratch.database.db
  const started = Date.now()
  try {
    await execFileAsync(process.execPath, ['--import', 'tsx', 'bench/seed-synthetic.ts', '--cities', String(size.cities),
      '--tasks', String(size.tasks), '--periods', String(size.periods)], { cwd: root, env: { ...process.env, DATABASE_URL: scratch.url } })
    // 淮南's real report beside the synthetic cities: long progress texts, 262 rows.
    await db.transaction().execute((trx) => insertCity(trx, systemActor, { code: '340400', name: '淮南市', province: '安徽省' }))
    const document = await readFile(path.join(root, 'test/fixtures/seeds/huainan-2023-q1.txt'), 'utf8')
    await runImport(db, { apiKeyId: null, requestId: 'bench' }, '340400', { document, sourceName: 'huainan-2023-q1.txt' })
    await sql`vacuum analyze`.execute(db)
    const entries = await db.selectFrom('progressEntries').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    console.log(`${size.name}: ${entries.n} entries seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`)

    const city = (await db.selectFrom('cities').select('code').where('code', '<>', '340400').orderBy('code').executeTakeFirstOrThrow()).code
    const period = await db.selectFrom('periods').selectAll().where('cityCode', '=', city).where('state', '=', 'open')
      .orderBy('endsOn', 'desc').executeTakeFirstOrThrow()
    const task = await db.selectFrom('tasks').select('id').where('cityCode', '=', city).where('year', '=', period.year)
      .orderBy('seq').offset(Math.floor(size.tasks / 2)).executeTakeFirstOrThrow()
    const writable = await db.selectFrom('progressEntries as e').innerJoin('tasks as t', 't.id', 'e.taskId')
      .select(['e.taskId']).where('e.cityCode', '=', city).where('e.periodId', '=', period.id)
      .orderBy('t.seq').limit(2 * Math.max(...options.connections)).execute()
    // The synthetic entries are all accepted and the period has no deadline: for compliance to
    // count and light every kind, a deadline tomorrow and a mix of states on the entries no PUT writes.
    await sql`update periods set due_at = now() + interval '1 day' where city_code = ${city} and id = ${period.id}`.execute(db)
    await sql`
      update progress_entries set state = (array['draft', 'submitted', 'returned', 'accepted'])[1 + id % 4],
        late = id % 3 = 0, submitted_at = case when id % 4 in (1, 2) then now() - interval '1 hour' end
      where city_code = ${city} and period_id = ${period.id} and not (task_id = any(${writable.map((entry) => entry.taskId)}::bigint[]))
    `.execute(db)
    const huainan = await db.selectFrom('periods').select('id').where('cityCode', '=', '340400').executeTakeFirstOrThrow()
    const [office, reader] = await db.transaction().execute(async (trx) => [
      await createApiKey(trx, systemActor, { name: 'bench office', role: 'city_office', cityCode: city, leadUnitId: null }),
      await createApiKey(trx, systemActor, { name: 'bench reader', role: 'reader', cityCode: '340400', leadUnitId: null }),
    ])

    const env = { DATABASE_URL: scratch.url!, RATE_LIMIT_PER_MINUTE: '1000000000', NODE_ENV: 'production',
      ...(options.serverNodeOptions ? { NODE_OPTIONS: options.serverNodeOptions } : {}) }
    const profile = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : []
    const duban = await start('duban', serverArgs(...profile), env, '/readyz')
    const uncached = await start('duban (no summary cache)', serverArgs(), { ...env, SUMMARY_CACHE_SIZE: '0' }, '/readyz')
    const bare = await start('bare', ['--import', 'tsx', 'bench/bare.ts'], env, '/')
    try {
      const auth = { authorization: `Bearer ${office.key}` }
      const plan = (base: string, route: string, headers = auth): LoadPlan => ({ url: `${base}${route}`, connections: 0, seconds: options.seconds, headers })
      const v1 = `/v1/cities/${city}`
      const putBody = JSON.stringify({ status: 'on_track', progress: '1-5月份,完成投资12.5亿元,占年度计划的45%。', nextSteps: '持续推进项目建设。', remarks: '' })
      const putPlan = (base: string, prefix: string): LoadPlan => ({
        ...plan(base, `${prefix}/tasks/${writable[0]!.taskId}/progress/${period.id}`),
        put: { paths: writable.map((entry) => `${prefix}/tasks/${entry.taskId}/progress/${period.id}`), body: putBody },
      })
      const targets = ([
        { name: 'one task', kind: 'read', same: true, duban: plan(duban.url, `${v1}/tasks/${task.id}`), bare: plan(bare.url, `/cities/${city}/tasks/${task.id}`) },
        { name: 'task list (50, lead units)', kind: 'read', same: true, duban: plan(duban.url, `${v1}/tasks?year=${period.year}&limit=50`),
          bare: plan(bare.url, `/cities/${city}/tasks?year=${period.year}&limit=50`) },
        { name: 'entries status=behind', kind: 'read', same: true, beyondBare: ['flags'], duban: plan(duban.url, `${v1}/periods/${period.id}/progress?status=behind`),
          bare: plan(bare.url, `/cities/${city}/periods/${period.id}/progress?status=behind`) },
        { name: 'compliance', kind: 'read', same: true, beyondBare: ['flags'], duban: plan(duban.url, `${v1}/periods/${period.id}/compliance`),
          bare: plan(bare.url, `/cities/${city}/periods/${period.id}/compliance`) },
        { name: 'search 消费', kind: 'read', same: true, duban: plan(duban.url, `${v1}/search?q=${encodeURIComponent('消费')}`),
          bare: plan(bare.url, `/cities/${city}/search?q=${encodeURIComponent('消费')}`) },
        { name: 'search 新能源汽车 未达预期', kind: 'read', same: true, duban: plan(duban.url, `${v1}/search?q=${encodeURIComponent('新能源汽车 未达预期')}`),
          bare: plan(bare.url, `/cities/${city}/search?q=${encodeURIComponent('新能源汽车 未达预期')}`) },
        { name: 'PUT entry, If-Match', kind: 'write', duban: putPlan(duban.url, v1), bare: putPlan(bare.url, `/durable/cities/${city}`) },
        { name: 'PUT entry, If-Match (minimal bare)', kind: 'write', duban: putPlan(duban.url, v1), bare: putPlan(bare.url, `/cities/${city}`) },
        { name: 'summary, cached', kind: 'read', duban: plan(duban.url, `${v1}/periods/${period.id}/summary`),
          bare: plan(bare.url, `/cities/${city}/periods/${period.id}/cached/summary`) },
        { name: 'summary, computed', kind: 'read', duban: plan(uncached.url, `${v1}/periods/${period.id}/summary`),
          bare: plan(bare.url, `/cities/${city}/periods/${period.id}/rows`) },
        { name: 'period table json, cached', kind: 'read', duban: plan(duban.url, `${v1}/periods/${period.id}/report?format=json`),
          bare: plan(bare.url, `/cities/${city}/periods/${period.id}/cached/report`) },
        { name: 'period table json, computed', kind: 'read', duban: plan(uncached.url, `${v1}/periods/${period.id}/report?format=json`),
          bare: plan(bare.url, `/cities/${city}/periods/${period.id}/table`) },
        { name: '淮南 report json (262 rows)', kind: 'read', duban: plan(duban.url, `/v1/cities/340400/periods/${huainan.id}/report?format=json`,
          { authorization: `Bearer ${reader.key}` }), bare: plan(bare.url, `/cities/340400/periods/${huainan.id}/cached/report`) },
        { name: '淮南 compliance (262 tasks)', kind: 'read', same: true, beyondBare: ['flags'], duban: plan(duban.url, `/v1/cities/340400/periods/${huainan.id}/compliance`,
          { authorization: `Bearer ${reader.key}` }), bare: plan(bare.url, `/cities/340400/periods/${huainan.id}/compliance`) },
      ] satisfies Target[]).filter((target) => !options.only || options.only.some((word) => target.name.includes(word)))

      // What the bare routes serve from memory is what duban sent; the rest must match it.
      const handOver = async (target: string, city: string, periodId: number, what: string) => {
        const bytes = await body(target, { authorization: target.includes('340400') ? `Bearer ${reader.key}` : auth.authorization })
        await fetch(`${bare.url}/cities/${city}/periods/${periodId}/cached/${what}`, { method: 'PUT', body: bytes, headers: { 'content-type': 'application/octet-stream' } })
      }
      await handOver(`${duban.url}${v1}/periods/${period.id}/summary`, city, period.id, 'summary')
      await handOver(`${duban.url}${v1}/periods/${period.id}/report?format=json`, city, period.id, 'report')
      await handOver(`${duban.url}/v1/cities/340400/periods/${huainan.id}/report?format=json`, '340400', huainan.id, 'report')
      for (const target of targets.filter((each) => each.same)) {
        const [ours, theirs] = await Promise.all([body(target.duban.url, target.duban.headers), body(target.bare.url, {})])
        const beyond = new Set(target.beyondBare ?? [])
        if (!isDeepStrictEqual(withoutKeys(JSON.parse(ours.toString()), beyond), withoutKeys(JSON.parse(theirs.toString()), beyond))) {
          const [a, b] = [ours.toString(), theirs.toString()]
          let at = 0
          while (at < a.length && a[at] === b[at]) at++
          const around = (text: string) => text.slice(Math.max(0, at - 200), at + 200)
          throw new Error(`${target.name}: the bare route does not answer as duban does (from character ${at})\nduban …${around(a)}\nbare  …${around(b)}`)
        }
      }

      const rows: Row[] = []
      for (const connections of options.connections) {
        for (const target of targets) {
          const pidOf = (plan: LoadPlan) => (plan.url.startsWith(bare.url) ? bare : plan.url.startsWith(uncached.url) ? uncached : duban).process.pid!
          const warm = (plan: LoadPlan) => load({ ...plan, connections, seconds: 1 }, pidOf(plan))
          await warm(target.duban)
          await warm(target.bare)
          const runs: { duban: Side, bare: Side }[] = []
          for (let round = 0; round < options.rounds; round++) {
            const run = async (plan: LoadPlan) => load({ ...plan, connections }, pidOf(plan))
            if (round % 2 === 0) {
              const d = await run(target.duban)
              runs.push({ duban: d, bare: await run(target.bare) })
            } else {
              const b = await run(target.bare)
              runs.push({ bare: b, duban: await run(target.duban) })
            }
          }
          const sideOf = (pick: (run: { duban: Side, bare: Side }) => Side): Side => ({
            rps: median(runs.map((run) => pick(run).rps)), p50: median(runs.map((run) => pick(run).p50)),
            p99: median(runs.map((run) => pick(run).p99)), errors: runs.reduce((sum, run) => sum + pick(run).errors, 0),
            cpuMsPerRequest: median(runs.map((run) => pick(run).cpuMsPerRequest)),
          })
          const ratios = runs.map((run) => run.duban.rps / run.bare.rps)
          const row = { size: size.name, target: target.name, kind: target.kind, connections,
            duban: sideOf((run) => run.duban), bare: sideOf((run) => run.bare), ratio: median(ratios), ratios }
          rows.push(row)
          console.log(format(row))
        }
      }
      const mem = {
        duban: await memory(duban, dubanHeap), dubanUncached: await memory(uncached, dubanHeap), bare: await memory(bare, bareHeap),
      }
      const line = (m: Awaited<ReturnType<typeof memory>>) =>
        `RSS ${m.rssMb} MB (peak ${m.peakMb}; heap ${m.heapUsedMb} MB used of ${m.heapTotalMb}, ${m.externalMb} MB outside it)`
      console.log(`${size.name} memory after the run: duban ${line(mem.duban)}, without cache ${line(mem.dubanUncached)}, bare ${line(mem.bare)}`)
      return { rows, memory: mem }
    } finally {
      await Promise.all([duban.stop(), uncached.stop(), bare.stop()])
    }
  } finally {
    await scratch.drop()
  }
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - [...text].length - [...text].filter((c) => c > '\u2e80').length))
const num = (value: number, digits = 0) => value.toFixed(digits).padStart(7)

function format(row: Row) {
  return `${pad(row.size, 5)} ${pad(row.target, 30)} ${String(row.connections).padStart(3)}c  ` +
    `duban ${num(row.duban.rps)} req/s p50 ${num(row.duban.p50, 1)} p99 ${num(row.duban.p99, 1)} ` +
    `cpu ${row.duban.cpuMsPerRequest.toFixed(2)} ms | bare ${num(row.bare.rps)} req/s p50 ${num(row.bare.p50, 1)} p99 ${num(row.bare.p99, 1)} cpu ${row.bare.cpuMsPerRequest.toFixed(2)} ms` +
    ` | ${row.ratio.toFixed(2)}× (${row.ratios.map((ratio) => ratio.toFixed(2)).join(' ')}) errors ${row.duban.errors + row.bare.errors}`
}

export async function benchCompare(options: CompareOptions) {
  // duban is measured as it ships: the built server.
  await execFileAsync('npm', ['run', '-s', 'build'], { cwd: root })
  const results = []
  for (const size of options.sizes) results.push({ size, ...(await benchSize(options, size)) })
  const rows = results.flatMap((result) => result.rows)
  console.log('\nsize  route                          conn   duban req/s  p50   p99 |  bare req/s  p50   p99 | duban/bare')
  for (const row of rows) {
    console.log(`${pad(row.size, 5)} ${pad(row.target, 30)} ${String(row.connections).padStart(3)}  ${num(row.duban.rps)} ${num(row.duban.p50, 1)} ${num(row.duban.p99, 1)} | ` +
      `${num(row.bare.rps)} ${num(row.bare.p50, 1)} ${num(row.bare.p99, 1)} | ${row.ratio.toFixed(2)}×${row.duban.errors + row.bare.errors ? ` errors ${row.duban.errors + row.bare.errors}` : ''}`)
  }
  await writeFile(options.out, JSON.stringify({ at: new Date().toISOString(), seconds: options.seconds, rounds: options.rounds, results }, null, 2))
  console.log(`written to ${options.out}`)
}
