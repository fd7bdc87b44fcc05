/**
 * The write burst of bench/burst.ts, in a process of its own (as callers are), so that the
 * receiver's clock and the load's work do not share an event loop. Reads a BurstPlan as JSON
 * on stdin, prints a BurstLoadResult as JSON:
 *
 *   node --import tsx bench/burst-load.ts < plan.json
 *
 * Write k is due at start + k / rate; `clients` callers take the next write as each finishes
 * the last, wait until it is due and send it (one late goes at once), each to its own instance.
 * Write k files the entry of city k mod n and of that city's (k div n)-th task, so the writes are
 * spread evenly over the cities and each, until a city's tasks run out, files a new entry.
 */
import { text } from 'node:stream/consumers'

export interface BurstPlan {
  /** The instances' base URLs; client i writes to instance i mod their number. */
  instances: string[]
  cities: { code: string, key: string, periodId: number, taskIds: number[] }[]
  /** Writes a second, all clients together. */
  rate: number
  seconds: number
  clients: number
  /** The entry filed (JSON). */
  body: string
}

export interface BurstLoadResult {
  /** When the first write was due and when the last answer came, ms since the epoch. */
  startedAt: number
  endedAt: number
  planned: number
  /** 201: a new entry; 200: one replaced. */
  created: number
  replaced: number
  /** Anything else, by status (or the error's name when no answer came). */
  errors: Record<string, number>
  latency: { p50: number, p99: number, max: number }
}

const plan = JSON.parse(await text(process.stdin)) as BurstPlan
const planned = Math.round(plan.rate * plan.seconds)
const interval = 1000 / plan.rate
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let next = 0
let created = 0
let replaced = 0
const errors: Record<string, number> = {}
const latencies: number[] = []
const count = (what: string) => { errors[what] = (errors[what] ?? 0) + 1 }

async function write(base: string, k: number) {
  const city = plan.cities[k % plan.cities.length]!
  const taskId = city.taskIds[Math.floor(k / plan.cities.length) % city.taskIds.length]!
  const sent = performance.now()
  try {
    const response = await fetch(`${base}/v1/cities/${city.code}/tasks/${taskId}/progress/${city.periodId}`, {
      method: 'PUT', body: plan.body, signal: AbortSignal.timeout(30_000),
      headers: { authorization: `Bearer ${city.key}`, 'content-type': 'application/json' },
    })
    await response.arrayBuffer()
    latencies.push(performance.now() - sent)
    if (response.status === 201) created++
    else if (response.status === 200) replaced++
    else count(String(response.status))
  } catch (error) {
    count((error as Error).name)
  }
}

// The first write is due a moment from now, once every client is waiting for its own.
const start = performance.now() + 100
const startedAt = Date.now() + 100
await Promise.all(Array.from({ length: plan.clients }, async (_, client) => {
  const base = plan.instances[client % plan.instances.length]!
  for (let k = next++; k < planned; k = next++) {
    const wait = start + k * interval - performance.now()
    if (wait > 0) await sleep(wait)
    await write(base, k)
  }
}))
const endedAt = Date.now()

latencies.sort((a, b) => a - b)
const at = (p: number) => latencies.length === 0 ? 0 : latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)]!
const result: BurstLoadResult = {
  startedAt, endedAt, planned, created, replaced, errors,
  latency: { p50: at(0.5), p99: at(0.99), max: latencies.at(-1) ?? 0 },
}
console.log(JSON.stringify(result))
