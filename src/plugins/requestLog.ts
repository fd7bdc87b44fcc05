import { type FastifyInstance, type FastifyReply, type FastifyRequest, LogController } from 'fastify'
import fp from 'fastify-plugin'

/**
 * One log line per request, written when the response is done: request id, route
 * template, status, duration. (Fastify's default writes two, without the route.)
 */
export class RequestLog extends LogController {
  constructor() {
    super({ requestIdLogLabel: 'requestId' })
  }

  override incomingRequest() {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply) {
    const line = {
      method: request.method,
      url: request.url,
      route: request.routeOptions.url ?? null,
      statusCode: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime * 100) / 100,
      ...(error ? { err: error } : {}),
    }
    if (error) request.log.error(line, 'request completed')
    else request.log.info(line, 'request completed')
  }
}

/** Echoes the request id, taken from x-request-id when the caller sent one. */
export default fp(async (app: FastifyInstance) => {
  // Callback style, as the other hooks every request passes: no promise for a header.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id)
    done()
  })
}, { name: 'request-id' })
