/**
 * Cells read from what they say, where the layout does not say where one ends: a row written
 * with spaces or nothing between its cells, or a row with fewer cells than its header has
 * headings (a merged cell). The row is a run of pieces; each column in header order takes a
 * run of them or none, and the sharing that reads best wins: unit names in a unit column, a
 * status word in the status column, a date in the deadline column, a text cell ending where a
 * sentence ends. Dynamic programming over pieces and columns: O(pieces² × columns).
 */
import { type OwnStatusWords, statusOf } from './columns.js'
import type { Header, HeaderColumn, RawRow } from './table.js'
import { cleanCell, compact, oneLine } from './text.js'
import type { ColumnKey } from './types.js'
import { type KnownUnits, looksLikeUnits } from './units.js'
import { STANDING_WORDS } from '../values.js'

export interface Piece {
  text: string
  /** What joins it to the piece before when both fall in one cell: a space, a line break, or nothing (wrapped or glued text). */
  glue: string
  /** An empty cell the row spells out (two spaces, an empty cell of a grid). */
  empty: boolean
}

// More pieces than this in one row are joined to the last: the reading stays linear in the row's length past it.
const MAX_PIECES = 160
const SENTENCE_END = /[。！？!?；;]$/
const DATE_LIKE = /\d{4}年|\d{1,2}月|年底|年内|年末|年前|长期|持续|季度|\d{4}[-./]\d/
const STANDING = new Set<string>(Object.values(STANDING_WORDS))
const PERCENTAGE = /^\d{1,3}(?:\.\d+)?[%％]/
const NAME_SEPARATOR = /[、，,；;/／]$/

const UNIT_ROLES = new Set<ColumnKey | null>(['leadUnits', 'supportUnits'])
const SHORT_ROLES = new Set<ColumnKey | null>(['status', 'deadline', 'leader'])

/** What leaving a column without a cell costs: the task and the lead units are rarely missing. */
function skipCost(key: ColumnKey | null): number {
  switch (key) {
    case 'title': return -4
    case 'leadUnits': case 'progress': return -2
    case 'remarks': case 'supportUnits': return -0.5
    default: return -1
  }
}

interface Kind { unit: boolean, status: boolean, empty: boolean, ends: boolean, length: number, date: boolean }

function kindOf(piece: Piece, known: KnownUnits, own?: OwnStatusWords): Kind {
  const flat = compact(piece.text)
  return {
    empty: piece.empty || flat === '',
    unit: flat !== '' && flat.length <= 40 && looksLikeUnits(cleanCell(piece.text), known),
    status: flat !== '' && (statusOf(flat, own) !== undefined || STANDING.has(flat) || PERCENTAGE.test(flat)),
    ends: SENTENCE_END.test(flat),
    length: flat.length,
    date: DATE_LIKE.test(flat),
  }
}

export interface Fit {
  /** One per column given; undefined where the column takes no piece. */
  cells: (string | undefined)[]
  score: number
}

/**
 * The best sharing of pieces among columns (header order), every piece in some column. With
 * explicit cells (the spaced layout, where an empty cell is two spaces) a column is left without
 * a cell only past the row's last piece.
 */
export function fitPieces(input: Piece[], columns: HeaderColumn[], known: KnownUnits, explicit = false, own?: OwnStatusWords): Fit {
  const pieces = input.length > MAX_PIECES
    ? [...input.slice(0, MAX_PIECES - 1), { text: joinPieces(input.slice(MAX_PIECES - 1)), glue: input[MAX_PIECES - 1]!.glue, empty: false }]
    : input
  const kinds = pieces.map((piece) => kindOf(piece, known, own))
  const n = pieces.length
  const m = columns.length
  const hasUnits = columns.some((column) => UNIT_ROLES.has(column.key))
  const hasStatus = columns.some((column) => column.key === 'status')

  // best[c][i]: the best score for columns c… taking pieces i…; next[c][i]: where column c's run ends (i: none).
  const best = Array.from({ length: m + 1 }, () => new Float64Array(n + 1).fill(-Infinity))
  const next = Array.from({ length: m + 1 }, () => new Int32Array(n + 1))
  best[m]![n] = 0
  for (let c = m - 1; c >= 0; c--) {
    const key = columns[c]!.key
    for (let i = n; i >= 0; i--) {
      let top = skipCost(key) - (explicit && i < n ? 4 : 0) + best[c + 1]![i]!
      let end = i
      let units = 0
      let statuses = 0
      let empties = 0
      let length = 0
      let bare = 0
      for (let j = i + 1; j <= n; j++) {
        const kind = kinds[j - 1]!
        // Two names written together with no 、 between them: more likely two cells than one.
        if (j > i + 1 && pieces[j - 1]!.glue === '' && kind.unit && !NAME_SEPARATOR.test(pieces[j - 2]!.text)) bare++
        // With explicit cells, a space between two names is as likely the next cell as a space in this one.
        if (explicit && j > i + 1 && pieces[j - 1]!.glue === ' ' && kind.unit) bare++
        if (kind.empty) empties++
        if (kind.unit) units++
        if (kind.status) statuses++
        length += kind.length
        const count = j - i
        if (empties > 0 && count > 1) break
        if (SHORT_ROLES.has(key) && count > (key === 'status' ? 1 : 3)) break
        const rest = best[c + 1]![j]!
        if (rest === -Infinity) continue
        const score = segmentScore(key, kind, count, units, statuses, empties, length, j < n, hasUnits, hasStatus) - 1.5 * bare + rest
        if (score > top) { top = score; end = j }
      }
      best[c]![i] = top
      next[c]![i] = end
    }
  }
  const cells: (string | undefined)[] = []
  let i = 0
  for (let c = 0; c < m; c++) {
    const end = next[c]![i]!
    // Unit names written together (市住房城乡建设局市财政局) are separate names.
    const units = columns[c]!.key === 'leadUnits' || columns[c]!.key === 'supportUnits'
    const run = units ? pieces.slice(i, end).map((piece) => (piece.glue === '' ? { ...piece, glue: '、' } : piece)) : pieces.slice(i, end)
    cells.push(end === i ? undefined : joinPieces(run))
    i = end
  }
  return { cells, score: best[0]![0]! }
}

