import { request as httpRequest } from 'node:http'
import { connect } from 'node:net'
import type { AddressInfo } from 'node:net'
import { Writable } from 'node:stream'
import { type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, sql } from 'kysely'
import t from 'tap'
import { buildApp } from '../src/app.js'
import { toProblem } from '../src/plugins/errors.js'
import { City, CityList } from '../src/features/cities/cities.schemas.js'
import type { OpenApiDocument } from './contract.js'
import { responseChecker } from './contract.js'
import { assertProblem, LEAK } from './factories.js'
import { appWithoutDatabase, bodyOf, checkResponses, createKey, onPostgres, seedCity, setup } from './helper.js'

const { app, database, keys, offContract } = await setup(t)

const json = { 'content-type': 'application/json' }
/** Nothing a caller sees names where the database is, or what the driver said. */
const ADDRESS = /ECONNREFUSED|127\.0\.0\.1|5432|:1\b|connect |terminat|timeout exceeded|pg_|postgres/i

t.test('a hostile megabyte of bad array items gets a small 400, fast', async (t) => {
  await seedCity(app)
  const item = '1,'
  const head = '{"year":2025,"seq":1,"title":"x","leadUnits":['
  const count = Math.floor((1024 * 1024 - head.length - 10) / item.length)
  const payload = `${head}${item.repeat(count - 1)}1]}`
  t.ok(count > 499_000, `${count} items`)
  await app.inject({ url: '/healthz' }) // compiles the contract checker, which is not what is timed
  const started = performance.now()
  const response = await app.inject({ method: 'POST', url: '/v1/cities/341700/tasks', headers: json, payload })
  const took = performance.now() - started
  assertProblem(t, response, 400, 'too_many_values')
  t.ok(response.body.length <= 16 * 1024, `${response.body.length} bytes`)
  t.ok(took < 1000, `answered in ${Math.round(took)} ms`)
})

t.test('a body is refused for its count of values before it is parsed; text in strings does not count', async (t) => {
  await seedCity(app)
  const objects = `{"year":2025,"seq":1,"title":"x","leadUnits":[${'{},'.repeat(299_999)}{}]}`
  assertProblem(t, await app.inject({ method: 'POST', url: '/v1/cities/341700/tasks', headers: json, payload: objects }), 400, 'too_many_values')
  const under = `{"year":2025,"seq":1,"title":"x","leadUnits":[${'{},'.repeat(40)}{}]}`
  const validated = assertProblem(t, await app.inject({ method: 'POST', url: '/v1/cities/341700/tasks', headers: json, payload: under }), 400, 'validation_failed')
  t.ok((validated.errors ?? []).length <= 20, 'a body under the count is validated as usual')
  // Commas, braces and escaped quotes inside a string are text, not values.
  const text = JSON.stringify({ code: '341800', name: `池州${',{["\\'.repeat(5000)}`, province: '安徽省' })
  const named = await app.inject({ method: 'POST', url: '/v1/cities', headers: json, payload: text })
  assertProblem(t, named, 400, 'validation_failed')
  t.match(named.json().errors, [{ field: 'body/name' }], 'refused for the name\'s length, not for its commas')
})

t.test('a small body with many bad fields lists at most 20, each bounded', async (t) => {
  await seedCity(app)
  const body: Record<string, unknown> = { year: 2025, seq: 1, title: 'x', leadUnits: [{ leadUnitId: 1, role: 'lead' }] }
  for (let i = 0; i < 200; i++) body[`${'长'.repeat(1000)}${i}\u0001`] = i
  const response = await app.inject({ method: 'POST', url: '/v1/cities/341700/tasks', payload: body })
  const problem = assertProblem(t, response, 400, 'validation_failed')
  t.equal(problem.errors?.length, 20, 'capped at 20')
  t.ok(response.body.length <= 16 * 1024 && Buffer.byteLength(response.body) <= 16 * 1024, `${Buffer.byteLength(response.body)} bytes`)
  t.ok(problem.errors!.every((e) => e.field.length < 300), 'field names are cut')
  // Every bad field of an ordinary body is still listed at once.
  const few = await app.inject({ method: 'POST', url: '/v1/cities/341700/tasks', payload: { year: 1, seq: 0, title: '', leadUnits: [] } })
  t.same(assertProblem(t, few, 400, 'validation_failed').errors!.map((e) => e.field).sort(),
    ['body/leadUnits', 'body/seq', 'body/title', 'body/year'])
})

