/**
 * The summary paragraph a city office writes at the top of a period report,
 * built from stored data only: the entries, and the report header kept with the period (its
 * list's size and opening paragraph). The model is the chizhou 1-5月份 report:
 *
 *   1-5月份,147项市政府重点工作总体进展顺利,其中:2项已完成(建成省级创新型城市、
 *   完成人工造林任务),137项按序时推进,8项未达预期目标。
 *   未达预期8项分别是:市发改委牵头的第1项“地区生产总值增长6.5%以上”,一季度增长6.4%,
 *   增速居全省第6位;…。
 *
 * The report prints its punctuation half-width (, : ; ( )); we write it full-width, as Chinese
 * text is set (，：；（）, Chinese quotes around titles), in the quoted progress texts and the
 * office's opening too (shared/typography.ts). No figure is ever computed here: each behind
 * task's sentence quotes its progress text as the lead unit filed it, with two edits the office makes
 * when it writes the summary: the period the text opens with runs into what
 * follows (一季度,增长6.4% → 一季度增长6.4%; 1-5月, → 1-5月份), and a rank that is
 * the province's first or last is said so (居全省第16位 → 居全省末位 in 安徽).
 */
import { type ProgressStatus, RATED_STATUSES, type RatedStatus, STANDING_WORDS } from '../../shared/values.js'
import { displayWords, type StatusVocabulary } from '../../shared/statusWords.js'
import { chineseNumber, type Target } from '../../shared/indicators.js'
import { openingPreamble, statedFigures } from '../../shared/reportHeader.js'
import { chinesePunctuation } from '../../shared/typography.js'

type NarrativeCounts = Record<'completed' | 'on_track' | 'behind' | 'not_rated' | 'awaiting_review' | 'returned' | 'not_reported', number>
  & Partial<Record<'ahead' | 'other', number>>

export interface NarrativeInput {
  periodLabel: string
  taskCount: number
  /** ahead and other may be left out (none). */
  counts: NarrativeCounts
  /** Entries the office accepted that were submitted after their deadline. */
  late?: number
  completed: { seq: number, title: string, shortTitle?: string | null }[]
  /**
   * `target` is not written out: the quoted title already states it as the
   * city wrote it. `actualText` is the entry's progress as stored; `rankText`
   * is added only when the progress does not already say it.
   */
  behind: { seq: number, title: string, leadUnits: string[], target: Target | null, actualText: string | null, rankText?: string | null }[]
  /** Tasks on track now whose figures project a miss of the year's target (shared/forecast.ts): a sentence each. */
  atRisk?: { seq: number, title: string, status: ProgressStatus | null, statement: string }[]
  /** How many cities the province ranks (shared/provinces.ts): its last rank is 末位. Unknown: ranks stay numbers. */
  citiesInProvince?: number | null
  /**
   * The report header stored with the period (shared/reportHeader.ts): the whole list's size,
   * when the city holds only part of it, and the office's opening paragraph.
   */
  list?: { size: number | null, opening: string | null }
  /** The city's own 工作评价 words (shared/statusWords.ts): each status it has a word for is counted by that word. */
  statusWords?: StatusVocabulary | null
  /** 县区分解: split tasks with parts behind, and the roll-up's sentence naming them (其中贵池区、东至县未达序时进度。). */
  splits?: { seq: number, title: string, statement: string }[]
}

const MAX_LISTED_COMPLETED = 5

/** How an at-risk task stands now: as the office rated it, in the city's word, or on schedule by its figures when not rated. */
function standingNow(status: ProgressStatus | null, words: StatusVocabulary | null | undefined): string {
  if (status === null || status === 'not_rated') return '目前达到序时进度'
  const word = displayWords(words)[status]
  return status === 'on_track' && word === '序时推进' ? '目前按序时推进' : `目前评价为“${word}”`
}

/** The task title as quoted in the narrative: trailing 。 and whitespace removed. */
export function quoteTitle(title: string): string {
  return title.replace(/[\s\u00a0\u3000。.]+$/u, '').trim()
}

/**
 * The overview sentence, then, when tasks are behind, the list of them as a
 * second paragraph (a newline between, as in the report). The list names the
 * tasks passed in `behind`; the overview counts come from `counts`.
 */
