/**
 * A table written out as each layout a city's report arrives in: a title line, the header, then
 * the rows. The tests make their own tables (the words come from here, not from a published
 * report) and read them back.
 */
import type { Layout } from '../src/shared/values.js'

export interface Table {
  title: string
  header: string[]
  rows: string[][]
}

const NBSP = '\u00a0'

const csvField = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)

export function render(table: Table, layout: Layout): string {
  const { title, header, rows } = table
  switch (layout) {
    case 'pipe':
      return [title, ...[header, ...rows].flatMap((cells) => cells.map((cell) => `${cell} |`))].join('\n')
    case 'tab':
      return [title, ...[header, ...rows].map((cells) => cells.join('\t'))].join('\n')
    case 'paragraph':
      // Every cell its own paragraph between blank lines; an empty cell a paragraph of a NBSP.
      return [title, '', ...[header, ...rows].flatMap((cells) => cells.flatMap((cell) => [cell === '' ? NBSP : cell, '']))].join('\n')
    case 'csv':
      return [title, ...[header, ...rows].map((cells) => cells.map(csvField).join(','))].join('\n')
    case 'markdown':
      return [title, '', `| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`,
        ...rows.map((cells) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|').replace(/\n/g, '<br>')).join(' | ')} |`)].join('\n')
    case 'spaced':
      // One space between cells: an empty cell leaves two.
      return [title, ...[header, ...rows].map((cells) => cells.join(' '))].join('\n')
    case 'glued':
      return [title, ...[header, ...rows].map((cells) => cells.join(''))].join('\n')
  }
}

// Words to make cells of: tasks, progress and next steps as offices write them, units as cities name them.
export const WORKS = ['智慧停车平台', '城东物流园', '老旧小区改造', '农村公路提质', '污水处理厂扩建', '职业教育园区', '养老服务中心', '数字政务平台', '文旅街区', '电网改造']
export const UNITS = ['市发展改革委', '市财政局', '市城管局', '市交通运输局', '市住房城乡建设局', '市人力资源社会保障局', '市生态环境局', '市农业农村局', '市数据资源局', '市文化旅游局']
export const STATUS_WORDS = { 序时推进: 'on_track', 已完成: 'completed', 未达预期: 'behind', 顺利推进: 'on_track', 推进缓慢: 'behind', 进度滞后: 'behind' } as const
