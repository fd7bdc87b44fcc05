import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { periodCompliance } from './compliance.service.js'
import { NotFound } from '../../shared/errors.js'
import { sendSerialized } from '../../http/json.js'
import { ok, problems } from '../../shared/common.schemas.js'
import { Compliance, ComplianceQuery } from './compliance.schemas.js'
import { PeriodParams } from '../periods/periods.schemas.js'

const tags = ['compliance']

const compliance: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db

  app.get('/periods/:periodId/compliance', {
    config: { access: 'readWork' },
    schema: {
      tags, operationId: 'getPeriodCompliance', summary: 'Who has filed the period\'s entries: on time, late, returned, missing; a light per task',
      description: 'Every task of the period\'s year is due. Submitted counts submitted and accepted entries (an accepted entry ' +
        'with no submission, imported or filed by the office, is on time); returned waits for its unit; missing is no entry or a ' +
        'draft. A task is green once submitted, else red past its deadline in force (an approved extension\'s, else the period\'s), ' +
        'yellow within the city\'s warningDays of it, none otherwise. Units count the tasks they lead or support, in the order of ' +
        'the first such task; totals count each task once. Each task carries its entry\'s flags on copied text (stale, template: see ' +
        'GET …/periods/{periodId}/progress). leadUnitId, light and flag narrow the tasks that every part counts.',
      params: PeriodParams, querystring: ComplianceQuery,
      response: { 200: ok(Compliance, 'The period\'s compliance, now'), ...problems(404) },
    },
  }, async (request, reply) => {
    const { cityCode, periodId } = request.params
    // PostgreSQL builds the JSON the schema gives (test/compliance.test.ts checks it against the document).
    const json = await periodCompliance(db, cityCode, periodId, request.query, app.clock())
    if (json === undefined) throw new NotFound('period', periodId)
    return sendSerialized(reply, json)
  })
}

export default compliance
