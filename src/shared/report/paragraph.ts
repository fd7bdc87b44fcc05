/**
 * Paragraph layout (a table copied as text from a web page): every cell is its own
 * paragraph between blank lines, lead units one per line or paragraph, a progress cell
 * several numbered paragraphs, an empty cell a paragraph holding only a NBSP.
 *
 * Cell boundaries come from what the cells are, not from counting: a 序号 paragraph starts
 * a row, the first paragraph after it is the task, a run of unit-looking paragraphs is the
 * lead-unit cell, a status word is the 工作评价 cell, and the paragraphs left are shared out
 * among the remaining columns by their numbering (1. 2. 3. belong together; a new "1."
 * starts the next cell).
 */
import { columnKeyOf, looksLikeHeaderCell, statusOf } from './columns.js'
import { distribute, numberingOf, type Paragraph, type Slot, textOf } from './paragraph-cells.js'
import { findHeader } from './paragraph-header.js'
import { type Header, type RawRow, type ReadContext, type RowNote, type TableRead, type WarningList, checkRowCount, missesCells } from './table.js'
import { cleanCell, compact, isBlank, isFooter, oneLine, parseSeq, sectionHeading } from './text.js'
import { couldBeUnits, type KnownUnits, looksLikeUnits, readLeadUnits } from './units.js'

// A real 序号 does not jump further than this past the row before it; a bare number that
// does is text (a year, an amount).
const MAX_SEQ_JUMP = 50

function isTrulyEmpty(line: string | undefined): boolean {
  return line === undefined || /^[ \t\r]*$/.test(line)
}

/**
 * Paragraphs between blank lines. A line of only NBSP standing alone between blank lines
 * is an empty cell; next to text it is only spacing. A 序号 or status word on its own line
 * is always a paragraph of its own, blank lines or not. In line mode (a copy with no blank
 * lines between cells) every line is a paragraph and a NBSP line an empty cell.
 */
function paragraphsOf(lines: string[], start: number, lineMode = false, end = lines.length): Paragraph[] {
  const found: Paragraph[] = []
  let current: { lines: string[], line: number } | null = null
  const flush = () => {
    if (current) found.push({ text: cleanCell(current.lines.join('\n')), line: current.line, span: current.lines.length, empty: false })
    current = null
  }
  for (let i = start; i < end; i++) {
    const line = lines[i]!
    if (isBlank(line)) {
      flush()
      const alone = lineMode || ((i === start || isTrulyEmpty(lines[i - 1])) && isTrulyEmpty(lines[i + 1]))
      if (!isTrulyEmpty(line) && alone) found.push({ text: '', line: i + 1, span: 1, empty: true })
      continue
    }
    if (lineMode || parseSeq(line) !== null || statusOf(line) !== undefined) {
      flush()
      found.push({ text: cleanCell(line), line: i + 1, span: 1, empty: false })
      continue
    }
    current ??= { lines: [], line: i + 1 }
    current.lines.push(line)
  }
  flush()
  return found
}

/** A short word that is not a unit: what a 工作评价 cell holds (基本完成, 正在推进 …). */
function isStatusLike(text: string, known: KnownUnits): boolean {
  const word = compact(text)
  return word.length <= 8 && !/[。，,；;：:！？!?“”0-9]/.test(word) && !looksLikeUnits(text, known) && numberingOf(word) === null
}

interface Anchor { position: number, start: number, end: number }

