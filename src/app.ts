import { randomUUID } from 'node:crypto'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Ajv, type Options as AjvOptions, type SchemaValidateFunction, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import Fastify, { type FastifyServerOptions } from 'fastify'
import type { DatabaseHandle } from './db/connect.js'
import auth, { type AuthOptions, openRoutesOf, requireAccess } from './plugins/auth.js'
import edges, { type EdgeOptions } from './plugins/edges.js'
import errors, { clientErrorHandler, frameworkErrors } from './plugins/errors.js'
import { strictJsonParser } from './http/json.js'
import { assertQueryReadable, strictQuerystring } from './http/query.js'
import idempotency from './plugins/idempotency.js'
import metrics from './plugins/metrics.js'
import pressure, { type PressureOptions } from './plugins/pressure.js'
import requestLog, { RequestLog } from './plugins/requestLog.js'
import swagger from './plugins/swagger.js'
import worker from './plugins/worker.js'
import { Receivers } from './features/webhooks/webhooks.receivers.js'
import { LazyCompiles } from './http/lazyCompile.js'
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler'
import { type JobOptions, serviceJobs } from './jobs.js'
import routes from './routes.js'
import { sharedSchemas } from './http/schemas.js'

declare module 'fastify' {
  interface FastifyInstance {
    database: DatabaseHandle
    /** The time the service stamps on writes and judges deadlines by (AppOptions.clock). */
    clock: () => Date
    /** Compiles the validators and serializers no request has needed yet; returns how many (see LazyCompiles). */
    compileSchemas: () => number
    /** Where webhook and robot deliveries may go (WEBHOOK_ALLOWED_NETWORKS); the delivery job checks the same list. */
    receivers: Receivers
  }
}

export interface AppOptions {
  database: DatabaseHandle
  logger?: FastifyServerOptions['logger']
  /** Which proxies to believe about the client and the scheme (TRUST_PROXY; default none). */
  trustProxy?: boolean | string[] | ((address: string, hop: number) => boolean)
  auth?: Partial<AuthOptions>
  edges?: Partial<EdgeOptions>
  /** Load shedding (see plugins/pressure.ts); each check is off unless set (the server sets them from its config). */
  pressure?: Partial<PressureOptions>
  /** Period summaries kept in memory (default 256); 0 computes every one. */
  summaryCacheSize?: number
  /** What the summaries and reports kept may hold, in bytes (default 16 MiB). */
  summaryCacheBytes?: number
  /** The service's own work (plugins/worker.ts): off unless intervalMs is set; tests step it with app.worker.drain(). */
  worker?: { intervalMs?: number } & Partial<JobOptions>
  /** The service's time (default: the machine's): a simulation plays a year on a clock of its own. */
  clock?: () => Date
}

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default

function ajv(options: AjvOptions) {
  const instance = new Ajv({ allErrors: true, useDefaults: true, removeAdditional: false, ...options })
  addFormats(instance, ['date', 'date-time', 'uri'])
  for (const schema of sharedSchemas) instance.addSchema(schema)
  const buffer: SchemaValidateFunction = (_: unknown, data: unknown) => {
    buffer.errors = Buffer.isBuffer(data) ? [] : [{ keyword: 'buffer', message: 'must be a file', params: {} }]
    return buffer.errors.length === 0
  }
  instance.addKeyword({ keyword: 'buffer', schemaType: 'boolean', validate: buffer })
  return instance
}

/** Bodies with more values than this are reported by their first error only. */
const FULL_REPORT_NODES = 2000

/** Whether the value holds at most `limit` values (objects, arrays and scalars), counting no further than that. */
function smallerThan(value: unknown, limit: number): boolean {
  let left = limit
  const stack = [value]
  while (stack.length > 0) {
    if (--left < 0) return false
    const item = stack.pop()
    if (item !== null && typeof item === 'object') stack.push(...(Array.isArray(item) ? item : Object.values(item)).slice(0, left + 1))
  }
  return true
}

/**
 * A body validator that costs little on a hostile body: checked up to its first error (an
 * array past its maxItems stops there), and only a body small enough to check whole cheaply
 * is checked again for every error, so a caller still learns each bad field at once. With
 * allErrors on a megabyte of half a million bad items, Ajv would take seconds and list each.
 */
function bodyValidator(first: ValidateFunction, every: ValidateFunction) {
  const validate = ((data: unknown) => {
    validate.errors = null
    if (first(data)) return true
    validate.errors = smallerThan(data, FULL_REPORT_NODES) && !every(data) ? every.errors : first.errors
    return false
  }) as ValidateFunction
  return validate
}

/**
 * A query string names only the parameters its route documents: a misspelt filter
 * (?statu=behind) is a 400 naming it, never the unfiltered list.
 */
function closed(schema: object): object {
  const object = schema as { type?: unknown, additionalProperties?: unknown }
  return object.type === 'object' && object.additionalProperties === undefined ? { ...schema, additionalProperties: false } : schema
}

/** A schema node for a file's bytes ({type: 'string', format: 'binary'}), which arrive as a Buffer. */
const isBinary = (schema: unknown) =>
  (schema as { type?: unknown }).type === 'string' && (schema as { format?: unknown }).format === 'binary'

