import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { listEvents } from './events.service.js'
import { CityParams, ok, problems } from '../../shared/common.schemas.js'
import { EventList, EventListQuery } from '../webhooks/webhooks.schemas.js'

const events: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/', {
    config: { access: 'readWork' },
    schema: {
      tags: ['events'], operationId: 'listEvents', summary: 'The city\'s events, oldest first',
      description: 'For a follower that cannot take webhooks: keep the last nextCursor and read on from it. A server that removes old ' +
        'events (EVENT_RETENTION_DAYS) answers 410 events_removed to a cursor older than what it removed: read again without one.',
      params: CityParams, querystring: EventListQuery,
      response: { 200: ok(EventList, 'A page of events'), ...problems(404, 410) },
    },
  }, async (request) => {
    const { limit = 50, cursor, type, subject } = request.query
    return listEvents(app.database.db, request.params.cityCode, { limit, cursor, type, subject })
  })
}

export default events
