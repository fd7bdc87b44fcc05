import { randomUUID } from 'node:crypto'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Ajv, type Options as AjvOptions } from 'ajv'
import addFormatsModule from 'ajv-formats'
import Fastify, { type FastifyServerOptions } from 'fastify'
import type { DatabaseHandle } from './db/connect.js'
import auth, { type AuthOptions } from './plugins/auth.js'
import edges, { type EdgeOptions } from './plugins/edges.js'
import errors from './plugins/errors.js'
import idempotency from './plugins/idempotency.js'
import metrics from './plugins/metrics.js'
import pressure, { type PressureOptions } from './plugins/pressure.js'
import requestLog, { RequestLog } from './plugins/requestLog.js'
import swagger from './plugins/swagger.js'
import routes from './routes/index.js'
import { sharedSchemas } from './schemas/index.js'

declare module 'fastify' {
  interface FastifyInstance { database: DatabaseHandle }
}

export interface AppOptions {
  database: DatabaseHandle
  logger?: FastifyServerOptions['logger']
  auth?: Partial<AuthOptions>
  edges?: Partial<EdgeOptions>
  /** Load shedding (see plugins/pressure.ts); each check is off unless set (the server sets them from its config). */
  pressure?: Partial<PressureOptions>
  /** Period summaries kept in memory (default 256); 0 computes every one. */
  summaryCacheSize?: number
}

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default

function ajv(options: AjvOptions) {
  const instance = new Ajv({ allErrors: true, useDefaults: true, removeAdditional: false, ...options })
  addFormats(instance, ['date', 'date-time', 'uri'])
  for (const schema of sharedSchemas) instance.addSchema(schema)
  return instance
}

const REQUEST_ID = /^[\w.:-]{1,128}$/

export async function buildApp(options: AppOptions) {
  const app = Fastify({
    logger: options.logger ?? false,
    logController: new RequestLog(),
    bodyLimit: 1024 * 1024,
    // An incoming x-request-id is kept when it is a plain token, so a caller can trace its call.
    genReqId: (request) => {
      const incoming = request.headers['x-request-id']
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID()
    },
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<TypeBoxTypeProvider>()

  // Query strings and paths arrive as text and are coerced; JSON bodies are taken as typed.
  const coercing = ajv({ coerceTypes: 'array' })
  const strict = ajv({ coerceTypes: false })
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? strict : coercing).compile(schema))

  for (const schema of sharedSchemas) app.addSchema(schema)
  app.decorate('database', options.database)

  await app.register(errors)
  await app.register(requestLog)
  await app.register(metrics, { database: options.database })
  await app.register(pressure, { maxEventLoopDelayMs: 0, maxHeapUsedBytes: 0, maxInFlight: 0, ...options.pressure })
  // Edges before auth: CORS headers go on a 401 or 403 too, so a browser can read why.
  await app.register(edges, { corsOrigins: [], rateLimitPerMinute: 1200, ...options.edges })
  await app.register(auth, { anonymousReads: false, ...options.auth })
  await app.register(idempotency)
  await app.register(swagger)
  await app.register(routes, { summaryCacheSize: options.summaryCacheSize ?? 256 })
  return app
}

export type App = Awaited<ReturnType<typeof buildApp>>