export function buildNarrative(input: NarrativeInput): string {
  const late = input.late ? `${input.late}项逾期报送。` : ''
  const overview = `${overviewSentences(input)}${late}`
  const risk = (input.atRisk ?? []).map((task) => `第${task.seq}项“${quoteTitle(task.title)}”${standingNow(task.status, input.statusWords)}，但${task.statement}，需加快推进。`).join('')
  const paragraphs = [overview]
  if (input.behind.length > 0 && input.counts.behind > 0) paragraphs.push(behindParagraph(input.behind, input.citiesInProvince ?? null, input.statusWords))
  if (risk !== '') paragraphs.push(risk)
  const splits = (input.splits ?? []).map((task) => `第${task.seq}项“${quoteTitle(task.title)}”分解到县区落实，${task.statement}`).join('')
  if (splits !== '') paragraphs.push(splits)
  return chinesePunctuation(paragraphs.join('\n'))
}

/**
 * The opening paragraph. Where the city holds the whole list, its figures are counted here,
 * after the office's own preamble if the period keeps one. Where it holds only part of the
 * list, the figures of the whole are the office's: its opening is said as published while
 * it names the period and what is held still agrees with it (as many behind as it counts, no more completed or on
 * track, every task reported); once it does not, the figures are of the tasks held, said so.
 */
function overviewSentences(input: NarrativeInput): string {
  const { periodLabel, taskCount, counts } = input
  const opening = input.list?.opening?.trim() || null
  const listSize = Math.max(input.list?.size ?? taskCount, taskCount)
  const preamble = opening ? openingPreamble(opening) : ''
  const parts = statusParts(input)
  if (listSize > taskCount) {
    if (opening && opening.includes(periodLabel) && officeFiguresHold(opening, listSize, counts)) return opening
    const held = `${periodLabel}，${listSize}项市政府重点工作中，列入汇总表的${taskCount}项`
    return `${preamble}${parts.length > 0 ? `${held}：${parts.join('，')}。` : `${held}。`}`
  }
  const lead = `${periodLabel}，${taskCount}项市政府重点工作${goesSmoothly(input) ? '总体进展顺利' : ''}`
  return `${preamble}${parts.length > 0 ? `${lead}，其中：${parts.join('，')}。` : `${lead}。`}`
}

function officeFiguresHold(opening: string, listSize: number, counts: NarrativeInput['counts']): boolean {
  const stated = statedFigures(opening)
  return stated.listSize === listSize && stated.behind === counts.behind && counts.not_reported + counts.awaiting_review + counts.returned === 0 &&
    stated.completed >= counts.completed && stated.onTrack >= counts.on_track
}

/**
 * "总体进展顺利" is the office's judgement, so we write it only where the
 * numbers plainly support it: no more than one task in ten behind (the
 * chizhou report writes it with 8 of 147), and more than half the list rated
 * completed, ahead or on track, so a period where most tasks are unrated or
 * unreported is not called smooth.
 */
function goesSmoothly({ taskCount, counts }: NarrativeInput): boolean {
  if (taskCount <= 0) return false
  return counts.behind * 10 <= taskCount && (counts.completed + (counts.ahead ?? 0) + counts.on_track) * 2 > taskCount
}

/**
 * How each status is counted: N项已完成, N项按序时推进, N项未达预期目标 as the chizhou report
 * writes them, or the city's own word (N项欠进度) where it has one.
 */
const COUNTED_AS: Record<RatedStatus, string> = { completed: '已完成', ahead: '超进度', on_track: '按序时推进', behind: '未达预期目标', other: '其它类' }
const countedBy = (status: RatedStatus, own: StatusVocabulary | null | undefined) => own?.[status]?.word ?? COUNTED_AS[status]

function statusParts({ counts, completed, statusWords }: NarrativeInput): string[] {
  const parts: string[] = []
  for (const status of RATED_STATUSES) {
    const count = counts[status] ?? 0
    if (count === 0) continue
    const named = status === 'completed' ? completedList(count, completed) : ''
    parts.push(`${count}项${chinesePunctuation(countedBy(status, statusWords))}${named}`)
  }
  if (counts.not_rated > 0) parts.push(`${counts.not_rated}项未评价`)
  for (const standing of ['awaiting_review', 'returned', 'not_reported'] as const) {
    if (counts[standing] > 0) parts.push(`${counts[standing]}项${STANDING_WORDS[standing]}`)
  }
  return parts
}

