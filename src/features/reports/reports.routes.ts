import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { statusChanges } from './reports.service.js'
import { cityRevision } from '../cities/cities.service.js'
import { findPeriod } from '../periods/periods.service.js'
import { NotFound, Unprocessable } from '../../shared/errors.js'
import { ok, problems } from '../../shared/common.schemas.js'
import { PeriodParams } from '../periods/periods.schemas.js'
import { ChangesQuery, ReportQuery, ReportTable, StatusChanges, Summary } from './reports.schemas.js'
import { type ReportFormat, Summaries } from './reports.cache.js'
import { sendSerialized } from '../../http/json.js'
import { attachment } from '../../http/disposition.js'

const tags = ['reports']

const MEDIA = {
  json: 'application/json',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  md: 'text/markdown',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const satisfies Record<ReportFormat, string>
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

export interface ReportsOptions {
  /** Period summaries kept in memory, validated against the city's revision on every read. */
  summaryCacheSize: number
  summaryCacheBytes: number
}

const reports: FastifyPluginAsyncTypebox<ReportsOptions> = async (app, opts) => {
  const db = app.database.db
  const summaries = new Summaries(db, { capacity: opts.summaryCacheSize, maxBytes: opts.summaryCacheBytes, registry: app.metrics })

  /** The city's report data revision (what the cache is checked against): read on every request, so another instance's write shows. */
  async function revisionOf(cityCode: string) {
    const revision = await cityRevision(db, cityCode)
    if (revision === undefined) throw new NotFound('city', cityCode)
    return revision
  }

  async function periodOr404(cityCode: string, periodId: number) {
    const period = await findPeriod(db, cityCode, periodId)
    if (!period) throw new NotFound('period', periodId)
    return period
  }

  app.get('/periods/:periodId/summary', {
    config: { access: 'read' },
    schema: {
      tags, operationId: 'getPeriodSummary', summary: 'The period summary: counts, the behind list, per-unit table, narrative',
      params: PeriodParams,
      response: { 200: ok(Summary, 'The summary, from stored data'), ...problems(401, 403, 404, 429) },
    },
  }, async (request, reply) => {
    const { cityCode, periodId } = request.params
    // The route's JSON serializer makes a string.
    const json = await summaries.summary(cityCode, periodId, await revisionOf(cityCode), (summary) => reply.serialize(summary) as string)
    return sendSerialized(reply, json)
  })

  app.get('/periods/:periodId/report', {
    config: { access: 'read' },
    schema: {
      tags, operationId: 'getPeriodReport', summary: 'The whole report table: json, csv, xlsx, docx or markdown',
      description: 'Choose with format= or the Accept header. Columns and status words are the report\'s own (序号, 重点工作任务, ' +
        '牵头责任单位, 工作评价, 进展情况, 近期工作安排, 备注). CSV is UTF-8 with a BOM, the header row first, the table only. ' +
        'xlsx prints on A4 landscape, one page wide, the narrative on its own sheet. docx is the report as the office publishes it: ' +
        'title, narrative, issuing office and date, then the table as 附件. Markdown is the same as text. xlsx, docx and Markdown print ' +
        'the title kept with the period (reportHeader.title, else 关于…进展情况的报告); a document\'s file name is that title (a CSV, ' +
        'which has no line for it, too); the JSON\'s names the city and period. The service\'s own text is set with full-width ' +
        'punctuation; in xlsx and docx a number and its unit are joined by invisible WORD JOINERs (U+2060) so no line breaks inside them.',
      params: PeriodParams, querystring: ReportQuery,
      response: {
        200: {
          description: 'The report',
          content: {
            [MEDIA.json]: { schema: ReportTable },
            [MEDIA.csv]: { schema: Type.String() },
            [MEDIA.md]: { schema: Type.String() },
            [MEDIA.xlsx]: { schema: Type.String({ format: 'binary' }) },
            [MEDIA.docx]: { schema: Type.String({ format: 'binary' }) },
          },
        },
        ...problems(401, 403, 404, 429),
      },
    },
  }, async (request, reply) => {
    const { cityCode, periodId } = request.params
    const format = negotiate(request.query.format, request.headers.accept)
    const { period, table, letterhead, body } = await summaries.report(cityCode, periodId, await revisionOf(cityCode), format,
      (report) => reply.serializeInput({ ...report }, '200', MEDIA.json) as string)
    const ascii = `duban-${cityCode}-${period.year}-period-${period.id}.${format}`
    // A document is named by the title it prints (a CSV, which prints none, too); the JSON table by its own.
    reply.header('content-disposition', attachment(ascii, `${format === 'json' ? table.title : letterhead.title}.${format}`))
    reply.header('vary', 'accept')
    if (format === 'json') return sendSerialized(reply, body as Buffer)
    // The typed reply knows the JSON and text bodies; a workbook or document is bytes.
    if (format === 'xlsx' || format === 'docx') return reply.type(MEDIA[format]).send(body as unknown as string)
    return reply.type(`${MEDIA[format]}; charset=utf-8`).send(body as string)
  })

  app.get('/periods/:periodId/changes', {
    config: { access: 'read' },
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
