import diagnostics from 'node:diagnostics_channel'
import type { FastifyInstance, RouteOptions } from 'fastify'
import t from 'tap'
import { appWithoutDatabase } from './helper.js'

// Every route as registered, from the moment each app is made: Fastify announces a new
// instance on this channel before any plugin is registered, so the hook sees them all.
const registered: RouteOptions[] = []
diagnostics.subscribe('fastify.initialization', (message) => {
  (message as { fastify: FastifyInstance }).fastify.addHook('onRoute', (route) => {
    registered.push(route)
  })
})

const name = (route: RouteOptions) => `${[route.method].flat().join(',')} ${route.url}`

t.test('a route that names no access class stops the app starting, naming the route', async (t) => {
  const app = await appWithoutDatabase(t)
  app.register(async (extra) => {
    extra.get('/v1/forgotten', async () => ({ ok: true }))
  })
  await t.rejects(async () => { await app.ready() }, /GET \/v1\/forgotten: the route names no access class/)
})

t.test('every route the app has names an access class; the documents and operations are open', async (t) => {
  registered.length = 0
  const app = await appWithoutDatabase(t)
  await app.ready()
  const routes = registered.filter((route) => route.method !== 'HEAD')
  t.ok(routes.length > 30, `${routes.length} routes`)
  t.same(routes.filter((route) => route.config?.access === undefined).map(name), [], 'none without an access class')
  const open = routes.filter((route) => route.config?.access === 'open')
  const docs = open.filter((route) => route.url.startsWith('/docs'))
  t.ok(docs.some((route) => route.url === '/docs'), 'the docs, registered by swagger-ui, are open')
  t.same(open.filter((route) => !docs.includes(route)).map(name).sort(),
    ['GET /healthz', 'GET /metrics', 'GET /open/:cityCode/:year/:label/:file', 'GET /open/:cityCode/:year/:label/:version/:file', 'GET /open/catalog.json',
      'GET /openapi.json', 'GET /readyz', 'OPTIONS *'], 'and the document, the operations, the published open data and the CORS preflight')
  t.same(routes.filter((route) => route.url.startsWith('/v1/') && route.config?.access === 'open').map(name), [], 'nothing under /v1 is open')
})

t.test('the POSTs documented with an Idempotency-Key are the idempotent routes, and only they', async (t) => {
  registered.length = 0
  const app = await appWithoutDatabase(t)
  await app.ready()
  const document = app.swagger() as { paths: Record<string, Record<string, { parameters?: { in: string, name: string }[] }>> }
  const documented = Object.entries(document.paths).flatMap(([path, operations]) => Object.entries(operations)
    .filter(([, operation]) => operation.parameters?.some((parameter) => parameter.in === 'header' && parameter.name === 'idempotency-key'))
    .map(([method]) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`)).sort()
  const idempotent = registered.filter((route) => route.config?.idempotent === true).map(name).sort()
  t.ok(documented.length > 0, `${documented.length} documented`)
  t.ok(documented.every((operation) => operation.startsWith('POST ')), 'only POSTs take the header')
  t.same(idempotent, documented)
})

t.test('every route\'s validators and serializers compile (they are compiled when first called, so a start pays for none)', async (t) => {
  const app = await appWithoutDatabase(t)
  await app.ready()
  const compiled = app.compileSchemas()
  t.ok(compiled > 200, `${compiled} validators and serializers compiled, none of them at start`)
  t.equal(app.compileSchemas(), 0, 'each once')
})
