/**
 * The failover test: `npm run test:failover`. The deployment example of deploy/ha/ brought up
 * whole on this machine (etcd, two Patroni nodes in synchronous mode, HAProxy on Patroni's
 * GET /primary: stack.ts), two duban processes (`node dist/src/server.js`) whose DATABASE_URL
 * leads through HAProxy, 8 writers across both, and under that load the faults:
 *
 *   kill        kill -9 of the primary's postmaster (Patroni fails over: primary_start_timeout 0)
 *   switchover  `patronictl switchover --force` to the synchronous standby
 *   inplace     kill -9 of the primary's postmaster restarted in place: for this fault alone the cluster's
 *               primary_start_timeout is 300 (as when no standby could take over), so Patroni recovers it where it is
 *   standby     (only when asked for) kill -9 of the synchronous standby's postmaster, which Patroni restarts in
 *               place: commits wait for it (~2 s), and a write queued behind their row locks may get 409 row_locked
 *
 * Each fault asserts: every acknowledged write committed once and is there on the new primary
 * (none lost); nothing committed that no request could have written (no phantom: a text never
 * sent, one committed twice, or one whose request was refused); every answer of the switch not
 * 2xx is a 503 with Retry-After, never a 500 or a dropped request; the first 2xx within 10 s of the
 * fault; the same two duban processes alive; the old primary back as the synchronous standby
 * before the next fault. After the faults: every event of the cities was delivered to the
 * webhook receiver exactly once, and the reminders falling due during each switch were written
 * once. Prints one row per fault, VERDICT: PASS or FAIL with each breach; exits 1 on a breach.
 * Not part of `npm test` (no `.test.ts`).
 *
 * FAILOVER_FAULTS=kill,switchover,inplace,standby picks the faults (default kill,switchover,inplace, in that order);
 * FAULTS_SKIP_BUILD=1 uses dist/ as it is; FAILOVER_KEEP=1 keeps the folder of configurations,
 * data and logs.
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { Test } from 'tap'
import { EVENT_TYPES } from '../../src/shared/values.js'
import { guardSuite, Harness, type Rec } from '../faults/harness.js'
import { json, request, sleep } from '../faults/http.js'
import { adminKey, freePort, root, ServerProcess, serviceEnv } from '../faults/server.js'
import { receiver } from '../receiver.js'
import { checkExampleEnv, describe, type Member, Stack, testTimings } from './stack.js'

const SUITE_BUDGET_MS = 9 * 60_000
const FIRST_OK_BOUND_MS = 10_000
const LOAD_BEFORE_MS = 5000
const LOAD_AFTER_MS = 15_000
const REJOIN_BOUND_MS = 90_000
const WORKERS_PER_CITY = 2

interface Fault {
  id: string
  name: string
  /** What becomes of the leader: another node takes over, it is restarted in place, or it stays (the standby's crash). */
  leader: 'new' | 'restarted' | 'stays'
  inject: (leader: string, standby: string) => Promise<string>
  /** Before the load starts, and once the fault is over (a setting of the cluster changed for the fault alone). */
  prepare?: () => Promise<string>
  restore?: () => Promise<string>
}

interface FaultResult {
  name: string
  kind: Fault['leader']
  leaderBefore?: string
  leaderAfter?: string
  newLeaderMs?: number
  firstOkMs?: number
  statuses: Map<string, number>
  acknowledged: number
  lost: number
  uncommitted: number
  phantom: number
  /**
   * When the database may have lost the recorded answer of a delivery made: from 1 s before the fault (a commit in flight
   * when it came) until 5 s after the last failed answer.
   */
  window?: { from: number, to: number }
  notes: string[]
  breaches: string[]
}

const results: FaultResult[] = []
const suiteBreaches: string[] = []
const suiteNotes: string[] = []
let stack: Stack | undefined
const servers: ServerProcess[] = []
let tmp: string | undefined
const teardowns: (() => Promise<void>)[] = []
const keep = process.env.FAILOVER_KEEP === '1'

function cleanupSync() {
  for (const server of servers) server.kill()
  stack?.cleanupSync(keep)
  if (keep && stack) console.log(`kept ${stack.dir}`)
  stack = undefined
  if (tmp) rmSync(tmp, { recursive: true, force: true })
  tmp = undefined
}
guardSuite('failover test', SUITE_BUDGET_MS, cleanupSync, printReport)

