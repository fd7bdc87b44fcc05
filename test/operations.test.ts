import t from 'tap'
import { buildApp } from '../src/app.js'
import { openDatabase } from '../src/db/connect.js'
import { assertProblem } from './factories.js'
import { appWithoutDatabase, checkResponses, createKey, seedCity, setup } from './helper.js'

const { app, database, keys, offContract } = await setup(t)

t.test('/healthz answers 200 without touching the database', async (t) => {
  const response = await app.inject({ url: '/healthz' })
  t.equal(response.statusCode, 200)
  t.same(response.json(), { status: 'ok' })
  const offline = await appWithoutDatabase(t)
  const alive = await offline.inject({ url: '/healthz' })
  t.equal(alive.statusCode, 200, 'alive even when the database is gone')
})

t.test('/readyz answers 200 on the migrated test database', async (t) => {
  const response = await app.inject({ url: '/readyz' })
  t.equal(response.statusCode, 200)
  t.same(response.json(), { status: 'ok' })
})

t.test('/readyz answers 503 problem+json when the database is unreachable', async (t) => {
  const offline = await appWithoutDatabase(t)
  const response = await offline.inject({ url: '/readyz' })
  assertProblem(t, response, 503, 'database_unavailable')
  t.notMatch(response.body, /ECONNREFUSED|127\.0\.0\.1|:1\b/, 'the connection error stays in the log')
})

t.test('/readyz answers 503 migrations_pending on an un-migrated database', async (t) => {
  const database = openDatabase({ memory: true })
  const unmigrated = await buildApp({ database })
  checkResponses(unmigrated)
  t.teardown(async () => {
    await unmigrated.close()
    await database.db.destroy()
  })
  assertProblem(t, await unmigrated.inject({ url: '/readyz' }), 503, 'migrations_pending')
})

/** The value of one http_requests_total series, 0 when it is not there yet. */
function requestCount(metrics: string, method: string, route: string, status: number) {
  const line = metrics.split('\n').find((l) => l.startsWith(`http_requests_total{method="${method}",route="${route}",status="${status}"} `))
  return line ? Number(line.split(' ')[1]) : 0
}

t.test('every response carries the security headers, errors included; over plain HTTP no HSTS nor upgrade-insecure-requests', async (t) => {
  await seedCity(app)
  const responses = {
    ok: await app.inject({ url: '/v1/cities/341700' }),
    unauthorized: await app.inject({ url: '/v1/cities/341700', headers: { authorization: '' } }),
    invalid: await app.inject({ method: 'POST', url: '/v1/cities', payload: { code: 'x' } }),
    unknownPath: await offContract({ url: '/v2/nothing' }),
    docs: await app.inject({ url: '/docs/' }),
    // No TRUST_PROXY: what a proxy says of the scheme is not believed.
    forwarded: await app.inject({ url: '/docs/', headers: { 'x-forwarded-proto': 'https' } }),
  }
  t.same(Object.values(responses).map((response) => response.statusCode), [200, 401, 400, 404, 200, 200])
  for (const [name, response] of Object.entries(responses)) {
    t.match(response.headers, {
      'content-security-policy': /default-src 'self'.*script-src 'self'/,
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'referrer-policy': 'no-referrer',
    }, name)
    // Over HTTPS (test/plain-http.test.ts) both are there; here the request came over plain HTTP.
    t.equal(response.headers['strict-transport-security'], undefined, `${name}: no HSTS over plain HTTP`)
    t.notMatch(response.headers['content-security-policy'], /upgrade-insecure-requests/, `${name}: no upgrade-insecure-requests over plain HTTP`)
  }
})

