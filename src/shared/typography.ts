/**
 * Chinese typography for the text the service writes (the narrative, a document's title and
 * letterhead), and the line-breaking hints every printed document (docx, xlsx) carries.
 * What a user typed (an entry's progress, a task's title) keeps its punctuation as typed: only
 * its numbers are kept whole on a line, with invisible characters an import strips again
 * (shared/report/text.ts).
 */

/** A character of Chinese text: Han, CJK punctuation and full-width forms, Chinese quotes, dash and ellipsis. */
const CHINESE = /[\u2e80-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u201c\u201d\u2018\u2019\u2014\u2026]/u
const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' }
const SPACE = /[ \t\u00a0]/

const isChinese = (char: string | undefined) => char !== undefined && CHINESE.test(char)
const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9'

/**
 * Punctuation between Chinese clauses in its full-width form: , : ; ? ! ( ) beside Chinese text
 * become ，：；？！（）, and "…" around Chinese text “…”; the spaces around a mark so made go (it
 * carries its own). Numbers keep their ASCII digits, '.', '%' and separators (1,234 · 10:30 ·
 * 6.5%), and so does punctuation between Latin words and digits (a URL, "A, B").
 */
export function chinesePunctuation(text: string): string {
  const chars = [...text]
  const out = [...chars]
  // Before a mark, what it follows as already made (a ） closed before it); after it, as typed.
  const before = (i: number) => { let j = i - 1; while (j >= 0 && SPACE.test(out[j]!)) j--; return out[j] }
  const after = (i: number) => { let j = i + 1; while (j < chars.length && SPACE.test(chars[j]!)) j++; return chars[j] }
  const beside = (i: number) => isChinese(before(i)) || isChinese(after(i))
  // A bracket goes by what it touches, no space between (a Latin aside "(note)" keeps its own).
  const touches = (i: number) => isChinese(out[i - 1]) || isChinese(chars[i + 1])
  const open: number[] = []
  let quote = -1
  chars.forEach((char, i) => {
    if (char === ',' || char === ':' || char === ';' || char === '?' || char === '!') {
      // Between two digits it is a number's own (1,234 · 10:30).
      if (beside(i) && !(isDigit(chars[i - 1]) && isDigit(chars[i + 1]))) out[i] = FULL_WIDTH[char]!
    } else if (char === '(') {
      open.push(i)
    } else if (char === ')') {
      const start = open.pop()
      if (start === undefined) {
        if (touches(i)) out[i] = '）'
      } else if (touches(start) || touches(i) || chars.slice(start + 1, i).some(isChinese)) {
        out[start] = '（'
        out[i] = '）'
      }
    } else if (char === '"') {
      if (quote < 0) quote = i
      else {
        if (chars.slice(quote + 1, i).some(isChinese)) { out[quote] = '“'; out[i] = '”' }
        quote = -1
      }
    }
  })
  for (const start of open) if (touches(start)) out[start] = '（'
  // A full-width mark holds its own space: the spaces typed around one go.
  const made = (i: number) => out[i] !== chars[i] && out[i] !== '“' && out[i] !== '”'
  return out.filter((char, i) => {
    if (!SPACE.test(char)) return true
    let next = i + 1
    while (next < out.length && SPACE.test(out[next]!)) next++
    let previous = i - 1
    while (previous >= 0 && SPACE.test(out[previous]!)) previous--
    return !((next < out.length && made(next)) || (previous >= 0 && made(previous)))
  }).join('')
}

/**
 * WORD JOINER (U+2060): no line break between the characters it stands between. LibreOffice 7.4
 * Calc honours it everywhere; Writer only where the text is not marked Chinese (it breaks
 * between any two characters it takes for Chinese, joiner or not: ZERO WIDTH JOINER and U+FEFF
 * alike), so the docx marks a number and its unit as Latin text too (reports.docx.ts). The
 * import takes joiners out again (shared/report/text.ts).
 */
export const JOINER = '\u2060'
export const JOINERS = /[\u200d\u2060]/g

// A number with its unit, as one piece on a line: 5月 · 31日 · 6.5% · 1-5月份 · 41.5微克/立方米 ·
// 1.3万人 · 第6位 · PM2.5 · -0.1%. A date breaks between its parts (2025年 | 6月 | 26日), never inside one.
const UNIT = '(?:%|‰|℃|个百分点|百分点|微克/立方米|毫克/立方米|[万亿千百]?(?:元|吨|亩|人次|人|户|千瓦时|千瓦|平方米|立方米|平方公里|公里|千米|米|公顷|辆|台|套|个|家|项|次|件|株|只|头|张|所|座|条|批|场|篇|期|倍|标箱|床)|微克|毫克|千克|公斤|年度|年|季度|月份|月|日|号|时|天|周|小时|分钟|位|名|度|[A-Za-z]{1,3}(?:[/²³][A-Za-z0-9²³]{0,3})?)'
const NUMBER = '\\d+(?:[.,]\\d+)*'
const NUMBER_WITH_UNIT = new RegExp(`(?:第|[A-Za-z]{1,6}|(?<![\\dA-Za-z])-)?${NUMBER}(?:[-~～–—]${NUMBER})?${UNIT}?`, 'gu')
/** The text in pieces: each number with its unit (`whole`, its characters joined), and the text between. */
export function numberPieces(text: string): { text: string, whole: boolean }[] {
  const pieces: { text: string, whole: boolean }[] = []
  let at = 0
  for (const match of text.matchAll(NUMBER_WITH_UNIT)) {
    if (match.index > at) pieces.push({ text: text.slice(at, match.index), whole: false })
    pieces.push({ text: [...match[0]].join(JOINER), whole: true })
    at = match.index + match[0].length
  }
  if (at < text.length) pieces.push({ text: text.slice(at), whole: false })
  return pieces
}