const ok = (r: Rec) => r.status >= 200 && r.status < 300
const isWrite = (r: Rec) => r.kind === 'put' || r.kind === 'create'
const statusKey = (r: Rec) => (r.status === 0 ? `no answer (${r.error ?? '?'})` : `${r.status}${r.code ? ` ${r.code}` : ''}${r.status === 503 && r.retryAfter === undefined ? ' without Retry-After' : ''}`)
const seconds = (ms: number | undefined) => (ms === undefined ? '-' : `${(ms / 1000).toFixed(1)} s`)

function countBy<T>(items: T[], key: (t: T) => string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
  return counts
}
const fmtCounts = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} × ${k}`).join(', ') || 'none'

/** Answers that say for certain nothing was written: refused before or instead of the write. Any other failure may have committed. */
const refused = (r: Rec) => (r.status >= 400 && r.status < 500) ||
  (r.status === 503 && ['database_read_only', 'database_busy', 'overloaded', 'shutting_down'].includes(r.code ?? ''))

// ---------------------------------------------------------------- the city whose reminders fall due during each switch

const REMIND_CITY = { code: '340100', name: '合肥市' }

async function setupReminderCity(h: Harness) {
  await h.must('POST', '/v1/cities', { ...REMIND_CITY, province: '安徽省' })
  const base = `/v1/cities/${REMIND_CITY.code}`
  const a = await h.must('POST', `${base}/lead-units`, { name: '市发展改革委' })
  const b = await h.must('POST', `${base}/lead-units`, { name: '市财政局' })
  const tasks: number[] = []
  for (const [seq, units] of [[1, [a.id]], [2, [a.id, b.id]], [3, [b.id]]] as const) {
    const task = await h.must('POST', `${base}/tasks`, {
      year: 2025, seq, title: `催办演练任务${seq}`, leadUnits: units.map((leadUnitId, i) => ({ leadUnitId, role: i === 0 ? 'lead' : 'support' })),
    })
    tasks.push(Number(task.id))
  }
  return { tasks, units: [Number(a.id), Number(b.id)] }
}

/** A period of the reminder city with its deadline at `dueAt`: at it the schedule owes each unit an overdue reminder and each task an entry.overdue. */
async function duePeriod(h: Harness, n: number, dueAt: Date) {
  const month = String(n).padStart(2, '0')
  const period = await h.must('POST', `/v1/cities/${REMIND_CITY.code}/periods`, {
    year: 2025, label: `故障演练${n}`, kind: 'custom', startsOn: `2025-${month}-01`, endsOn: `2025-${month}-28`, dueAt: dueAt.toISOString(),
  })
  return Number(period.id)
}

// ---------------------------------------------------------------- reading back

async function getJson(base: string, key: string, path: string) {
  const reply = await request(base, path, { headers: { authorization: `Bearer ${key}` }, timeoutMs: 20_000, agent: false })
  if (reply.status !== 200) throw new Error(`GET ${path}: ${reply.status} ${reply.body.slice(0, 300)}`)
  return json(reply) ?? {}
}

async function allPages(base: string, key: string, path: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = []
  let cursor: string | null = null
  do {
    const sep = path.includes('?') ? '&' : '?'
    const page = await getJson(base, key, `${path}${sep}limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
    items.push(...(page.items as Record<string, unknown>[]))
    cursor = page.nextCursor as string | null
  } while (cursor)
  return items
}

/**
 * What committed, by the audit trail each write keeps in its own transaction: how many times each
 * text the load could write was committed by a request (PUT progress texts; created task titles).
 */
async function commitRecord(url: string, harnesses: Harness[]) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000, query_timeout: 60_000 })
  await client.connect()
  try {
    const puts = await client.query<{ text: string, n: number }>(`select after->>'progress' as text, count(*)::int as n from audit_events
      where entity = 'progress_entry' and request_id is not null and after->>'progress' like any ($1) group by 1`, [harnesses.map((h) => `f-${h.runId}-w%`)])
    const creates = await client.query<{ text: string, n: number }>(`select after->>'title' as text, count(*)::int as n from audit_events
      where entity = 'task' and request_id is not null and after->>'title' like any ($1) group by 1`, [harnesses.map((h) => `fault-create-${h.runId}-%`)])
    // The harness's self-check writes as worker S, outside any fault.
    return new Map([...puts.rows, ...creates.rows].filter((row) => !/-wS-n\d+$/.test(row.text)).map((row) => [row.text, row.n]))
  } finally {
    await client.end().catch(() => {})
  }
}