function segmentScore(key: ColumnKey | null, last: Kind, count: number, units: number, statuses: number, empties: number,
  length: number, more: boolean, hasUnits: boolean, hasStatus: boolean): number {
  if (empties > 0) return key === 'title' ? -2 : 0
  // Supporting units score a little less: names that could be either lead.
  if (UNIT_ROLES.has(key)) return units === count ? 2 * count - (key === 'supportUnits' ? 1 : 0) : -50
  if (key === 'status') return statuses === 1 ? 4 : -50
  if (key === 'deadline') return last.date && length <= 24 ? 2 : -20
  if (key === 'leader') return length <= 20 && units === 0 && statuses === 0 ? 1 : -20
  // Text: unit names and status words belong in their own columns; a cell ends where a sentence does.
  let score = 0
  if (hasUnits) score -= 3 * units
  if (hasStatus) score -= 3 * statuses
  if (more) score += last.ends ? 2 : -1
  return score
}

export function joinPieces(pieces: Piece[]): string {
  return pieces.map((piece, k) => (k === 0 ? piece.text : piece.glue + piece.text)).join('')
}

/** The score of reading the pieces one per column, in order: what a reader that counts cells does. */
function positionalScore(pieces: Piece[], columns: HeaderColumn[], known: KnownUnits, own?: OwnStatusWords): number {
  if (pieces.length > columns.length) return -Infinity
  // The same scoring, with each piece held to its own column.
  let score = 0
  const hasUnits = columns.some((column) => UNIT_ROLES.has(column.key))
  const hasStatus = columns.some((column) => column.key === 'status')
  columns.forEach((column, c) => {
    const piece = pieces[c]
    if (piece === undefined) { score += skipCost(column.key); return }
    const kind = kindOf(piece, known, own)
    score += segmentScore(column.key, kind, 1, kind.unit ? 1 : 0, kind.status ? 1 : 0, kind.empty ? 1 : 0, kind.length,
      c < pieces.length - 1, hasUnits, hasStatus)
  })
  return score
}

/**
 * A table whose rows have fewer cells than its header has headings (task and target under two
 * headings over one merged cell): when most such rows read better shared out by content than
 * one cell a column, those rows are, each with a note. A table whose rows fit stays as read.
 */
export function refitShortRows(header: Header, rows: RawRow[], known: KnownUnits, cutOffKnown: boolean, own?: OwnStatusWords): void {
  const columns = header.columns.slice(1)
  const candidates: { row: RawRow, cells: (string | undefined)[] }[] = []
  let short = 0
  for (const [i, row] of rows.entries()) {
    // The last row counts as cut off when it has fewer cells than the header: here that is what every row has.
    if (row.truncated && (cutOffKnown || i < rows.length - 1)) continue
    const cells = row.cells.slice(1)
    while (cells.length > 0 && (cells[cells.length - 1] === undefined || cleanCell(cells[cells.length - 1]) === '')) cells.pop()
    if (cells.length >= columns.length || cells.some((cell) => cell === undefined)) continue
    short++
    const pieces = cells.map((cell) => ({ text: cell!, glue: '\n', empty: cleanCell(cell) === '' }))
    const fit = fitPieces(pieces, columns, known, true, own)
    if (fit.score > positionalScore(pieces, columns, known, own) + 2) candidates.push({ row, cells: fit.cells })
  }
  if (short === 0 || candidates.length * 2 <= short) return
  for (const { row, cells } of candidates) {
    const skipped = columns.filter((_, c) => cells[c] === undefined).map((column) => column.title)
    // A column the row has no cell for is empty, as a merged cell leaves it.
    row.cells = [row.cells[0], ...cells.map((cell) => cell ?? '')]
    row.truncated = false
    row.notes.push({ code: 'cells_shifted', line: row.line,
      message: `the row has fewer cells than the header has columns; read by what the cells say, with no cell for ${skipped.join('、')}` })
  }
}

/** A row's cells as the fit shared them, for a note. */
export function describeFit(columns: HeaderColumn[], cells: (string | undefined)[]): string {
  return columns.map((column, c) => `${column.title}「${cells[c] === undefined ? '' : oneLine(cells[c]!, 12)}」`).join(' ')
}
