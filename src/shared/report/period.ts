/**
 * The reporting period and year a report's title states: "2023年…一季度完成情况",
 * "关于1-5月份…进展情况的报告". Periods run cumulatively from 1 January ("1-5月份",
 * "前三季度", "上半年", "全年"), except a quarter named alone ("二季度"), which is that
 * calendar quarter (April to June): the words say so, and a cumulative report says 前两季度
 * or 上半年.
 */
import { splitLines, stripTags, toAsciiDigits } from './text.js'
import type { ParsedPeriod, PeriodKind } from './types.js'

type Strength = 'strong' | 'weak'

interface Candidate {
  line: number
  index: number
  strength: Strength
  /** A year the phrase itself carries (2023年度). */
  year?: number
  build: (year: number) => ParsedPeriod
}

const RANGE = /(\d{1,2}|[一二三四五六七八九十]{1,3})(?:月份|月)?[-－—–~～至到]+(\d{1,2}|[一二三四五六七八九十]{1,3})月(份)?/g
const CUMULATIVE_QUARTERS = /(?:前([二两三2-3])|[1一][-－—–~～至到]([二三2-3]))季度/g
const QUARTER = /第?([一二三四1-4])季度/g
const HALF = /([上下])半年/g
const WHOLE_YEAR = /全年/g
const ANNUAL = /(\d{4})年度/g
const UNTIL = /截[至止](\d{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末|份)?/g
const MONTH = /(\d{1,2})月份/g
const YEAR_MENTION = /(\d{4})年/g
const DATE = /(\d{4})(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})/g
const TITLE_WORDS = /情况|报告|汇总|清单|通报|进展|落实|标题/

const CHINESE_NUMBERS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 }
const QUARTER_NAMES = ['', '一', '二', '三', '四']

function numberOf(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text)
  return CHINESE_NUMBERS[text] ?? null
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function span(label: string, kind: PeriodKind, year: number, from: number, to: number): ParsedPeriod {
  return { label, kind, startsOn: `${year}-${pad(from)}-01`, endsOn: `${year}-${pad(to)}-${pad(lastDay(year, to))}` }
}

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9'

function candidatesIn(text: string, line: number, titleLike: boolean): Candidate[] {
  const found: Candidate[] = []
  const add = (index: number, strength: Strength, build: Candidate['build'], year?: number) => {
    found.push({ line, index, strength, build, ...(year === undefined ? {} : { year }) })
  }
  for (const match of text.matchAll(RANGE)) {
    const from = numberOf(match[1]!)
    const to = numberOf(match[2]!)
    if (isDigit(text[match.index - 1]) || from === null || to === null || from < 1 || to > 12 || from > to) continue
    const label = `${from}-${to}月${match[3] ?? ''}`
    add(match.index, 'strong', (year) => span(label, from === 1 ? 'month_cumulative' : 'custom', year, from, to))
  }
  for (const match of text.matchAll(CUMULATIVE_QUARTERS)) {
    const quarters = numberOf(match[1] ?? match[2]!)!
    const label = match[1] !== undefined ? `前${match[1]}季度` : `1-${quarters}季度`
    add(match.index, 'strong', (year) => span(label, quarters === 2 && match[1] === undefined ? 'half_year' : 'month_cumulative', year, 1, quarters * 3))
  }
  for (const match of text.matchAll(QUARTER)) {
    const before = text[match.index - 1]
    if (before === '前' || before === '-' || before === '至' || before === '到' || before === '~' || before === '～') continue
    const quarter = numberOf(match[1]!)!
    add(match.index, 'strong', (year) => span(`${QUARTER_NAMES[quarter]}季度`, 'quarter', year, quarter * 3 - 2, quarter * 3))
  }
  for (const match of text.matchAll(HALF)) {
    const first = match[1] === '上'
    add(match.index, 'strong', (year) => span(`${match[1]}半年`, 'half_year', year, first ? 1 : 7, first ? 6 : 12))
  }
  if (titleLike) {
    for (const match of text.matchAll(WHOLE_YEAR)) add(match.index, 'strong', (year) => span('全年', 'year', year, 1, 12))
    for (const match of text.matchAll(ANNUAL)) {
      add(match.index, 'weak', (year) => span('全年', 'year', year, 1, 12), Number(match[1]))
    }
    for (const match of text.matchAll(MONTH)) {
      const month = Number(match[1])
      const before = text[match.index - 1]
      if (isDigit(before) || before === '-' || month < 1 || month > 12) continue
      add(match.index, 'weak', (year) => span(`${month}月份`, 'custom', year, month, month))
    }
  }
  for (const match of text.matchAll(UNTIL)) {
    const month = numberOf(match[1]!)
    if (month === null || month < 1 || month > 12) continue
    add(match.index, 'weak', (year) => span(`1-${month}月`, 'month_cumulative', year, 1, month))
  }
  return found.sort((a, b) => a.index - b.index)
}

