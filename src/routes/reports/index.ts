import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply } from 'fastify'
import { Counter } from 'prom-client'
import Type from 'typebox'
import { statusChanges } from '../../db/queries/changes.js'
import { cityRevision, findCity } from '../../db/queries/cities.js'
import type { PeriodRow } from '../../db/database.js'
import { findPeriod } from '../../db/queries/periods.js'
import { reportRows } from '../../db/queries/reports.js'
import { NotFound, Unprocessable } from '../../domain/errors.js'
import { ok, problems } from '../../schemas/common.js'
import { PeriodParams } from '../../schemas/periods.js'
import { ChangesQuery, ReportQuery, ReportTable, StatusChanges, Summary } from '../../schemas/reports.js'
import { type ReportTable as ReportTableData, reportTable, toCsv, toMarkdown, toXlsx } from '../../services/reportExport.js'
import { summarize } from '../../services/summary.js'
import { SummaryCache } from '../../services/summaryCache.js'

const tags = ['reports']

const MEDIA = {
  json: 'application/json',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  md: 'text/markdown',
} as const
type Format = keyof typeof MEDIA

/** The format a query names, else the first Accept type we make, else JSON. */
function negotiate(format: Format | undefined, accept: string | undefined): Format {
  if (format) return format
  for (const part of (accept ?? '').split(',')) {
    const type = part.split(';')[0]!.trim().toLowerCase()
    const found = (Object.keys(MEDIA) as Format[]).find((key) => MEDIA[key] === type)
    if (found) return found
  }
  return 'json'
}

