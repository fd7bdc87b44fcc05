/**
 * One row per line with nothing that marks a cell: the spaced layout (cells separated by a
 * space, two spaces around an empty cell) and the glued layout (a page copied as text, the
 * cells written together: 序号, task, progress and unit in one run). A row starts at its
 * number; a line with none carries on the row above (a wrapped cell). Where one cell ends is
 * read from what the cells say (fit.ts), and every row read so is noted.
 */
import { columnKeyOf, looksLikeHeaderCell, STATUS_WORD_LIST } from './columns.js'
import { describeFit, fitPieces, type Piece } from './fit.js'
import { joinedNames } from './paragraph-header.js'
import { checkRowCount, fitRows, type Header, headerOf, missesCells, type RawRow, type ReadContext, type TableRead } from './table.js'
import { compact, isBlank, isFooter, oneLine, parseSeq, sectionHeading, toAsciiDigits } from './text.js'
import type { Layout } from './types.js'
import type { KnownUnits } from './units.js'
import { splitGluedHeader } from './vocabulary.js'

const MAX_SEQ_JUMP = 50
// A spaced row: its number, then one space (or 、 .) before the first cell.
const SPACED_ROW = /^[ \u3000]*(\d{1,4})(?:[.、．][ \u3000]?| )(.*)$/
// A glued row: its number written against the first cell.
const GLUED_ROW = /^[ \u3000]*(\d{1,4})[.、．]?(?=[^\d\s.、．%％])(.*)$/

interface HeaderLine { index: number, titles: string[], glued: boolean }

/** The header line: 序号 and the names after it, on one line, separated by spaces or written together. */
function headerLine(lines: string[], from = 0, to = lines.length): HeaderLine | null {
  for (let i = from; i < to; i++) {
    const line = lines[i]!
    if (line.length > 400 || line.includes('\t') || line.trimEnd().endsWith('|')) continue
    const text = line.trim()
    if (!text.startsWith('序') && !text.startsWith('编')) continue
    const words = joinedNames(text.split(/[ \u3000]+/))
    if (words.length >= 3 && columnKeyOf(words[0]!) === 'seq' && words.every(looksLikeHeaderCell)) return { index: i, titles: words, glued: false }
    const glued = words.length === 1 ? splitGluedHeader(text) : null
    if (glued) return { index: i, titles: glued, glued: true }
  }
  return null
}

/**
 * spaced or glued, when the document's header is on one line and its rows are lines that start
 * with a number followed by more text; null otherwise (the paragraph layout puts a number alone).
 */
export function detectLineLayout(lines: string[]): Layout | null {
  const header = headerLine(lines)
  if (header === null) return null
  let spaced = 0
  let glued = 0
  for (let i = header.index + 1; i < lines.length && spaced + glued < 20; i++) {
    if (isBlank(lines[i]!)) continue
    const line = toAsciiDigits(lines[i]!)
    if (SPACED_ROW.test(line) && !isBlank(SPACED_ROW.exec(line)![2]!)) spaced++
    else if (GLUED_ROW.test(line)) glued++
    else if (parseSeq(line) !== null) return null // a number alone on its line: the paragraph layout
  }
  if (spaced + glued === 0) return null
  return spaced >= glued ? 'spaced' : 'glued'
}

export function readLines(layout: 'spaced' | 'glued', lines: string[], { warnings, known, maxRows, overrides }: ReadContext): TableRead | null {
  let found = headerLine(lines)
  let header: Header | null = null
  while (found !== null && header === null) {
    header = headerOf(found.titles, found.index + 1, overrides)
    if (header === null) found = headerLine(lines, found.index + 1)
  }
  if (found === null || header === null) return null
  const columns = header.columns.slice(1)
  const rows: RawRow[] = []
  let current: { line: number, seq: string, pieces: Piece[], continued: number } | null = null
  let section: string | null = null
  let previous: number | null = null

  const close = () => {
    if (current === null) return
    // Empty cells past the header's last column are stray spaces.
    while (current.pieces.length > columns.length && current.pieces[current.pieces.length - 1]!.empty) current.pieces.pop()
    const fit = fitPieces(current.pieces, columns, known, layout === 'spaced')
    const row: RawRow = { line: current.line, cells: [current.seq, ...fit.cells], truncated: false, section, notes: [] }
    if (current.continued > 0) {
      row.notes.push({ code: 'continuation_joined', line: current.line, message: `${current.continued} line(s) with no number were read as the row going on` })
    }
    const split = current.pieces.length !== columns.length || fit.cells.some((cell) => cell === undefined)
    if (layout === 'glued' || split) {
      row.notes.push({ code: 'cells_by_content', line: current.line, message: `no separator marks every cell; read as ${describeFit(columns, fit.cells)}` })
    }
    rows.push(row)
    current = null
  }

  for (let i = found.index + 1; i < lines.length; i++) {
    const raw = lines[i]!
    if (isBlank(raw)) continue
    const line = toAsciiDigits(raw)
    const start = rowStart(layout, line, previous)
    if (start !== null) {
      close()
      checkRowCount(rows.length + 1, maxRows)
      current = { line: i + 1, seq: String(start.seq), pieces: piecesOf(layout, start.rest, known, columns.some((column) => column.key === 'status')), continued: 0 }
      previous = start.seq
      continue
    }
    const text = raw.trim()
    if (columnKeyOf(text.split(/[ \u3000]+/)[0]!) === 'seq' && text.length < 120) {
      warnings.add('header_repeated', 'the header row appears again; it was skipped', i + 1)
      continue
    }
    const heading = sectionHeading(text)
    if (heading !== null) {
      close()
      section = heading
      continue
    }
    if (isFooter(text)) {
      close()
      for (let j = i; j < lines.length; j++) if (!isBlank(lines[j]!)) warnings.add('unplaced_text', `text after the table: ${oneLine(lines[j]!)}`, j + 1)
      break
    }
    if (current === null) {
      warnings.add('unplaced_text', `text before the first row: ${oneLine(text)}`, i + 1)
      continue
    }
    // A wrapped line: its first piece goes on the cell the line above ended in.
    const more = piecesOf(layout, text, known, columns.some((column) => column.key === 'status'))
    if (more.length > 0) more[0] = { ...more[0]!, glue: '' }
    current.pieces.push(...more)
    current.continued++
  }
  close()
  return { header, rows: fitRows(header, rows, (last) => missesCells(header, last)) }
}

