/**
 * The words reports head their columns with, and the role each gives its column: the one
 * place the reader learns which column is which. A header cell takes the role of the first
 * rule one of whose words it contains (or equals, for an `exact` word); the word is kept, so
 * the dry run can say why. A column no rule names keeps its cells under its own header.
 */
import { compact } from './text.js'
import type { ColumnKey } from './types.js'

interface Rule {
  role: ColumnKey
  /** The header equals one of these. */
  exact?: string[]
  /** The header contains one of these. */
  words?: string[]
  /** The header contains one word of each list: a column holding several things at once. */
  all?: string[][]
}

const PROGRESS_WORDS = ['进展', '落实情况', '完成情况', '推进情况', '工作情况', '执行情况', '办理情况', '进度情况', '实施情况', '当前进度', '目前进度', '最新进度']

// In order: the first rule that matches decides.
const RULES: Rule[] = [
  { role: 'seq', exact: ['序号', '序', '编号', '序列号', '项目序号', '排序'] },
  { role: 'remarks', exact: ['说明', '备考'], words: ['备注'] },
  // 工作进展、存在问题及下步打算: one column with all three is the progress itself.
  { role: 'progress', all: [PROGRESS_WORDS, ['问题', '打算', '安排', '下步', '下一步', '计划', '措施']] },
  // 协同责任单位 names units, but not the ones that lead.
  { role: 'supportUnits', words: ['协同', '配合', '协办', '协助', '协作', '参与单位', '会同'] },
  { role: 'status', exact: ['进度', '完成进度', '评价', '状态'], words: ['评价', '状态', '达序', '序时', '是否按期', '是否完成'] },
  { role: 'deadline', words: ['时限', '时间', '期限', '节点'] },
  { role: 'problems', words: ['问题', '困难', '短板'] },
  { role: 'nextSteps', words: ['安排', '下步', '下一步', '打算', '计划', '措施'] },
  { role: 'progress', words: PROGRESS_WORDS },
  { role: 'leader', words: ['领导', '分管', '责任人', '联系人'] },
  { role: 'leadUnits', exact: ['单位', '责任主体', '部门'], words: ['牵头', '责任单位', '责任部门', '主办单位', '承办单位', '实施单位', '责任处室'] },
  { role: 'target', words: ['全年目标', '年度目标', '预期目标', '目标值', '完成目标'] },
  // 内容与要求, 督查内容, 项目内容, 目标任务, 民生实事: what cities head the task column with.
  { role: 'title', exact: ['事项', '项目', '工作'], words: ['任务', '内容', '重点工作', '实事', '项目名称', '目标'] },
]

export interface HeaderWord {
  role: ColumnKey
  /** The vocabulary word the header holds. */
  word: string
}

/** The role a header cell names and the word that decided it; null when no word of the vocabulary is in it. */
export function headerWordOf(headerCell: string): HeaderWord | null {
  if (headerCell.length > 200) return null
  const name = compact(headerCell)
  if (name === '') return null
  for (const rule of RULES) {
    const exact = rule.exact?.find((word) => name === word)
    if (exact !== undefined) return { role: rule.role, word: exact }
    const word = rule.words?.find((candidate) => name.includes(candidate))
    if (word !== undefined) return { role: rule.role, word }
    if (rule.all) {
      const found = rule.all.map((words) => words.find((candidate) => name.includes(candidate)))
      if (found.every((candidate) => candidate !== undefined)) return { role: rule.role, word: found.join('…') }
    }
  }
  return null
}

/**
 * The role a second column of a role already taken gets: a second task column headed
 * 目标任务 is the target, a second unit column the supporting units, a second progress column
 * an earlier period's (which of two is the period's own is decided by the periods they name).
 */
export function secondRoleOf(role: ColumnKey, word: string): ColumnKey | null {
  if (role === 'title' && word === '目标') return 'target'
  if (role === 'leadUnits') return 'supportUnits'
  if (role === 'progress') return 'previousProgress'
  return null
}

