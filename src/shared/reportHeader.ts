/**
 * What a published report says around its table, kept with the period: its title, 文号,
 * issuing office and date, the size of the whole list (the table may hold only part of it:
 * chizhou's 1-5月份 report counts 147 tasks and lists 49), and its opening paragraph. The
 * exports print the first four; the narrative uses the last two (features/reports/reports.narrative.ts).
 *
 * Read from the text above a document's table: the labelled fields of a government site's
 * page (标题: | … | 文号: | 无 |, 发布机构:, 成文日期:), else the lines a document has them on
 * (the 关于…的报告 title, a 〔2025〕号 line, the office and the date signed under the text).
 */
import { toAsciiDigits } from './report/text.js'
import { chinesePunctuation, JOINERS } from './typography.js'

export interface ReportHeader {
  /** 关于1-5月份市政府重点工作责任清单进展情况的报告 */
  title: string | null
  /** 文号: 池政办〔2025〕12号; null: none (无) or not known. */
  documentNumber: string | null
  /** 池州市人民政府办公室 */
  issuingOffice: string | null
  /** 成文日期, YYYY-MM-DD */
  issuedOn: string | null
  /** How many tasks the whole list has (147); the city may hold only part of it. */
  listSize: number | null
  /** The report's opening paragraph as published: its preamble and the list's figures. */
  opening: string | null
}

export const REPORT_HEADER_FIELDS = ['title', 'documentNumber', 'issuingOffice', 'issuedOn', 'listSize', 'opening'] as const

export const emptyHeader = (): ReportHeader => ({ title: null, documentNumber: null, issuingOffice: null, issuedOn: null, listSize: null, opening: null })

const LABELLED: [keyof ReportHeader, RegExp][] = [
  ['title', /标\s*题\s*[:：]\s*\|?\s*([^|\n]+?)\s*(?:\||$)/],
  ['documentNumber', /文\s*号\s*[:：]\s*\|?\s*([^|\n]+?)\s*(?:\||$)/],
  ['issuingOffice', /发布机构\s*[:：]\s*\|?\s*([^|\n]+?)\s*(?:\||$)/],
  ['issuedOn', /成文日期\s*[:：]\s*\|?\s*([^|\n]+?)\s*(?:\||$)/],
]
const TITLE = /^关于.{4,80}(?:报告|通报|情况)$/u
const DOCUMENT_NUMBER = /^[\u4e00-\u9fff]{1,10}[〔[［(（]\d{4}[〕\]］)）]\d{1,5}号$/u
const OFFICE = /^[\u4e00-\u9fff]{2,24}(?:人民政府办公室|人民政府办公厅|人民政府|督查室|督查考核办公室|督查考核办|办公室)$/u
const CHINESE_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/
const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/
/** The list's size as an opening states it: 147项市政府重点工作, 262项主要任务. */
const LIST_SIZE = /(\d{1,5})\s*项\s*(?:市政府|政府|市委市政府)?\s*(?:重点工作|主要任务|重点任务|工作任务)/u

const squeeze = (text: string) => text.replace(/[\s\u00a0\u3000]+/g, '')

