import { compact, sectionHeading, toAsciiDigits } from './text.js'
import { headerWordOf } from './vocabulary.js'
import type { ColumnKey, ParsedStatus } from './types.js'

/** The column a header cell names (vocabulary.ts); null for a column we have no role for. */
export function columnKeyOf(headerCell: string): ColumnKey | null {
  return headerWordOf(headerCell)?.role ?? null
}

/** A header cell: short, no sentence punctuation, no digits other than a period such as 1-5月份. */
export function looksLikeHeaderCell(cell: string): boolean {
  if (cell.length > 200) return false
  const name = toAsciiDigits(compact(cell))
  if (name === '' || name.length > 16) return false
  if (/[。，,；;：:！？!?“”]/.test(name) || sectionHeading(name) !== null) return false
  return columnKeyOf(name) !== null || !/\d/.test(name)
}

const STATUS_WORDS: Record<string, Exclude<ParsedStatus, 'not_rated'>> = {
  已完成: 'completed',
  完成: 'completed',
  全面完成: 'completed',
  提前完成: 'completed',
  超额完成: 'completed',
  已完成目标任务: 'completed',
  序时推进: 'on_track',
  按序时推进: 'on_track',
  按时序推进: 'on_track',
  按序推进: 'on_track',
  序时进度: 'on_track',
  正常推进: 'on_track',
  有序推进: 'on_track',
  稳步推进: 'on_track',
  推进中: 'on_track',
  达到序时: 'on_track',
  达序时: 'on_track',
  未达预期: 'behind',
  未达到预期: 'behind',
  未达预期目标: 'behind',
  未达序时: 'behind',
  未达到序时: 'behind',
  滞后: 'behind',
  进度滞后: 'behind',
  滞后序时: 'behind',
  序时滞后: 'behind',
  未完成: 'behind',
  未达标: 'behind',
  顺利推进: 'on_track',
  按计划推进: 'on_track',
  达序: 'on_track',
  已达序: 'on_track',
  是: 'on_track',
  推进缓慢: 'behind',
  进展缓慢: 'behind',
  偏慢: 'behind',
  进度偏慢: 'behind',
  未开工: 'behind',
  严重滞后: 'behind',
  未达序: 'behind',
  否: 'behind',
  超进度: 'ahead',
  超序时: 'ahead',
  超序时进度: 'ahead',
  其它类: 'other',
  其他类: 'other',
}

/** A city's own status words (ParseOptions.statusWords), as a cell is compared: spaces gone, no closing stop. */
export type OwnStatusWords = ReadonlyMap<string, Exclude<ParsedStatus, 'not_rated'>>
const cellWord = (cell: string) => compact(cell).replace(/[。.!！]+$/, '')
export function ownStatusWords(words: Record<string, Exclude<ParsedStatus, 'not_rated'>> | undefined): OwnStatusWords {
  return new Map(Object.entries(words ?? {}).map(([word, status]) => [cellWord(word), status]))
}

/** The status words of three characters or more, longest first: what a glued row is cut at. */
export const STATUS_WORD_LIST = Object.keys(STATUS_WORDS).filter((word) => word.length >= 3).sort((a, b) => b.length - a.length)

// 80%, 80%（进度滞后）: a completion percentage, with a status word after it or not.
const PERCENTAGE = /^(\d{1,3}(?:\.\d+)?)[%％](?:[（(]([^）)]{0,60})[）)])?/

/** The evaluation a 工作评价 cell states; undefined when the cell holds something else. */
export function statusOf(cell: string, own?: OwnStatusWords): Exclude<ParsedStatus, 'not_rated'> | undefined {
  if (cell.length > 80) return undefined
  const word = cellWord(cell)
  // The city's words win over the built-in ones (its 已完成 may be ahead of what ours reads).
  return own?.get(word) ?? (Object.hasOwn(STATUS_WORDS, word) ? STATUS_WORDS[word] : undefined)
}

/**
 * A completion percentage at the start of a cell (80%, 80%（进度滞后）, 100%): the status the
 * words after it state, or completed at 100%; null when the cell does not start with one.
 */
export function percentageOf(cell: string, own?: OwnStatusWords): { percent: number, status: Exclude<ParsedStatus, 'not_rated'> | undefined } | null {
  if (cell.length > 200) return null
  const match = PERCENTAGE.exec(toAsciiDigits(compact(cell)))
  if (!match) return null
  const percent = Number(match[1])
  const said = match[2] ? statusOf(match[2], own) ?? wordIn(match[2].replace(/[。.]+$/, '')) : undefined
  return { percent, status: said ?? (percent >= 100 ? 'completed' : undefined) }
}

/** A status word a short phrase ends with (…进度滞后). */
function wordIn(phrase: string): Exclude<ParsedStatus, 'not_rated'> | undefined {
  const word = STATUS_WORD_LIST.find((candidate) => phrase.endsWith(candidate))
  return word === undefined ? undefined : STATUS_WORDS[word]
}
