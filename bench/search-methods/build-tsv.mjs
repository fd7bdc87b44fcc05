// Build the side table for method B (jieba) or C (bigram):  node build-tsv.mjs jieba|bigram
// Reads progress_entries in keyset batches, normalizes in SQL (same expression as the ground truth),
// tokenizes in Node, inserts tsvector literals with unnest(...)::tsvector, then builds the GIN index.
import { pg, DATABASE_URL, jiebaVector, bigramVector } from './lib.mjs'
const method = process.argv[2]
const vec = { jieba: jiebaVector, bigram: bigramVector }[method]
if (!vec) throw new Error('usage: build-tsv.mjs jieba|bigram')
const table = method === 'jieba' ? 's_jieba' : 's_bigram'
const col = method === 'jieba' ? 'tsv' : 'doc'
const c = new pg.Client({ connectionString: DATABASE_URL })
await c.connect()
await c.query(`set maintenance_work_mem = '256MB'`)
await c.query(`drop table if exists ${table}`)
await c.query(`create table ${table} (city_code text not null, id bigint not null, ${col} tsvector not null)`)
const t0 = performance.now()
let tokenMs = 0, n = 0, lastCity = '', lastId = 0
for (;;) {
  const { rows } = await c.query(
    `select city_code, id, lower(normalize(progress||' '||next_steps||' '||remarks, NFKC)) as norm
       from progress_entries where (city_code, id) > ($1, $2) order by city_code, id limit 10000`, [lastCity, lastId])
  if (rows.length === 0) break
  const t1 = performance.now()
  const vs = rows.map((r) => vec(r.norm))
  tokenMs += performance.now() - t1
  await c.query(`insert into ${table} select * from unnest($1::text[], $2::bigint[], $3::text[]::tsvector[])`,
    [rows.map((r) => r.city_code), rows.map((r) => r.id), vs])
  n += rows.length
  lastCity = rows.at(-1).city_code; lastId = rows.at(-1).id
}
const loadMs = performance.now() - t0
const t2 = performance.now()
await c.query(`create index ${table}_gin on ${table} using gin (city_code, ${col})`)
const indexMs = performance.now() - t2
await c.query(`vacuum analyze ${table}`)
console.log(JSON.stringify({ method, rows: n, loadMs: Math.round(loadMs), tokenizeMs: Math.round(tokenMs), indexMs: Math.round(indexMs) }))
await c.end()
