import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { listAuditEvents } from '../../db/queries/audit.js'
import { decodeCursor, page } from '../../http/cursor.js'
import { AuditList, AuditQuery } from '../../schemas/apiKeys.js'
import { CityParams, ok, problems } from '../../schemas/common.js'

const audit: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/', {
    schema: {
      tags: ['audit'], operationId: 'listAuditEvents', summary: 'The audit trail of a city: who changed what, newest first',
      params: CityParams, querystring: AuditQuery,
      response: { 200: ok(AuditList, 'A page of audit events'), ...problems(401, 403, 404, 429) },
    },
  }, async (request) => {
    const { limit = 50, cursor, ...filters } = request.query
    const before = decodeCursor(cursor, ['number'])?.[0] as number | undefined
    const rows = await listAuditEvents(app.database.db, request.params.cityCode, { limit, before, ...filters })
    return page(rows, limit, (event) => [event.id])
  })
}

export default audit