function dateOf(text: string): string | null {
  const match = CHINESE_DATE.exec(text) ?? ISO_DATE.exec(text)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (year < 1949 || year > 2999 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The list's size an opening paragraph states (147项市政府重点工作), or null. */
export function statedListSize(opening: string): number | null {
  const match = LIST_SIZE.exec(toAsciiDigits(opening))
  return match ? Number(match[1]) : null
}

/**
 * The header the text above a table states (a field it does not state is null), and the
 * fields it states under their labels, as a site's page does. The opening
 * is the first paragraph that counts the list; the office and the date are the last lines
 * that are only an office's name or only a date (as signed under the text).
 */
export function readReportHeader(lines: string[]): { header: ReportHeader, labelled: (keyof ReportHeader)[] } {
  const header = emptyHeader()
  const labelled = new Set<keyof ReportHeader>()
  // A printed document's lines carry the joiners that keep its numbers whole (shared/typography.ts).
  const texts = lines.map((line) => toAsciiDigits(line.replace(JOINERS, '')).trim()).filter((line) => line !== '')
  for (const text of texts) {
    for (const [field, pattern] of LABELLED) {
      const value = pattern.exec(text)?.[1]?.trim()
      if (value === undefined || labelled.has(field)) continue
      labelled.add(field)
      if (field === 'issuedOn') header.issuedOn = dateOf(squeeze(value))
      else if (field === 'documentNumber') header.documentNumber = /^(?:无|暂无|-|—)$/.test(value) ? null : value
      else (header as unknown as Record<string, string>)[field] = value
    }
  }
  for (const text of texts) {
    if (/[|:：]\s*\|/.test(text) || /^[^:：]{1,6}[:：]\s*\|/.test(text)) continue
    const line = squeeze(text)
    if (!labelled.has('title') && header.title === null && TITLE.test(line)) header.title = line
    else if (!labelled.has('documentNumber') && header.documentNumber === null && DOCUMENT_NUMBER.test(line)) header.documentNumber = line
    else if (!labelled.has('issuingOffice') && OFFICE.test(line)) header.issuingOffice = line
    else if (!labelled.has('issuedOn') && dateOf(line) !== null) header.issuedOn = dateOf(line)
    else if (header.opening === null && text.length > 20 && statedListSize(text) !== null && /[。;；]/.test(text)) {
      header.opening = text
      header.listSize = statedListSize(text)
    }
  }
  return { header, labelled: [...labelled] }
}

/** What an opening states of the list: its size and the count in each evaluation it names. */
export function statedFigures(opening: string): { listSize: number | null, completed: number, onTrack: number, behind: number } {
  const text = toAsciiDigits(opening)
  const count = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0)
  return {
    listSize: statedListSize(text),
    completed: count(/(\d+)\s*项(?:已)?完成/u),
    onTrack: count(/(\d+)\s*项(?:按)?序时推进/u),
    behind: count(/(\d+)\s*项未达(?:到)?预期/u),
  }
}

/**
 * The sentences an opening has before its figures (今年以来,各地各部门…认真抓好落实。): what
 * the narrative keeps in front of figures of its own. Empty when the opening starts with them.
 */
export function openingPreamble(opening: string): string {
  const sentences = opening.match(/[^。]*(?:。|$)/gu)?.filter((sentence) => sentence !== '') ?? []
  const figures = sentences.findIndex((sentence) => statedListSize(sentence) !== null)
  return (figures < 0 ? sentences : sentences.slice(0, figures)).join('').trim()
}

/** What an export prints around its table: the stored header where kept, else what the published reports write. */
export interface ReportLetterhead {
  city: string
  year: number
  period: string
  /** 关于1-5月份市政府重点工作责任清单进展情况的报告, as the published reports are titled. */
  title: string
  /** 1-5月份市政府重点工作责任清单进展情况汇总表: the table's title, as 附件. */
  attachmentTitle: string
  /** 文号, printed above the title; null: none. */
  documentNumber: string | null
  /** 池州市人民政府办公室 */
  office: string
  /** YYYY-MM-DD: 成文日期 where kept, else the day a closed period was closed, else today, in China. */
  date: string
}

/** What of a period the letterhead reads. */
export interface LetterheadPeriod {
  year: number
  label: string
  endsOn: string
  state: string
  updatedAt: string
  reportHeader: ReportHeader | null
}

const chinaDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })

/**
 * The year a reader takes a report's period to be in when its title names none: the date's
 * year, or the one before when the period would not have ended by the date (a 1-5月份 report
 * dated in June is this year's; one dated in March, last year's). The import reads it so too.
 */
function yearReadFromDate(period: LetterheadPeriod, date: string): number {
  const year = Number(date.slice(0, 4))
  return `${year}${period.endsOn.slice(4)}` > date ? year - 1 : year
}

export function reportLetterhead(cityName: string, period: LetterheadPeriod, now = new Date()): ReportLetterhead {
  const kept = period.reportHeader ?? emptyHeader()
  const closedAt = period.state === 'closed' ? new Date(period.updatedAt) : null
  const date = kept.issuedOn ?? chinaDate.format(closedAt && !Number.isNaN(closedAt.getTime()) ? closedAt : now)
  // As published, the title names the period alone and the date says the year; a report
  // written out later than that (last year's, printed again) names its year.
  const named = yearReadFromDate(period, date) === period.year ? period.label : `${period.year}年${period.label}`
  // Printed, as all the service writes, with full-width punctuation (a title kept as a site typed it included).
  return {
    city: cityName,
    year: period.year,
    period: period.label,
    title: chinesePunctuation(kept.title ?? `关于${named}市政府重点工作责任清单进展情况的报告`),
    attachmentTitle: `${named}市政府重点工作责任清单进展情况汇总表`,
    documentNumber: kept.documentNumber,
    office: chinesePunctuation(kept.issuingOffice ?? `${cityName}人民政府办公室`),
    date,
  }
}

/** 2025-06-26 → 2025年6月26日 */
export function chineseDate(date: string): string {
  const [year, month, day] = date.split('-')
  return `${year}年${Number(month)}月${Number(day)}日`
}
