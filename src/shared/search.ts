import { ConverterFactory } from 'opencc-js/core'
import STCharacters from 'opencc-js/dict/STCharacters'
import TSCharacters from 'opencc-js/dict/TSCharacters'
import { Unprocessable } from './errors.js'
import { type ProgressStatus, STATUS_WORDS } from './values.js'

/**
 * Word search in Chinese text without a word list: every text is indexed by its character
 * bigrams, so a term is found wherever it stands as a substring, whatever the words around
 * it ("消费" in 消费品, "发改委" in 市发改委). docs/perf.md has the measurement that chose
 * bigrams over pg_trgm and jieba.
 *
 * A text is normalised (NFKC: full-width letters, digits and spaces become half-width;
 * then lower case) and split into runs of word characters (CJK, a-z, 0-9); everything else
 * separates. Each word character at position i gives the lexeme of itself and the next
 * character, or itself alone when it ends a run; the tsvector keeps the positions, so a
 * term of n characters is the phrase of its n-1 bigrams (`'新能' <-> '能源' <-> …`) and a
 * one-character term the prefix `'车':*`. Simplified and traditional forms are matched on
 * the query side: each character of a term stands for its forms (发 | 發).
 */

const WORD = /[0-9a-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/
/** tsvector positions stop at 16383; later characters share the last one (still found, not as a phrase). */
const MAX_POSITION = 16383

const folded = new Map<string, string>()
/** A character as the index sees it: NFKC, lower case (possibly several characters, or none). */
function fold(char: string): string {
  let out = folded.get(char)
  if (out === undefined) {
    out = char.normalize('NFKC').toLowerCase()
    folded.set(char, out)
  }
  return out
}

/** The normalised text, with for each of its characters the index of the character of `text` it came from. */
export function normalise(text: string): { chars: string[], from: number[] } {
  const chars: string[] = []
  const from: number[] = []
  let i = 0
  for (const char of text) {
    for (const out of fold(char)) {
      chars.push(out)
      from.push(i)
    }
    i += char.length
  }
  return { chars, from }
}

export type DocumentField = { text: string, weight: 'A' | 'B' | 'C' | 'D' }

/**
 * The tsvector (in its text form, to be cast with ::tsvector) of the fields of one document,
 * one after another with a gap, so that no phrase runs from one field into the next.
 */
export function searchDocument(fields: DocumentField[]): string {
  const positions = new Map<string, string[]>()
  let offset = 0
  for (const { text, weight } of fields) {
    const { chars } = normalise(text)
    for (let i = 0; i < chars.length; i++) {
      const char = chars[i]!
      if (!WORD.test(char)) continue
      const next = chars[i + 1]
      const lexeme = next !== undefined && WORD.test(next) ? char + next : char
      const position = `${Math.min(offset + i + 1, MAX_POSITION)}${weight}`
      const list = positions.get(lexeme)
      if (list) list.push(position)
      else positions.set(lexeme, [position])
    }
    offset += chars.length + 1
  }
  // Lexemes are word characters only: none needs quoting inside the quotes.
  return [...positions].map(([lexeme, list]) => `'${lexeme}':${list.join(',')}`).join(' ')
}

// One character at a time: only OpenCC's character tables (60 kB) are loaded, not its phrase
// tables, which cost the process ~30 MB of memory and give no single character another form
// (every character of U+3400–U+9FFF and of the tables maps alike with either).
const toSimplified = ConverterFactory([TSCharacters])
const toTraditional = ConverterFactory([STCharacters])
const forms = new Map<string, string[]>()
/** A character's simplified and traditional forms, itself first. */
function formsOf(char: string): string[] {
  let out = forms.get(char)
  if (out === undefined) {
    out = [...new Set([char, toSimplified(char), toTraditional(char)].filter((form) => [...form].length === 1 && WORD.test(form)))]
    forms.set(char, out)
  }
  return out
}

/** One search term: what the caller typed, its runs of word characters, and its tsquery text. */
export type SearchTerm = { text: string, runs: string[], tsquery: string }

const MAX_TERMS = 8

/**
 * The terms of a query: split at white space (full-width too), each term the runs of word
 * characters it holds. A query with no word character (only punctuation or spaces) is a 422:
 * it could only match everything or nothing.
 */
export function parseSearchQuery(q: string): SearchTerm[] {
  const terms: SearchTerm[] = []
  for (const text of q.normalize('NFKC').split(/\s+/u)) {
    const { chars } = normalise(text)
    const runs = chars.map((char) => (WORD.test(char) ? char : ' ')).join('').split(' ').filter(Boolean)
    if (runs.length === 0) continue
    terms.push({ text, runs, tsquery: runs.map(runQuery).join(' & ') })
  }
  if (terms.length === 0) throw new Unprocessable('empty_query', 'q holds no letter, digit or Chinese character to search for')
  if (terms.length > MAX_TERMS) throw new Unprocessable('too_many_terms', `q has ${terms.length} terms; at most ${MAX_TERMS} are searched together`)
  return terms
}

/**
 * The terms with a city's own status words read as the evaluation they name: a term that is one
 * of the city's words (超进度) also finds the entries of that status, whose documents hold the
 * service's own word (shared/statusWords.ts). `read` maps each word of the city's to its status.
 */
export function withStatusWords(terms: SearchTerm[], read: Record<string, ProgressStatus>): SearchTerm[] {
  const spaceless = (text: string) => text.replace(/\s+/gu, '')
  const statusOf = new Map(Object.entries(read).map(([word, status]) => [spaceless(word.normalize('NFKC')), status]))
  return terms.map((term) => {
    const status = statusOf.get(spaceless(term.text))
    const own = status === undefined ? undefined : STATUS_WORDS[status]
    if (!own || spaceless(own) === spaceless(term.text)) return term
    return { ...term, tsquery: `(${term.tsquery}) | (${parseSearchQuery(own)[0]!.tsquery})` }
  })
}

/** A run of word characters as a tsquery: its bigrams as a phrase, each in its character forms. */
function runQuery(run: string): string {
  const chars = [...run]
  const alternatives = (lexemes: string[], suffix = '') => {
    const options = lexemes.map((lexeme) => `'${lexeme}'${suffix}`)
    return options.length === 1 ? options[0]! : `(${options.join(' | ')})`
  }
  if (chars.length === 1) return alternatives(formsOf(chars[0]!), ':*')
  const grams: string[] = []
  for (let i = 0; i + 1 < chars.length; i++) {
    const lexemes = formsOf(chars[i]!).flatMap((a) => formsOf(chars[i + 1]!).map((b) => a + b))
    grams.push(alternatives(lexemes))
  }
  return grams.length === 1 ? grams[0]! : `(${grams.join(' <-> ')})`
}

/** A character as a match compares it: normalised, and in its simplified form. */
const canonical = new Map<string, string>()
function canonicalOf(char: string): string {
  const known = canonical.get(char)
  if (known !== undefined) return known
  const out = formsOf(char).map((form) => toSimplified(form)).find((form) => [...form].length === 1) ?? char
  canonical.set(char, out)
  return out
}

export type Highlight = { start: number, end: number }
export type Snippet = { text: string, highlights: Highlight[] }

const BEFORE = 30
const LENGTH = 120

/**
 * Where the terms stand in a text: the passage around the first match (at most 120
 * characters, … where cut) with every match in it marked by its offsets in the passage.
 * Undefined when no term is in the text.
 */
export function snippet(text: string, terms: SearchTerm[]): Snippet | undefined {
  const { canon, from } = canonicalText(text)
  const at = (i: number) => (from ? from[i]! : i)
  const ranges: Highlight[] = []
  for (const run of terms.flatMap((term) => term.runs)) {
    const needle = canonicalText(run).canon
    for (let i = canon.indexOf(needle); i >= 0; i = canon.indexOf(needle, i + 1)) {
      const last = at(i + needle.length - 1)
      ranges.push({ start: at(i), end: last + (text.codePointAt(last)! > 0xffff ? 2 : 1) })
    }
  }
  if (ranges.length === 0) return undefined
  ranges.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: Highlight[] = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end)
    else merged.push({ ...range })
  }
  const start = Math.max(0, Math.min(merged[0]!.start - BEFORE, text.length - LENGTH))
  const end = Math.min(text.length, start + LENGTH)
  const head = start > 0 ? '…' : ''
  const shift = head.length - start
  return {
    text: `${head}${text.slice(start, end)}${end < text.length ? '…' : ''}`,
    highlights: merged.filter((range) => range.start >= start && range.end <= end)
      .map((range) => ({ start: range.start + shift, end: range.end + shift })),
  }
}