/** The load's writes of one fault against the commit record: acknowledged and not committed once, or committed with no right to be. */
function judgeCommits(recs: Rec[], committed: Map<string, number>) {
  const byText = new Map<string, Rec[]>()
  for (const r of recs) if (isWrite(r) && r.written) byText.set(r.written, [...(byText.get(r.written) ?? []), r])
  const uncommitted: string[] = []
  const phantom: string[] = []
  let ambiguousCommitted = 0
  let ambiguous = 0
  for (const [text, attempts] of byText) {
    const n = committed.get(text) ?? 0
    const acked = attempts.some(ok)
    if (acked && n === 0) uncommitted.push(`${text}: acknowledged (${attempts.filter(ok).map((r) => r.status).join(', ')}), no commit recorded`)
    if (n > 1) phantom.push(`${text}: committed ${n} times (answers ${attempts.map(statusKey).join(', ')})`)
    if (!acked && n >= 1 && attempts.every(refused)) phantom.push(`${text}: committed although every request for it was refused (${attempts.map(statusKey).join(', ')})`)
    if (!acked && !attempts.every(refused)) {
      ambiguous++
      if (n >= 1) ambiguousCommitted++
    }
  }
  return { uncommitted, phantom, ambiguous, ambiguousCommitted, texts: new Set(byText.keys()) }
}

// ---------------------------------------------------------------- one fault

const startTimeout = async (seconds: number) => {
  await stack!.editConfig(`primary_start_timeout=${seconds}`)
  await stack!.until(`primary_start_timeout ${seconds} in the cluster's settings`, 10_000, async () => (await stack!.dynamicConfig()).primary_start_timeout === seconds)
  // every node reads the change at its next loop
  await sleep(Number(testTimings.PATRONI_LOOP_WAIT) * 1000 + 1000)
  return `primary_start_timeout ${seconds}`
}

const FAULTS: Fault[] = [
  {
    id: 'kill', name: 'kill -9 primary postmaster', leader: 'new',
    inject: async (leader) => `killed pid ${stack!.killPostmaster(stack!.node(leader))} on ${leader}`,
  },
  {
    id: 'switchover', name: 'patronictl switchover', leader: 'new',
    inject: async (leader, standby) => (await stack!.switchover(leader, standby)).trim().split('\n').filter((l) => /switched|switchover/i.test(l)).join('; '),
  },
  {
    id: 'standby', name: 'kill -9 sync standby postmaster', leader: 'stays',
    inject: async (_leader, standby) => `killed pid ${stack!.killPostmaster(stack!.node(standby))} on ${standby}`,
  },
  {
    id: 'inplace', name: 'kill -9 postmaster, restarted in place', leader: 'restarted',
    prepare: () => startTimeout(300),
    inject: async (leader) => `killed pid ${stack!.killPostmaster(stack!.node(leader))} on ${leader}`,
    restore: () => startTimeout(0),
  },
]

/** The server's error lines (pino level 50 and up) logged since `since`, for a 500 or a dropped request. */
function serverErrors(since: number): string[] {
  const lines: string[] = []
  for (const [i, server] of servers.entries()) {
    for (const line of server.output.join('').split('\n')) {
      try {
        const entry = JSON.parse(line) as { level?: number, time?: number }
        if ((entry.level ?? 0) >= 50 && (entry.time ?? 0) >= since) lines.push(`duban ${i + 1}: ${line.slice(0, 600)}`)
      } catch { /* not JSON */ }
    }
  }
  return lines
}

