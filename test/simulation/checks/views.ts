/**
 * What the checks read of a period, each read once a day: its entries (the office's view),
 * summary, compliance, the exports in json, csv and md, and the entries the published-scope
 * reader sees. The truth the counts are held to is the office's list of entries.
 */
import type { Compliance, Entry, ReportTable, Status, Summary } from '../types.js'
import type { World } from '../world.js'

export type Format = 'json' | 'csv' | 'md'

export class Views {
  readonly #cache = new Map<string, Promise<unknown>>()

  constructor(readonly world: World) {}

  #once<T>(key: string, read: () => Promise<T>): Promise<T> {
    if (!this.#cache.has(key)) this.#cache.set(key, read())
    return this.#cache.get(key) as Promise<T>
  }

  entries(periodId: number) {
    return this.#once(`entries ${periodId}`, () => this.world.api.all<Entry>(this.world.keys.office, `/periods/${periodId}/progress`))
  }

  summary(periodId: number) {
    return this.#once(`summary ${periodId}`, () => this.world.api.get<Summary>(this.world.keys.office, `/periods/${periodId}/summary`))
  }

  compliance(periodId: number) {
    return this.#once(`compliance ${periodId}`, () => this.world.api.get<Compliance>(this.world.keys.office, `/periods/${periodId}/compliance`))
  }

  /** An export as a table: the columns, the rows, and the narrative where the format has one (csv has none). */
  report(periodId: number, format: Format) {
    return this.#once(`report ${periodId} ${format}`, async () => {
      const reply = await this.world.api.call<ReportTable | string>(this.world.keys.office, 'GET', `/periods/${periodId}/report?format=${format}`, undefined, [200])
      return format === 'json' ? reply.body as ReportTable : format === 'csv' ? fromCsv(reply.text) : fromMarkdown(reply.text)
    })
  }

  readerEntries(periodId: number) {
    return this.#once(`reader ${periodId}`, () => this.world.api.all<Entry>(this.world.keys.reader, `/periods/${periodId}/progress`))
  }

  /** The counts the entries give: the truth every other view must agree with. */
  async truth(periodId: number) {
    return truthOf([...this.world.tasks.keys()], await this.entries(periodId))
  }
}

export interface Truth {
  taskCount: number
  accepted: Record<Status, number>
  awaiting: number
  returned: number
  /** No entry, or a draft. */
  missing: number
  /** Submitted or accepted after the deadline in force. */
  late: number
  waitingTaskIds: number[]
}

export function truthOf(taskIds: number[], entries: Entry[]): Truth {
  const byTask = new Map(entries.map((entry) => [entry.taskId, entry]))
  const truth: Truth = {
    taskCount: taskIds.length, accepted: { completed: 0, on_track: 0, behind: 0, not_rated: 0 }, awaiting: 0, returned: 0, missing: 0, late: 0, waitingTaskIds: [],
  }
  for (const taskId of taskIds) {
    const entry = byTask.get(taskId)
    if (!entry || entry.state === 'draft') truth.missing++
    else if (entry.state === 'returned') truth.returned++
    else if (entry.state === 'submitted') {
      truth.awaiting++
      truth.waitingTaskIds.push(taskId)
    } else truth.accepted[entry.status]++
    if (entry && entry.late && (entry.state === 'submitted' || entry.state === 'accepted')) truth.late++
  }
  return truth
}

/** RFC 4180, as the export writes it (a BOM, CRLF, quoted fields). */
export function fromCsv(text: string): ReportTable {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const body = text.replace(/^\ufeff/, '').replace(/\r\n/g, '\n')
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!
    if (quoted && char === '"' && body[i + 1] === '"') {
      field += '"'
      i++
    } else if (char === '"') {
      quoted = !quoted
    } else if (!quoted && char === ',') {
      row.push(field)
      field = ''
    } else if (!quoted && char === '\n') {
      rows.push([...row, field])
      row = []
      field = ''
    } else {
      field += char
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return { title: '', narrative: '', columns: rows[0] ?? [], rows: rows.slice(1) }
}

/**
 * The Markdown export: # title, 文号 where kept, the narrative's paragraphs, the office and the
 * date, ## the table's title, then the table.
 */
export function fromMarkdown(text: string): ReportTable {
  const lines = text.split('\n')
  const tableAt = lines.findIndex((line) => line.startsWith('| '))
  const headingAt = lines.findIndex((line) => line.startsWith('## '))
  const letter = lines.slice(1, headingAt < 0 ? (tableAt < 0 ? undefined : tableAt) : headingAt).filter((line) => line.trim() !== '')
  const narrative = (headingAt < 0 ? letter : letter.slice(0, -2)).filter((line) => !/〔\d{4}〕\d+号$/u.test(line))
  const cells = (line: string) => line.slice(2, -2).split(/(?<!\\) \| /).map((cell) => cell.replace(/<br>/g, '\n').replace(/\\\|/g, '|').replace(/\\\\/g, '\\'))
  const table = tableAt < 0 ? [] : lines.slice(tableAt).filter((line) => line.startsWith('| ') && !/^\|( --- \|)+$/.test(line))
  return {
    title: (lines[0] ?? '').replace(/^# /, ''),
    narrative: narrative.join('\n'),
    columns: table[0] ? cells(table[0]) : [],
    rows: table.slice(1).map(cells),
  }
}
