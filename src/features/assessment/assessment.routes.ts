import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { findRuleSet, putAssessmentRules, yearAssessment } from './assessment.service.js'
import { assessmentXlsx } from './assessment.export.js'
import { NotFound } from '../../shared/errors.js'
import { ifMatchVersion, withEtag } from '../../http/etag.js'
import { write } from '../../http/write.js'
import { attachment } from '../../http/disposition.js'
import { CityParams, IfMatchHeaders, ok, problems, ref } from '../../shared/common.schemas.js'
import { Assessment, AssessmentQuery, AssessmentRules, AssessmentRuleSet, AssessmentRulesParams } from './assessment.schemas.js'

const tags = ['assessment']
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const assessment: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db

  app.put('/assessment-rules/:year', {
    config: { access: 'office' },
    schema: {
      tags, operationId: 'putAssessmentRules', summary: 'Set the year\'s assessment (考核) rules',
      description: 'Creates (201) or replaces (200) the rule set by which GET …/assessment scores the lead units. Send If-Match to replace only ' +
        'the version you read. The rules name only facts of the record (entries on time, late or missing, returns, the office\'s evaluation): ' +
        'a field for anything else, such as app usage, leaders\' instructions (批示) or photo evidence, which the 2024 rules on reducing the burden ' +
        'on the grassroots forbid scoring, is refused with 400. Points have at most two decimals; a task weight names one task of the year ' +
        'by seq or taskId. Audited; the office\'s (or an admin\'s) only.',
      params: AssessmentRulesParams, headers: IfMatchHeaders, body: AssessmentRules,
      response: {
        200: ok(AssessmentRuleSet, 'The rule set, replaced'),
        201: ok(AssessmentRuleSet, 'The rule set, created'),
        ...problems(403, 404, 412),
      },
    },
  }, async (request, reply) => {
    const { cityCode, year } = request.params
    const { ruleSet, created } = await write(request, reply, (trx, actor) =>
      putAssessmentRules(trx, actor, cityCode, year, request.body, ifMatchVersion(request)))
    if (created) reply.status(201).header('location', `/v1/cities/${cityCode}/assessment-rules/${year}`)
    return withEtag(reply, ruleSet)
  })

  app.get('/assessment-rules/:year', {
    config: { access: 'readWork' },
    schema: {
      tags, operationId: 'getAssessmentRules', summary: 'Read the year\'s assessment rules (the units may know what they are scored by)',
      params: AssessmentRulesParams,
      response: { 200: ok(AssessmentRuleSet, 'The rule set; ETag is its version'), ...problems(404) },
    },
  }, async (request, reply) => {
    const { cityCode, year } = request.params
    const ruleSet = await findRuleSet(db, cityCode, year)
    if (!ruleSet) throw new NotFound('assessment rules of', year)
    return withEtag(reply, ruleSet)
  })

  app.get('/assessment', {
    config: { access: 'readWork' },
    schema: {
      tags, operationId: 'getAssessment', summary: 'Each lead unit\'s score for the year (考核), computed from the record now',
      description: 'By the year\'s rule set (422 no_assessment_rules without one), from the record as it stands: nothing is stored, so a ' +
        'correction shows at once. Every task the unit leads (role lead) in every period that counts gives lines: on time or late when handed in, ' +
        'missing when not handed in and its period is closed or its deadline in force has passed, one per return, 未达预期 and 已完成 when the office ' +
        'accepted it so. Score = baseScore + bonuses (capped) − deductions (capped), at least floor. Equal scores share a rank; the quartile of the ' +
        'rank gives the colour (green, blue, yellow, red). format=xlsx (or Accept) is the workbook to print: the results, then every line.',
      params: CityParams, querystring: AssessmentQuery,
      response: {
        200: {
          description: 'The assessment',
          content: {
            'application/json': { schema: ref(Assessment) },
            [XLSX]: { schema: Type.String({ format: 'binary' }) },
          },
        },
        ...problems(404, 422),
      },
    },
  }, async (request, reply) => {
    const { cityCode } = request.params
    const { year } = request.query
    const format = request.query.format ?? (request.headers.accept?.includes(XLSX) ? 'xlsx' : 'json')
    const { cityName, ...result } = await yearAssessment(db, cityCode, year, app.clock())
    reply.header('vary', 'accept')
    if (format === 'json') return reply.type('application/json; charset=utf-8').send(result)
    reply.header('content-disposition', attachment(`duban-${cityCode}-${year}-assessment.xlsx`, `${cityName}${year}年度重点工作考核结果.xlsx`))
    return reply.type(XLSX).send(await assessmentXlsx(result, cityName) as unknown as string)
  })
}

export default assessment
