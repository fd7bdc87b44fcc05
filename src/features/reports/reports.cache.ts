import { Counter, Gauge, type Registry } from 'prom-client'
import type { Transaction } from 'kysely'
import type { Database, Db, PeriodRow } from '../../db/database.js'
import { cityRevision, findCity } from '../cities/cities.service.js'
import { findPeriod } from '../periods/periods.service.js'
import { lastYearFigures, reportRows } from './reports.repository.js'
import { NotFound } from '../../shared/errors.js'
import { reportLetterhead, type ReportTable, toCsv, toMarkdown, toXlsx } from './reports.export.js'
import { periodReportTable } from './reports.service.js'
import { summarize } from './reports.summary.js'

export type Summary = ReturnType<typeof summarize>

/** The Word writer (and the docx library, ~8 MB of the process) loaded when a report is first asked for as docx, not at start. */
let docx: Promise<typeof import('./reports.docx.js')> | undefined
const docxWriter = () => docx ??= import('./reports.docx.js')
export type ReportFormat = 'json' | 'csv' | 'md' | 'xlsx' | 'docx'

interface Entry<V> {
  /** The city revision the value is of: the one asked for, then the one its snapshot saw (likewise the tag). */
  revision: number
  /** What else the value was made under (a report's city name), which the revision does not cover. */
  tag: string
  value: Promise<V>
  settled: boolean
  /** What the value holds in memory, in bytes, once settled (0 before). */
  bytes: number
  /** The value, once settled. */
  kept?: V
}

/**
 * Values computed from a city's data, each kept with the city revision it was computed at. An
 * entry serves only while the city's revision is unchanged: any committed change to the city's
 * periods, units, tasks or entries moves the revision on (a database trigger), by whichever
 * instance or path made it, and a revision is never given twice. A computation under way is an
 * entry too, so readers that arrive together after a write wait for one computation, not one
 * each. Least recently used entries go first; capacity 0 keeps nothing, not even a computation
 * under way, so every read computes. The settled values together hold at most maxBytes (as
 * `sizeOf` counts them): past it the least recently used go too, and a value larger than all of
 * it is served once and not kept.
 */
export class RevisionCache<V> {
  readonly #entries = new Map<string, Entry<V>>()
  #bytes = 0
  constructor(readonly capacity: number, readonly maxBytes: number, readonly sizeOf: (value: V) => number) {}

  /** The value of key at revision (and tag): kept, under way, or computed now. */
  read(key: string, revision: number, tag: string, compute: () => Promise<{ revision: number, tag?: string, value: V }>) {
    const found = this.#entries.get(key)
    if (found?.revision === revision && found.tag === tag) {
      this.#entries.delete(key)
      this.#entries.set(key, found)
      return { source: found.settled ? 'cache' as const : 'joined' as const, value: found.value }
    }
    const entry: Entry<V> = { revision, tag, settled: false, bytes: 0, value: Promise.resolve(undefined as V) }
    entry.value = compute().then((computed) => {
      if (this.#entries.get(key) === entry) {
        entry.revision = computed.revision
        entry.tag = computed.tag ?? tag
        entry.settled = true
        entry.kept = computed.value
        this.resized(key, computed.value)
      }
      return computed.value
    }, (error: unknown) => {
      if (this.#entries.get(key) === entry) this.#remove(key)
      throw error
    })
    // A computation for an earlier revision, begun late, leaves a later one's entry alone (and
    // one it replaces, finishing late, finds itself gone and is not kept).
    if ((found?.revision ?? -1) <= revision) {
      this.#remove(key)
      this.#entries.set(key, entry)
      while (this.#entries.size > this.capacity) this.#remove(this.#entries.keys().next().value!)
    }
    return { source: 'computed' as const, value: entry.value }
  }

  /** The value kept under key has grown (a report made another format): counted again, and the least recently used go while past maxBytes. */
  resized(key: string, value: V) {
    const entry = this.#entries.get(key)
    if (!entry?.settled || entry.kept !== value) return
    this.#bytes += this.sizeOf(value) - entry.bytes
    entry.bytes = this.sizeOf(value)
    for (const [oldest, kept] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break
      // A computation under way holds nothing yet, and readers are joined to it.
      if (kept.settled) this.#remove(oldest)
    }
  }

  #remove(key: string) {
    const entry = this.#entries.get(key)
    if (!entry) return
    this.#bytes -= entry.bytes
    this.#entries.delete(key)
  }

  get size() {
    return this.#entries.size
  }

  /** What the values kept hold, in bytes (the summary_cache_bytes gauge). */
  get bytes() {
    return this.#bytes
  }
}

/** What a report holds, in bytes: its cells and narrative as UTF-8 (an estimate of the strings), and each format made of it. */
function reportBytes(report: Report): number {
  const text = (value: string) => Buffer.byteLength(value)
  const table = text(report.table.title) + text(report.table.narrative) + report.table.rows.reduce((sum, row) => sum + row.reduce((cells, cell) => cells + text(cell), 0), 0)
  return table + (report.json?.length ?? 0) + (report.csv ? text(report.csv) : 0) + (report.md ? text(report.md) : 0) +
    (report.xlsx?.length ?? 0) + (report.docx?.length ?? 0)
}

/** A report as one snapshot gave it, with each format's bytes made when first asked for. */
interface Report {
  period: PeriodRow
  table: ReportTable
  json?: Buffer
  csv?: string
  md?: string
  xlsx?: Buffer
  docx?: Buffer
}

export interface SummariesOptions {
  /** Period summaries kept (reports: at most 32 of them); 0 computes every read. */
  capacity: number
  /** What the summaries and reports kept may hold together, in bytes (a quarter for summaries, the rest for reports). */
  maxBytes: number
  /** Where summary_reads_total is counted. */
  registry: Registry
}

/**
 * The period summary and report of a city, as last computed: serialized once and served as
 * bytes while the city's revision (and for a report the city's name) is unchanged.
 */
export class Summaries {
  readonly #summaries: RevisionCache<Buffer>
  readonly #reports: RevisionCache<Report>
  readonly #reads: Counter<'source'>

