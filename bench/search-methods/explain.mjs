// EXPLAIN (ANALYZE, BUFFERS) of every bench query, per method; custom plan (parameters bound), and for A also the generic plan.
import { pg, DATABASE_URL } from './lib.mjs'
import { sqlFor, CITY, BENCH } from './queries.mjs'
const c = new pg.Client({ connectionString: DATABASE_URL }); await c.connect()
for (const m of ['A', 'B', 'C']) for (const [q, city] of [...BENCH.map((q) => [q, CITY]), ['消费', null]]) {
  for (const mode of m === 'A' ? ['force_custom_plan', 'force_generic_plan'] : ['force_custom_plan', 'force_generic_plan']) {
    const { text, values } = sqlFor(m, q, city)
    await c.query(`set plan_cache_mode = ${mode}`)
    const r = await c.query(`explain (analyze, buffers) ${text}`, values)
    console.log(`=== ${m} ${city ?? 'national'} "${q}" ${mode}\n${text}  -- ${JSON.stringify(values)}\n` + r.rows.map((x) => x['QUERY PLAN']).join('\n') + '\n')
  }
}
await c.end()