async function runFault(fault: Fault, n: number, hs: Harness[], remind: { tasks: number[], units: number[] }, pids: number[]) {
  const result: FaultResult = {
    name: fault.name, kind: fault.leader, statuses: new Map(), acknowledged: 0, lost: 0, uncommitted: 0, phantom: 0, notes: [], breaches: [],
  }
  results.push(result)
  const before = await stack!.healthy(REJOIN_BOUND_MS)
  const leader = stack!.leader(before)!
  const standby = before.find((m) => m.role === 'sync_standby')!.name
  result.leaderBefore = leader
  result.notes.push(`before: ${describe(before)}`)

  if (fault.prepare) result.notes.push(`for this fault: ${await fault.prepare()}`)
  const faultPlanned = Date.now() + LOAD_BEFORE_MS
  const dueAt = new Date(faultPlanned + 1000)
  const periodId = await duePeriod(hs[0]!, n, dueAt)
  for (const h of hs) {
    h.scenario = fault.name
    h.phase = 'before'
    h.startLoad(WORKERS_PER_CITY, 30)
  }
  await sleep(Math.max(0, faultPlanned - Date.now()))
  for (const h of hs) h.phase = 'fault'
  const faultAt = Date.now()
  const injected = fault.inject(leader, standby).then((what) => { result.notes.push(`fault: ${what}`) },
    (error: unknown) => { result.breaches.push(`HARNESS the fault failed: ${error instanceof Error ? error.message : String(error)}`) })
  result.notes.push(`fault at ${new Date(faultAt).toISOString()}`)

  // The leader as Patroni reports it: another node running as leader, or the same one running again after it was seen down.
  let members: Member[] = []
  let sawDown = false
  const leaderDeadline = faultAt + 60_000
  while (Date.now() < leaderDeadline) {
    members = await stack!.members()
    const now = members.find((m) => m.role === 'leader' && m.state === 'running')
    if (!now || now.name !== leader) sawDown = true
    const done = fault.leader === 'new' ? now !== undefined && now.name !== leader
      : fault.leader === 'restarted' ? sawDown && now?.name === leader : now?.name === leader
    if (done) {
      result.leaderAfter = now!.name
      result.newLeaderMs = Date.now() - faultAt
      break
    }
    await sleep(100)
  }
  if (result.leaderAfter === undefined) {
    result.breaches.push(`${fault.leader === 'new' ? 'no new leader' : fault.leader === 'restarted' ? `${leader} not leading again` : `${leader} not leading`} within 60 s: ${describe(members)}`)
  }
  await injected
  await sleep(Math.max(0, faultAt + LOAD_AFTER_MS - Date.now()))
  for (const h of hs) h.phase = 'after'
  await Promise.all(hs.map((h) => h.stopLoad()))
  const stopped = Date.now()

  // The switch, as the callers saw it.
  const recs = hs.flatMap((h) => h.records.filter((r) => r.scenario === fault.name))
  const writes = recs.filter(isWrite)
  // The switch as the writers met it: answers failed for the database's sake (not, say, 503 overloaded on a busy machine).
  const failed = writes.filter((r) => !ok(r) && r.end >= faultAt && (r.status === 0 || (r.code ?? '').startsWith('database_')))
  const outageAt = failed.length > 0 ? Math.min(...failed.map((r) => r.end)) : undefined
  const firstOk = writes.filter((r) => ok(r) && r.start >= (outageAt ?? faultAt)).sort((a, b) => a.end - b.end)[0]
  result.firstOkMs = firstOk ? firstOk.end - faultAt : undefined
  result.statuses = countBy(writes.filter((r) => !ok(r)), statusKey)
  const lastFailed = failed.length > 0 ? Math.max(...failed.map((r) => r.end)) - faultAt : undefined
  result.window = { from: faultAt - 1000, to: faultAt + (lastFailed ?? 0) + 5000 }
  const touched = writes.filter((r) => r.end >= faultAt && r.start <= faultAt + (lastFailed ?? result.firstOkMs ?? 0))
  result.notes.push(`writes: ${writes.length} (${writes.filter(ok).length} acknowledged); the database's failed answers from ${seconds(outageAt === undefined ? undefined : outageAt - faultAt)} to ${seconds(lastFailed)} after the fault; first 2xx ${outageAt === undefined ? 'after the fault' : 'after the first failure'} ${seconds(result.firstOkMs)}; longest write in the switch ${Math.max(0, ...touched.map((r) => r.ms))} ms`)
  if (result.firstOkMs === undefined || result.firstOkMs > FIRST_OK_BOUND_MS) result.breaches.push(`first acknowledged write ${result.firstOkMs === undefined ? 'never came' : `came ${seconds(result.firstOkMs)}`} after the fault (bound ${FIRST_OK_BOUND_MS / 1000} s)`)
  const wrong = writes.filter((r) => !ok(r) && !(r.status === 503 && r.retryAfter !== undefined))
  if (wrong.length > 0) result.breaches.push(`answers other than 2xx or 503 with Retry-After: ${fmtCounts(countBy(wrong, (r) => `${r.kind} ${statusKey(r)}`))}`)
  if (recs.some((r) => r.status === 500 || r.status === 0)) {
    for (const line of serverErrors(faultAt - LOAD_BEFORE_MS).slice(-8)) result.notes.push(`LOG ${line}`)
  }
  for (const [issue, count] of countBy(recs.flatMap((r) => r.issues.map((i) => `${r.kind} ${i}`)), (s) => s)) result.breaches.push(`${issue} (×${count})`)
  const ready = recs.filter((r) => r.kind === 'readyz')
  const readyBad = ready.filter((r) => r.status !== 200 && r.status !== 503)
  if (readyBad.length > 0) result.breaches.push(`/readyz answered ${fmtCounts(countBy(readyBad, statusKey))}, wanted 200 or 503`)
  const readyAfter = ready.filter((r) => r.start >= faultAt + FIRST_OK_BOUND_MS + 2000)
  if (readyAfter.some((r) => r.status !== 200)) result.breaches.push(`/readyz still not 200 more than ${FIRST_OK_BOUND_MS / 1000 + 2} s after the fault: ${fmtCounts(countBy(readyAfter.filter((r) => r.status !== 200), statusKey))}`)
  result.notes.push(`/readyz: ${fmtCounts(countBy(ready.filter((r) => r.start >= faultAt), (r) => String(r.status)))} from the fault on`)

  // Back to two nodes: the old primary (or the crashed standby) as the synchronous standby.
  try {
    const after = await stack!.healthy(REJOIN_BOUND_MS)
    const back = fault.leader === 'new' ? leader : standby
    const role = after.find((m) => m.name === back)?.role
    result.notes.push(`${back} back as ${role} ${seconds(Date.now() - faultAt)} after the fault: ${describe(after)}`)
    if (role !== 'sync_standby') result.breaches.push(`${back} is ${role ?? 'missing'} after the fault, wanted sync_standby`)
  } catch (error) {
    result.breaches.push(`the cluster was not back to a leader and a synchronous standby within ${REJOIN_BOUND_MS / 1000} s of the load stopping: ${(error as Error).message.split('\n')[0]}`)
    result.notes.push(stack!.logTails(15))
  }
  const through = await stack!.primaryThroughHaproxy()
  if (through !== result.leaderAfter) result.breaches.push(`HAProxy leads to ${through ?? 'no primary'}, Patroni's leader is ${result.leaderAfter}`)

  // Every acknowledged write there, on the primary now (harness: the final entries and creates), and committed once (audit trail).
  let found = 0
  for (const h of hs) {
    const counts = await h.verify(fault.name)
    result.acknowledged += counts.acknowledged
    found += counts.found
    for (const line of counts.lostDetail.slice(0, 5)) result.notes.push(`LOST ${line}`)
  }
  result.lost = result.acknowledged - found
  if (result.lost > 0) result.breaches.push(`${result.lost} acknowledged writes not in the database`)
  const judged = judgeCommits(writes, await commitRecord(stack!.databaseUrl(), hs))
  result.uncommitted = judged.uncommitted.length
  result.phantom = judged.phantom.length
  for (const line of [...judged.uncommitted, ...judged.phantom].slice(0, 8)) result.notes.push(`COMMIT ${line}`)
  if (judged.uncommitted.length > 0) result.breaches.push(`${judged.uncommitted.length} acknowledged writes with no commit in the audit trail`)
  if (judged.phantom.length > 0) result.breaches.push(`${judged.phantom.length} phantom writes`)
  result.notes.push(`unacknowledged writes whose outcome the caller could not know: ${judged.ambiguous}, of which ${judged.ambiguousCommitted} committed`)

  // Both duban processes: the same, alive.
  for (const [i, server] of servers.entries()) {
    if (!server.alive || server.pid !== pids[i]) result.breaches.push(`duban ${i + 1} (pid ${pids[i]}) ${server.alive ? `is now pid ${server.pid}` : `exited: ${JSON.stringify(server.exit)}`}`)
  }
  result.notes.push(`load stopped ${seconds(stopped - faultAt)} after the fault; reminder period ${periodId} due ${seconds(dueAt.getTime() - faultAt)} after it`)
  if (fault.restore) result.notes.push(`after this fault: ${await fault.restore()}`)
  return { periodId, dueAt, tasks: remind.tasks, units: remind.units, result }
}

