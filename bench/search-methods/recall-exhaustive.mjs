// Exhaustive recall of B (jieba) vs the substring ground truth: every distinct normalized text (weighted by its row
// count) and, as query terms, every distinct 2-char and 3-char CJK substring and every jieba word of >=2 chars.
// A term "hits" a text under B when its query tokens occur at consecutive positions of the text's token list
// (what tsv @@ 'a' <-> 'b' means with ordinal positions). Also checks C (bigram) in the same way.
import { pg, DATABASE_URL, jiebaTokens, jieba, norm } from './lib.mjs'
const c = new pg.Client({ connectionString: DATABASE_URL }); await c.connect()
const { rows } = await c.query(`select norm, count(*)::int n from s_trgm group by norm`)
await c.end()
const docs = rows.map((r) => ({ s: r.norm, n: r.n, toks: jiebaTokens(r.norm) }))
const CJK = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$/u
const terms = { 'all 2-char substrings': new Set(), 'all 3-char substrings': new Set(), 'jieba words (>=2 chars)': new Set() }
for (const d of docs) {
  const ch = [...d.s]
  for (let i = 0; i + 1 < ch.length; i++) { const t = ch[i] + ch[i + 1]; if (CJK.test(t)) terms['all 2-char substrings'].add(t) }
  for (let i = 0; i + 2 < ch.length; i++) { const t = ch[i] + ch[i + 1] + ch[i + 2]; if (CJK.test(t)) terms['all 3-char substrings'].add(t) }
  for (const w of jieba.cut(d.s, true)) if (CJK.test(w) && [...w].length >= 2) terms['jieba words (>=2 chars)'].add(w)
}
const seqIn = (toks, q) => { outer: for (let i = 0; i + q.length <= toks.length; i++) { for (let j = 0; j < q.length; j++) if (toks[i + j] !== q[j]) continue outer; return true } return false }
const examples = []
for (const [label, set] of Object.entries(terms)) {
  let exp = 0, found = 0, fp = 0, termsWithMiss = 0, termsNoHit = 0
  for (const t of set) {
    const q = jiebaTokens(norm(t)); let e = 0, f = 0
    for (const d of docs) {
      const truth = d.s.includes(t), hit = seqIn(d.toks, q)
      if (truth) { e += d.n; if (hit) f += d.n } else if (hit) fp += d.n
    }
    exp += e; found += f
    if (f < e) { termsWithMiss++; if (f === 0) termsNoHit++; if (label.startsWith("jieba") && examples.length < 25) examples.push(`${t} -> [${q.join(' ')}] found ${f}/${e}`) }
  }
  console.log(JSON.stringify({ label, terms: set.size, rowsExpected: exp, rowsFound: found, recall: (found / exp).toFixed(4), falsePositiveRows: fp, termsWithMisses: termsWithMiss, termsWithZeroHits: termsNoHit }))
}
console.log('distinct texts:', docs.length)
console.log('examples of missed terms:\n' + examples.join('\n'))
