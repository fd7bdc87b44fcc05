/**
 * Which layout a document uses, read from its header row: the first line that starts
 * with 序号 holds tabs (tab), ends in a pipe (pipe), or stands alone (paragraph).
 */
import { columnKeyOf } from './columns.js'
import { isBlank } from './text.js'
import type { Layout } from './types.js'

const TRAILING_SPACE = /[\s\u00a0\u3000]+$/
const LEADING = /^[\s\u00a0\u3000|]+/

export function detectLayout(lines: string[]): Layout | null {
  for (const line of lines) {
    if (!line.includes('序')) continue
    if (line.includes('\t')) {
      const cells = line.split('\t').filter((cell) => !isBlank(cell))
      if (cells.length > 1 && columnKeyOf(cells[0]!) === 'seq') return 'tab'
    }
    const body = line.replace(TRAILING_SPACE, '')
    if (body.endsWith('|')) {
      if (columnKeyOf(body.replace(LEADING, '').split('|')[0] ?? '') === 'seq') return 'pipe'
      continue
    }
    const words = body.replace(LEADING, '').split(/[ \t\u00a0\u3000]+/)
    if (columnKeyOf(body) === 'seq' || (words.length > 1 && columnKeyOf(words[0]!) === 'seq')) return 'paragraph'
  }
  return null
}