/** Named only when there are a few, and only when the list is the whole count: never a partial list. */
function completedList(count: number, completed: NarrativeInput['completed']): string {
  if (count > MAX_LISTED_COMPLETED) return ''
  const names = [...completed]
    .sort((a, b) => a.seq - b.seq)
    .map((task) => (task.shortTitle ?? '').trim() || quoteTitle(task.title))
    .filter((name) => name !== '')
  return names.length === count ? `（${names.join('、')}）` : ''
}

function behindParagraph(behind: NarrativeInput['behind'], citiesInProvince: number | null, statusWords?: StatusVocabulary | null): string {
  const items = [...behind].sort((a, b) => a.seq - b.seq).map((task) => behindItem(task, citiesInProvince))
  const word = chinesePunctuation(statusWords?.behind?.word ?? '未达预期')
  const lead = behind.length === 1 ? `${word}1项是：` : `${word}${behind.length}项分别是：`
  return `${lead}${items.join('；')}。`
}

function behindItem(task: NarrativeInput['behind'][number], citiesInProvince: number | null): string {
  const units = task.leadUnits.map((unit) => unit.trim()).filter((unit) => unit !== '')
  const who = units.length > 0 ? `${units.join('、')}牵头的` : ''
  let sentence = `${who}第${task.seq}项“${quoteTitle(task.title)}”`
  const actual = rankWords(runOnPeriod(rateOnly(clause(task.actualText), task.target)), citiesInProvince)
  if (actual !== '') sentence += `，${actual}`
  const rank = rankWords(clause(task.rankText), citiesInProvince)
  // The rank is usually already in the progress text ("增速居全省第6位"); say it once.
  if (rank !== '' && !actual.includes(rank)) sentence += `，${rank}`
  return sentence
}

/** A stored text made fit to follow a comma: no leading or trailing punctuation or space. */
function clause(text: string | null | undefined): string {
  return (text ?? '').replace(/^[\s\u00a0\u3000,，;；:：、。.]+/u, '').replace(/[\s\u00a0\u3000,，;；:：、。.]+$/u, '')
}

// A period a progress text opens with, then its comma: 一季度, 1-5月, 1-5月份, 上半年, 截至5月底.
const OPENING_PERIOD = /^((?:[一二三四]季度|前三季度|[上下]半年|全年|1?[0-9]-1?[0-9]月份?|1?[0-9]月份?|截至[^,，;；。]{1,12}?))[,，](?=\S)/u

// After the period: an amount completed (一般公共预算收入完成51.36亿元), then the rate of change.
const AMOUNT_BEFORE_RATE = /^((?:[一二三四]季度|前三季度|[上下]半年|1?[0-9]-1?[0-9]月份?|截至[^,，;；。]{1,12}?)[,，]?)[^,，、;；。]{0,20}?(?:完成|实现|达到)[0-9.]+(?:亿元|万元|元|亿|万|吨|个)?[、,，](?=(?:同比)?(?:增长|下降))/u

/**
 * Where the task's target is a rate of change (增长5%), the office says the rate and leaves out
 * the amount the progress text gives before it: 1-5月,一般公共预算收入完成51.36亿元、增长4% →
 * 1-5月,增长4% (then run on: 1-5月份增长4%). The title already names what grew.
 */
export function rateOnly(text: string, target: Target | null): string {
  if (target?.measure !== '增长' && target?.measure !== '下降') return text
  return text.replace(AMOUNT_BEFORE_RATE, (_, period: string) => period)
}

/** The opening period run into its clause, as the office writes it: 1-5月,增长5.1% → 1-5月份增长5.1%. */
export function runOnPeriod(text: string): string {
  return text.replace(OPENING_PERIOD, (_, period: string) => (/^1?[0-9]-1?[0-9]月$/.test(period) ? `${period}份` : period))
}

/** 居全省第1位 → 居全省首位, and the province's last rank → 末位; other ranks as written. */
export function rankWords(text: string, citiesInProvince: number | null): string {
  return text.replace(/(全省|省内)第\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})(?![0-9一二三四五六七八九十])\s*(?:位|名)?/gu, (whole, province: string, written: string) => {
    const rank = chineseNumber(written)
    if (rank === 1) return `${province}首位`
    if (citiesInProvince !== null && rank === citiesInProvince) return `${province}末位`
    return whole
  })
}
