import { compact, sectionHeading, toAsciiDigits } from './text.js'
import type { ColumnKey, ParsedStatus } from './types.js'

/** The column a header cell names, by the synonyms reports use; null for a column we have no field for. */
export function columnKeyOf(headerCell: string): ColumnKey | null {
  if (headerCell.length > 200) return null
  const name = compact(headerCell)
  if (name === '') return null
  if (name === '序号' || name === '序' || name === '编号' || name === '序列号' || name === '项目序号') return 'seq'
  if (name.startsWith('备注')) return 'remarks'
  if (name.includes('评价') || name.includes('状态') || name === '进度' || name === '完成进度') return 'status'
  if (name.includes('时限') || name.includes('时间')) return null // 完成时限: a deadline, not a column we keep
  if (name.includes('安排') || name.includes('下步') || name.includes('下一步') || name.includes('打算') || name.includes('计划')) return 'nextSteps'
  if (name.includes('进展') || /(?:落实|完成|推进|工作|执行|办理)情况/.test(name) || /^(?:当前|目前|最新)进度$/.test(name)) return 'progress'
  if (name.includes('领导')) return null // 牵头市领导, 责任领导: people, not units
  if (name.includes('牵头') || name.includes('责任单位') || name.includes('责任部门') || name.includes('主办单位') ||
    name.includes('承办单位') || name === '单位' || name === '责任主体') return 'leadUnits'
  // 内容与要求, 督查内容, 项目内容: what other cities head the task column with.
  if (name.includes('任务') || name.includes('内容') || name.includes('重点工作') ||
    name === '事项' || name.includes('目标')) return 'title'
  return null
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
}

/** The evaluation a 工作评价 cell states; undefined when the cell holds something else. */
export function statusOf(cell: string): Exclude<ParsedStatus, 'not_rated'> | undefined {
  if (cell.length > 80) return undefined
  const word = compact(cell).replace(/[。.!！]+$/, '')
  return Object.hasOwn(STATUS_WORDS, word) ? STATUS_WORDS[word] : undefined
}