function assignRow(seq: Paragraph, body: Paragraph[], header: Header, known: KnownUnits): RawRow {
  const cells: (string | undefined)[] = header.columns.map(() => undefined)
  const notes: RowNote[] = []
  const seqIndex = header.columns.findIndex((column) => column.key === 'seq')
  cells[seqIndex] = seq.text
  const slots: Slot[] = header.columns.map((column, index) => ({ index, column })).filter((slot) => slot.index !== seqIndex)
  const leadAt = slots.findIndex((slot) => slot.column.key === 'leadUnits')
  const statusAt = slots.findIndex((slot) => slot.column.key === 'status')
  const supportAt = slots.findIndex((slot) => slot.column.key === 'supportUnits')
  // The run of units anchors the lead-unit column, or the supporting one in a table with no other.
  const unitsAt = leadAt >= 0 ? leadAt : supportAt
  const filled = (i: number) => body[i] !== undefined && !body[i]!.empty
  const anchors: Anchor[] = []

  // How many paragraphs from i read as units: one, or two when a name wraps over them.
  const unitsFrom = (i: number): number => {
    if (!filled(i) || statusOf(body[i]!.text) !== undefined) return 0
    if (looksLikeUnits(body[i]!.text, known)) return 1
    const wrapped = filled(i + 1) && couldBeUnits(body[i]!.text) && statusOf(body[i + 1]!.text) === undefined &&
      looksLikeUnits(`${body[i]!.text}\n${body[i + 1]!.text}`, known)
    return wrapped ? 2 : 0
  }
  let unitsEnd = -1
  if (unitsAt >= 0) {
    // Each column before the units takes at least one paragraph; the task may take a few.
    let start = -1
    for (let i = unitsAt; i < Math.min(body.length, unitsAt + 5); i++) {
      if (!filled(i)) continue
      if (statusOf(body[i]!.text) !== undefined || numberingOf(body[i]!.text) !== null) break
      if (unitsFrom(i) > 0) { start = i; break }
    }
    if (start < 0 && filled(unitsAt) && statusOf(body[unitsAt]!.text) === undefined && couldBeUnits(body[unitsAt]!.text)) start = unitsAt
    if (start >= 0) {
      const leadEnd = start + Math.max(1, unitsFrom(start))
      let end = leadEnd
      for (let more = unitsFrom(end); more > 0; more = unitsFrom(end)) end += more
      if (leadAt >= 0 && supportAt === unitsAt + 1 && end > leadEnd) {
        // A 协同责任单位 column right after the lead units: the run's first cell leads, the rest support.
        anchors.push({ position: unitsAt, start, end: leadEnd }, { position: supportAt, start: leadEnd, end })
      } else anchors.push({ position: unitsAt, start, end })
      unitsEnd = end
    }
  }
  if (statusAt >= 0) {
    // Without a units run, each column before the status takes one paragraph.
    const from = unitsEnd >= 0 ? unitsEnd : slots.slice(0, statusAt).filter((slot) => slot.column.key !== 'leadUnits').length
    let at = -1
    for (let i = from; i < Math.min(body.length, from + 4); i++) {
      if (!filled(i)) continue
      if (statusOf(body[i]!.text) !== undefined) { at = i; break }
      if (!couldBeUnits(body[i]!.text)) break
    }
    // Reached over short lines only: those between the units and the status are units too.
    const overUnits = at
    // A status word further on (the 工作评价 after the progress) is the only paragraph that is one.
    for (let i = statusAt < unitsAt ? 0 : from; at < 0 && i < body.length; i++) if (filled(i) && statusOf(body[i]!.text) !== undefined) at = i
    if (at > from && at === overUnits && unitsEnd >= 0 && unitsAt < statusAt) {
      // Short lines between the units and the status are units we did not recognise.
      anchors[anchors.length - 1]!.end = at
    } else if (at < 0 && body[from]?.empty) {
      at = from // the 工作评价 cell is there but empty
    } else if (at < 0 && filled(from) && isStatusLike(body[from]!.text, known)) {
      at = from // a short word in the 工作评价 place: an evaluation we do not know
    }
    if (at >= 0 && anchors.every((anchor) => anchor.end <= at || anchor.start > at)) anchors.push({ position: statusAt, start: at, end: at + 1 })
  }
  anchors.sort((a, b) => a.start - b.start)
  // Anchors must follow the header's order; one that does not is dropped.
  const ordered = anchors.filter((anchor, i) => i === 0 || anchor.position > anchors[i - 1]!.position)

  let paragraphFrom = 0
  let slotFrom = 0
  for (const anchor of ordered) {
    distributeBetween(body.slice(paragraphFrom, anchor.start), slots.slice(slotFrom, anchor.position))
    cells[slots[anchor.position]!.index] = textOf(body.slice(anchor.start, anchor.end))
    paragraphFrom = anchor.end
    slotFrom = anchor.position + 1
  }
  distributeBetween(body.slice(paragraphFrom), slots.slice(slotFrom))
  return { line: seq.line, cells, truncated: false, section: null, notes }

  function distributeBetween(paragraphs: Paragraph[], between: Slot[]) {
    // Supporting units found in no run of units: an empty paragraph in their place is their empty cell.
    if (between[0]?.column.key === 'supportUnits' && paragraphs[0]?.empty) {
      cells[between[0].index] = ''
      paragraphs = paragraphs.slice(1)
    }
    // An anchor column we did not find gets no paragraphs: it stays without a cell.
    const open = between.filter((slot) => slot.column.key !== 'leadUnits' && slot.column.key !== 'status' && slot.column.key !== 'supportUnits')
    if (open.length > 0) {
      distribute(paragraphs, open, cells, notes)
      return
    }
    const stray = paragraphs.filter((p) => !p.empty)
    if (stray.length === 0) return
    const previous = slots[Math.max(0, slotFrom - 1)]!
    cells[previous.index] = [cells[previous.index] ?? '', textOf(stray)].filter((text) => text !== '').join('\n')
    notes.push({ code: 'cell_boundary_guess', line: stray[0]!.line, message: `text with no column of its own was added to「${previous.column.title}」: ${oneLine(stray[0]!.text)}` })
  }
}