// ---------------------------------------------------------------- after the faults: deliveries and reminders, once each

type Received = Awaited<ReturnType<typeof receiver>>

async function checkDeliveries(base: string, key: string, hook: Received, subscriptions: { city: string, id: number }[]) {
  const deadline = Date.now() + 120_000
  let pending = subscriptions
  while (Date.now() < deadline && pending.length > 0) {
    const still: typeof pending = []
    for (const sub of pending) {
      const page = await getJson(base, key, `/v1/cities/${sub.city}/webhooks/${sub.id}/deliveries?state=pending&limit=1`)
      if ((page.items as unknown[]).length > 0) still.push(sub)
    }
    pending = still
    if (pending.length > 0) await sleep(1000)
  }
  if (pending.length > 0) {
    suiteBreaches.push(`deliveries still pending 120 s after the faults for ${pending.map((s) => s.city).join(', ')}`)
    return
  }
  let events = 0
  let delivered = 0
  for (const sub of subscriptions) {
    // What the subscription owes: the city's events from its own webhook.created on (events are numbered in commit order).
    const all = await allPages(base, key, `/v1/cities/${sub.city}/events`)
    const from = all.findIndex((e) => e.type === 'webhook.created' && e.subject === `webhook:${sub.id}`)
    if (from < 0) throw new Error(`${sub.city}: no webhook.created event for subscription ${sub.id}`)
    const feed = all.slice(from)
    const copies = hook.state.received.filter((r) => r.url.endsWith(`city=${sub.city}`))
    const got = countBy(copies, (r) => String(r.headers['duban-event-id']))
    const ids = new Set(feed.map((e) => String(e.id)))
    const missing = [...ids].filter((id) => !got.has(id))
    const unknown = [...got.keys()].filter((id) => !ids.has(id))
    events += ids.size
    delivered += copies.length
    if (missing.length > 0) suiteBreaches.push(`${sub.city}: ${missing.length} of ${ids.size} events never delivered (ids ${missing.slice(0, 10).join(', ')})`)
    // Exactly once: a lane records the receiver's answer again while its lease lasts (whileLeased), so a switch of a few
    // seconds loses none and no delivery goes out twice; a second copy is a breach, told with when it came.
    const byId = new Map(feed.map((e) => [String(e.id), e]))
    for (const [id, count] of got) {
      if (count < 2) continue
      const times = copies.filter((r) => String(r.headers['duban-event-id']) === id).map((r) => r.at).sort((a, b) => a - b)
      const first = times[0]!
      const fault = results.find((r) => r.window && first >= r.window.from && first <= r.window.to)
      const near = fault ?? results.filter((r) => r.window).sort((a, b) => Math.abs(a.window!.from - first) - Math.abs(b.window!.from - first))[0]
      const at = (t: number) => (near ? `${((t - near.window!.from - 1000) / 1000).toFixed(2)} s` : new Date(t).toISOString())
      const what = `${sub.city} event ${id} (${String(byId.get(id)?.type)}) received ${count} times, at ${times.map(at).join(' and ')} from the fault ${near ? `"${near.name}"` : ''}`
      suiteBreaches.push(`${what}: sent ${count - 1} time(s) more than once${fault ? ', during the switch' : ''}`)
    }
    if (unknown.length > 0) suiteBreaches.push(`${sub.city}: ${unknown.length} deliveries of events the feed does not have (ids ${unknown.slice(0, 10).join(', ')})`)
    const failedLog = await getJson(base, key, `/v1/cities/${sub.city}/webhooks/${sub.id}/deliveries?state=failed&limit=5`)
    if ((failedLog.items as unknown[]).length > 0) suiteBreaches.push(`${sub.city}: deliveries given up: ${JSON.stringify(failedLog.items).slice(0, 300)}`)
  }
  suiteNotes.push(`webhooks: ${events} events of ${subscriptions.length} cities owed, ${delivered} deliveries received`)
}