t.test('the router\'s own errors are problem+json', async (t) => {
  assertProblem(t, await app.inject({ url: '/v1/cities/%E0%A4%A' }), 400, 'bad_url')
  assertProblem(t, await app.inject({ url: `/v1/cities/${'1'.repeat(101)}` }), 414, 'uri_too_long')
  const large = await app.inject({ method: 'POST', url: '/v1/cities', headers: json, payload: `{"code":"${'1'.repeat(2 * 1024 * 1024)}"}` })
  assertProblem(t, large, 413, 'payload_too_large')
  // The path is echoed in instance and detail, cut short.
  const unknown = await offContract({ url: `/nope/${'a'.repeat(8000)}` })
  assertProblem(t, unknown, 404, 'not_found')
  t.ok(unknown.body.length < 4096, `${unknown.body.length} bytes`)
})

/** Sends raw bytes to the listening app and returns all it answers before closing. */
function raw(port: number, bytes: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', reject)
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')))
    socket.write(bytes)
  })
}

function parseRaw(text: string) {
  const [head, body] = text.split('\r\n\r\n', 2) as [string, string]
  const [status, ...lines] = head.split('\r\n')
  const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]))
  return { status: Number(status!.split(' ')[1]), headers, body: JSON.parse(body) as { status: number, code: string } }
}

