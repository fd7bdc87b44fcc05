/**
 * The benchmark: import and report figures on the PostgreSQL server in DATABASE_URL (the
 * embedded database when unset, which says little about production). Each measurement
 * runs in a fresh database of its own that is dropped afterwards.
 */
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { type DatabaseHandle, openDatabase } from '../src/db/connect.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { systemActor } from '../src/db/queries/audit.js'
import { insertCity } from '../src/db/queries/cities.js'
import { runImport } from '../src/services/imports.js'

const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/seeds')
const serverUrl = process.env.DATABASE_URL

async function freshDatabase(): Promise<{ database: DatabaseHandle, drop: () => Promise<void> }> {
  if (!serverUrl) {
    const database = openDatabase({ memory: true })
    await migrateToLatest(database.db)
    return { database, drop: () => database.db.destroy() }
  }
  const name = `duban_bench_${randomBytes(5).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const database = openDatabase({ url: url.toString() }, { max: 40 })
  await migrateToLatest(database.db)
  return {
    database,
    drop: async () => {
      await database.db.destroy()
      const cleanup = new pg.Client({ connectionString: serverUrl })
      await cleanup.connect()
      await cleanup.query(`drop database if exists ${name} with (force)`)
      await cleanup.end()
    },
  }
}

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
      await insertCity(database.db, systemActor, { code: cityCode, name: `淮南${i}`, province: '安徽省' })
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
await benchImport()
