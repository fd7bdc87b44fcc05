/**
 * The write load, the ledger of acknowledged writes, and the read-back that counts what was lost.
 *
 * Each worker owns a set of (task, period) entries that no other worker writes, and writes them
 * one request at a time, each PUT with a text that names the worker and a counter that only
 * grows. An acknowledged PUT (2xx) is found when its entry holds that worker's text with the
 * same or a later counter (a later write, acknowledged or not, may rightly replace it); lost
 * when the entry is missing or holds an earlier counter. Each acknowledged create (POST with
 * its own Idempotency-Key and seq) is found when the task with that seq exists with that id
 * and title.
 */
import http from 'node:http'
import pg from 'pg'
import { problemCode, json, type Reply, replyIssues, request, sleep } from './http.js'

export type Kind = 'put' | 'create' | 'read' | 'readyz' | 'probe'
export type Phase = 'before' | 'fault' | 'after'

export interface Rec {
  kind: Kind
  city: string
  taskId?: number
  status: number
  code?: string
  error?: string
  retryAfter?: string
  bytes: number
  start: number
  end: number
  ms: number
  scenario: string
  phase: Phase
  issues: string[]
  label?: string
  /** What a write sent that the database would hold if it committed: a PUT's progress text, a create's title. */
  written?: string
}

export interface CityFixture { code: string, periodId: number, leadUnitId: number, taskIds: number[] }

/** Writers of one entry take turns (a worker, or one scenario's own writer): each acknowledgement names its writer. */
interface EntryLedger { city: string, taskId: number, periodId: number, acks: { owner: string, counter: number, scenario: string }[] }
interface CreateAck { city: string, seq: number, title: string, id: number, scenario: string }

/** What one call of the harness may add to a request. */
type CallOptions = {
  body?: object | string | Buffer
  headers?: Record<string, string>
  taskId?: number
  timeoutMs?: number
  label?: string
  written?: string
  agent?: http.Agent | false
  record?: boolean
}

export class Harness {
  base = ''
  key = ''
  agent = new http.Agent({ keepAlive: true, maxSockets: 64 })
  scenario = 'setup'
  phase: Phase = 'before'
  records: Rec[] = []
  readonly runId = Date.now().toString(36)
  cities: CityFixture[] = []
  private entries = new Map<string, EntryLedger>()
  private creates: CreateAck[] = []
  private loadRunning = false
  private loops: Promise<void>[] = []
  private createSeq = new Map<number, number>()
  /** Tasks no worker owns, kept for single scenarios (c holds the first one's lock). */
  reserved: { city: string, taskId: number, periodId: number }[] = []

  constructor(readonly pgPort: number, readonly databaseUrl: string) {}

  setServer(base: string) {
    this.base = base
    this.agent.destroy()
    this.agent = new http.Agent({ keepAlive: true, maxSockets: 64 })
  }

  /** One request, recorded with the scenario and phase it started in. */
  async call(kind: Kind, city: string, method: string, path: string, options: CallOptions = {}): Promise<Reply> {
    const scenario = this.scenario
    const phase = this.phase
    const headers: Record<string, string> = { authorization: `Bearer ${this.key}`, ...(options.headers ?? {}) }
    const reply = await request(this.base, path, { method, headers, body: options.body, timeoutMs: options.timeoutMs ?? 20_000,
      agent: options.agent ?? this.agent })
    if (options.record !== false) {
      this.records.push({
        kind, city, taskId: options.taskId, status: reply.status, code: reply.status >= 300 ? problemCode(reply) : undefined, error: reply.error,
        retryAfter: reply.headers['retry-after'] as string | undefined, bytes: reply.bytes, start: reply.start, end: reply.end, ms: reply.ms,
        scenario, phase, issues: replyIssues(reply, this.pgPort), label: options.label, written: options.written,
      })
    }
    return reply
  }

  /** Must answer 2xx (setup only). */
  async must(method: string, path: string, body?: object): Promise<Record<string, unknown>> {
    const reply = await request(this.base, path, { method, headers: { authorization: `Bearer ${this.key}` }, body, timeoutMs: 20_000, agent: this.agent })
    if (reply.status < 200 || reply.status >= 300) throw new Error(`setup ${method} ${path}: ${reply.status} ${reply.error ?? ''} ${reply.body.slice(0, 500)}`)
    return json(reply) ?? {}
  }