t.test('errors Node\'s HTTP parser meets are problem+json, and close the connection', async (t) => {
  const served = await buildApp({ database })
  t.teardown(() => served.close())
  await served.listen({ port: 0, host: '127.0.0.1' })
  const { port } = served.server.address() as AddressInfo
  t.equal(served.server.requestTimeout, 30_000, 'a request must arrive within 30 s')

  const tooLarge = parseRaw(await raw(port, `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`))
  t.equal(tooLarge.status, 431)
  t.match(tooLarge.headers, { 'content-type': 'application/problem+json', connection: 'close' })
  t.match(tooLarge.body, { status: 431, code: 'headers_too_large', type: 'urn:duban:problem:headers_too_large' })

  const garbage = parseRaw(await raw(port, 'GET /healthz HTTP/1.1\r\nHost: x\r\nNo header here\r\n\r\n'))
  t.equal(garbage.status, 400)
  t.match(garbage.headers, { 'content-type': 'application/problem+json', connection: 'close' })
  t.match(garbage.body, { status: 400, code: 'bad_request' })

  // A request that does not arrive in time: Node reports it as this clientError (after up to 30 s).
  const answered = new Promise<string>((resolve) => {
    served.server.once('connection', (socket) => {
      setImmediate(() => served.server.emit('clientError', Object.assign(new Error('Request timeout'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' }), socket))
    })
    const client = connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    client.on('data', (chunk) => chunks.push(chunk))
    client.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')))
    client.on('error', () => {})
    client.write('POST /v1/cities HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{')
  })
  const timeout = parseRaw(await answered)
  t.equal(timeout.status, 408)
  t.match(timeout.headers, { 'content-type': 'application/problem+json', connection: 'close' })
  t.match(timeout.body, { status: 408, code: 'request_timeout' })
})

function get(port: number, path: string, authorization?: string) {
  return new Promise<{ statusCode: number, headers: Record<string, string | string[] | undefined>, body: string }>((resolve, reject) => {
    const req = httpRequest({ port, host: '127.0.0.1', path, agent: false, headers: authorization ? { authorization } : {} }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => { body += chunk })
      res.on('end', () => resolve({ statusCode: res.statusCode!, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

t.test('a request arriving while the server closes gets 503 shutting_down', async (t) => {
  const closing = await buildApp({ database })
  const key = `Bearer ${await createKey(database, { role: 'admin' })}`
  const seen: Awaited<ReturnType<typeof get>>[] = []
  let port = 0
  // Runs while the app is closing but the server still accepts connections.
  closing.addHook('preClose', async () => {
    seen.push(await get(port, '/healthz'), await get(port, '/v1/cities', key))
  })
  await closing.listen({ port: 0, host: '127.0.0.1' })
  port = (closing.server.address() as AddressInfo).port
  const check = responseChecker(closing.swagger() as unknown as OpenApiDocument)
  await closing.close()
  t.equal(seen.length, 2)
  for (const [i, response] of seen.entries()) {
    t.equal(response.statusCode, 503)
    t.match(response.headers['content-type'], /^application\/problem\+json/)
    t.equal(response.headers['retry-after'], '2')
    t.equal(response.headers.connection, 'close')
    t.match(JSON.parse(response.body), { status: 503, code: 'shutting_down' })
    t.same(check({ method: 'GET', url: ['/healthz', '/v1/cities'][i]!, ...response }), [], 'as documented')
  }
})

t.test('JSON that is not UTF-8, or holds a lone surrogate, is a 400', async (t) => {
  const city = (name: string) => `{"code":"341700","name":"${name}","province":"安徽省"}`
  const badBytes = Buffer.concat([Buffer.from('{"code":"341700","name":"池'), Buffer.from([0xff, 0xfe]), Buffer.from('","province":"安徽省"}')])
  const invalid = await app.inject({ method: 'POST', url: '/v1/cities', headers: json, payload: badBytes })
  assertProblem(t, invalid, 400, 'invalid_json')
  // An encoded surrogate (CESU-8) is not UTF-8 either.
  const encodedSurrogate = Buffer.concat([Buffer.from('{"code":"341700","name":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('","province":"安徽省"}')])
  assertProblem(t, await app.inject({ method: 'POST', url: '/v1/cities', headers: json, payload: encodedSurrogate }), 400, 'invalid_json')
  const lone = await app.inject({ method: 'POST', url: '/v1/cities', headers: json, payload: city('池\\ud800州') })
  assertProblem(t, lone, 400, 'invalid_text')
  const loneLow = await app.inject({ method: 'POST', url: '/v1/cities', headers: json, payload: city('池州\\uDC00') })
  assertProblem(t, loneLow, 400, 'invalid_text')
  const loneKey = await app.inject({ method: 'POST', url: '/v1/cities', headers: json, payload: '{"\\ud83d":1}' })
  assertProblem(t, loneKey, 400, 'invalid_text')
  const poisoned = await app.inject({ method: 'POST', url: '/v1/cities', headers: json, payload: '{"__proto__":{"admin":true},"code":"341700"}' })
  assertProblem(t, poisoned, 400, 'invalid_json')
  assertProblem(t, await app.inject({ method: 'POST', url: '/v1/cities', headers: json, payload: '' }), 400, 'invalid_json')
  const pair = await app.inject({
    method: 'POST', url: '/v1/cities', headers: { 'content-type': 'application/json; charset=utf-8' }, payload: city('池州\\ud83d\\ude00'),
  })
  t.equal(pair.statusCode, 201, 'a surrogate pair is a character; a charset parameter is accepted')
  t.equal(bodyOf(pair, City).name, '池州😀')
  const list = await app.inject({ url: '/v1/cities' })
  t.same(bodyOf(list, CityList).items.map((c) => c.name), ['池州😀'], 'nothing else was stored')
})

t.test('an unreachable database is 503 database_unavailable, with Retry-After, and names nothing', async (t) => {
  const offline = await appWithoutDatabase(t)
  // A key of the right shape: looking it up needs the database.
  const authorization = `Bearer ${keys.admin}`
  for (const request of [
    { url: '/v1/cities', headers: { authorization } },
    { method: 'POST' as const, url: '/v1/cities', headers: { authorization, 'idempotency-key': 'k1' }, payload: { code: '341700', name: '池州市', province: '安徽省' } },
  ]) {
    const response = await offline.inject(request)
    assertProblem(t, response, 503, 'database_unavailable')
    t.equal(response.headers['retry-after'], '2')
    t.notMatch(response.body, ADDRESS, 'the connection error stays in the log')
  }
})

/** Makes every statement on the idempotency table fail as `error` does. */
function failing(table: string, error: () => Error): KyselyPlugin {
  return {
    transformQuery(args: PluginTransformQueryArgs) {
      if (JSON.stringify(args.node).includes(`"${table}"`)) throw error()
      return args.node
    },
    transformResult: async (args: PluginTransformResultArgs) => args.result,
  }
}

t.test('a database fault in a preHandler hook (Idempotency-Key) is a problem, logged at warn', async (t) => {
  const lines: { level: number, msg: string, err?: { message: string } }[] = []
  const stream = new Writable({ write(chunk, _encoding, done) { lines.push(JSON.parse(String(chunk))); done() } })
  const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', errno: -111, syscall: 'connect', address: '127.0.0.1', port: 5432 })
  const faulty = await buildApp({
    database: { ...database, db: database.db.withPlugin(failing('idempotency_keys', refused)) },
    logger: { level: 'warn', stream },
  })
  checkResponses(faulty)
  t.teardown(() => faulty.close())
  const response = await faulty.inject({
    method: 'POST', url: '/v1/cities', payload: { code: '341700', name: '池州市', province: '安徽省' },
    headers: { authorization: `Bearer ${keys.admin}`, 'idempotency-key': 'k1' },
  })
  assertProblem(t, response, 503, 'database_unavailable')
  t.equal(response.headers['retry-after'], '2')
  t.notMatch(response.body, ADDRESS)
  const logged = lines.find((line) => line.err?.message.includes('ECONNREFUSED'))
  t.equal(logged?.level, 40, 'logged at warn with the original error')
  t.notOk(lines.some((line) => line.level >= 50), 'not at error')

  // The same fault again and again is one episode: said once as it begins and once as it ends, with the count.
  for (let i = 0; i < 20; i++) {
    const again = await faulty.inject({ method: 'POST', url: '/v1/cities', payload: { code: '341700', name: '池州市', province: '安徽省' },
      headers: { authorization: `Bearer ${keys.admin}`, 'idempotency-key': `k${i + 2}` } })
    t.equal(again.statusCode, 503)
  }
  t.equal(lines.filter((line) => line.level >= 40).length, 1, 'twenty-one failed requests, one line')
  const served = await faulty.inject({ url: '/v1/cities', headers: { authorization: `Bearer ${keys.admin}` } })
  t.equal(served.statusCode, 200)
  t.match(lines.at(-1), { level: 40, msg: 'database fault over: 21 requests failed in' }, 'and one as it ends')
  t.match(lines.at(-1), { failedRequests: 21, codes: ['database_unavailable'] })
})

t.test('toProblem maps each database fault class', async (t) => {
  const expect = (error: unknown, status: number, code: string, retryAfter: string, what: string) => {
    const problem = toProblem(error)
    t.match(problem, { status, code }, what)
    t.equal(problem?.headers?.['retry-after'], retryAfter, `${what}: Retry-After ${retryAfter}`)
    t.notMatch(problem?.detail ?? '', ADDRESS, `${what}: names nothing`)
    t.notMatch(problem?.detail ?? '', LEAK)
  }
  const system = (code: string) => Object.assign(new Error(`connect ${code} 10.0.0.5:5432`), { code, syscall: 'connect', address: '10.0.0.5', port: 5432 })
  for (const code of ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EPIPE', 'EAI_AGAIN']) {
    expect(system(code), 503, 'database_unavailable', '2', code)
  }
  for (const message of ['Connection terminated unexpectedly', 'Connection terminated', 'Connection terminated due to connection timeout',
    'Client has encountered a connection error and is not queryable', 'Client was closed and is not queryable', 'Query read timeout']) {
    expect(new Error(message), 503, 'database_unavailable', '2', message)
  }
  const sqlState = (code: string, message = 'terminating connection due to administrator command') =>
    Object.assign(new Error(message), { code, severity: 'FATAL' })
  for (const code of ['08000', '08003', '08006', '08001', '08004', '57P01', '57P02', '57P03', '53300', '25P03']) {
    expect(sqlState(code), 503, 'database_unavailable', '2', `SQLSTATE ${code}`)
  }
  expect(new Error('boom', { cause: system('ECONNREFUSED') }), 503, 'database_unavailable', '2', 'a cause')
  expect(Object.assign(new AggregateError([system('ECONNREFUSED'), system('ECONNREFUSED')], ''), {}), 503, 'database_unavailable', '2', 'an AggregateError')
  expect(new Error('Connection terminated due to connection timeout', { cause: new Error('Connection terminated unexpectedly') }),
    503, 'database_unavailable', '2', 'pool connect timeout')
  expect(new Error('timeout exceeded when trying to connect'), 503, 'database_busy', '1', 'pool wait')
  expect(sqlState('57014', 'canceling statement due to statement timeout'), 503, 'database_timeout', '1', 'statement_timeout')
  expect(sqlState('25006', 'cannot execute UPDATE in a read-only transaction'), 503, 'database_read_only', '2', 'a standby, or a primary stepping down')
  expect(sqlState('55P03', 'canceling statement due to lock timeout'), 409, 'row_locked', '1', 'lock_timeout')
  t.equal(toProblem(sqlState('55P03'))?.detail, 'the row is being changed by another request; retry')
  t.equal(toProblem(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })), undefined, 'a client that hung up is not the database')
  t.equal(toProblem(new Error('something else')), undefined)
})

t.test('a unique violation names its problem, also as a Citus coordinator relays it (message only, the shard\'s constraint)', async (t) => {
  const violation = (message: string, constraint?: string) => Object.assign(new Error(message), { code: '23505', ...(constraint ? { constraint } : {}) })
  t.match(toProblem(violation('duplicate key value violates unique constraint "cities_pkey"', 'cities_pkey')), { status: 409, code: 'city_exists' })
  t.match(toProblem(violation('duplicate key value violates unique constraint "cities_pkey_102008"')), { status: 409, code: 'city_exists' })
  t.match(toProblem(violation('duplicate key value violates unique constraint "lead_units_name_key_102041"')), { status: 409, code: 'lead_unit_name_taken' })
  t.match(toProblem(violation('duplicate key value violates unique constraint "some_other_key_7"')), { status: 409, code: 'conflict' })
  t.match(toProblem(violation('duplicate key value violates unique constraint "constructor"')), { status: 409, code: 'conflict' })
  t.match(toProblem(violation('重复键违反唯一约束"cities_pkey_102008"')), { status: 409, code: 'city_exists' }, 'a server writing Chinese messages')
  t.match(toProblem(violation('duplicate key value violates unique constraint "cities_pkey_1"', 'cities_pkey_1')), { status: 409, code: 'conflict' },
    'a name PostgreSQL gives is taken as it is')
})

t.test('a row another session holds is 409 row_locked with Retry-After, as documented', { skip: !onPostgres && 'PostgreSQL only' }, async (t) => {
  await seedCity(app)
  const current = await app.inject({ url: '/v1/cities/341700' })
  let release!: () => void
  const released = new Promise<void>((resolve) => { release = resolve })
  let locked!: () => void
  const lockedNow = new Promise<void>((resolve) => { locked = resolve })
  const holder = database.db.transaction().execute(async (trx) => {
    await sql`select * from cities where code = '341700' for update`.execute(trx)
    locked()
    await released
  })
  await lockedNow
  const response = await app.inject({
    method: 'PATCH', url: '/v1/cities/341700', headers: { 'if-match': String(current.headers.etag) }, payload: { name: '池州' },
  })
  release()
  await holder
  const problem = assertProblem(t, response, 409, 'row_locked')
  t.equal(problem.detail, 'the row is being changed by another request; retry')
  t.equal(response.headers['retry-after'], '1')
})