async function checkReminders(base: string, key: string, due: Awaited<ReturnType<typeof runFault>>[]) {
  const city = REMIND_CITY.code
  const events = await allPages(base, key, `/v1/cities/${city}/events`)
  for (const { periodId, dueAt, tasks, units, result } of due) {
    const reminders = await allPages(base, key, `/v1/cities/${city}/periods/${periodId}/reminders`)
    const slots = countBy(reminders, (r) => `${r.leadUnitId} ${r.kind} ${r.slot}`)
    for (const [slot, count] of slots) if (count > 1) result.breaches.push(`reminder slot ${slot} written ${count} times`)
    const overdue = reminders.filter((r) => r.kind === 'overdue')
    for (const unit of units) {
      if (!overdue.some((r) => Number(r.leadUnitId) === unit)) result.breaches.push(`no overdue reminder for unit ${unit} of period ${periodId} (due during the switch)`)
    }
    const issued = countBy(events.filter((e) => e.type === 'reminder.issued' && Number((e.data as Record<string, unknown>).periodId) === periodId),
      (e) => String((e.data as Record<string, unknown>).reminderId))
    for (const r of reminders) if (issued.get(String(r.id)) !== 1) result.breaches.push(`reminder ${r.id}: ${issued.get(String(r.id)) ?? 0} reminder.issued events, wanted 1`)
    const fellOverdue = countBy(events.filter((e) => e.type === 'entry.overdue' && String(e.subject).endsWith(`:${periodId}`)), (e) => String(e.subject))
    for (const task of tasks) {
      const count = fellOverdue.get(`entry:${task}:${periodId}`) ?? 0
      if (count !== 1) result.breaches.push(`task ${task} fell overdue ${count} times in period ${periodId}, wanted once`)
    }
    const written = overdue.map((r) => Date.parse(String(r.createdAt)) - dueAt.getTime())
    if (written.some((ms) => ms > 20_000)) result.breaches.push(`overdue reminders written ${written.map((ms) => seconds(ms)).join(', ')} after their deadline (bound 20 s)`)
    result.notes.push(`reminders due during the switch: ${reminders.length} (${fmtCounts(countBy(reminders, (r) => String(r.kind)))}); overdue ones written ${written.map((ms) => seconds(ms)).join(', ')} after the deadline; entry.overdue ${[...fellOverdue.values()].join('/')} per task`)
  }
}

