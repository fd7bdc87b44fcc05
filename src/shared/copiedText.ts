/**
 * Copied progress text, as an office sees it in a period's entries: a report that says again
 * what the same task's report said the period before, with only its dates and figures moved on
 * (进展无实质变化), and sentences that units who share no task wrote word for word alike
 * (模板化表述, 地点改一改). Pure text: the entries feature reads the entries and asks here.
 */

/**
 * Similarity at or above which a progress text is stale against the previous period's, measured
 * with `similarity` (src/shared/copiedText.test.ts holds each figure):
 * - unrelated texts, every pair of different tasks' progress in a seed, both at least
 *   STALE_MIN_LENGTH long: 淮南 一季度 (262 rows, 24 310 pairs) median 0.020, 99th percentile 0.139,
 *   99.9th 0.330, highest 0.730 (tasks 48 and 60, both 市发改委's, on one 行动计划); 池州 1-5月份
 *   (49 rows, 496 pairs) median 0.025, 99th percentile 0.154, highest 0.264.
 * - our own report of a task over two periods (the test's pairs): figures and dates moved on
 *   (截至5月底 → 截至6月底, 3亿元 → 3.5亿元, 12个 → 15个) 1.00, 一季度 → 上半年 1.00, a clause
 *   reworded 0.92, a short clause added 0.94; a paragraph of its own length added 0.69, a new
 *   paragraph on the same task 0.15.
 * 0.85 is 0.12 above every unrelated pair and below every copy moved on.
 */
export const STALE_SIMILARITY = 0.85

/**
 * Texts shorter than this (in `comparable` characters) are never stale. Tasks with a figure for a
 * target report a figure and a rank ("一季度，增长6.4%，增速居全省第6位"), which move on every period
 * in the same words: that is their progress, not a copy. Those are 4–25 characters long in the
 * seeds, and different tasks' such reports score up to 1.00 against each other (池州 tasks 1, 5, 6
 * and 7; 淮南 12 and 13 at 0.88, 25 characters); from 26 on, no two tasks' texts come near.
 */
export const STALE_MIN_LENGTH = 26

/**
 * Sentences shorter than this (in characters, whitespace left out) are not templates. The seeds'
 * 586 sentences are 38–40 characters at the median; the few under 12 are a period and a figure
 * ("1-5月,增长5.1%") or one clause of state ("天一菜市场正在推进建设"), which two units may well write
 * alike without copying, as they would "已完成" or "正在推进中". A template carries a method or
 * an outcome in more words than that. (In the seeds no sentence of any length recurs across units.)
 */
export const TEMPLATE_MIN_LENGTH = 12

/** Chinese and Arabic numerals with what a figure carries (a decimal point, a percent), and ranges of them (1-5, 3至5). */
const NUMBER = /[0-9.%‰〇零一二三四五六七八九十百千万亿两]+(?:[-~—至到][0-9.%‰〇零一二三四五六七八九十百千万亿两]+)*/gu
/**
 * The words a period or a date is written in once its numbers are '#': 2023年, 1-5月份, 5月底,
 * 6月30日, 一季度, 前三季度, 上半年, 全年. The year is in them, so 今年/明年 stay words.
 */
