// Recall / false positives of each method vs the ground truth, nationally and for the bench city.
import { pg, DATABASE_URL } from './lib.mjs'
import { sqlFor, truthSql, CITY, BENCH } from './queries.mjs'
const c = new pg.Client({ connectionString: DATABASE_URL }); await c.connect()
const TERMS = ['消费', '消费品', '新能源汽车', '发改委', '推进', '汽车', '增长', '车', '未达预期', '消费 增长']
const ids = async (q) => new Set((await c.query(q)).rows.map((r) => r.id))
const out = []
for (const [scope, city, list] of [['national', null, TERMS], [`city ${CITY}`, CITY, BENCH]]) {
  for (const q of list) {
    const truth = await ids(truthSql(q, city))
    const row = { scope, q, expected: truth.size }
    for (const [m, opt] of [['A', {}], ['B', {}], ['B&', { jiebaMode: 'and' }], ['C', {}]]) {
      const found = await ids(sqlFor(m[0], q, city, opt))
      let tp = 0; for (const id of found) if (truth.has(id)) tp++
      row[m] = `${tp}/${truth.size}` + (found.size - tp ? ` +${found.size - tp}FP` : '')
      row[m + '_miss'] = truth.size - tp
    }
    out.push(row); console.log(JSON.stringify(row))
  }
}
await c.end()