t.test('CORS: an allowed origin gets its headers on every answer, 401 and 403 included; another origin none', async (t) => {
  const allowed = 'https://duban.example.gov.cn'
  const cors = await buildApp({ database, edges: { corsOrigins: [allowed], rateLimitPerMinute: 1200 } })
  const preflight = cors.inject.bind(cors) // OPTIONS is the browser's, not an operation of the document
  checkResponses(cors)
  t.teardown(() => cors.close())
  await seedCity(app)
  const reader = await createKey(database, { role: 'reader', cityCode: '341700' })
  const call = (authorization: string, origin = allowed, method: 'GET' | 'POST' = 'GET') => cors.inject({
    method, url: method === 'GET' ? '/v1/cities/341700' : '/v1/cities',
    headers: { origin, ...(authorization ? { authorization } : {}) }, ...(method === 'POST' ? { payload: { code: '340400', name: '淮南市', province: '安徽省' } } : {}),
  })
  const answers = {
    ok: await call(`Bearer ${keys.admin}`),
    unauthorized: await call(''),
    forbidden: await call(`Bearer ${reader}`, allowed, 'POST'),
  }
  t.same(Object.values(answers).map((answer) => answer.statusCode), [200, 401, 403])
  for (const [name, answer] of Object.entries(answers)) {
    t.equal(answer.headers['access-control-allow-origin'], allowed, name)
    t.match(answer.headers['access-control-expose-headers'], /x-request-id/, name)
  }
  const other = await call(`Bearer ${keys.admin}`, 'https://elsewhere.example.com')
  t.equal(other.statusCode, 200)
  t.equal(other.headers['access-control-allow-origin'], undefined, 'an origin off the list gets no CORS headers')
  const asked = await preflight({ method: 'OPTIONS', url: '/v1/cities/341700/periods/1/entries/2',
    headers: { origin: allowed, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization, if-match' } })
  t.equal(asked.statusCode, 204, 'a preflight needs no key')
  t.equal(asked.headers['access-control-allow-origin'], allowed)
  t.match(asked.headers['access-control-allow-headers'], /if-match/)
})

t.test('/metrics wants the token when METRICS_TOKEN is set', async (t) => {
  const token = 'metrics-token-0123456789'
  const guarded = await buildApp({ database, auth: { anonymousReads: false, metricsToken: token } })
  checkResponses(guarded)
  t.teardown(() => guarded.close())
  assertProblem(t, await guarded.inject({ url: '/metrics' }), 401, 'unauthorized')
  assertProblem(t, await guarded.inject({ url: '/metrics', headers: { authorization: 'Bearer not-the-token-000000' } }), 401, 'unauthorized')
  const scraped = await guarded.inject({ url: '/metrics', headers: { authorization: `Bearer ${token}` } })
  t.equal(scraped.statusCode, 200)
  t.match(scraped.body, /^# TYPE http_requests_total counter$/m)
  t.equal((await guarded.inject({ url: '/healthz' })).statusCode, 200, 'the token guards /metrics only')
})

t.test('/metrics exposes request counts by route template, latency, pool and process figures', async (t) => {
  const before = (await app.inject({ url: '/metrics' })).body
  await seedCity(app)
  await app.inject({ url: '/v1/cities/341700' })
  await app.inject({ url: '/v1/cities/341700' })
  await app.inject({ url: '/v1/cities/340400' })
  await offContract({ url: '/no/such/path' })
  const response = await app.inject({ url: '/metrics' })
  t.equal(response.statusCode, 200)
  t.match(response.headers['content-type'], /^text\/plain/)
  const text = response.body
  t.match(text, /^# TYPE http_requests_total counter$/m)
  const counted = (method: string, route: string, status: number) => requestCount(text, method, route, status) - requestCount(before, method, route, status)
  t.equal(counted('GET', '/v1/cities/:cityCode', 200), 2, 'two reads of a city, under the route template')
  t.equal(counted('GET', '/v1/cities/:cityCode', 404), 1, 'the unknown city, by status')
  t.equal(counted('POST', '/v1/cities', 201), 1)
  t.notMatch(text, /route="\/v1\/cities\/341700"/, 'no series per city code')
  t.notMatch(text, /no\/such\/path/, 'unmatched paths do not make series of their own')
  t.match(text, /^http_request_duration_seconds_bucket\{.*route="\/v1\/cities\/:cityCode".*\} \d+$/m)
  t.match(text, /^http_request_duration_seconds_count\{/m)
  t.match(text, /^db_pool_connections \d+$/m)
  t.match(text, /^db_pool_idle_connections \d+$/m)
  t.match(text, /^db_pool_waiting_requests \d+$/m)
  t.match(text, /^process_cpu_seconds_total(\{[^}]*\})? [\d.e+-]+$/m)
  t.notMatch(text, /^"/, 'the exposition is plain text, not a JSON string')
})

t.test('x-request-id is echoed when sent, generated when absent', async (t) => {
  const echoed = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'trace-42.a:b' } })
  t.equal(echoed.headers['x-request-id'], 'trace-42.a:b')
  const generated = await app.inject({ url: '/healthz' })
  t.match(generated.headers['x-request-id'], /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
  const another = await app.inject({ url: '/healthz' })
  t.not(another.headers['x-request-id'], generated.headers['x-request-id'], 'a new id per request')
  const unsafe = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'a b<script>' } })
  t.match(unsafe.headers['x-request-id'], /^[0-9a-f-]{36}$/, 'an id that is not a plain token is replaced')
  const problem = await app.inject({ url: '/v1/cities/340400', headers: { 'x-request-id': 'trace-43' } })
  t.equal(problem.headers['x-request-id'], 'trace-43')
  t.equal(problem.json().requestId, 'trace-43', 'problems carry the request id')
})

t.test('/openapi.json is OpenAPI 3.1.0; every operation has tags, a summary and a unique operationId', async (t) => {
  const response = await app.inject({ url: '/openapi.json' })
  t.equal(response.statusCode, 200)
  const document = response.json()
  t.equal(document.openapi, '3.1.0')
  const operations: { path: string, method: string, tags?: string[], summary?: string, operationId?: string }[] = []
  for (const [path, item] of Object.entries(document.paths as Record<string, Record<string, object>>)) {
    for (const [method, operation] of Object.entries(item)) operations.push({ path, method, ...operation })
  }
  const routes = operations.map((o) => `${o.method.toUpperCase()} ${o.path}`)
  for (const expected of [
    'GET /v1/cities/{cityCode}/lead-units', 'PATCH /v1/cities/{cityCode}/periods/{periodId}', 'POST /v1/cities/{cityCode}/periods/{periodId}/close',
    'PUT /v1/cities/{cityCode}/tasks/{taskId}/progress/{periodId}', 'GET /v1/cities/{cityCode}/periods/{periodId}/progress', 'GET /readyz',
  ]) t.ok(routes.includes(expected), `documents ${expected}`)
  const declaredTags = new Set((document.tags as { name: string }[]).map((tag) => tag.name))
  for (const operation of operations) {
    const name = `${operation.method.toUpperCase()} ${operation.path}`
    t.ok(operation.tags?.length && operation.tags.every((tag) => declaredTags.has(tag)), `${name} has declared tags`)
    t.ok(operation.summary, `${name} has a summary`)
    t.ok(operation.operationId, `${name} has an operationId`)
  }
  const ids = operations.map((o) => o.operationId)
  t.equal(new Set(ids).size, ids.length, 'operationIds are unique')
  t.notOk(routes.some((route) => route.includes('/docs') || route.includes('/openapi.json')), 'the docs routes are not operations')
})

t.test('/docs serves the API explorer', async (t) => {
  let response = await app.inject({ url: '/docs' })
  for (let hops = 0; response.statusCode >= 300 && response.statusCode < 400 && hops < 3; hops++) {
    const location = response.headers.location as string
    t.ok(location, 'a redirect says where to')
    response = await app.inject({ url: new URL(location, 'http://localhost/docs/').pathname })
  }
  t.equal(response.statusCode, 200)
  t.match(response.headers['content-type'], /^text\/html/)
  t.match(response.body, /swagger/i)
})

t.test('an unknown path is a 404 problem', async (t) => {
  const response = await offContract({ url: '/v2/nothing?x=1' })
  const problem = assertProblem(t, response, 404, 'not_found')
  t.match(problem, { instance: '/v2/nothing', detail: 'no operation at GET /v2/nothing' })
  const wrongMethod = await offContract({ method: 'DELETE', url: '/healthz' })
  assertProblem(t, wrongMethod, 404, 'not_found')
})

t.test('a body that is not JSON is a problem, not a 500', async (t) => {
  await seedCity(app)
  const broken = await app.inject({
    method: 'POST', url: '/v1/cities/341700/lead-units', headers: { 'content-type': 'application/json' }, payload: '{"name":',
  })
  assertProblem(t, broken, 400, 'invalid_json')
  const xml = await app.inject({
    method: 'POST', url: '/v1/cities/341700/lead-units', headers: { 'content-type': 'application/xml' }, payload: '<name>市财政局</name>',
  })
  assertProblem(t, xml, 415, 'unsupported_media_type')
  t.same((await app.inject({ url: '/v1/cities/341700/lead-units' })).json().items, [], 'nothing was created')
})
