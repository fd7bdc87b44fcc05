/**
 * A table with no header row: a page that continues an earlier one, its rows numbered from 24.
 * Its columns are named by position (第2列 …) and given roles by what their cells say: the
 * column of unit names leads (a second one supports), the column of status words is the
 * status, and the text columns in order are the task, the progress, the next steps; a last
 * column of short notes is the 备注. The request's columnRoles, by those names, win.
 */
import { percentageOf, statusOf } from './columns.js'
import type { Header, HeaderColumn, ReadContext } from './table.js'
import { cleanCell, compact, parseSeq } from './text.js'
import type { ColumnKey } from './types.js'
import { looksLikeUnits, type KnownUnits } from './units.js'

/** The name a column of a headerless table goes by: what the dry run lists and columnRoles names. */
export const positionTitle = (index: number) => `第${index + 1}列`

const TEXT_ROLES: ColumnKey[] = ['title', 'progress', 'nextSteps']
// The most rows looked at to decide the roles.
const SAMPLE = 60

/**
 * The header the rows' content gives them, or null when the rows do not look like a table's:
 * fewer than three cells, or no column of text to be the task.
 */
export function headerFromContent(rows: string[][], line: number, known: KnownUnits, overrides: ReadContext['overrides'] = {}): Header | null {
  const sample = rows.slice(0, SAMPLE)
  const width = Math.max(...sample.map((cells) => cells.length))
  if (sample.length === 0 || width < 3) return null
  const share = (c: number, test: (cell: string) => boolean) => {
    const filled = sample.map((cells) => cleanCell(cells[c])).filter((cell) => cell !== '')
    return filled.length === 0 ? 0 : filled.filter(test).length / filled.length
  }
  const roles: (ColumnKey | null)[] = [ 'seq' ]
  const texts = [...TEXT_ROLES]
  let units = 0
  let status = false
  for (let c = 1; c < width; c++) {
    const averageLength = sample.reduce((sum, cells) => sum + compact(cells[c] ?? '').length, 0) / sample.length
    if (units < 2 && share(c, (cell) => looksLikeUnits(cell, known)) >= 0.6) roles.push(units++ === 0 ? 'leadUnits' : 'supportUnits')
    else if (!status && share(c, (cell) => statusOf(cell) !== undefined || percentageOf(cell) !== null) >= 0.6) {
      status = true
      roles.push('status')
    } else if (c === width - 1 && texts.length <= TEXT_ROLES.length - 2 && averageLength <= 10) roles.push('remarks')
    else roles.push(texts.shift() ?? null)
  }
  const columns: HeaderColumn[] = roles.map((role, c) => {
    const title = positionTitle(c)
    if (Object.hasOwn(overrides, title)) {
      const wanted = overrides[title]!
      return { key: wanted === 'other' ? null : wanted, title, word: null, overridden: true }
    }
    return { key: role, title, word: null }
  })
  if (!columns.some((column) => column.key === 'title')) return null
  return { line, columns, headerless: true }
}

/** The rows a headerless table starts with: records from the first that starts with a number and has three cells or more. */
export function firstNumberedRecord(records: { cells: string[] }[]): { index: number, offset: number } | null {
  for (let i = 0; i < records.length; i++) {
    const cells = records[i]!.cells
    const offset = cells.findIndex((cell) => compact(cell) !== '')
    if (offset < 0 || parseSeq(cells[offset]!) === null) continue
    if (cells.slice(offset).filter((cell) => compact(cell) !== '').length >= 3) return { index: i, offset }
  }
  return null
}

/** What the dry run says of a headerless table: each column's role as read from its cells. */
export function headerlessMessage(header: Header): string {
  const roles = header.columns.slice(1).map((column) => `${column.title} ${column.key ?? 'other'}`).join('、')
  return `the table has no header row (a page continuing an earlier one?): its columns were read by what their cells say (${roles}); ` +
    'name them in columnRoles to correct them'
}
