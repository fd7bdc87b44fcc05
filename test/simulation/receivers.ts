/**
 * The two subscribers a city office has: a system that takes the signed JSON events, and a
 * 企业微信 group robot that takes markdown messages. Both listen on 127.0.0.1 (port 0), keep
 * what they acknowledged, and can be made to answer 500 for a while.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Receipt {
  /** The event id (JSON); null for a robot message, which names none. */
  eventId: number | null
  type: string
  /** What orders the receipts: the event's subject, or for a robot message what it is about (see robotKey). */
  group: string
  /** What identifies the receipt: the event id, or the robot message's key. */
  key: string
  /** The JSON delivery's Duban-Signature checked out (robot messages: true). */
  signed: boolean
}

export abstract class Receiver {
  readonly received: Receipt[] = []
  /** Answers 500 while set. */
  down = false
  refused = 0
  #server?: Server

  constructor(readonly name: string) {}

  get url() {
    return `http://127.0.0.1:${(this.#server!.address() as AddressInfo).port}/${this.name}`
  }

  protected abstract take(body: string, request: IncomingMessage): Receipt
  protected abstract acknowledge(response: ServerResponse): void

  async start() {
    this.#server = createServer((request, response) => {
      let body = ''
      request.setEncoding('utf8')
      request.on('data', (chunk: string) => { body += chunk })
      request.on('end', () => {
        if (this.down) {
          this.refused++
          response.writeHead(500).end('down')
          return
        }
        this.received.push(this.take(body, request))
        this.acknowledge(response)
      })
    })
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve))
  }

  async close() {
    this.#server?.closeAllConnections()
    await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()))
  }
}

/** Signed JSON: {id, type, subject, …} with `Duban-Signature: t=…,v1=HMAC-SHA256(secret, "t.body")`. */
export class JsonReceiver extends Receiver {
  constructor(name: string, readonly secret: string) {
    super(name)
  }

  protected take(body: string, request: IncomingMessage): Receipt {
    const event = JSON.parse(body) as { id: number, type: string, subject: string }
    return { eventId: event.id, type: event.type, group: event.subject, key: String(event.id), signed: this.verify(body, request.headers['duban-signature']) }
  }

  protected acknowledge(response: ServerResponse) {
    response.writeHead(204).end()
  }

  verify(body: string, header: string | string[] | undefined) {
    const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(header ?? ''))
    if (!match) return false
    const expected = createHmac('sha256', this.secret).update(`${match[1]}.${body}`).digest()
    return timingSafeEqual(expected, Buffer.from(match[2]!, 'hex'))
  }
}

/** A robot message's title and the data of an event, reduced to the same key (see robotKey). */
export interface RobotFacts { type: string, periodLabel?: string, seq?: string, unit?: string, text?: string }

/**
 * What a group reads, and what the event it came from says, made comparable: the type, and
 * what the message names (the period and the task's number; the unit and the reminder's text).
 */
export function robotKey(facts: RobotFacts): { key: string, group: string } {
  const { type, periodLabel = '', seq = '', unit = '', text = '' } = facts
  if (type === 'reminder.issued') return { key: `${type}|${unit}|${text}`, group: `unit ${unit}` }
  if (type === 'period.closed') return { key: `${type}|${periodLabel}`, group: `period ${periodLabel}` }
  if (type.startsWith('extension.')) return { key: `${type}|${unit}|${seq}`, group: `task ${seq} ${unit}` }
  return { key: `${type}|${periodLabel}|${seq}`, group: `entry ${periodLabel} ${seq}` }
}

const TITLES: [RegExp, string, 'label' | 'unit'][] = [
  [/^(.*)进展已报送(?:[(（]逾期[)）])?$/u, 'entry.submitted', 'label'],
  [/^(.*)进展已退回$/u, 'entry.returned', 'label'],
  [/^(.*)进展已审核[:：]/u, 'entry.accepted', 'label'],
  [/^(.*)进展逾期未报送$/u, 'entry.overdue', 'label'],
  [/^催办[:：](.*)$/u, 'reminder.issued', 'unit'],
  [/^延期申请(?:已批准|未批准)[:：](.*)$/u, 'extension.decided', 'unit'],
  [/^延期申请[:：](.*)$/u, 'extension.requested', 'unit'],
  [/^(.*)已关闭$/u, 'period.closed', 'label'],
]

/** A 企业微信 robot: {msgtype: 'markdown', markdown: {content}}, answered {errcode: 0}. */
export class RobotReceiver extends Receiver {
  protected take(body: string): Receipt {
    const content = (JSON.parse(body) as { markdown?: { content?: string } }).markdown?.content ?? ''
    const facts = parseRobotMessage(content)
    const { key, group } = robotKey(facts)
    return { eventId: null, type: facts.type, group, key, signed: true }
  }

  protected acknowledge(response: ServerResponse) {
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0,"errmsg":"ok"}')
  }
}

export function parseRobotMessage(content: string): RobotFacts {
  // 【督办】池州市：what happened, then what it is about: a message names its city.
  const match = /^\*\*【督办】([^：]+市)：(.*)\*\*(?:\n\n([\s\S]*))?$/u.exec(content)
  if (!match) return { type: `not understood (no city named?): ${content.slice(0, 60)}` }
  const [, , title, body = ''] = match as unknown as [string, string, string, string | undefined]
  for (const [pattern, type, names] of TITLES) {
    const found = pattern.exec(title)
    if (!found) continue
    const seq = /^第(\d+)项/u.exec(body)?.[1]
    return names === 'label' ? { type, periodLabel: found[1], seq } : { type, unit: found[1], seq, text: body }
  }
  return { type: `not understood: ${title}` }
}
