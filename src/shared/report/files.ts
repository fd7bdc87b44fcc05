/**
 * Uploaded files: an Excel workbook (xlsx) or a Word document (docx), read into the tables
 * parseRecordTables reads, cell by cell. Both are zip packages. What a package holds tells
 * them apart, not the file's name or its declared type (mail clients and WPS get those
 * wrong), and every part is unpacked once under a cap before a library sees it, so a small
 * file that unpacks to gigabytes is refused rather than filling memory.
 */
import { inflateRawSync } from 'node:zlib'
import type ExcelJS from 'exceljs'
import { loadExcelJS, loadMammoth } from '../heavyModules.js'
import { FILE_FORMATS } from '../values.js'
import type { GridRecord } from './grid.js'
import { parseRecordTables, type RecordTable } from './parse.js'
import { IDENTITY_SHEET, readIdentity, type ReturnSheetIdentity } from './returnSheet.js'
import { type ParseOptions, type ParsedReport, ReportParseError } from './types.js'

export type FileFormat = typeof FILE_FORMATS[number]

export const FILE_MEDIA_TYPES: Record<FileFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

/**
 * What a package may unpack to, all parts together; a report of a few hundred rows is well under
 * 5 MB. The libraries hold what they read several times over (a 16 MB Word document costs
 * mammoth some 60 MB while it reads it), so this bounds what reading a file costs.
 */
export const MAX_UNPACKED_BYTES = 16 * 1024 * 1024
const MAX_PARTS = 5000

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

interface ZipPart { name: string, method: number, compressedSize: number, localHeader: number }

class UnsupportedFile extends ReportParseError {
  constructor(message: string) {
    super('unsupported_file', message)
  }
}

const NOT_OFFICE = 'the file is neither an Excel workbook (.xlsx) nor a Word document (.docx)'

/** The parts a zip package lists in its central directory; null when the bytes are not one. */
function zipParts(data: Buffer): ZipPart[] | null {
  const floor = Math.max(0, data.length - 0xffff - 22)
  let end = -1
  for (let i = data.length - 22; i >= floor; i--) {
    if (data.readUInt32LE(i) === EOCD) { end = i; break }
  }
  if (end < 0) return null
  const count = data.readUInt16LE(end + 10)
  let at = data.readUInt32LE(end + 16)
  if (count > MAX_PARTS) throw new UnsupportedFile(`the package holds more than ${MAX_PARTS} parts`)
  const parts: ZipPart[] = []
  for (let n = 0; n < count; n++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL) return null
    const nameLength = data.readUInt16LE(at + 28)
    parts.push({
      name: data.toString('utf8', at + 46, at + 46 + nameLength),
      method: data.readUInt16LE(at + 10),
      compressedSize: data.readUInt32LE(at + 20),
      localHeader: data.readUInt32LE(at + 42),
    })
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32)
  }
  return parts
}

/**
 * Unpacks every part under a cap on the total, whatever sizes the directory claims (a
 * crafted one can lie), and throws when the package would unpack to more.
 */
function checkUnpackedSize(data: Buffer, parts: ZipPart[]) {
  let left = MAX_UNPACKED_BYTES
  for (const part of parts) {
    const at = part.localHeader
    if (at + 30 > data.length || data.readUInt32LE(at) !== LOCAL) throw new UnsupportedFile(`${NOT_OFFICE}: the package is damaged`)
    const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28)
    const packed = data.subarray(start, start + part.compressedSize)
    let size: number
    if (part.method === 0) size = packed.length
    else if (part.method === 8) {
      try {
        size = inflateRawSync(packed, { maxOutputLength: Math.max(1, left) }).length
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') size = left + 1
        else throw new UnsupportedFile(`${NOT_OFFICE}: the part ${part.name} is damaged`)
      }
    } else throw new UnsupportedFile(`${NOT_OFFICE}: the part ${part.name} is packed in a way Office files are not (method ${part.method})`)
    left -= size
    if (left < 0) throw new UnsupportedFile(`the file unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB, more than a report's table can hold`)
  }
}

/** Which Office file the bytes are; a 422 for anything else, saying what to do with an old .xls or .doc. */
export function fileFormatOf(data: Buffer): FileFormat {
  if (data.length >= 8 && data.readUInt32BE(0) === 0xd0cf11e0) {
    throw new UnsupportedFile(`${NOT_OFFICE}: it is an older .xls or .doc file, or one protected by a password; save it as .xlsx or .docx without a password and upload that`)
  }
  const parts = zipParts(data)
  if (parts === null) throw new UnsupportedFile(NOT_OFFICE)
  const names = new Set(parts.map((part) => part.name))
  const format = names.has('xl/workbook.xml') ? 'xlsx' : names.has('word/document.xml') ? 'docx' : null
  if (format === null) throw new UnsupportedFile(`${NOT_OFFICE}: it is a zip package of something else`)
  checkUnpackedSize(data, parts)
  return format
}

// ------------------------------------------------------------------------- xlsx

const datePart = (n: number) => String(n).padStart(2, '0')

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return `${value.getUTCFullYear()}-${datePart(value.getUTCMonth() + 1)}-${datePart(value.getUTCDate())}`
  if (typeof value === 'object' && 'error' in value) return ''
  return cell.text.replace(/\r\n?/g, '\n')
}

/**
 * A sheet's rows as records, each its sheet row number. A merged range's text is in the
 * range's first column of each of its rows: a unit merged down three rows leads each of the
 * three tasks, and a heading merged across the row is one cell, not seven.
 */
