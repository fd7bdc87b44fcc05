/** The header of a paragraph-layout table: 序号 and the column names after it. */
import { columnKeyOf, looksLikeHeaderCell } from './columns.js'
import type { Paragraph } from './paragraph-cells.js'
import { type Header, headerOf, type ReadContext } from './table.js'
import { cleanCell, compact, parseSeq } from './text.js'

/** The column names in one paragraph: one per line, or one name wrapped over lines. */
function headerTitles(lines: string[]): string[] {
  if (lines.length < 2) return lines
  const keys = lines.map((line) => columnKeyOf(line))
  const distinct = new Set(keys)
  if (keys.every((key) => key !== null) && distinct.size === keys.length) return lines
  const joined = lines.map((line) => compact(line)).join('')
  return columnKeyOf(joined) !== null ? [joined] : lines
}

/** Column names on one line, with a spaced-out name (序 号, 备 注) put back together. */
export function joinedNames(words: string[]): string[] {
  const names: string[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    const next = words[i + 1]
    if (word.length === 1 && next !== undefined && columnKeyOf(word + next) !== null) {
      names.push(word + next)
      i++
    } else names.push(word)
  }
  return names
}

/** The header: 序号 and the column names after it, one per line or paragraph, or on one line. */
export function findHeader(paragraphs: Paragraph[], documentLines: string[], overrides: ReadContext['overrides']): Header | null {
  // Whether each paragraph reads as column names, worked out once: a run of candidates
  // (a page of 序号 lines) must not make the search quadratic.
  const namesCache = new Map<number, string[] | null>()
  const namesAt = (k: number): string[] | null => {
    let names = namesCache.get(k)
    if (names === undefined) {
      const paragraph = paragraphs[k]!
      const lines = paragraph.text.length > 2000 ? null : paragraph.text.split('\n')
      names = lines !== null && parseSeq(paragraph.text) === null && lines.every(looksLikeHeaderCell) ? headerTitles(lines) : null
      namesCache.set(k, names)
    }
    return names
  }
  for (let k = 0; k < paragraphs.length; k++) {
    const paragraph = paragraphs[k]!
    if (paragraph.empty || !paragraph.text.includes('序')) continue
    // Its own lines, one to one with the document's: cleaned one by one.
    const lines = documentLines.slice(paragraph.line - 1, paragraph.line - 1 + paragraph.span).map((line) => cleanCell(line).replace(/\n/g, ' '))
    // The document's title may sit in the same paragraph, just above the header.
    const at = lines.findIndex((line) => {
      if (!line.includes('序') || line.length > 400) return false
      return columnKeyOf(line) === 'seq' || columnKeyOf(line.split(' ')[0]!) === 'seq'
    })
    if (at < 0) continue
    const first = lines[at]!
    const words = joinedNames(first.split(/ +/))
    let titles: string[]
    if (columnKeyOf(first) !== 'seq' && words.length > 1) {
      titles = words
    } else {
      const rest = lines.slice(at, at + 17)
      const run = rest.findIndex((line, i) => i > 0 && (i >= 16 || !looksLikeHeaderCell(line)))
      titles = run < 0 ? [...rest] : rest.slice(0, run)
      // Column names go on in the next paragraphs only when this one ended with them.
      const goesOn = run < 0 && at + rest.length === lines.length
      for (let next = k + 1; goesOn && next < paragraphs.length && titles.length < 16; next++) {
        if (paragraphs[next]!.empty) continue
        const names = namesAt(next)
        if (names === null) break
        titles.push(...names)
      }
    }
    const header = headerOf(titles.slice(0, 16), paragraph.line + at, overrides)
    if (header) return header
  }
  return null
}