// ---------------------------------------------------------------- report

const leaderCell = (r: FaultResult) => (r.leaderAfter === undefined ? '-' : r.kind === 'stays' ? `- (${r.leaderAfter} stays)`
  : r.kind === 'restarted' ? `${seconds(r.newLeaderMs)} (${r.leaderAfter} again)` : `${seconds(r.newLeaderMs)} (${r.leaderBefore} → ${r.leaderAfter})`)

function printReport() {
  const rows = results.map((r) => [
    r.name, leaderCell(r), seconds(r.firstOkMs),
    fmtCounts(r.statuses), String(r.acknowledged), String(r.lost + r.uncommitted), String(r.phantom), r.breaches.length ? `FAIL (${r.breaches.length})` : 'ok',
  ])
  const head = ['fault', 'new leader after', 'first 2xx after', 'statuses during the switch', 'acknowledged', 'lost', 'phantom', 'result']
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)))
  const line = (cells: string[]) => cells.map((c, i) => (i < 4 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')
  console.log('\n' + line(head))
  console.log(widths.map((w) => '-'.repeat(w)).join('-+-'))
  for (const row of rows) console.log(line(row))
  console.log('\nnew leader after: from the fault until Patroni reports the new leader (or the one restarted) running. first 2xx after: from the fault until the')
  console.log('first acknowledged write sent after the first one the database failed (none failed: after the fault). lost: acknowledged')
  console.log('and not in the database, or with no commit recorded. phantom: committed twice, never sent, or committed although refused.')
  for (const r of results) {
    console.log(`\n${r.name}`)
    for (const note of r.notes) console.log(`  ${note}`)
    for (const breach of r.breaches) console.log(`  BREACH ${breach}`)
  }
  for (const note of suiteNotes) console.log(`\n${note}`)
  for (const breach of suiteBreaches) console.log(`\nBREACH ${breach}`)
}

// ---------------------------------------------------------------- main

function build() {
  return new Promise<string | undefined>((resolve) => {
    execFile('npm', ['run', '-s', 'build'], { cwd: root, timeout: 240_000, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve(error ? `${error.message}\n${stdout}${stderr}`.slice(0, 3000) : undefined))
  })
}

async function main() {
  const started = Date.now()
  const wanted = (process.env.FAILOVER_FAULTS ?? 'kill,switchover,inplace').split(',').map((x) => x.trim()).filter(Boolean)
  const faults = wanted.map((id) => FAULTS.find((f) => f.id === id) ?? (() => { throw new Error(`FAILOVER_FAULTS: no fault ${id} (${FAULTS.map((f) => f.id).join(', ')})`) })())
  if (process.env.FAULTS_SKIP_BUILD !== '1') {
    console.log('== build')
    const failed = await build()
    if (failed) {
      if (!existsSync(path.join(root, 'dist/src/server.js'))) throw new Error(`build failed and there is no dist/src/server.js:\n${failed}`)
      suiteBreaches.push(`npm run build failed (running the dist it left):\n${failed}`)
    }
  }
  const undocumented = checkExampleEnv()
  if (undocumented) suiteBreaches.push(undocumented)
  console.log(`== etcd, two Patroni nodes and HAProxy from deploy/ha/ (ttl ${testTimings.PATRONI_TTL}, loop_wait ${testTimings.PATRONI_LOOP_WAIT}, retry_timeout ${testTimings.PATRONI_RETRY_TIMEOUT})`)
  stack = new Stack()
  await stack.start((line) => console.log(line))

  tmp = mkdtempSync(path.join(tmpdir(), 'duban-failover-key-'))
  const keyFile = path.join(tmp, 'admin-key')
  const hook = await receiver({ teardown: (fn: () => Promise<void>) => { teardowns.push(fn) } } as unknown as Test)
  console.log('== two duban processes, DATABASE_URL through HAProxy')
  for (let i = 0; i < 2; i++) {
    const port = await freePort()
    const server = new ServerProcess(port, serviceEnv({
      DATABASE_URL: stack.databaseUrl(), PORT: String(port), HOST: '127.0.0.1', FIRST_ADMIN_KEY_FILE: keyFile, WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1/32',
    }))
    servers.push(server)
    await server.ready()
  }
  const pids = servers.map((s) => s.pid)
  const key = await adminKey(keyFile, stack.databaseUrl())
  console.log(`   pids ${pids.join(', ')} on ${servers.map((s) => s.url).join(', ')}; admin key from ${key.source}`)

  const hs = [new Harness(stack.haproxyPort, stack.databaseUrl())]
  await sleep(5)
  hs.push(new Harness(stack.haproxyPort, stack.databaseUrl()))
  for (const [i, h] of hs.entries()) {
    h.key = key.key
    h.setServer(servers[i]!.url)
  }
  console.log(`== setup: 4 cities of 30 tasks (two through each instance), ${WORKERS_PER_CITY * 4} writers; a city whose reminders fall due in each switch; every city's events to a receiver`)
  await hs[0]!.setup([{ code: '341700', name: '池州市' }, { code: '340400', name: '淮南市' }], 30)
  await hs[1]!.setup([{ code: '340200', name: '芜湖市' }, { code: '340300', name: '蚌埠市' }], 30)
  const remind = await setupReminderCity(hs[0]!)
  const subscriptions: { city: string, id: number }[] = []
  for (const city of [...hs.flatMap((h) => h.cities.map((c) => c.code)), REMIND_CITY.code]) {
    const webhook = await hs[0]!.must('POST', `/v1/cities/${city}/webhooks`, { url: `${hook.url}?city=${city}`, events: [...EVENT_TYPES], secret: 'failover-test-secret-0123456789' })
    subscriptions.push({ city, id: Number(webhook.id) })
  }
  const self = await hs[0]!.selfCheck()
  console.log(`   harness self-check: ${self ?? 'ok (a fabricated acknowledged write and create are counted lost)'}`)
  if (self) suiteBreaches.push(`HARNESS self-check: ${self}`)

  const due: Awaited<ReturnType<typeof runFault>>[] = []
  for (const [i, fault] of faults.entries()) {
    const t0 = Date.now()
    console.log(`== fault ${i + 1}: ${fault.name}`)
    try {
      due.push(await runFault(fault, i + 1, hs, remind, pids))
    } catch (error) {
      const message = `HARNESS error in ${fault.name}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`
      const result = results.at(-1)
      if (result?.name === fault.name) result.breaches.push(message)
      else suiteBreaches.push(message)
      await Promise.all(hs.map((h) => h.stopLoad().catch(() => {})))
    }
    console.log(`   ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  }

  // Committed by a request, yet written by none the load sent (the faults' own check sees only the texts their requests sent).
  const sent = new Set(hs.flatMap((h) => h.records.map((r) => r.written).filter((w): w is string => w !== undefined)))
  const neverSent = [...(await commitRecord(stack.databaseUrl(), hs)).keys()].filter((text) => !sent.has(text))
  if (neverSent.length > 0) suiteBreaches.push(`${neverSent.length} phantom writes: committed, and no request sent them (${neverSent.slice(0, 5).join(', ')})`)
  console.log('== deliveries and reminders')
  await checkDeliveries(servers[0]!.url, key.key, hook, subscriptions)
  await checkReminders(servers[0]!.url, key.key, due)
  for (const [i, server] of servers.entries()) {
    if (!server.alive || server.pid !== pids[i]) suiteBreaches.push(`duban ${i + 1} (pid ${pids[i]}) did not last the test: ${JSON.stringify(server.exit)}`)
  }
  for (const server of servers) await server.terminate(12_000)
  for (const teardown of teardowns) await teardown()
  printReport()
  const breaches = [...results.flatMap((r) => r.breaches.map((b) => `${r.name}: ${b}`)), ...suiteBreaches]
  console.log(`\nfailover test ran ${((Date.now() - started) / 1000).toFixed(0)} s`)
  if (breaches.length > 0) {
    for (const [i, server] of servers.entries()) if (server.output.length > 0) console.log(`\nlast output of duban ${i + 1}:\n${server.output.join('').slice(-2000)}`)
  }
  console.log(breaches.length === 0 ? 'VERDICT: PASS' : `VERDICT: FAIL, ${breaches.length} breaches`)
  return breaches.length === 0 ? 0 : 1
}

main().then((code) => {
  cleanupSync()
  process.exit(code)
}, (error: unknown) => {
  console.error('failover test: harness failed:', error instanceof Error ? error.stack : error)
  if (stack) console.error(stack.logTails())
  printReport()
  console.log('VERDICT: FAIL (harness error)')
  cleanupSync()
  process.exit(1)
})