const DATE = /(?:#年度?)?(?:前?#(?:季度|月份?|日|号)(?:底|末|初|上旬|中旬|下旬)?)+|#年度?|[上下]半年|全年|年初|年中|年底|年末/gu
/** What is neither a letter nor a placeholder: punctuation, spaces, symbols. */
const NOT_WORD = /[^\p{L}#@]+/gu

/**
 * The text as two reports of one task are compared: width folded (NFKC) and lower case, every
 * number '#', every date or period '@', punctuation and spaces gone. "截至5月底，完成投资3亿元" and
 * "截至6月底，完成投资3.5亿元" are the same: "截至@完成投资#元".
 */
export function comparable(text: string): string {
  return text.normalize('NFKC').toLowerCase()
    .replace(NUMBER, '#')
    .replace(DATE, '@')
    .replace(NOT_WORD, '')
    .replace(/#+/g, '#').replace(/@[#@]*/g, '@')
}

function bigrams(text: string): Map<string, number> {
  const chars = [...text]
  const counts = new Map<string, number>()
  for (let i = 0; i + 1 < chars.length; i++) {
    const bigram = chars[i]! + chars[i + 1]!
    counts.set(bigram, (counts.get(bigram) ?? 0) + 1)
  }
  return counts
}

/**
 * The Sørensen–Dice coefficient of the two texts' character bigrams (counted with repeats) once
 * made `comparable`: 1 the same bigrams, 0 none in common. Bigrams, as search uses, because
 * Chinese has no spaces to find words by, and a reworded clause changes only its own bigrams.
 */
export function similarity(a: string, b: string): number {
  const [x, y] = [bigrams(comparable(a)), bigrams(comparable(b))]
  let total = 0
  let shared = 0
  for (const count of x.values()) total += count
  for (const [bigram, count] of y) {
    total += count
    shared += Math.min(count, x.get(bigram) ?? 0)
  }
  return total === 0 ? 0 : (2 * shared) / total
}

/**
 * How alike a progress text is to the same task's text in the previous period, when it is stale
 * (at or above STALE_SIMILARITY, and both long enough to tell); undefined otherwise. Rounded to
 * two places, as a response gives it.
 */
export function staleSimilarity(progress: string, previous: string): number | undefined {
  if ([...comparable(progress)].length < STALE_MIN_LENGTH || [...comparable(previous)].length < STALE_MIN_LENGTH) return undefined
  const score = similarity(progress, previous)
  return score >= STALE_SIMILARITY ? Math.round(score * 100) / 100 : undefined
}

/** A list marker a sentence may start with ("1." "2、" "（3）" "一是"), which a copy renumbers. */
const MARKER = /^(?:[0-9]+[.、)）]|[(（][0-9一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[是、])/u

/** A sentence as written (whitespace out, list marker off), and the form it is matched by (width folded). */
export type Sentence = { text: string, key: string }

/** The sentences of a text long enough to be a template: split at 。；！？ and line breaks. */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = []
  for (const part of text.split(/[。；！？;!?\r\n]+/u)) {
    const written = part.replace(/\s+/gu, '').replace(MARKER, '')
    if ([...written].length < TEMPLATE_MIN_LENGTH) continue
    sentences.push({ text: written, key: written.normalize('NFKC') })
  }
  return sentences
}

/** An entry of a period as template matching needs it: who leads its task, and its progress. */
export type UnitText<K> = { key: K, leadUnitIds: readonly number[], progress: string }

/** A sentence of an entry that entries of units sharing none of its lead units wrote too. */
export type SharedSentence<K> = { sentence: string, others: K[] }

/**
 * For each entry with such sentences, the sentences that an entry whose task shares no lead unit
 * with its own also holds, in the order of its text, with those other entries in the order given.
 * One unit repeating itself across its own tasks is its own style; the copy from another unit is
 * what the office looks for. A task with no lead unit named shares none with any other.
 */
export function sharedSentences<K>(entries: readonly UnitText<K>[]): Map<K, SharedSentence<K>[]> {
  const holders = new Map<string, number[]>()
  const sentences = entries.map((entry, index) => {
    const own = new Map<string, Sentence>()
    for (const sentence of sentencesOf(entry.progress)) if (!own.has(sentence.key)) own.set(sentence.key, sentence)
    for (const key of own.keys()) {
      const list = holders.get(key)
      if (list) list.push(index)
      else holders.set(key, [index])
    }
    return [...own.values()]
  })
  const shared = new Map<K, SharedSentence<K>[]>()
  entries.forEach((entry, index) => {
    const units = new Set(entry.leadUnitIds)
    const found: SharedSentence<K>[] = []
    for (const sentence of sentences[index]!) {
      const others = holders.get(sentence.key)!
        .filter((other) => other !== index && !entries[other]!.leadUnitIds.some((unit) => units.has(unit)))
        .map((other) => entries[other]!.key)
      if (others.length > 0) found.push({ sentence: sentence.text, others })
    }
    if (found.length > 0) shared.set(entry.key, found)
  })
  return shared
}
