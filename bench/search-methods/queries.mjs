// SQL for each method. city = null -> national (no city filter).
import { norm, jiebaQuery, bigramQuery } from './lib.mjs'
const likeEsc = (t) => '%' + t.replace(/[\\%_]/g, (m) => '\\' + m) + '%'
export const terms = (q) => norm(q).split(/\s+/u).filter(Boolean)
export function sqlFor(method, q, city, { jiebaMode = 'phrase' } = {}) {
  const where = city ? ['city_code = $1'] : []
  const values = city ? [city] : []
  const p = () => '$' + (values.length)
  if (method === 'A') {
    for (const t of terms(q)) { values.push(likeEsc(t)); where.push(`norm like ${p()}`) }
    return { text: `select id from s_trgm where ${where.join(' and ')}`, values }
  }
  if (method === 'B') { values.push(jiebaQuery(q, jiebaMode)); where.push(`tsv @@ ${p()}::tsquery`); return { text: `select id from s_jieba where ${where.join(' and ')}`, values } }
  if (method === 'C') { values.push(bigramQuery(q)); where.push(`doc @@ ${p()}::tsquery`); return { text: `select id from s_bigram where ${where.join(' and ')}`, values } }
  throw new Error(method)
}
// ground truth: exact expression on progress_entries (the brief's definition)
export function truthSql(q, city) {
  const where = city ? ['city_code = $1'] : []
  const values = city ? [city] : []
  for (const t of terms(q)) { values.push(likeEsc(t)); where.push(`lower(normalize(progress||' '||next_steps||' '||remarks, NFKC)) like $${values.length}`) }
  return { text: `select id from progress_entries where ${where.join(' and ')}`, values }
}
export const CITY = '100151'
export const BENCH = ['消费', '新能源汽车', '发改委', '推进', '消费 增长']
