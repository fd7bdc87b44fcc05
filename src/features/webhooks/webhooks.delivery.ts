import { createHmac } from 'node:crypto'
import { Agent as HttpAgent, request as httpRequest } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Kysely } from 'kysely'
import type { Database, EventRow, WebhookRow } from '../../db/database.js'
import { beijingTime } from '../../shared/time.js'
import type { ProgressStatus } from '../../shared/values.js'
import type { Job } from '../../db/job.js'
import { STATUS_WORDS } from '../../shared/values.js'
import { displayWords } from '../../shared/statusWords.js'
import { findCity } from '../cities/cities.service.js'
import { excerpt, urlCredentials } from '../../shared/redact.js'
import { ReceiverRefused, Receivers } from './webhooks.receivers.js'
import { type DeliveryChange, leaseNext, pendingOf, releaseLease, robotWindow, setDelivery } from './webhooks.repository.js'

/** A 企业微信 or 钉钉 group robot takes 20 messages a minute. */
const ROBOT_PER_MINUTE = 20

/** How the job sends: the receiver's time to answer, and how retries back off and end. */
export interface DeliverySettings {
  /** A receiver that has not answered by then has failed that attempt. */
  timeoutMs: number
  /** The first retry waits this long, each next one twice as long (at most an hour). */
  retryBaseMs: number
  /** A delivery failing for this long is given up. */
  retryForMs: number
  /** Networks deliveries may reach besides public addresses (WEBHOOK_ALLOWED_NETWORKS; default none). */
  allowedNetworks?: string[]
  /** Subscriptions one instance sends to at once (WEBHOOK_CONCURRENCY; default 32). */
  concurrency?: number
}

const MINUTE = 60_000
const HOUR = 3600_000

