/**
 * The benchmark, on the PostgreSQL server in DATABASE_URL (the embedded database when unset,
 * which says little about production; the comparison needs a server): the import of a real
 * report, then every hot route of duban against a bare route on the same tables
 * (bench/compare.ts). Each part runs in a fresh database of its own, dropped afterwards.
 * Webhook delivery under a burst of writes (bench/burst.ts) runs only when named: it takes minutes.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { systemActor } from '../src/db/audit.js'
import { insertCity } from '../src/features/cities/cities.service.js'
import { openScratchDatabase } from '../src/db/scratch.js'
import { runImport } from '../src/features/imports/imports.service.js'
import { benchBurst } from './burst.js'
import { benchCompare, SIZES } from './compare.js'
import { benchStart } from './start.js'

const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/seeds')
const serverUrl = process.env.DATABASE_URL

const freshDatabase = () => openScratchDatabase(serverUrl, 40)

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

console.log(`duban benchmark on ${serverUrl ? 'PostgreSQL server (DATABASE_URL)' : 'embedded PostgreSQL (set DATABASE_URL for real figures)'}`)
// `npm run bench -- start`, `-- import` or `-- compare [--sizes 10k,720k] [--seconds 3] [--rounds 3] [--connections 8,32] [--only task]
// [--server-node-options=--max-old-space-size=128]` (NODE_OPTIONS of the servers measured, not of the build or the load)
// [--profile DIR] (duban runs with --cpu-prof and writes its CPU profile into DIR when stopped)
// runs one part; no argument runs start, import and compare.
// `-- burst [--cities 50] [--seconds 60] [--rate 300] [--delays 0,50] [--instances 1,2] [--dead 1] [--clients 16] [--history 0]
// [--max-drain 300] [--out bench/burst.json]`: webhook delivery under a burst of writes (bench/burst.ts).
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    sizes: { type: 'string', default: '10k,720k' },
    seconds: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '8,32' },
    only: { type: 'string' },
    out: { type: 'string' },
    'server-node-options': { type: 'string' },
    profile: { type: 'string' },
    cities: { type: 'string', default: '50' },
    rate: { type: 'string', default: '300' },
    delays: { type: 'string', default: '0,50' },
    instances: { type: 'string', default: '1,2' },
    dead: { type: 'string', default: '1' },
    clients: { type: 'string', default: '16' },
    history: { type: 'string', default: '0' },
    'max-drain': { type: 'string', default: '300' },
    backlog: { type: 'string', default: '0' },
  },
})
const only = positionals[0]
if (only !== undefined && !['import', 'compare', 'start', 'burst'].includes(only)) throw new Error(`bench: no part "${only}" (import, compare, start, burst)`)
if (only === undefined || only === 'start') await benchStart(Number(values.rounds) + 2)
if (only === undefined || only === 'import') await benchImport()
if (only === undefined || only === 'compare') {
  if (!serverUrl) {
    console.log('compare: skipped; it measures duban against bare routes on a PostgreSQL server (set DATABASE_URL)')
  } else {
    await benchCompare({
      serverUrl,
      sizes: values.sizes.split(',').map((name) => {
        const size = SIZES[name]
        if (!size) throw new Error(`bench: no size "${name}" (${Object.keys(SIZES).join(', ')})`)
        return size
      }),
      seconds: Number(values.seconds ?? '3'), rounds: Number(values.rounds),
      connections: values.connections.split(',').map(Number),
      only: values.only?.split(','), out: values.out ?? 'bench/results.json', serverNodeOptions: values['server-node-options'], profileDir: values.profile,
    })
  }
}
if (only === 'burst') {
  if (!serverUrl) {
    console.log('burst: skipped; it runs several server processes on one database, which needs a PostgreSQL server (set DATABASE_URL)')
  } else {
    const whole = (name: string, text: string, min: number) => {
      const n = Number(text)
      if (!Number.isInteger(n) || n < min) throw new Error(`bench: --${name} must be a whole number of at least ${min} (got "${text}")`)
      return n
    }
    const list = (name: string, text: string, min: number) => text.split(',').map((part) => whole(name, part.trim(), min))
    await benchBurst({
      serverUrl,
      cities: whole('cities', values.cities, 1), seconds: whole('seconds', values.seconds ?? '60', 1), rate: whole('rate', values.rate, 1),
      delays: list('delays', values.delays, 0), instances: list('instances', values.instances, 1), dead: whole('dead', values.dead, 0),
      clients: whole('clients', values.clients, 1), history: list('history', values.history, 0), maxDrainSeconds: whole('max-drain', values['max-drain'], 1),
      backlog: whole('backlog', values.backlog, 0),
      out: values.out ?? 'bench/burst.json',
    })
  }
}