/** attachment; with an ASCII fallback and the Chinese name (RFC 6266 / 5987). */
function disposition(asciiName: string, name: string) {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`
}

/** JSON already serialized by the route's own response serializer, sent as it is. */
function sendSerialized(reply: FastifyReply, json: Buffer) {
  return reply.type('application/json; charset=utf-8').send(json)
}

interface CachedReport {
  revision: number
  cityName: string
  period: PeriodRow
  table: ReportTableData
  json?: Buffer
  csv?: string
  md?: string
  xlsx?: Buffer
}

/**
 * Period reports as last built, each with the city revision and city name it was built
 * under; one serves only while both are unchanged (see SummaryCache on the revision).
 * Least recently used entries go first; capacity 0 keeps nothing.
 */
class ReportCache {
  readonly #entries = new Map<string, CachedReport>()
  constructor(readonly capacity: number) {}

  get(cityCode: string, periodId: number, revision: number, cityName: string): CachedReport | undefined {
    const key = `${cityCode}/${periodId}`
    const entry = this.#entries.get(key)
    if (entry?.revision !== revision || entry.cityName !== cityName) return undefined
    this.#entries.delete(key)
    this.#entries.set(key, entry)
    return entry
  }

  set(cityCode: string, periodId: number, report: CachedReport) {
    const key = `${cityCode}/${periodId}`
    // A slow computation finishing after a quicker one of a later revision keeps the later.
    if ((this.#entries.get(key)?.revision ?? -1) > report.revision) return
    this.#entries.delete(key)
    if (this.capacity === 0) return
    this.#entries.set(key, report)
    if (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value!)
  }
}

export interface ReportsOptions {
  /** Period summaries kept in memory, validated against the city's revision on every read. */
  summaryCacheSize: number
}

const reports: FastifyPluginAsyncTypebox<ReportsOptions> = async (app, opts) => {
  const db = app.database.db
  const summaries = new SummaryCache(opts.summaryCacheSize)
  const computing = new Map<string, Promise<Buffer>>()
  // A report is some ten times a summary's size (淮南's 262 rows: 108 kB of JSON, its table and
  // any other formats asked for besides): fewer are kept.
  const reportCache = new ReportCache(Math.min(opts.summaryCacheSize, 32))
  const computingReports = new Map<string, Promise<CachedReport>>()
  const summaryReads = new Counter({
    name: 'summary_reads_total',
    help: 'Period summary reads: served from the cache, computed, or joined to a computation under way',
    labelNames: ['source'] as const,
    registers: [app.metrics],
  })

  /** The summary as of one snapshot, serialized and cached under that snapshot's revision. */
  async function computeSummary(cityCode: string, periodId: number, serialize: (summary: ReturnType<typeof summarize>) => string) {
    const { revision, summary } = await db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only')
      .execute(async (trx) => {
        const revision = await cityRevision(trx, cityCode)
        const period = await findPeriod(trx, cityCode, periodId)
        if (revision === undefined) throw new NotFound('city', cityCode)
        if (!period) throw new NotFound('period', periodId)
        return { revision, summary: summarize(period, await reportRows(trx, cityCode, periodId, period.year, { text: false })) }
      })
    const json = Buffer.from(serialize(summary))
    summaries.set(cityCode, periodId, revision, json)
    return json
  }

  /**
   * The report table as of one snapshot, kept under that snapshot's revision and the city
   * name its title was written with. Each format's bytes are made from the table when first
   * asked for, and kept with it.
   */
  async function computeReport(cityCode: string, periodId: number): Promise<CachedReport> {
    const report = await db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only')
      .execute(async (trx) => {
        const revision = await cityRevision(trx, cityCode)
        const city = await findCity(trx, cityCode)
        const period = await findPeriod(trx, cityCode, periodId)
        if (revision === undefined || !city) throw new NotFound('city', cityCode)
        if (!period) throw new NotFound('period', periodId)
        const rows = await reportRows(trx, cityCode, periodId, period.year, { text: true })
        const table = reportTable(city.name, period, rows, summarize(period, rows).narrative)
        return { revision, cityName: city.name, period, table }
      })
    reportCache.set(cityCode, periodId, report)
    return report
  }

  /** Readers that arrive together after a write wait for one computation (unless nothing is kept). */
  function sharedReport(cityCode: string, periodId: number, revision: number, cityName: string) {
    if (reportCache.capacity === 0) return computeReport(cityCode, periodId)
    const key = `${cityCode}/${periodId}/${revision}/${cityName}`
    let pending = computingReports.get(key)
    if (!pending) {
      pending = computeReport(cityCode, periodId).finally(() => computingReports.delete(key))
      computingReports.set(key, pending)
    }
    return pending
  }

  async function periodOr404(cityCode: string, periodId: number) {
    const period = await findPeriod(db, cityCode, periodId)
    if (!period) throw new NotFound('period', periodId)
    return period
  }

  app.get('/periods/:periodId/summary', {
    schema: {
      tags, operationId: 'getPeriodSummary', summary: 'The period summary: counts, the behind list, per-unit table, narrative',
      params: PeriodParams,
      response: { 200: ok(Summary, 'The summary, from stored data'), ...problems(401, 403, 404, 429) },
    },
  }, async (request, reply) => {
    const { cityCode, periodId } = request.params
    const cached = summaries.get(cityCode, periodId, request.cityRevision)
    if (cached !== undefined) {
      summaryReads.inc({ source: 'cache' })
      return sendSerialized(reply, cached)
    }
    // The route's JSON serializer makes a string.
    const compute = () => computeSummary(cityCode, periodId, (summary) => reply.serialize(summary) as string)
    // Readers that arrive together after a write wait for one computation, not one each
    // (unless nothing is kept: then every read computes, as the benchmark's baseline wants).
    const shared = summaries.capacity > 0
    const key = `${cityCode}/${periodId}/${request.cityRevision}`
    let pending = shared ? computing.get(key) : undefined
    summaryReads.inc({ source: pending ? 'joined' : 'computed' })
    if (!pending) {
      pending = compute().finally(() => computing.delete(key))
      if (shared) computing.set(key, pending)
    }
    return sendSerialized(reply, await pending)
  })

  app.get('/periods/:periodId/report', {
    schema: {
      tags, operationId: 'getPeriodReport', summary: 'The whole report table: json, csv, xlsx or markdown',
      description: 'Choose with format= or the Accept header. Columns and status words are the report\'s own (序号, 重点工作任务, ' +
        '牵头责任单位, 工作评价, 进展情况, 近期工作安排, 备注). CSV is UTF-8 with a BOM. The file name names the city and period.',
      params: PeriodParams, querystring: ReportQuery,
      response: {
        200: {
          description: 'The report',
          content: {
            [MEDIA.json]: { schema: ReportTable },
            [MEDIA.csv]: { schema: Type.String() },
            [MEDIA.md]: { schema: Type.String() },
            [MEDIA.xlsx]: { schema: Type.String({ format: 'binary' }) },
          },
        },
        ...problems(401, 403, 404, 429),
      },
    },
  }, async (request, reply) => {
    const { cityCode, periodId } = request.params
    const format = negotiate(request.query.format, request.headers.accept)
    // The title names the city, and a city's name is not report data (renaming it leaves the
    // revision alone): so it is read on every request, and a report built under another name is not served.
    const city = await findCity(db, cityCode)
    if (!city) throw new NotFound('city', cityCode)
    const report = reportCache.get(cityCode, periodId, request.cityRevision, city.name) ??
      await sharedReport(cityCode, periodId, request.cityRevision, city.name)
    const { period, table } = report
    const ascii = `duban-${cityCode}-${period.year}-period-${period.id}.${format}`
    reply.header('content-disposition', disposition(ascii, `${table.title}.${format}`))
    reply.header('vary', 'accept')
    if (format === 'json') {
      // The route's own serializer for its JSON response, once per report.
      return sendSerialized(reply, report.json ??= Buffer.from(reply.serializeInput({ ...table }, '200', MEDIA.json) as string))
    }
    if (format === 'csv') return reply.type(`${MEDIA.csv}; charset=utf-8`).send(report.csv ??= toCsv(table))
    if (format === 'md') return reply.type(`${MEDIA.md}; charset=utf-8`).send(report.md ??= toMarkdown(table))
    // The typed reply knows the JSON and text bodies; a workbook is bytes.
    return reply.type(MEDIA.xlsx).send((report.xlsx ??= await toXlsx(table)) as unknown as string)
  })

  app.get('/periods/:periodId/changes', {
    schema: {
      tags, operationId: 'getStatusChanges', summary: 'Tasks whose status changed since another period',
      params: PeriodParams, querystring: ChangesQuery,
      response: { 200: ok(StatusChanges, 'Each changed task with both statuses'), ...problems(401, 403, 404, 422, 429) },
    },
  }, async (request) => {
    const { cityCode, periodId } = request.params
    const period = await periodOr404(cityCode, periodId)
    const since = await periodOr404(cityCode, request.query.since)
    if (since.year !== period.year) {
      throw new Unprocessable('year_mismatch', `period ${since.id} is in ${since.year}, period ${period.id} in ${period.year}: compare periods of one year`)
    }
    return { since, period, items: await statusChanges(db, cityCode, period.year, since.id, period.id) }
  })
}

export default reports