/**
 * The text with a WORD JOINER between the characters of each number and its unit, so a renderer
 * never breaks a line inside "31日" or "6%". (A joiner before a closing mark does not keep 。 off
 * a line's start in Calc, which breaks between two Chinese characters whatever stands between.)
 */
export function keepTogether(text: string): string {
  return numberPieces(text).map((piece) => piece.text).join('')
}

// ------------------------------------------------------------------------- titles

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2014\u2026\u201c\u201d\u2018\u2019]/u
/** A character one em wide: Chinese characters, kana, hangul and full-width punctuation. */
export const isWide = (char: string) => WIDE.test(char)
/** A joiner (the service's WORD JOINER, or a ZERO WIDTH JOINER): no break, no width. */
export const isJoiner = (char: string) => char === JOINER || char === '\u200d'
/** A text's width in ems: Chinese characters one, Latin letters and digits about half (taken as a little more). */
export const emWidth = (text: string) => [...text.replace(JOINERS, '')].reduce((sum, char) => sum + (isWide(char) ? 1 : 0.6), 0)
// Words the segmenter cuts out of one: numbers with their units (1|-|5|月份), and 一|季度.
const WHOLE = new RegExp(`${NUMBER_WITH_UNIT.source}|[一二三四五六七八九十]+(?:季度|月份|月|年)|[上下]半年|前三季度`, 'gu')

/**
 * A title too wide for one line in lines broken between words, never inside one (GB/T 9704:
 * 回行时词意完整、排列对称): the fewest lines that hold it, as even in width as the words allow,
 * the first line the longer where two ways are as even. A title that fits stays one line.
 */
export function titleLines(title: string, widthEm: number): string[] {
  if (emWidth(title) <= widthEm) return [title]
  const words = [...segmenter.segment(title)].map((part) => part.segment)
  // The word boundaries a break may fall on: not inside a number and its unit, nor beside a
  // lone character the segmenter cut off a word (汇|总|表), a particle aside (的 和 与 及).
  const inside = new Set<number>()
  for (const match of title.matchAll(WHOLE)) for (let at = match.index + 1; at < match.index + match[0].length; at++) inside.add(at)
  const lone = (word: string | undefined) => word !== undefined && word.length === 1 && WIDE.test(word) && !PARTICLES.test(word)
  const pieces: string[] = []
  let at = 0
  words.forEach((word, i) => {
    if (i === 0 || inside.has(at) || lone(word) || lone(words[i - 1])) pieces.push((pieces.pop() ?? '') + word)
    else pieces.push(word)
    at += word.length
  })
  return evenLines(pieces, widthEm) ?? evenLines([...title], widthEm) ?? [title]
}

const PARTICLES = /[的和与及]/

/** The pieces in the fewest lines of at most widthEm, the widest line as narrow as can be; null: a piece alone is too wide. */
function evenLines(pieces: string[], widthEm: number): string[] | null {
  const widths = pieces.map(emWidth)
  if (widths.some((width) => width > widthEm)) return null
  const total = widths.reduce((sum, width) => sum + width, 0)
  for (let count = Math.ceil(total / widthEm); count <= pieces.length; count++) {
    let best: { widest: number, first: number, cuts: number[] } | null = null
    const search = (from: number, left: number, cuts: number[], widest: number) => {
      if (left === 1) {
        const last = widths.slice(from).reduce((sum, width) => sum + width, 0)
        if (last > widthEm) return
        const all = [...cuts, pieces.length]
        const first = widths.slice(0, all[0]).reduce((sum, width) => sum + width, 0)
        const candidate = { widest: Math.max(widest, last), first, cuts: all }
        if (!best || candidate.widest < best.widest - 1e-9 || (Math.abs(candidate.widest - best.widest) < 1e-9 && first > best.first)) best = candidate
        return
      }
      let width = 0
      for (let end = from + 1; end <= pieces.length - left + 1; end++) {
        width += widths[end - 1]!
        if (width > widthEm) break
        search(end, left - 1, [...cuts, end], Math.max(widest, width))
      }
    }
    search(0, count, [], 0)
    if (best) {
      const { cuts } = best as { cuts: number[] }
      return cuts.map((end, i) => pieces.slice(i === 0 ? 0 : cuts[i - 1], end).join(''))
    }
  }
  return null
}
