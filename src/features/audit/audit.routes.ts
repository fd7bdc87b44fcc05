import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { listAuditEvents } from './audit.service.js'
import { AuditList, AuditQuery } from '../keys/keys.schemas.js'
import { CityParams, ok, problems } from '../../shared/common.schemas.js'

const audit: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/', {
    config: { access: 'office' },
    schema: {
      tags: ['audit'], operationId: 'listAuditEvents', summary: 'The audit trail of a city: who changed what, newest first',
      params: CityParams, querystring: AuditQuery,
      response: { 200: ok(AuditList, 'A page of audit events'), ...problems(401, 403, 404, 429) },
    },
  }, async (request) => {
    const { limit = 50, ...filters } = request.query
    return listAuditEvents(app.database.db, request.params.cityCode, { limit, ...filters })
  })
}

export default audit