/** The schema with each top-level binary property checked as a Buffer (the `buffer` keyword, see ajv()). */
function withBuffers(schema: object): object {
  const object = schema as { properties?: Record<string, object> }
  if (!object.properties) return schema
  return { ...schema, properties: Object.fromEntries(Object.entries(object.properties)
    .map(([name, node]) => [name, isBinary(node) ? { buffer: true } : node])) }
}

const isBuffer = ((data: unknown) => Buffer.isBuffer(data)) as ValidateFunction

const REQUEST_ID = /^[\w.:-]{1,128}$/

export async function buildApp(options: AppOptions) {
  const compiles = new LazyCompiles()
  const app = Fastify({
    // Response serializers as Fastify builds them, each when its route first answers.
    schemaController: {
      compilersFactory: {
        buildSerializer: (externalSchemas: unknown, serializerOpts: unknown) => {
          const build = SerializerSelector()(externalSchemas as never, serializerOpts as never)
          return (routeSchema: Parameters<typeof build>[0]) => compiles.serializer(() => build(routeSchema))
        },
      },
    },
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    logController: new RequestLog(),
    bodyLimit: 1024 * 1024,
    // A request must arrive whole within 30 s (else 408), and a silent socket is closed after
    // 75 s (past keep-alive's 72 s, so that one governs idle connections).
    requestTimeout: 30_000,
    connectionTimeout: 75_000,
    // Errors answered before a route runs are problem+json too (plugins/errors.ts): Node's
    // parser errors (400, 408, 413, 431), the router's (a bad path encoding, 414), and the
    // 503 while closing, which the errors plugin gives instead of Fastify's own JSON.
    clientErrorHandler,
    frameworkErrors,
    return503OnClosing: false,
    // An incoming x-request-id is kept when it is a plain token, so a caller can trace its call.
    genReqId: (request) => {
      const incoming = request.headers['x-request-id']
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID()
    },
    routerOptions: { ignoreTrailingSlash: true, querystringParser: strictQuerystring },
  }).withTypeProvider<TypeBoxTypeProvider>()

  // Query strings, paths and form fields arrive as text and are coerced; JSON bodies are taken
  // as typed; a body that is a file's bytes is a Buffer (its parser is the operation's own).
  const coercing = ajv({ coerceTypes: 'array' })
  const strict = ajv({ coerceTypes: false })
  const strictFirst = ajv({ coerceTypes: false, allErrors: false })
  app.decorate('compileSchemas', () => compiles.compileAll())
  app.setValidatorCompiler(({ schema, httpPart, contentType }) => {
    if (httpPart !== 'body') return compiles.validator(() => coercing.compile(httpPart === 'querystring' ? closed(schema) : schema))
    if (isBinary(schema)) return isBuffer
    if (contentType === 'multipart/form-data') return compiles.validator(() => coercing.compile(withBuffers(schema)))
    return bodyValidator(compiles.validator(() => strictFirst.compile(schema)), compiles.validator(() => strict.compile(schema)))
  })
  // No operation takes plain text: without its parser such a body is a 415, not a string
  // that an operation describing its bodies per media type would not validate.
  app.removeContentTypeParser('text/plain')
  // JSON that is not UTF-8, or holds a lone surrogate, is a 400 rather than text with U+FFFD in it.
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, strictJsonParser(app))

  // An operation whose body fields are all optional takes no body at all as the empty object.
  const emptyBodyOk = new Set<string>()
  app.addHook('onRoute', (route) => {
    const body = route.schema?.body as { type?: unknown, required?: unknown[] } | undefined
    if (body?.type === 'object' && !(body.required?.length)) emptyBodyOk.add(`${route.method}:${route.url}`)
  })
  app.addHook('preValidation', async (request) => {
    assertQueryReadable(request)
    if (request.body === undefined && emptyBodyOk.has(`${request.method}:${request.routeOptions.url}`)) request.body = {}
  })

  for (const schema of sharedSchemas) app.addSchema(schema)
  app.decorate('database', options.database)
  app.decorate('clock', options.clock ?? (() => new Date()))
  app.decorate('receivers', new Receivers(options.worker?.webhooks?.allowedNetworks))

  await app.register(errors)
  await app.register(requestLog)
  await app.register(metrics, { database: options.database })
  await app.register(pressure, { maxEventLoopDelayMs: 0, maxHeapUsedBytes: 0, maxInFlight: 0, ...options.pressure })
  // Edges before auth: CORS headers go on a 401 or 403 too, so a browser can read why.
  await app.register(openRoutesOf(edges), { corsOrigins: [], rateLimitPerMinute: 1200, ...options.edges })
  await app.register(auth, { anonymousReads: false, ...options.auth })
  await app.register(idempotency)
  await app.register(swagger)
  // From here on a route that names no access class stops the app starting.
  await app.register(requireAccess)
  await app.register(routes, { summaryCacheSize: options.summaryCacheSize ?? 256, summaryCacheBytes: options.summaryCacheBytes ?? 16 * 1024 * 1024 })
  await app.register(worker, { intervalMs: options.worker?.intervalMs ?? 0, jobs: serviceJobs(options.worker ?? {}, app.metrics) })
  return app
}

export type App = Awaited<ReturnType<typeof buildApp>>