function sheetRecords(sheet: ExcelJS.Worksheet): GridRecord[] {
  const records: GridRecord[] = []
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = []
    for (let col = 1; col <= row.cellCount; col++) {
      const cell = row.getCell(col)
      const master = cell.isMerged ? cell.master : cell
      cells.push(master === cell || master.col === cell.col ? cellText(master) : '')
    }
    records.push({ line: rowNumber, cells })
  })
  return records
}

/** The visible sheets' tables, and the identity a lead unit's return sheet carries on a sheet of its own (null: not one). */
async function xlsxTables(data: Buffer): Promise<{ tables: RecordTable[], returnSheet: ReturnSheetIdentity | null }> {
  const workbook = new (await loadExcelJS()).Workbook()
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer)
  } catch (error) {
    throw new UnsupportedFile(`the workbook cannot be read: ${(error as Error).message}`)
  }
  const identity = workbook.getWorksheet(IDENTITY_SHEET)
  return {
    tables: workbook.worksheets.filter((sheet) => sheet.state === 'visible' && sheet !== identity).map((sheet) => ({ preamble: [], records: sheetRecords(sheet) })),
    returnSheet: identity ? readIdentity(sheetRecords(identity)) : null,
  }
}

// ------------------------------------------------------------------------- docx

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: '\u00a0' }

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1))
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[name.toLowerCase()] ?? whole
  })
}

interface HtmlCell { parts: string[], colspan: number, rowspan: number }

/** Rows of cells with their spans as a grid: a cell spanning rows repeats down its first column, one spanning columns leaves the rest empty. */
function spannedRecords(rows: HtmlCell[][], firstLine: number): GridRecord[] {
  const carried: { text: string, left: number }[] = []
  return rows.map((row, r) => {
    const cells: string[] = []
    const takeCarried = () => {
      while (carried[cells.length] !== undefined && carried[cells.length]!.left > 0) {
        const carry = carried[cells.length]!
        carry.left -= 1
        cells.push(carry.text)
      }
    }
    for (const cell of row) {
      takeCarried()
      const text = cell.parts.join('\n').trim()
      for (let span = 0; span < cell.colspan; span++) {
        const value = span === 0 ? text : ''
        if (cell.rowspan > 1) carried[cells.length] = { text: value, left: cell.rowspan - 1 }
        cells.push(value)
      }
    }
    takeCarried()
    return { line: firstLine + r, cells }
  })
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li'])

function spanOf(attributes: string, name: string): number {
  const match = new RegExp(`${name}="(\\d+)"`).exec(attributes)
  return match ? Math.min(Math.max(Number(match[1]), 1), 1000) : 1
}

/**
 * The tables of the HTML mammoth writes for a document (well-formed, a few kinds of tags),
 * each with the paragraphs above it since the last. A table inside a cell is that cell's text.
 * Each paragraph and each table row counts as a line, from the top.
 */
export function htmlTables(html: string): RecordTable[] {
  const tables: RecordTable[] = []
  let paragraphs: string[] = []
  let text = ''
  let depth = 0
  let rows: HtmlCell[][] = []
  let row: HtmlCell[] | null = null
  let cell: HtmlCell | null = null
  let line = 0
  let tableLine = 0
  const endBlock = () => {
    if (cell) cell.parts.push(text)
    else if (depth === 0 && text.trim() !== '') { paragraphs.push(text.trim()); line++ }
    text = ''
  }
  for (const match of html.matchAll(TAG)) {
    const [, closing, rawName, attributes = '', chars] = match
    if (chars !== undefined) { text += decodeEntities(chars); continue }
    const name = rawName!.toLowerCase()
    if (name === 'br') { text += '\n'; continue }
    if (BLOCKS.has(name)) { if (closing) endBlock(); else if (text.trim() !== '') endBlock(); continue }
    if (name === 'table') {
      if (!closing) {
        if (depth === 0) { endBlock(); rows = []; tableLine = line + 1 }
        depth++
      } else if (depth > 0 && --depth === 0) {
        tables.push({ preamble: paragraphs, records: spannedRecords(rows, tableLine) })
        line += rows.length
        paragraphs = []
      }
      continue
    }
    if (depth !== 1) continue
    if (name === 'tr') {
      if (!closing) row = []
      else if (row) { rows.push(row); row = null }
    } else if (name === 'td' || name === 'th') {
      if (!closing) { cell = { parts: [], colspan: spanOf(attributes, 'colspan'), rowspan: spanOf(attributes, 'rowspan') }; text = '' } else if (cell) {
        if (text !== '') cell.parts.push(text)
        text = ''
        row?.push(cell)
        cell = null
      }
    }
  }
  return tables
}

async function docxTables(data: Buffer): Promise<RecordTable[]> {
  let html: string
  try {
    // Pictures are left out: a report's table is text, and mammoth would inline each as base64.
    const mammoth = await loadMammoth()
    html = (await mammoth.convertToHtml({ buffer: data }, { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) })).value
  } catch (error) {
    throw new UnsupportedFile(`the document cannot be read: ${(error as Error).message}`)
  }
  return htmlTables(html)
}

/** The report in an uploaded workbook or Word document; returnSheet: the identity of a lead unit's return sheet, else null. */
export async function parseFile(data: Buffer, options: ParseOptions = {}): Promise<{ format: FileFormat, report: ParsedReport, returnSheet: ReturnSheetIdentity | null }> {
  const format = fileFormatOf(data)
  const { tables, returnSheet } = format === 'xlsx' ? await xlsxTables(data) : { tables: await docxTables(data), returnSheet: null }
  return { format, report: parseRecordTables(tables, options), returnSheet }
}