  async setup(cityCodes: { code: string, name: string }[], tasksPerCity: number) {
    for (const { code, name } of cityCodes) {
      await this.must('POST', '/v1/cities', { code, name, province: '安徽省' })
      const period = await this.must('POST', `/v1/cities/${code}/periods`,
        { year: 2025, label: '1-5月份', kind: 'month_cumulative', startsOn: '2025-01-01', endsOn: '2025-05-31' })
      const unit = await this.must('POST', `/v1/cities/${code}/lead-units`, { name: '市发展改革委' })
      const taskIds: number[] = []
      for (let seq = 1; seq <= tasksPerCity; seq++) {
        const task = await this.must('POST', `/v1/cities/${code}/tasks`,
          { year: 2025, seq, title: `故障演练任务第${seq}项`, leadUnits: [{ leadUnitId: unit.id, role: 'lead' }] })
        taskIds.push(Number(task.id))
      }
      this.cities.push({ code, periodId: Number(period.id), leadUnitId: Number(unit.id), taskIds })
    }
  }

  /** Workers per city; task 0 of each city is reserved, the rest dealt out round robin. */
  startLoad(workersPerCity = 3, pauseMs = 30) {
    if (this.loadRunning) return
    this.loadRunning = true
    this.reserved = this.cities.map((city) => ({ city: city.code, taskId: city.taskIds[0]!, periodId: city.periodId }))
    let w = 0
    for (const city of this.cities) {
      for (let slot = 0; slot < workersPerCity; slot++, w++) {
        const owned = city.taskIds.slice(1).filter((_, i) => i % workersPerCity === slot)
        this.loops.push(this.worker(w, city, owned, pauseMs))
      }
    }
    this.loops.push(this.readyPoller())
  }

  async stopLoad() {
    this.loadRunning = false
    await Promise.all(this.loops)
    this.loops = []
  }

  private counters = new Map<string, number>()
  progressText(owner: string) {
    const counter = (this.counters.get(owner) ?? 0) + 1
    this.counters.set(owner, counter)
    return { counter, text: `f-${this.runId}-w${owner}-n${counter}` }
  }

  /** One PUT of an entry, ledgered when acknowledged. */
  async putEntry(owner: string, city: string, taskId: number, periodId: number, label?: string) {
    const { counter, text } = this.progressText(owner)
    const scenario = this.scenario
    const reply = await this.call('put', city, 'PUT', `/v1/cities/${city}/tasks/${taskId}/progress/${periodId}`,
      { body: { status: 'on_track', progress: text, nextSteps: '' }, taskId, label, written: text })
    if (reply.status >= 200 && reply.status < 300) {
      const key = `${city}:${taskId}:${periodId}`
      let entry = this.entries.get(key)
      if (!entry) this.entries.set(key, entry = { city, taskId, periodId, acks: [] })
      entry.acks.push({ owner, counter, scenario })
    }
    return reply
  }

  private async worker(w: number, city: CityFixture, owned: number[], pauseMs: number) {
    let i = 0
    let pending: { key: string, seq: number, title: string, tries: number } | undefined
    const hardStop = Date.now() + 10 * 60_000
    while (this.loadRunning && Date.now() < hardStop && owned.length > 0) {
      i++
      let reply: Reply
      if (i % 5 === 0 || pending) {
        if (!pending) {
          const n = (this.createSeq.get(w) ?? 0) + 1
          this.createSeq.set(w, n)
          const seq = 1000 + w * 5000 + n
          pending = { key: `fault-${this.runId}-w${w}-c${n}`, seq, title: `fault-create-${this.runId}-w${w}-c${n}`, tries: 0 }
        }
        const create = pending
        create.tries++
        const scenario = this.scenario
        reply = await this.call('create', city.code, 'POST', `/v1/cities/${city.code}/tasks`, {
          headers: { 'idempotency-key': create.key }, written: create.title,
          body: { year: 2025, seq: create.seq, title: create.title, leadUnits: [{ leadUnitId: city.leadUnitId, role: 'lead' }] },
        })
        if (reply.status >= 200 && reply.status < 300) {
          this.creates.push({ city: city.code, seq: create.seq, title: create.title, id: Number(json(reply)?.id), scenario })
          pending = undefined
        } else if (reply.status === 0 || reply.status >= 500 || problemCode(reply) === 'idempotency_in_flight') {
          // retried with the same key, as a client should; given up after a few tries (then unknown, not counted)
          if (create.tries >= 8) pending = undefined
        } else {
          pending = undefined
        }
      } else {
        const taskId = owned[i % owned.length]!
        reply = await this.putEntry(String(w), city.code, taskId, city.periodId)
      }
      await sleep(reply.status >= 200 && reply.status < 300 ? pauseMs : 200)
    }
  }

