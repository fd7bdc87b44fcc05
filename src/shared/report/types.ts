import type { ReportHeader } from '../reportHeader.js'
/** What a parsed report looks like: the contract the import route codes against. */

import { COLUMN_ROLES, type Layout, type PeriodKind, type ProgressStatus } from '../values.js'

export type { Layout, PeriodKind }
export type ParsedStatus = ProgressStatus

export { COLUMN_ROLES }
/** A column's role: COLUMN_ROLES (shared/values.ts). */
export type ColumnKey = typeof COLUMN_ROLES[number]

export interface ParsedPeriod {
  label: string
  kind: PeriodKind
  startsOn: string // YYYY-MM-DD
  endsOn: string // YYYY-MM-DD
}

export interface ParsedRow {
  /** 1-based position of the row in the document's table (for warnings). */
  rowNumber: number
  /** 1-based line in the document where the row starts (its 序号 cell). */
  line: number
  seq: number
  title: string
  /** Unit names, rejoined where line wrapping split them, in cell order, no whitespace inside. */
  leadUnits: string[]
  /** The units of a 协同责任单位 (配合单位) column: the task links them with role support. */
  supportUnits: string[]
  status: ParsedStatus
  progress: string
  nextSteps: string
  /**
   * The 备注 cell, then the cells of columns an entry has no field for (存在问题, 完成时限, 分管领导,
   * 全年目标任务, an earlier period's progress, a column of no known role), each as「header：text」.
   */
  remarks: string
  /** The annual-target cell (全年目标任务): with the task's text, it is what the task's targets are read from. */
  target: string
  /** The row is cut off at the end of the document. */
  truncated: boolean
  /** The 工作评价 cell says the task has no published entry (已报送待审核, 退回修改, 未报送): the import writes none. */
  unfiled?: boolean
  /** The section heading (一、… / （一）…) the row sits under, when the table has them. */
  section: string | null
  /** Cells of columns the header names but this parser has no field for (配合单位, 责任领导 …), by header text. */
  other: Record<string, string>
}

export interface ColumnReading {
  title: string
  /** other: no role; the cells are kept in the remarks under the title. */
  role: ColumnKey | 'other'
  /** The vocabulary word that decided the role; null when none did or the request set it. */
  word: string | null
  /** The request set the role. */
  overridden: boolean
}

export interface ParseWarning {
  rowNumber: number | null
  line: number | null
  code: string
  message: string
}

export interface ParsedReport {
  layout: Layout
  year: number | null
  period: ParsedPeriod | null
  /** Canonical keys of the recognised columns, in header order. */
  columns: ColumnKey[]
  /** Every column of the header, in order: its title, its role, and the header word that decided it. */
  columnRoles: ColumnReading[]
  /** 1-based line of the header row (序号 …). */
  headerLine: number
  rows: ParsedRow[]
  warnings: ParseWarning[]
  /** What the text above the table states of the report: title, 文号, office, date, list size, opening (null where it does not). */
  header: ReportHeader
  /** The header's fields the text states under their labels (标题:, 文号:, 发布机构:, 成文日期:). */
  headerLabelled: (keyof ReportHeader)[]
}

export interface ParseOptions {
  /** Force a layout instead of detecting it. */
  layout?: Layout
  /** Unit names and aliases the city already has; they decide ambiguous splits of lead-unit cells. */
  knownUnitNames?: string[]
  /** The year to read the period in when the text names no year and no date (the year the caller gave). */
  year?: number
  /** The city's own 工作评价 words (shared/statusWords.ts wordsRead): read before the built-in ones, which still read the rest. */
  statusWords?: Record<string, Exclude<ParsedStatus, 'not_rated'>>
  /**
   * The most rows the table may have: the reader stops at the next one and the document is
   * refused (too_many_rows), before its rows are built. Default: no limit.
   */
  maxRows?: number
  /**
   * Roles for columns by their header text (as the dry run shows it), winning over the header's
   * words: 'other' keeps a column's cells in the remarks under its header. A title no column
   * has is refused (column_unknown).
   */
  columnRoles?: Record<string, ColumnKey | 'other'>
  /** The most bytes (UTF-8) the table's cells may hold together, whatever the format (document_too_large). Default: no limit. */
  maxTextBytes?: number
}

/** The document holds no table this parser can read; the route answers 422 with the message. */
export class ReportParseError extends Error {
  constructor(readonly reason: string, message: string) {
    super(message)
    this.name = 'ReportParseError'
  }
}
