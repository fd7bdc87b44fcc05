/**
 * GET …/periods/{id}/report on the 淮南 2023 Q1 import (262 rows), loaded by autocannon from
 * a process of its own. `npx tsx bench/report-route.ts [format] [runs] [seconds]`; with
 * DATABASE_URL, on that PostgreSQL server (a scratch database, dropped afterwards). Run the
 * server under `node --cpu-prof --import tsx` to profile it alone: the client is another process.
 * REPORT_OUT=file writes the bytes of each format's response, to compare builds.
 */
import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import type autocannon from 'autocannon'
import { buildApp } from '../src/app.js'
import { createApiKey } from '../src/features/keys/keys.service.js'
import { systemActor } from '../src/db/audit.js'
import { openScratchDatabase } from '../src/db/scratch.js'

const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/seeds')
const [format = 'json', runs = '3', seconds = '10'] = process.argv.slice(2)
const autocannonCli = createRequire(import.meta.url).resolve('autocannon/autocannon.js')
const execFileAsync = promisify(execFile)

async function load(url: string, headers: Record<string, string>, duration: number) {
  const args = [autocannonCli, '--json', '--connections', '8', '--duration', String(duration)]
  for (const [name, value] of Object.entries(headers)) args.push('--headers', `${name}=${value}`)
  const { stdout } = await execFileAsync(process.execPath, [...args, url], { maxBuffer: 16 * 1024 * 1024 })
  const result = JSON.parse(stdout) as autocannon.Result
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  return result
}

const { database, drop } = await openScratchDatabase(process.env.DATABASE_URL, 20)
try {
  const key = await database.db.transaction().execute((trx) => createApiKey(trx, systemActor, { name: 'bench', role: 'admin', cityCode: null, leadUnitId: null }))
  const headers = { authorization: `Bearer ${key.key}` }
  const app = await buildApp({ database, edges: { rateLimitPerMinute: 10_000_000 } })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/v1/cities`
  const post = async (url: string, body: object) => {
    const response = await fetch(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) })
    if (response.status !== 201) throw new Error(`POST ${url}: ${response.status} ${await response.text()}`)
    return response.json() as Promise<{ period: { id: number } }>
  }
  await post(base, { code: '340400', name: '淮南市', province: '安徽省' })
  const document = await readFile(path.join(seeds, 'huainan-2023-q1.txt'), 'utf8')
  const imported = await post(`${base}/340400/imports`, { document, sourceName: 'huainan-2023-q1.txt' })
  const url = `${base}/340400/periods/${imported.period.id}/report?format=${format}`
  if (process.env.REPORT_OUT) {
    for (const f of ['json', 'csv', 'md']) {
      const response = await fetch(url.replace(/format=\w+$/, `format=${f}`), { headers })
      const body = Buffer.from(await response.arrayBuffer())
      const meta = ['content-type', 'content-disposition', 'vary', 'content-length'].map((h) => `${h}: ${response.headers.get(h)}`).join('\n')
      await writeFile(`${process.env.REPORT_OUT}.${f}`, body)
      await writeFile(`${process.env.REPORT_OUT}.${f}.headers`, `${response.status}\n${meta}\n`)
    }
  }
  console.log(`GET ${url.replace(base, '…')} (262 rows) on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}, 8 connections`)
  await load(url, headers, 3) // warm up
  for (let i = 0; i < Number(runs); i++) {
    const result = await load(url, headers, Number(seconds))
    console.log(`run ${i + 1}: ${result.requests.average.toFixed(1)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
      `${(result.throughput.average / 1e6).toFixed(1)} MB/s`)
  }
  await app.close()
} finally {
  await drop()
}
