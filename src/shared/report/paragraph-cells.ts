/**
 * Paragraphs to cells, for the paragraph layout: which paragraphs belong together (a
 * numbered list, a lead-in ending in ：) and how they are shared out among columns.
 */
import type { HeaderColumn, RowNote } from './table.js'
import { toAsciiDigits } from './text.js'

export interface Paragraph {
  /** The paragraph's lines as cleanCell leaves them: no tags, indentation or NBSP. */
  text: string
  line: number
  /** How many lines of the document it covers. */
  span: number
  /** A paragraph holding only a NBSP or similar: an empty cell. */
  empty: boolean
}

interface Numbering { style: string, n: number }

const NUMBERED = [
  { style: 'arabic', pattern: /^(\d{1,2})[.、．)）](?!\d)/ },
  { style: 'paren', pattern: /^[（(](\d{1,2})[)）]/ },
  { style: 'paren-chinese', pattern: /^[（(]([一二三四五六七八九十]{1,3})[)）]/ },
  { style: 'chinese', pattern: /^([一二三四五六七八九十]{1,3})[、.．]/ },
  { style: 'shi', pattern: /^([一二三四五六七八九十]{1,3})是/ },
]
const CHINESE_DIGITS = '一二三四五六七八九'

function chineseNumber(text: string): number {
  if (text === '十') return 10
  if (text.startsWith('十')) return 10 + CHINESE_DIGITS.indexOf(text[1]!) + 1
  if (text.endsWith('十')) return (CHINESE_DIGITS.indexOf(text[0]!) + 1) * 10
  if (text.length === 3) return (CHINESE_DIGITS.indexOf(text[0]!) + 1) * 10 + CHINESE_DIGITS.indexOf(text[2]!) + 1
  return CHINESE_DIGITS.indexOf(text) + 1
}

export function numberingOf(text: string): Numbering | null {
  const start = toAsciiDigits(text.trimStart())
  for (const { style, pattern } of NUMBERED) {
    const match = pattern.exec(start)
    if (match) return { style, n: /\d/.test(match[1]!) ? Number(match[1]) : chineseNumber(match[1]!) }
  }
  return null
}

// "… 1.港口物流:…。 2.航空物流:…" written in one paragraph: its last number counts.
const INLINE_ARABIC = /(?:^|[。；;\s])(\d{1,2})[.、．](?!\d)/g

function lastNumbering(text: string): Numbering | null {
  let last: Numbering | null = null
  for (const line of text.split('\n')) {
    const own = numberingOf(line)
    if (own) last = own
    if (own === null || own.style === 'arabic') {
      for (const match of toAsciiDigits(line).matchAll(INLINE_ARABIC)) last = { style: 'arabic', n: Number(match[1]) }
    }
  }
  return last
}

interface Group { paragraphs: Paragraph[], empty: boolean, last: Numbering | null }

/** Paragraphs that belong to one cell: a numbered list continues (n+1), a lead-in ending in ： takes its list. */
function groupsOf(paragraphs: Paragraph[]): Group[] {
  const groups: Group[] = []
  for (const paragraph of paragraphs) {
    const group = groups[groups.length - 1]
    if (!paragraph.empty && group && !group.empty) {
      const own = numberingOf(paragraph.text)
      const previous = group.paragraphs[group.paragraphs.length - 1]!
      const continues = own !== null && (
        (group.last !== null && own.style === group.last.style && own.n === group.last.n + 1) ||
        (own.n === 1 && /[：:]$/.test(previous.text)))
      if (continues) {
        group.paragraphs.push(paragraph)
        group.last = lastNumbering(paragraph.text) ?? own
        continue
      }
    }
    groups.push({ paragraphs: [paragraph], empty: paragraph.empty, last: paragraph.empty ? null : lastNumbering(paragraph.text) })
  }
  return groups
}

export const textOf = (paragraphs: Paragraph[]) => paragraphs.filter((p) => !p.empty).map((p) => p.text).join('\n')

export interface Slot { index: number, column: HeaderColumn }

/**
 * Shares paragraphs out among consecutive columns. A trailing empty paragraph is the 备注.
 * More groups than columns: the first column (the task, or the progress) takes the
 * surplus. Fewer: the later columns stay without a cell.
 */
export function distribute(paragraphs: Paragraph[], slots: Slot[], cells: (string | undefined)[], notes: RowNote[]): void {
  if (paragraphs.length === 0 || slots.length === 0) return
  let groups = groupsOf(paragraphs)
  let usable = slots
  // A trailing empty paragraph is the 备注 the web page left with only a NBSP.
  if (groups.length > 1 && groups[groups.length - 1]!.empty && slots[slots.length - 1]!.column.key === 'remarks') {
    cells[slots[slots.length - 1]!.index] = ''
    groups = groups.slice(0, -1)
    usable = slots.slice(0, -1)
  }
  if (groups.length > usable.length) {
    // Spacing paragraphs go first: they are not cells when there are too many.
    let surplus = groups.length - usable.length
    groups = groups.filter((group) => !(group.empty && surplus-- > 0))
  }
  if (groups.length > usable.length) {
    const merged = groups.length - usable.length + 1
    const first: Group = { paragraphs: groups.slice(0, merged).flatMap((group) => group.paragraphs), empty: false, last: null }
    groups = [first, ...groups.slice(merged)]
    if (usable.length > 1) {
      notes.push({ code: 'cell_boundary_guess', line: first.paragraphs[0]!.line, message: `${merged} paragraphs were read as one「${usable[0]!.column.title}」cell; check where it ends` })
    }
  }
  // A 备注 is a short note; a list starting at 1. there is the previous cell going on.
  const remark = groups.length === usable.length && usable.length > 1 && usable[usable.length - 1]!.column.key === 'remarks'
    ? groups[groups.length - 1]! : undefined
  if (remark && !remark.empty && numberingOf(remark.paragraphs[0]!.text)?.n === 1) {
    const previous = groups[groups.length - 2]!
    groups = [...groups.slice(0, -2), { paragraphs: [...previous.paragraphs, ...remark.paragraphs], empty: false, last: remark.last }]
    notes.push({ code: 'cell_boundary_guess', line: remark.paragraphs[0]!.line, message: `a numbered list after「${usable[groups.length - 1]!.column.title}」was kept in that cell, not read as 备注` })
  }
  groups.forEach((group, i) => { cells[usable[i]!.index] = textOf(group.paragraphs) })
}