const canonicalChars = new Map<string, string>()
/**
 * A text as a match compares it (normalised, lower case, simplified), and, only when that
 * changed its length (NFKC may), the index in `text` of each of its UTF-16 units.
 */
function canonicalText(text: string): { canon: string, from: number[] | null } {
  let canon = ''
  let from: number[] | null = null
  let i = 0
  for (const char of text) {
    let out = canonicalChars.get(char)
    if (out === undefined) {
      out = [...fold(char)].map(canonicalOf).join('')
      canonicalChars.set(char, out)
    }
    if (from === null && out.length !== char.length) from = Array.from({ length: canon.length }, (_, k) => k)
    if (from !== null) for (let k = 0; k < out.length; k++) from.push(i)
    canon += out
    i += char.length
  }
  return { canon, from }
}

/** A task's document: its title, then its category. */
export const taskDocument = (task: { title: string, category: string | null }) =>
  searchDocument([{ text: task.title, weight: 'A' }, { text: task.category ?? '', weight: 'B' }])

/** An entry's document: progress, next steps, remarks and the evaluation's words (未达预期 finds the behind). */
export const entryDocument = (entry: { progress: string, nextSteps: string, remarks: string, status: string }) => searchDocument([
  { text: entry.progress, weight: 'B' }, { text: entry.nextSteps, weight: 'C' },
  { text: entry.remarks, weight: 'D' }, { text: STATUS_WORDS[entry.status as ProgressStatus] ?? '', weight: 'D' },
])

/** A lead unit's document: its name and every alias. */
export const leadUnitDocument = (unit: { name: string, aliases: string[] }) =>
  searchDocument([unit.name, ...unit.aliases].map((text) => ({ text, weight: 'A' as const })))
