// Shared helpers: module loading from the repo / jieba folders, tokenisers for methods B and C.
import { createRequire } from 'node:module'
// pg from the repository; @node-rs/jieba from a folder of its own (it is not one of duban's dependencies).
const reqRepo = createRequire(new URL('../../package.json', import.meta.url))
const reqJieba = createRequire(`${process.env.JIEBA_DIR ?? '/tmp/jieba'}/package.json`)
export const pg = reqRepo('pg')
const { Jieba } = reqJieba('@node-rs/jieba')
const { dict } = reqJieba('@node-rs/jieba/dict.js')
export const jieba = Jieba.withDict(dict)
export const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/searchlab_720k'

export const norm = (s) => s.normalize('NFKC').toLowerCase()

// ---- C: character bigrams -------------------------------------------------
const NONWORD = /[^0-9a-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu
/** normalized text -> tsvector literal of bigrams (positions 1-based over the separated string, capped at 16383) */
export function bigramVector(n) {
  const c = [...n.replace(NONWORD, ' ')]
  const parts = []
  for (let i = 0; i < c.length && i < 16383; i++) {
    if (c[i] === ' ') continue
    const lex = i + 1 < c.length && c[i + 1] !== ' ' ? c[i] + c[i + 1] : c[i]
    parts.push(`'${lex}':${i + 1}`)
  }
  return parts.join(' ')
}
/** one query term (already normalized) -> tsquery text, or null if it has no word characters */
export function bigramTerm(term) {
  const pieces = term.replace(NONWORD, ' ').trim().split(' ').filter(Boolean)
  if (pieces.length === 0) return null
  return pieces.map((p) => {
    const c = [...p]
    if (c.length === 1) return `'${c[0]}':*`
    const grams = []
    for (let i = 0; i + 1 < c.length; i++) grams.push(`'${c[i]}${c[i + 1]}'`)
    return grams.length === 1 ? grams[0] : `(${grams.join(' <-> ')})`
  }).join(' & ')
}
export const bigramQuery = (q) => norm(q).split(/\s+/u).filter(Boolean).map(bigramTerm).filter(Boolean).join(' & ')

// ---- B: jieba search mode --------------------------------------------------
const HAS_WORD = /[0-9a-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u
const quote = (t) => `'${t.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`
export const jiebaTokens = (n) => jieba.cutForSearch(n, true).filter((t) => HAS_WORD.test(t)).map((t) => t.trim()).filter(Boolean)
/** normalized text -> tsvector literal, positions = token ordinal (what to_tsvector('simple', tokens joined by ' ') would give) */
export function jiebaVector(n) {
  const toks = jiebaTokens(n)
  return toks.slice(0, 16383).map((t, i) => `${quote(t)}:${i + 1}`).join(' ')
}
/** mode 'phrase': tokens of a term joined by <-> (the brief's method); 'and': joined by & */
export function jiebaQuery(q, mode = 'phrase') {
  return norm(q).split(/\s+/u).filter(Boolean).map((term) => {
    const toks = jiebaTokens(term).map(quote)
    if (toks.length === 0) return null
    return toks.length === 1 ? toks[0] : `(${toks.join(mode === 'phrase' ? ' <-> ' : ' & ')})`
  }).filter(Boolean).join(' & ')
}