  constructor(private readonly db: Db, options: SummariesOptions) {
    this.#summaries = new RevisionCache<Buffer>(options.capacity, Math.floor(options.maxBytes / 4), (bytes) => bytes.length)
    // A report is some ten times a summary's size (淮南's 262 rows: 108 kB of JSON, its table and
    // any other formats asked for besides): fewer are kept.
    this.#reports = new RevisionCache<Report>(Math.min(options.capacity, 32), options.maxBytes - Math.floor(options.maxBytes / 4), reportBytes)
    this.#reads = new Counter({
      name: 'summary_reads_total',
      help: 'Period summary reads: served from the cache, computed, or joined to a computation under way',
      labelNames: ['source'] as const,
      registers: [options.registry],
    })
    const caches = [this.#summaries, this.#reports]
    new Gauge({
      name: 'summary_cache_bytes',
      help: 'What the period summaries and reports kept in memory hold, in bytes (at most SUMMARY_CACHE_BYTES)',
      registers: [options.registry],
      collect() {
        this.set(caches.reduce((sum, cache) => sum + cache.bytes, 0))
      },
    })
  }

  /**
   * The summary's JSON as of the city's revision a request read, serialized with `serialize`
   * (the route's own response serializer) when it is computed.
   */
  summary(cityCode: string, periodId: number, revision: number, serialize: (summary: Summary) => string): Promise<Buffer> {
    const read = this.#summaries.read(`${cityCode}/${periodId}`, revision, '', () => this.#computeSummary(cityCode, periodId, serialize))
    this.#reads.inc({ source: read.source })
    return read.value
  }

  /**
   * The report in one format as of the city's revision a request read. The title names the
   * city, and a city's name is not report data (renaming it leaves the revision alone): so it
   * is read on every call, and a report built under another name is not served.
   * `serializeJson` is the route's own serializer for its JSON response.
   */
  async report(cityCode: string, periodId: number, revision: number, format: ReportFormat, serializeJson: (table: ReportTable) => string) {
    const city = await findCity(this.db, cityCode)
    if (!city) throw new NotFound('city', cityCode)
    const report = await this.#reports.read(`${cityCode}/${periodId}`, revision, city.name, () => this.#computeReport(cityCode, periodId)).value
    const { period, table } = report
    // What the documents print around the table: the stored title, office and date.
    const letterhead = reportLetterhead(city.name, period)
    let body: Buffer | string
    const made = report[format] !== undefined
    if (format === 'json') body = report.json ??= Buffer.from(serializeJson(table))
    else if (format === 'csv') body = report.csv ??= toCsv(table)
    else if (format === 'md') body = report.md ??= toMarkdown(table, letterhead)
    else if (format === 'xlsx') body = report.xlsx ??= await toXlsx(table, letterhead)
    else body = report.docx ??= await (await docxWriter()).toDocx(table, letterhead)
    if (!made) this.#reports.resized(`${cityCode}/${periodId}`, report)
    return { period, table, letterhead, body }
  }

  /** The summary as of one snapshot, with that snapshot's revision. */
  async #computeSummary(cityCode: string, periodId: number, serialize: (summary: Summary) => string) {
    const { revision, summary } = await this.#snapshot(async (trx) => {
      const revision = await cityRevision(trx, cityCode)
      const city = await findCity(trx, cityCode)
      const period = await findPeriod(trx, cityCode, periodId)
      if (revision === undefined || !city) throw new NotFound('city', cityCode)
      if (!period) throw new NotFound('period', periodId)
      const rows = await reportRows(trx, cityCode, periodId, period.year, { text: false })
      return { revision, summary: summarize(period, rows, await lastYearFigures(trx, cityCode, period.year), city.statusWords) }
    })
    return { revision, value: Buffer.from(serialize(summary)) }
  }

  /** The report table as of one snapshot, with that snapshot's revision. */
  async #computeReport(cityCode: string, periodId: number) {
    return this.#snapshot(async (trx) => {
      const revision = await cityRevision(trx, cityCode)
      const city = await findCity(trx, cityCode)
      const period = await findPeriod(trx, cityCode, periodId)
      if (revision === undefined || !city) throw new NotFound('city', cityCode)
      if (!period) throw new NotFound('period', periodId)
      const value: Report = { period, table: await periodReportTable(trx, city, period) }
      return { revision, tag: city.name, value }
    })
  }

  #snapshot<T>(read: (trx: Transaction<Database>) => Promise<T>) {
    return this.db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(read)
  }
}