/** The row a line starts, or null when it carries on the one above. */
function rowStart(layout: 'spaced' | 'glued', line: string, previous: number | null): { seq: number, rest: string } | null {
  const match = (layout === 'spaced' ? SPACED_ROW : GLUED_ROW).exec(line) ?? (layout === 'glued' ? SPACED_ROW.exec(line) : null)
  if (match === null || isBlank(match[2]!)) return null
  let digits = match[1]!
  let rest = match[2]!
  // 312项… after row 2 is row 3 whose task starts 12项.
  const expected = previous === null ? null : String(previous + 1)
  if (layout === 'glued' && expected !== null && digits !== expected && digits.startsWith(expected)) {
    rest = digits.slice(expected.length) + rest
    digits = expected
  }
  const seq = Number(digits)
  if (seq === 0 || (previous !== null && (seq <= previous || seq > previous + MAX_SEQ_JUMP))) return null
  return { seq, rest }
}

const SEPARATORS_ONLY = /^[ 、，,；;/／]+$/
// Endings that also end a shorter word inside a longer name (市人力资源社|会保障局, 市政府|办): the name may go on.
const WEAK_ENDINGS = new Set(['社', '会', '联', '协', '部', '院', '所', '队', '府', '办'])
const UNIT_PREFIXES = new Set(['市', '省', '县', '区', '各'])
const NAME_GOES_ON = /^[\u4e00-\u9fff]{0,5}?(?:管委会|办公室|委员会|中心|集团|公司|政府|局|委|办)/

/** Where unit names stand in glued text, by their grammar: each the shortest that ends as a name, unless it goes on. */
function unitNames(text: string): [number, number][] {
  const found: [number, number][] = []
  for (const match of text.matchAll(UNIT_NAME)) {
    const start = match.index
    let end = start + match[0].length
    const previous = found[found.length - 1]
    if (previous !== undefined && start < previous[1]) continue
    for (let more = 0; more < 2 && WEAK_ENDINGS.has(text[end - 1]!) && !UNIT_PREFIXES.has(text[end] ?? '市'); more++) {
      const rest = NAME_GOES_ON.exec(text.slice(end))
      if (rest === null) break
      end += rest[0].length
    }
    found.push([start, end])
  }
  return found
}

// A unit name by its grammar: a place prefix, a few characters, an ending units have.
const UNIT_NAME = /(?:市|省|县|区)[\u4e00-\u9fff]{1,12}?(?:管委会|办公室|委员会|中心|集团|公司|政府|银行|分行|法院|检察院|海关|局|委|办|联|协|部|院|社|队|所)/g

/** A row's text cut into pieces: at spaces (spaced), or where a sentence, a unit name or a status word ends (glued). */
function piecesOf(layout: 'spaced' | 'glued', text: string, known: KnownUnits, statusColumn: boolean): Piece[] {
  if (layout === 'spaced') {
    // A space at the end is an empty last cell; more are stray.
    const parts = text.replace(/\r$/, '').replace(/(?<= ) +$/, '').split(' ')
    return parts.map((part, k) => ({ text: part, glue: k === 0 ? '' : ' ', empty: part === '' }))
  }
  const flat = text.trim()
  const cuts = new Set<number>([0, flat.length])
  for (let i = 0; i < flat.length; i++) if ('。！？；'.includes(flat[i]!)) cuts.add(i + 1)
  for (const name of known.names) {
    for (let at = flat.indexOf(name); at >= 0; at = flat.indexOf(name, at + 1)) { cuts.add(at); cuts.add(at + name.length) }
  }
  for (const [start, end] of unitNames(flat)) { cuts.add(start); cuts.add(end) }
  if (statusColumn) {
    for (const word of STATUS_WORD_LIST) {
      for (let at = flat.indexOf(word); at >= 0; at = flat.indexOf(word, at + 1)) { cuts.add(at); cuts.add(at + word.length) }
    }
  }
  const sorted = [...cuts].sort((a, b) => a - b)
  const pieces: Piece[] = []
  for (let k = 1; k < sorted.length; k++) {
    const piece = flat.slice(sorted[k - 1], sorted[k])
    const previous = pieces[pieces.length - 1]
    // A separator between two names (、) stays with the name before it.
    if (previous !== undefined && SEPARATORS_ONLY.test(piece)) previous.text += piece.trim()
    else if (compact(piece) !== '') pieces.push({ text: piece.trim(), glue: piece.startsWith(' ') ? ' ' : '', empty: false })
  }
  return pieces
}