export function readParagraphs(lines: string[], { warnings, known, maxRows, overrides }: ReadContext): TableRead | null {
  const all = paragraphsOf(lines, 0)
  const header = findHeader(all, lines, overrides)
  if (!header) return null
  // The paragraphs after the header line: the rest of the header's own paragraph, then the others.
  const byParagraph: Paragraph[] = []
  for (const paragraph of all) {
    const end = paragraph.line + paragraph.span - 1
    if (paragraph.line > header.line) byParagraph.push(paragraph)
    else if (end > header.line) {
      const rest = lines.slice(header.line, end)
      byParagraph.push({ text: cleanCell(rest.join('\n')), line: header.line + 1, span: rest.length, empty: false })
    }
  }
  // Cells separated by blank lines put several blank lines in each row; a copy with none
  // (or only one between rows) is read line by line instead.
  let rowCount = 0
  for (const paragraph of byParagraph) if (!paragraph.empty && parseSeq(paragraph.text) !== null) rowCount++
  let blankLines = 0
  for (let i = header.line; i < lines.length; i++) if (isTrulyEmpty(lines[i])) blankLines++
  const lineMode = blankLines < rowCount * 1.5
  const blocks = rowBlocks(lineMode ? paragraphsOf(lines, header.line, true) : byParagraph, warnings, maxRows)
  const rows = blocks.map((block) => ({ ...assignRow(block.seq, block.body, header, known), section: block.section }))
  const last = rows[rows.length - 1]
  if (last && (missesCells(header, last) || endsCutOff(header, last, known))) last.truncated = true
  return { header, rows }
}

/**
 * The document's last row has every cell, but the last one stops short: a unit name that is
 * no name (市发展), a text of a character or two, or one ending in a comma. The 备注 is short by nature.
 */
function endsCutOff(header: Header, row: RawRow, known: KnownUnits): boolean {
  let at = row.cells.length - 1
  while (at > 0 && compact(row.cells[at] ?? '') === '') at--
  const column = header.columns[at]
  if (column === undefined || column.key === 'remarks' || column.key === 'status' || column.key === 'seq') return false
  const text = cleanCell(row.cells[at])
  if (column.key === 'leadUnits' || column.key === 'supportUnits') return readLeadUnits(text, known).unrecognised.length > 0
  return compact(text).length <= 2 || /[，,、：:（(]$/.test(text)
}

interface Block { seq: Paragraph, body: Paragraph[], section: string | null, hasText: boolean }

/** The paragraphs after the header, cut into rows at each 序号. */
function rowBlocks(paragraphs: Paragraph[], warnings: WarningList, maxRows?: number): Block[] {
  const blocks: Block[] = []
  let section: string | null = null
  let lastSeq: number | null = null
  let ended = false
  // The header's own paragraphs come first: skip them.
  let p = 0
  while (p < paragraphs.length && (paragraphs[p]!.empty || (parseSeq(paragraphs[p]!.text) === null &&
    paragraphs[p]!.text.split('\n').every(looksLikeHeaderCell)))) p++

  for (; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]!
    const block = blocks[blocks.length - 1]
    if (ended) {
      if (!paragraph.empty) warnings.add('unplaced_text', `text after the table: ${oneLine(paragraph.text)}`, paragraph.line)
      continue
    }
    const seq = paragraph.empty ? null : parseSeq(paragraph.text)
    const hasBody = block?.hasText === true
    if (seq !== null && (block === undefined || (hasBody && (lastSeq === null || seq <= lastSeq + MAX_SEQ_JUMP)))) {
      // A heading at the end of the row before belongs to the rows from here.
      if (block) section = popHeading(block.body)?.text ?? section
      checkRowCount(blocks.length + 1, maxRows)
      blocks.push({ seq: paragraph, body: [], section, hasText: false })
      lastSeq = seq
      continue
    }
    if (!paragraph.empty && paragraph.text.length < 20 && columnKeyOf(paragraph.text) === 'seq') {
      warnings.add('header_repeated', 'the header appears again; it was skipped', paragraph.line)
      while (p + 1 < paragraphs.length && !paragraphs[p + 1]!.empty && parseSeq(paragraphs[p + 1]!.text) === null &&
        columnKeyOf(paragraphs[p + 1]!.text) !== null) p++
      continue
    }
    if (block === undefined) {
      const heading = paragraph.empty ? null : sectionHeading(paragraph.text)
      if (heading !== null) section = heading
      else if (!paragraph.empty) warnings.add('unplaced_text', `text before the first row: ${oneLine(paragraph.text)}`, paragraph.line)
      continue
    }
    if (hasBody && !paragraph.empty && isFooter(paragraph.text)) {
      ended = true
      warnings.add('unplaced_text', `text after the table: ${oneLine(paragraph.text)}`, paragraph.line)
      continue
    }
    block.body.push(paragraph)
    if (!paragraph.empty) block.hasText = true
  }
  const trailing = blocks[blocks.length - 1]
  const lastHeading = trailing ? popHeading(trailing.body) : null
  if (lastHeading !== null) warnings.add('unplaced_text', `a heading after the last row: ${lastHeading.text}`, lastHeading.line)
  return blocks
}

/** A section heading (二、…) closing a row's paragraphs is not the row's text. */
function popHeading(body: Paragraph[]): { text: string, line: number } | null {
  let end = body.length
  while (end > 0 && body[end - 1]!.empty) end--
  if (end < 2) return null
  const heading = sectionHeading(body[end - 1]!.text)
  if (heading === null) return null
  const line = body[end - 1]!.line
  body.splice(end - 1)
  return { text: heading, line }
}
