/**
 * The benchmark, on the PostgreSQL server in DATABASE_URL (the embedded database when unset,
 * which says little about production; the comparison needs a server): the import of a real
 * report, then every hot route of duban against a bare route on the same tables
 * (bench/compare.ts). Each part runs in a fresh database of its own, dropped afterwards.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { systemActor } from '../src/db/audit.js'
import { insertCity } from '../src/features/cities/cities.service.js'
import { openScratchDatabase } from '../src/db/scratch.js'
import { runImport } from '../src/features/imports/imports.service.js'
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
// runs one part; no argument runs both.
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    sizes: { type: 'string', default: '10k,720k' },
    seconds: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '8,32' },
    only: { type: 'string' },
    out: { type: 'string', default: 'bench/results.json' },
    'server-node-options': { type: 'string' },
  },
})
const only = positionals[0]
if (only !== undefined && !['import', 'compare', 'start'].includes(only)) throw new Error(`bench: no part "${only}" (import, compare, start)`)
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
      seconds: Number(values.seconds), rounds: Number(values.rounds),
      connections: values.connections.split(',').map(Number),
      only: values.only?.split(','), out: values.out, serverNodeOptions: values['server-node-options'],
    })
  }
}