  private async readyPoller() {
    const hardStop = Date.now() + 10 * 60_000
    while (this.loadRunning && Date.now() < hardStop) {
      await this.call('readyz', '', 'GET', '/readyz', { timeoutMs: 10_000 })
      await sleep(200)
    }
  }

  /**
   * The read-back must catch a loss: one real acknowledged PUT, then a fabricated acknowledgement of a
   * later write to that entry and of a create that was never sent; verify must count exactly those two lost.
   */
  async selfCheck(): Promise<string | undefined> {
    this.scenario = 'self-check'
    const city = this.cities[1]!
    const reply = await this.putEntry('S', city.code, city.taskIds[0]!, city.periodId)
    if (reply.status < 200 || reply.status >= 300) return `the PUT answered ${reply.status} ${reply.body.slice(0, 200)}`
    const entry = this.entries.get(`${city.code}:${city.taskIds[0]}:${city.periodId}`)!
    entry.acks.push({ owner: 'S', counter: entry.acks.at(-1)!.counter + 1, scenario: 'self-check' })
    this.creates.push({ city: city.code, seq: 99_999, title: `fault-create-${this.runId}-never-sent`, id: 1, scenario: 'self-check' })
    const counts = await this.verify('self-check')
    this.records = this.records.filter((r) => r.scenario !== 'self-check')
    return counts.acknowledged === 3 && counts.found === 1 && counts.lost === 2 ? undefined
      : `wanted 3 acknowledged, 1 found, 2 lost; counted ${counts.acknowledged}, ${counts.found}, ${counts.lost}`
  }

  /** Reads every ledgered write back from the database and counts the scenario's. */
  async verify(scenario: string): Promise<{ acknowledged: number, found: number, lost: number, lostDetail: string[] }> {
    const client = new pg.Client({ connectionString: this.databaseUrl, connectionTimeoutMillis: 10_000, query_timeout: 30_000 })
    await client.connect()
    try {
      const stored = new Map<string, string>()
      const rows = await client.query<{ city_code: string, task_id: string, period_id: string, progress: string }>(
        'select city_code, task_id, period_id, progress from progress_entries where progress like $1', [`f-${this.runId}-%`])
      for (const row of rows.rows) stored.set(`${row.city_code}:${row.task_id}:${row.period_id}`, row.progress)
      const tasks = new Map<string, { id: number, title: string }>()
      const taskRows = await client.query<{ city_code: string, seq: number, id: string, title: string }>(
        'select city_code, seq, id, title from tasks where title like $1', [`fault-create-${this.runId}-%`])
      for (const row of taskRows.rows) tasks.set(`${row.city_code}:${row.seq}`, { id: Number(row.id), title: row.title })
      let acknowledged = 0
      let found = 0
      const lostDetail: string[] = []
      for (const [key, entry] of this.entries) {
        const text = stored.get(key)
        const match = text ? /-w([^-]+)-n(\d+)$/.exec(text) : null
        for (const ack of entry.acks) {
          if (ack.scenario !== scenario) continue
          acknowledged++
          if (match && match[1] === ack.owner && Number(match[2]) >= ack.counter) found++
          else lostDetail.push(`entry ${key}: acknowledged n${ack.counter} (writer ${ack.owner}), stored ${text ?? 'nothing'}`)
        }
      }
      for (const ack of this.creates) {
        if (ack.scenario !== scenario) continue
        acknowledged++
        const task = tasks.get(`${ack.city}:${ack.seq}`)
        if (task && task.id === ack.id && task.title === ack.title) found++
        else lostDetail.push(`create ${ack.city} seq ${ack.seq}: acknowledged id ${ack.id}, stored ${task ? `id ${task.id}` : 'nothing'}`)
      }
      return { acknowledged, found, lost: acknowledged - found, lostDetail }
    } finally {
      await client.end().catch(() => {})
    }
  }
}

export function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!
}

/**
 * What a suite that owns processes and folders does whichever way it ends: `cleanup` when the
 * process exits (a signal exits 130 after saying so), and past its budget it prints what it has
 * (`report`) and fails.
 */
export function guardSuite(name: string, budgetMs: number, cleanup: () => void, report: () => void) {
  process.on('exit', cleanup)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      console.error(`${name}: ${signal}, cleaning up`)
      process.exit(130)
    })
  }
  setTimeout(() => {
    console.error(`${name}: over its budget of ${budgetMs / 1000} s, giving up`)
    report()
    console.log('VERDICT: FAIL (timed out)')
    process.exit(1)
  }, budgetMs).unref()
}