/** "2025年" not followed by a month (a date) nor preceded by a range dash (2023-2025年). */
function yearMentions(text: string): { year: number, index: number }[] {
  const found: { year: number, index: number }[] = []
  for (const match of text.matchAll(YEAR_MENTION)) {
    const year = Number(match[1])
    const before = text[match.index - 1]
    const after = text.slice(match.index + 5, match.index + 8)
    if (isDigit(before) || before === '-' || before === '—' || before === '至' || before === '~') continue
    if (/^\d{1,2}月/.test(after) || year < 1990 || year > 2100) continue
    found.push({ year, index: match.index })
  }
  return found
}

function pickCandidate(lines: { text: string, titleLike: boolean }[]): Candidate | null {
  const all = lines.flatMap((line, i) => candidatesIn(line.text, i, line.titleLike))
  const inTitles = all.filter((candidate) => lines[candidate.line]!.titleLike)
  return inTitles.find((c) => c.strength === 'strong') ?? inTitles[0] ??
    all.find((c) => c.strength === 'strong') ?? all[0] ?? null
}

function pickYear(lines: { text: string, titleLike: boolean }[], chosen: Candidate | null): number | null {
  if (chosen?.year !== undefined) return chosen.year
  if (chosen) {
    const sameLine = yearMentions(lines[chosen.line]!.text)
    const before = sameLine.filter((mention) => mention.index < chosen.index)
    const nearest = before[before.length - 1] ?? sameLine[0]
    if (nearest) return nearest.year
  }
  for (const line of lines) {
    if (!line.titleLike) continue
    const mention = yearMentions(line.text)[0]
    if (mention) return mention.year
  }
  // The year the text talks about most ("《2025年市政府重点工作责任清单》"), dates left out.
  const counts = new Map<number, number>()
  for (const line of lines) for (const { year } of yearMentions(line.text)) counts.set(year, (counts.get(year) ?? 0) + 1)
  let best: number | null = null
  for (const [year, count] of counts) if (best === null || count > counts.get(best)!) best = year
  return best
}

/** The year of the first date (成文日期), moved back a year when the period would end after it. */
function yearFromDates(lines: { text: string }[], chosen: Candidate | null): number | null {
  for (const line of lines) {
    for (const match of line.text.matchAll(DATE)) {
      const year = Number(match[1])
      const month = Number(match[2])
      const day = Number(match[3])
      if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) continue
      if (!chosen) return year
      const written = `${year}-${pad(month)}-${pad(day)}`
      return chosen.build(year).endsOn > written ? year - 1 : year
    }
  }
  return null
}

/**
 * The year and period a report's text states. The year comes from the text (the title's
 * year, else the year the text names most, else the first date in it, else `year`).
 */
export function periodFromText(text: string, year?: number): { year: number | null, period: ParsedPeriod | null } {
  const lines = splitLines(toAsciiDigits(stripTags(text)))
    .map((line) => line.replace(/[\s\u00a0\u3000]+/g, ''))
    .filter((line) => line !== '')
    .map((line) => ({ text: line, titleLike: line.length <= 120 && TITLE_WORDS.test(line) }))
  const chosen = pickCandidate(lines)
  const found = pickYear(lines, chosen) ?? yearFromDates(lines, chosen) ?? (Number.isInteger(year) ? year! : null)
  return { year: found, period: chosen && found !== null ? chosen.build(found) : null }
}
