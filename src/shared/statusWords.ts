/**
 * A city's own 工作评价 words. Cities rate with words of their own and more classes than ours
 * (欠进度 / 达进度 / 超进度 / 已完成和提前完成 / 其它类; 已完成全年目标 / 正常推进 / 进度偏慢); the
 * office maps them to the canonical statuses: per status, the one word its documents write
 * (`word`) and any other words an import reads as that status (`also`). A status the city leaves
 * out keeps the service's own word (STATUS_WORDS in values.ts), and the import's built-in words
 * (shared/report/columns.ts) still read where the city's do not. not_rated has no word: its cell
 * stays empty.
 */
import { RATED_STATUSES, type ProgressStatus, type RatedStatus, STATUS_WORDS } from './values.js'

export interface StatusWord {
  /** What exports, the narrative and the return sheet write for the status. */
  word: string
  /** Other words an import reads as the status. */
  also?: string[]
}
export type StatusVocabulary = Partial<Record<RatedStatus, StatusWord>>

/** The word written for each status: the city's, else the service's own. */
export function displayWords(vocabulary: StatusVocabulary | null | undefined): Record<ProgressStatus, string> {
  const words = { ...STATUS_WORDS }
  for (const status of RATED_STATUSES) {
    const own = vocabulary?.[status]?.word
    if (own) words[status] = own
  }
  return words
}

/** Every word of the city's mapped to its status: what an import reads before its built-in words. */
export function wordsRead(vocabulary: StatusVocabulary | null | undefined): Record<string, RatedStatus> {
  const read: Record<string, RatedStatus> = {}
  for (const status of RATED_STATUSES) {
    const own = vocabulary?.[status]
    if (!own) continue
    for (const word of [own.word, ...(own.also ?? [])]) read[word] = status
  }
  return read
}

const spaceless = (word: string) => word.replace(/\s+/gu, '')

/** What is wrong with a vocabulary: a word that names two statuses, or one that is empty once spaces are gone. */
export function vocabularyProblems(vocabulary: StatusVocabulary): { field: string, message: string }[] {
  const problems: { field: string, message: string }[] = []
  const owner = new Map<string, RatedStatus>()
  for (const status of RATED_STATUSES) {
    const own = vocabulary[status]
    if (!own) continue
    const words = [own.word, ...(own.also ?? [])]
    words.forEach((word, i) => {
      const field = i === 0 ? `${status}.word` : `${status}.also.${i - 1}`
      const key = spaceless(word)
      if (key === '') {
        problems.push({ field, message: 'a status word cannot be empty' })
        return
      }
      const before = owner.get(key)
      if (before !== undefined) {
        problems.push({ field, message: before === status
          ? `「${word}」is given twice for ${status}`
          : `「${word}」is already a word for ${before}; a word names one status` })
      } else owner.set(key, status)
    })
  }
  return problems
}