/** `Duban-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`: the receiver checks it with the secret, and the time against replays. */
export function signature(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000)
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`
}

/** 钉钉's 加签: the URL carries the time in ms and the base64 HMAC-SHA256 of "<timestamp>\n<secret>". */
export function dingtalkSignedUrl(url: string, secret: string, at: Date): string {
  const timestamp = String(at.getTime())
  const signed = new URL(url)
  signed.searchParams.set('timestamp', timestamp)
  signed.searchParams.set('sign', createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64'))
  return signed.toString()
}

type Data = Record<string, unknown>
const str = (value: unknown) => (value === null || value === undefined ? '' : String(value))
const when = (value: unknown) => (typeof value === 'string' ? beijingTime(value) : '')

type Named = { name: string }
const names = (units: unknown) => (Array.isArray(units) ? (units as Named[]).map((unit) => unit.name).join('、') : '')

/**
 * What a group reads: the city and what happened in one line, then what it is about and who
 * leads it. Times in Beijing time; full-width punctuation, as the office writes.
 */
export function robotText(event: Pick<EventRow, 'type' | 'data'>, words: Record<ProgressStatus, string> = STATUS_WORDS): { title: string, text: string } {
  const d = event.data as Data
  const task = `第${str(d.taskSeq)}项 ${str(d.taskTitle)}`
  const units = names(d.leadUnits)
  const led = units ? `${task}\n> 牵头单位：${units}` : task
  const period = str(d.periodLabel ?? d.label)
  const lines: Record<EventRow['type'], () => [string, string]> = {
    'entry.filed': () => [`${period}进展已填报`, led],
    'entry.submitted': () => [`${period}进展已报送${d.late ? '（逾期）' : ''}`, led],
    'entry.returned': () => [`${period}进展已退回`, `${led}\n> 退回原因：${str(d.reason)}`],
    'entry.accepted': () => [`${period}进展已审核：${words[d.status as ProgressStatus] || '未评价'}`, led],
    'entry.deleted': () => [`${period}进展已撤回`, led],
    'entry.overdue': () => [`${period}进展逾期未报送`, `${led}\n> 截止时间：${when(d.dueAt)}`],
    'reminder.issued': () => [`催办：${str(d.leadUnitName)}`, str(d.reason)],
    'extension.requested': () => [`延期申请：${str(d.leadUnitName)}`, `${task}\n> 申请延期至${when(d.dueAt)}：${str(d.reason)}`],
    'extension.decided': () => [`延期申请${d.decision === 'approved' ? '已批准' : '未批准'}：${str(d.leadUnitName)}`,
      `${task}\n> 截止时间：${when(d.deadline)}${d.reason ? `；${str(d.reason)}` : ''}`],
    'period.created': () => [`${period}已设立`, d.dueAt ? `报送截止时间：${when(d.dueAt)}` : '未设报送截止时间。'],
    'period.updated': () => [`${period}已修改`, d.dueAt ? `报送截止时间：${when(d.dueAt)}` : '未设报送截止时间。'],
    'period.closed': () => [`${period}已关闭`, '本期进展情况不再修改。'],
    'period.reopened': () => [`${period}已重新开放`, '本期进展情况可以更正。'],
    'period.deleted': () => [`${period}已删除`, ''],
    'task.created': () => [`重点工作任务已新增：第${str(d.seq)}项`, `${str(d.title)}${names(d.leadUnits) ? `\n> 牵头单位：${names(d.leadUnits)}` : ''}`],
    'task.updated': () => [`重点工作任务已修改：第${str(d.seq)}项`, `${str(d.title)}${names(d.leadUnits) ? `\n> 牵头单位：${names(d.leadUnits)}` : ''}`],
    'task.deleted': () => [`重点工作任务已删除：第${str(d.seq)}项`, str(d.title)],
    'lead_unit.created': () => [`牵头单位已新增：${str(d.name)}`, ''],
    'lead_unit.updated': () => [`牵头单位已修改：${str(d.name)}`, ''],
    'lead_unit.merged': () => [`牵头单位已合并：${str(d.mergedName)}并入${str(d.name)}`, ''],
    'lead_unit.deleted': () => [`牵头单位已删除：${str(d.name)}`, ''],
    'import.committed': () => [`已导入：${str(d.sourceName)}`, period ? `${period}进展情况` : ''],
    'webhook.created': () => ['消息订阅已新增', ''],
    'webhook.updated': () => ['消息订阅已修改', ''],
    'webhook.deleted': () => ['消息订阅已删除', ''],
  }
  const [what, body] = lines[event.type]()
  const title = `【督办】${str(d.cityName)}${d.cityName ? '：' : ''}${what}`
  return { title, text: body ? `**${title}**\n\n${body}` : `**${title}**` }
}

/** The request a delivery makes, by the subscription's format. */
export function requestFor(webhook: Pick<WebhookRow, 'url' | 'secret' | 'format' | 'cityCode'>, event: EventRow, at: Date,
  words?: Record<ProgressStatus, string>) {
  if (webhook.format === 'json') {
    const body = JSON.stringify({ id: event.id, type: event.type, subject: event.subject, cityCode: event.cityCode, createdAt: event.createdAt, data: event.data })
    return {
      url: webhook.url, body,
      headers: { 'content-type': 'application/json', 'duban-signature': signature(webhook.secret, body, at), 'duban-event-id': String(event.id), 'duban-event-type': event.type },
    }
  }
  const { title, text } = robotText(event, words)
  const headers = { 'content-type': 'application/json' }
  if (webhook.format === 'wecom') return { url: webhook.url, headers, body: JSON.stringify({ msgtype: 'markdown', markdown: { content: text } }) }
  const url = webhook.secret === '' ? webhook.url : dingtalkSignedUrl(webhook.url, webhook.secret, at)
  return { url, headers, body: JSON.stringify({ msgtype: 'markdown', markdown: { title, text } }) }
}

type Outcome = { ok: true, status: number } | { ok: false, status: number | null, error: string }

/** An idle connection to a receiver is closed after this, before a server's usual 5 s keep-alive ends it under us. */
const IDLE_SOCKET_MS = 4000

/**
 * Posts to receivers over connections kept open between deliveries (one pool per instance), to
 * an address the receivers' rules allow (resolved by their lookup, so checked on what is
 * connected to; a kept connection stays on the address it was checked for). A receiver that
 * closed an idle connection as it was reused is asked again once on a new one; a redirect is
 * an answer like any other non-2xx: never followed.
 */
class Sender {
  private readonly agents = {
    http: new HttpAgent({ keepAlive: true, timeout: IDLE_SOCKET_MS, scheduling: 'lifo' }),
    https: new HttpsAgent({ keepAlive: true, timeout: IDLE_SOCKET_MS, scheduling: 'lifo' }),
  }

  constructor(readonly receivers: Receivers) {}

  async post(url: string, headers: Record<string, string>, body: string, timeoutMs: number): Promise<{ status: number, text: string }> {
    try {
      return await this.once(url, headers, body, timeoutMs)
    } catch (error) {
      if (!(error instanceof StaleConnection)) throw error
      return this.once(url, headers, body, timeoutMs)
    }
  }

  private once(url: string, headers: Record<string, string>, body: string, timeoutMs: number): Promise<{ status: number, text: string }> {
    const target = new URL(url)
    const https = target.protocol === 'https:'
    this.receivers.assertAddress(target.hostname)
    return new Promise((resolve, reject) => {
      const request = (https ? httpsRequest : httpRequest)(target, {
        method: 'POST', agent: https ? this.agents.https : this.agents.http, signal: AbortSignal.timeout(timeoutMs), lookup: this.receivers.lookup,
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'duban-webhooks' },
      }, (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => { if (text.length < 2000) text += chunk })
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }))
        response.on('error', reject)
      })
      request.on('error', (error: NodeJS.ErrnoException) => {
        // The receiver closed a kept connection as it was reused: nothing reached it.
        const stale = request.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE')
        reject(stale ? new StaleConnection(error.message) : error)
      })
      request.end(body)
    })
  }

  close() {
    this.agents.http.destroy()
    this.agents.https.destroy()
  }
}

class StaleConnection extends Error {}

/**
 * A robot answers 200 with errcode 0 when it took the message; anything else is a failure to
 * retry. What the log keeps of an answer is a short excerpt with the subscription's credentials
 * (its secret, its URL's user-info and query values) masked.
 */
async function send(sender: Sender, webhook: WebhookRow, event: EventRow, at: Date, timeoutMs: number,
  words?: Record<ProgressStatus, string>): Promise<Outcome> {
  const request = requestFor(webhook, event, at, words)
  const credentials = [webhook.secret, ...urlCredentials(webhook.url), ...urlCredentials(request.url)]
  const shown = (text: string) => excerpt(text, credentials, 160)
  try {
    const { status, text } = await sender.post(request.url, request.headers, request.body, timeoutMs)
    if (status >= 300 && status <= 399) return { ok: false, status, error: `HTTP ${status}: redirects are not followed` }
    if (status < 200 || status > 299) return { ok: false, status, error: `HTTP ${status}: ${shown(text)}` }
    if (webhook.format === 'json') return { ok: true, status }
    const errcode = (() => {
      try { return (JSON.parse(text) as { errcode?: unknown }).errcode } catch { return undefined }
    })()
    return errcode === 0 ? { ok: true, status } : { ok: false, status, error: `robot refused: ${shown(text)}` }
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
    if (timedOut) return { ok: false, status: null, error: `no answer within ${timeoutMs} ms` }
    if (error instanceof ReceiverRefused) return { ok: false, status: null, error: shown(error.message) }
    return { ok: false, status: null, error: `not reached: ${shown((error as Error).message)}` }
  }
}

/** What became of an attempt, as /metrics counts them. */
export type AttemptOutcome = 'delivered' | 'failed' | 'given_up'

/** A lease outlives the attempt it covers by this much: what a lane does between two attempts. */
export const LEASE_MARGIN_MS = 5000

interface Turn {
  sender: Sender
  settings: DeliverySettings
  /** How long a lease (or its renewal) runs: an attempt's timeout and the margin. */
  leaseMs: number
  clock: () => Date
  /** The instance is stopping: record the attempt under way, send no other. */
  stopping: () => boolean
  observe: (outcome: AttemptOutcome) => void
}

/** How long a lane waits before it tries again to record an attempt the database failed to take. */
export const RECORD_RETRY_MS = 500

/**
 * Records what became of an attempt (`write`) even if the database fails for a moment (a
 * failover's few seconds): a failed write is tried again, RECORD_RETRY_MS apart, while the lease
 * still covers it (`leaseLeft`: ms). A receiver's answer is then not lost, and the delivery is not
 * sent to it a second time once the lease ends; past the lease another instance may send it
 * again anyway, and the failure is the lane's.
 */
export async function whileLeased(write: () => Promise<void>, leaseLeft: () => number, pause = RECORD_RETRY_MS): Promise<void> {
  for (;;) {
    try {
      return await write()
    } catch (error) {
      if (leaseLeft() <= pause) throw error
      await sleep(pause)
    }
  }
}

/**
 * Sends what is due of one leased subscription, in order; stops at the first failure, and when
 * the lease would not cover another attempt. Each attempt is recorded (and the lease renewed)
 * before the next is sent. Returns the attempts made.
 */
async function sendDue(db: Kysely<Database>, webhook: WebhookRow, leasedUntil: Date, turn: Turn): Promise<number> {
  const { settings, clock } = turn
  let attempts = 0
  let now = clock()
  const robot = webhook.format !== 'json'
  let window = robot ? await robotWindow(db, webhook, now) : undefined
  // A group reads the evaluation in the city's own words, as they are when the message goes.
  const words = robot ? displayWords((await findCity(db, webhook.cityCode))?.statusWords) : undefined
  for (const delivery of await pendingOf(db, webhook)) {
    now = clock()
    if (Date.parse(delivery.nextAttemptAt) > now.getTime() || turn.stopping()) break
    if (now.getTime() + settings.timeoutMs > leasedUntil.getTime()) break
    const record = async (change: DeliveryChange) => {
      const held = leasedUntil
      await whileLeased(async () => {
        const renewed = new Date(clock().getTime() + turn.leaseMs)
        await setDelivery(db, webhook, delivery.id, change, renewed)
        leasedUntil = renewed
      }, () => held.getTime() - clock().getTime())
    }
    if (window && window.sent >= ROBOT_PER_MINUTE) {
      // Not an attempt: the robot's minute is full, the message waits until it frees.
      await record({ nextAttemptAt: window.freesAt })
      break
    }
    const outcome = await send(turn.sender, webhook, delivery.event, now, settings.timeoutMs, words)
    attempts++
    now = clock()
    if (window) window = { sent: window.sent + 1, freesAt: window.sent === 0 ? new Date(now.getTime() + MINUTE) : window.freesAt }
    const tried = { attempts: delivery.attempts + 1, lastAttemptAt: now, lastStatus: outcome.status }
    if (outcome.ok) {
      await record({ ...tried, state: 'delivered', deliveredAt: now, lastError: null })
      turn.observe('delivered')
      continue
    }
    // The head's retry waits twice as long each time (at most an hour): a subscription failing
    // again and again is tried seldom, in its own lane, and holds no other subscription back.
    const givenUp = now.getTime() - Date.parse(delivery.createdAt) >= settings.retryForMs
    const wait = Math.min(settings.retryBaseMs * 2 ** delivery.attempts, HOUR)
    await record({ ...tried, lastError: outcome.error, state: givenUp ? 'failed' : 'pending', nextAttemptAt: new Date(now.getTime() + wait) })
    turn.observe(givenUp ? 'given_up' : 'failed')
    // A failed one no longer holds the others back; a pending one does, so that they keep their order.
    if (!givenUp) break
  }
  return attempts
}

/** Subscriptions one instance sends to at once, unless WEBHOOK_CONCURRENCY says otherwise. */
export const DEFAULT_CONCURRENCY = 32

/**
 * Sends the city's events to their subscriptions: signed, in order per subscription, retried
 * with backoff (retryBaseMs, doubling, at most an hour) until retryForMs has passed.
 *
 * A run starts a lane if fewer than `concurrency` are sending; a lane leases a subscription
 * whose oldest pending delivery is due, sends what is due of it, releases it and leases the
 * next, starting another lane each time it finds work, and ends when it finds none. So
 * subscriptions are sent to at once, each by one lane of one instance at a time (its order
 * kept), and a slow or dead receiver holds only its own lane: the worker's round (reminders)
 * never waits for a receiver.
 */
export function webhookDeliveries(settings: DeliverySettings, observe: (outcome: AttemptOutcome) => void = () => {}): Job {
  const concurrency = Math.max(1, settings.concurrency ?? DEFAULT_CONCURRENCY)
  const leaseMs = settings.timeoutMs + LEASE_MARGIN_MS
  const sender = new Sender(new Receivers(settings.allowedNetworks))
  const lanes = new Set<Promise<void>>()
  let stopping = false
  let attempted = 0
  let failure: unknown

  function startLane(db: Kysely<Database>, clock: () => Date) {
    if (lanes.size >= concurrency || stopping) return
    const turn: Turn = { sender, settings, leaseMs, clock, stopping: () => stopping, observe }
    const lane = (async () => {
      while (!stopping) {
        const webhook = await leaseNext(db, clock(), leaseMs)
        if (!webhook) return
        startLane(db, clock)
        try {
          attempted += await sendDue(db, webhook, new Date(webhook.leasedUntil!), turn)
        } finally {
          await releaseLease(db, webhook)
        }
      }
    })().catch((error: unknown) => { failure ??= error }).finally(() => lanes.delete(lane))
    lanes.add(lane)
  }

  /** What the lanes did since the last call; a lane's failure (the database's) is the job's, said once. */
  function report() {
    const did = attempted
    attempted = 0
    if (failure !== undefined) {
      const error = failure
      failure = undefined
      throw error
    }
    return did
  }

  return {
    name: 'webhookDeliveries',
    async run(db, now) {
      // The lanes' clock starts at now and runs on in real time: each attempt is stamped when made.
      const started = Date.now()
      startLane(db, () => new Date(now.getTime() + Date.now() - started))
      return report()
    },
    async settle() {
      while (lanes.size > 0) await Promise.all(lanes)
      return report()
    },
    async stop() {
      stopping = true
      while (lanes.size > 0) await Promise.all(lanes)
      sender.close()
      report()
    },
  }
}