/**
 * Whether two header pieces are one heading split over two lines or paragraphs (牵头责任 / 单位,
 * 落实情况 / (全年)): the second adds nothing of its own and the two read as one heading.
 */
export function continuesHeading(first: string, second: string): boolean {
  const tail = compact(second)
  if (tail === '' || tail.length > 6) return false
  if (/^[（(]/.test(tail)) return true
  // A heading that ends as headings do (…单位, …情况) is whole: what follows is a column of its own.
  if (COMPLETE_HEADING.test(compact(first))) return false
  const a = headerWordOf(first)
  const b = headerWordOf(second)
  const joined = headerWordOf(compact(first) + tail)
  if (joined === null || (b !== null && b.role !== a?.role)) return false
  if (b === null && tail.length > 2) return false
  // 牵头责任 + 单位: the join is the same column, and the second alone would be a second one.
  return a === null || joined.role === a.role
}

const COMPLETE_HEADING = /(?:单位|部门|任务|情况|进展|进度|安排|评价|状态|备注|序号|内容|要求|时限|问题|领导|目标|说明|计划|打算|措施)$/

/** Header names written together with nothing between them (序号重点工作任务牵头单位进展情况), longest first. */
export const GLUED_HEADER_NAMES = [
  '序号', '编号', '重点工作任务', '主要任务', '工作任务', '目标任务', '内容与要求', '督查内容', '项目内容', '项目名称', '重点工作', '民生实事',
  '具体责任单位', '牵头责任单位', '牵头责任部门', '牵头单位', '责任单位', '责任部门', '协同责任单位', '配合单位', '协办单位',
  '工作评价', '进度评价', '完成状态', '完成进度', '是否达序', '进展情况', '落实情况', '推进情况', '完成情况', '当前完成情况', '当前进度', '工作进展',
  '近期工作安排', '下步工作计划', '下一步工作打算', '下一步打算', '下步打算', '下步计划', '存在问题', '完成时限', '全年目标任务', '年度目标', '分管领导', '责任领导', '备注', '说明',
].sort((a, b) => b.length - a.length)

/**
 * A header line whose names are written with nothing between them, split into the names; a
 * period before a name (1-11月推进情况) and a remark after it (（全年）) stay with it. Each piece
 * is a heading reports use (GLUED_HEADER_NAMES) or, failing that, one that ends as headings do
 * and names a role; the split with the most known headings and the fewest others wins, so
 * 进度评价 stays one heading and 重点工作任务进展情况 is two. Null when there is no split.
 */
export function splitGluedHeader(line: string): string[] | null {
  const text = compact(line)
  if ((!text.startsWith('序号') && !text.startsWith('编号')) || text.length > 200) return null
  // best[at]: the best score text.slice(at) splits into, and the first heading's end.
  const best: ({ score: number, end: number } | null)[] = Array.from({ length: text.length + 1 }, () => null)
  best[text.length] = { score: 0, end: text.length }
  for (let at = text.length - 1; at >= 0; at--) {
    const from = at + (PERIOD_PREFIX.exec(text.slice(at))?.[0].length ?? 0)
    for (let end = from + 2; end <= Math.min(text.length, from + 12); end++) {
      const name = text.slice(from, end)
      const known = GLUED_HEADER_NAMES.includes(name)
      if (!known && !(COMPLETE_HEADING.test(name) && headerWordOf(name) !== null)) continue
      const close = end + (/^[（(][^）)]{1,8}[）)]/.exec(text.slice(end))?.[0].length ?? 0)
      const rest = best[close]
      const score = (known ? 2 : -1) + (rest?.score ?? -Infinity)
      if (rest && (best[at] === null || score > best[at]!.score)) best[at] = { score, end: close }
    }
  }
  const names: string[] = []
  for (let at = 0; at < text.length;) {
    const step = best[at]
    if (!step) return null
    names.push(text.slice(at, step.end))
    at = step.end
  }
  return names.length >= 3 ? names : null
}

const PERIOD_PREFIX = /^(?:\d{1,2}[-—–~至]\d{1,2}月份?|[一二三四]季度|上半年|下半年|全年|前三季度)/
