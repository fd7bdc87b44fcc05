// Latency: node bench.mjs [A|B|C ...]
// per query: 10 warm-up runs, 200 sequential runs of a named (prepared) statement on one client -> p50/p99;
// env PLAN=custom -> plan_cache_mode=force_custom_plan on every connection; env ONLY=A_100151_消费,... filters.
// statement_timeout 20 s on every connection bounds the damage of a pathological plan under load.
// then 32 workers on a pg Pool(32) looping for 10 s -> req/s, p50, p99. National 消费 too (sequential capped at 30 s).
import { pg, DATABASE_URL } from './lib.mjs'
import { sqlFor, CITY, BENCH } from './queries.mjs'
const methods = process.argv.slice(2).length ? process.argv.slice(2) : ['A', 'B', 'C']
const pct = (a, p) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.ceil(p / 100 * s.length) - 1)] }
const r2 = (x) => Math.round(x * 100) / 100
const options = '-c statement_timeout=20000' + (process.env.PLAN === 'custom' ? ' -c plan_cache_mode=force_custom_plan' : '')
const only = process.env.ONLY ? process.env.ONLY.split(',') : null
const client = new pg.Client({ connectionString: DATABASE_URL, options }); await client.connect()
for (const m of methods) {
  for (const [q, city] of [...BENCH.map((q) => [q, CITY]), ['消费', null]]) {
    if (only && !only.includes(`${m}_${city ?? 'nat'}_${q}`)) continue
    const { text, values } = sqlFor(m, q, city)
    const name = `${m}_${city ?? 'nat'}_${Buffer.from(q).toString('hex')}`
    let rows = 0
    for (let i = 0; i < 10; i++) rows = (await client.query({ name, text, values })).rowCount
    const seq = []; const tStart = performance.now()
    for (let i = 0; i < 200 && performance.now() - tStart < 30000; i++) {
      const t = performance.now(); await client.query({ name, text, values }); seq.push(performance.now() - t)
    }
    const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 32, options })
    await Promise.all(Array.from({ length: 32 }, async () => { const c = await pool.connect(); await c.query({ name, text, values }); c.release() }))
    let errors = 0; const lat = []; const end = performance.now() + 10000; const t0 = performance.now()
    await Promise.all(Array.from({ length: 32 }, async () => {
      const c = await pool.connect()
      while (performance.now() < end) { const t = performance.now(); try { await c.query({ name, text, values }) } catch { errors++ } lat.push(performance.now() - t) }
      c.release()
    }))
    const secs = (performance.now() - t0) / 1000
    await pool.end()
    console.log(JSON.stringify({ method: m, q, scope: city ?? 'national', rows, seqRuns: seq.length, seqP50: r2(pct(seq, 50)), seqP99: r2(pct(seq, 99)),
      concReqs: lat.length, reqPerSec: Math.round(lat.length / secs), concP50: r2(pct(lat, 50)), concP99: r2(pct(lat, 99)), concSecs: r2(secs), errors, plan: process.env.PLAN ?? 'default' }))
  }
}
await client.end()
