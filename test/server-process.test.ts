/**
 * The configuration as the running process sees it: every variable in the README's table is
 * set on a real server process and its effect observed over HTTP, in its log or in its exit.
 * Also: one process per embedded data folder, the first admin key, and SIGTERM's deadline. The worker's
 * and the webhooks' settings are set the same way in supervision-process.test.ts.
 */
import t from 'tap'
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { connect, createServer, type Server, type Socket } from 'node:net'
import path from 'node:path'
import pg from 'pg'
import { databaseOptionsFrom, loadConfig } from '../src/config.js'
import { openDatabase } from '../src/db/connect.js'
import { openScratchDatabase } from '../src/db/scratch.js'
import { cleanEnv, freePort, root, runCli, serverDatabase, sleep, startServer, within } from './serverProcess.js'

const embedded = !process.env.DATABASE_URL
const METRICS_TOKEN = 'metrics-token-0123456789'

// Slow machines: the embedded database's first start (initdb) can take a while.
t.setTimeout(600_000)
// One database for the whole file, initialised by the first server; the others start on it as it was left.
const database = await serverDatabase()
t.teardown(database.drop)

const get = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, { headers, signal: AbortSignal.timeout(10_000) })

t.test('METRICS_TOKEN, RATE_LIMIT_PER_MINUTE, CORS_ORIGINS, LOG_LEVEL=info, PORT, HOST, DATA_DIR, the first key, the folder lock, SHUTDOWN_TIMEOUT_MS', async (t) => {
  const port = await freePort()
  const server = await startServer({
    ...database.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info',
    METRICS_TOKEN, RATE_LIMIT_PER_MINUTE: '3', CORS_ORIGINS: 'https://a.example, https://c.example', SHUTDOWN_TIMEOUT_MS: '1500',
  })
  t.teardown(() => server.kill())

  t.ok(server.stdout.some((line) => line.includes(`Server listening at http://127.0.0.1:${port}`)), 'it listens on PORT at HOST')

  // The first admin key: written to its file, readable by its owner only; the log says where, never what.
  const keyFile = path.join(database.dir, 'admin-key')
  t.ok(existsSync(keyFile), `the first admin key is in ${embedded ? 'DATA_DIR/admin-key' : 'FIRST_ADMIN_KEY_FILE'}`)
  t.equal(statSync(keyFile).mode & 0o777, 0o600, 'mode 0600')
  const key = readFileSync(keyFile, 'utf8').trim()
  t.match(key, /\S{20,}/)
  t.ok(server.stdout.some((line) => line.includes('first admin key') && line.includes(keyFile)), 'the log names the file')
  t.notOk(server.stdout.some((line) => line.includes(key)), 'the log never holds the key')
  if (embedded) {
    t.ok(existsSync(path.join(database.dir, 'PG_VERSION')), 'the embedded database is in DATA_DIR')
    t.match(JSON.parse(readFileSync(path.join(database.dir, 'duban.lock'), 'utf8')), { pid: server.pid }, 'DATA_DIR is locked by the server')
  }

  // METRICS_TOKEN
  t.equal((await get(`${server.url}/metrics`)).status, 401, '/metrics without the token: 401')
  t.equal((await get(`${server.url}/metrics`, { authorization: 'Bearer not-the-token-at-all' })).status, 401, 'with another: 401')
  t.equal((await get(`${server.url}/metrics`, { authorization: `Bearer ${METRICS_TOKEN}` })).status, 200, 'with METRICS_TOKEN: 200')

  // CORS_ORIGINS (on /healthz, which the rate limit leaves alone)
  const allowed = await get(`${server.url}/healthz`, { origin: 'https://a.example' })
  t.equal(allowed.headers.get('access-control-allow-origin'), 'https://a.example', 'a listed origin is echoed')
  const second = await get(`${server.url}/healthz`, { origin: 'https://c.example' })
  t.equal(second.headers.get('access-control-allow-origin'), 'https://c.example', 'so is the second in the list')
  const other = await get(`${server.url}/healthz`, { origin: 'https://b.example' })
  t.equal(other.headers.get('access-control-allow-origin'), null, 'another origin gets none')

  // RATE_LIMIT_PER_MINUTE=3, with the first admin key
  const statuses = []
  for (let i = 0; i < 4; i++) statuses.push((await get(`${server.url}/v1/cities`, { authorization: `Bearer ${key}` })).status)
  t.same(statuses, [200, 200, 200, 429], 'the fourth request in the minute is refused')

  // LOG_LEVEL=info: one JSON line per request on stdout
  const logged = () => server.stdout.filter((line) => line.includes('"url":"/v1/cities"'))
  for (let i = 0; i < 20 && logged().length < 4; i++) await sleep(100)
  t.equal(logged().length, 4, 'each request is logged')
  t.match(logged().join('\n'), /"statusCode":429/, 'the refused one too')

  if (embedded) {
    // One process per folder: the tools stop at once, naming the holder, and change nothing.
    for (const [tool, args] of [['migrate', []], ['key-create', ['--role', 'admin']]] as const) {
      const run = await runCli(tool, [...args], { DATA_DIR: database.dir })
      t.equal(run.code, 1, `${tool} on the server's folder exits 1`)
      const lines = run.stderr.trim().split('\n')
      t.equal(lines.length, 1, `${tool} says why in one line`)
      t.match(lines[0], new RegExp(`^duban: the embedded database in .+ is in use by process ${server.pid} \\(.+, since .+\\); stop it or set DATABASE_URL$`))
      t.equal(run.stdout, '', `${tool} printed no key or result`)
    }
    const ready = await get(`${server.url}/readyz`)
    t.equal(ready.status, 200, 'the server still answers, its database intact')
    t.match(JSON.parse(readFileSync(path.join(database.dir, 'duban.lock'), 'utf8')), { pid: server.pid }, 'and still holds the lock')
  }

  // SHUTDOWN_TIMEOUT_MS: a request that never finishes (its body trickles) cannot hold the exit.
  const socket = await new Promise<Socket>((resolve) => {
    const s = connect(port, '127.0.0.1', () => resolve(s))
  })
  t.teardown(() => socket.destroy())
  socket.on('error', () => {})
  socket.write(`POST /v1/cities HTTP/1.1\r\nhost: 127.0.0.1\r\nauthorization: Bearer ${key}\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"code":`)
  await sleep(300)
  const signalled = performance.now()
  const code = await server.stop('SIGTERM', 10_000)
  const took = performance.now() - signalled
  t.equal(code, 1, 'exit 1 when the shutdown did not finish in time')
  t.ok(took >= 1300 && took < 4000, `exited at the deadline (${Math.round(took)} ms, SHUTDOWN_TIMEOUT_MS=1500)`)
  t.ok(server.stdout.some((line) => line.includes('SHUTDOWN_TIMEOUT_MS')), 'and said so in its log')

  if (embedded) {
    t.notOk(existsSync(path.join(database.dir, 'duban.lock')), 'the lock is released at exit')
    const run = await runCli('key-create', ['--role', 'reader'], { DATA_DIR: database.dir })
    t.equal(run.code, 0, `the folder opens once the server is gone: ${run.stderr}`)
  }
})

t.test('ALLOW_ANONYMOUS_READS, LOG_LEVEL=silent, and the defaults of the others; SIGTERM exits 0; a stale lock does not block', async (t) => {
  if (embedded) {
    // A lock left by a process that is gone (killed, the machine restarted) is taken over.
    const gone = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' })
    await new Promise((resolve) => gone.once('exit', resolve))
    writeFileSync(path.join(database.dir, 'duban.lock'), JSON.stringify({ pid: gone.pid, command: 'npm start', startedAt: new Date().toISOString() }))
  }
  const server = await startServer({ ...database.env, ALLOW_ANONYMOUS_READS: 'true', LOG_LEVEL: 'silent' })
  t.teardown(() => server.kill())
  t.equal((await get(`${server.url}/v1/cities`)).status, 200, 'GET /v1/cities without a key: 200')
  const write = await fetch(`${server.url}/v1/cities`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
  t.equal(write.status, 401, 'a write still wants a key')
  t.equal((await get(`${server.url}/metrics`)).status, 200, 'without METRICS_TOKEN /metrics is open')
  t.equal((await get(`${server.url}/healthz`, { origin: 'https://a.example' })).headers.get('access-control-allow-origin'), null,
    'without CORS_ORIGINS no origin is allowed')
  t.equal(await server.stop('SIGTERM', 15_000), 0, 'SIGTERM: exit 0')
  t.same(server.stdout, [], 'LOG_LEVEL=silent: nothing on stdout')
  if (embedded) t.notOk(existsSync(path.join(database.dir, 'duban.lock')), 'the stale lock was taken over, then released')
})

t.test('SUMMARY_CACHE_SIZE: 0 computes every summary read; the default serves the second from memory', async (t) => {
  const reads = async (env: Record<string, string>) => {
    const server = await startServer({ ...database.env, LOG_LEVEL: 'warn', ...env })
    t.teardown(() => server.kill())
    // The first server on the database wrote the first admin key (this test's, run alone).
    const admin = { authorization: `Bearer ${readFileSync(path.join(database.dir, 'admin-key'), 'utf8').trim()}`, 'content-type': 'application/json' }
    const city = `34${String(Object.keys(env).length)}${String(Date.now() % 1000).padStart(3, '0')}`
    const post = (route: string, body: unknown) => fetch(`${server.url}${route}`, { method: 'POST', headers: admin, body: JSON.stringify(body) })
    t.equal((await post('/v1/cities', { code: city, name: `测试${city}市`, province: '安徽省' })).status, 201, 'a city')
    const period = await post(`/v1/cities/${city}/periods`, { year: 2025, label: '1-5月份', kind: 'month_cumulative', startsOn: '2025-01-01', endsOn: '2025-05-31' })
    t.equal(period.status, 201, 'a period')
    const summary = `${server.url}/v1/cities/${city}/periods/${((await period.json()) as { id: number }).id}/summary`
    for (let i = 0; i < 2; i++) t.equal((await get(summary, admin)).status, 200, 'a summary read')
    const metrics = await (await get(`${server.url}/metrics`)).text()
    await server.stop('SIGTERM', 15_000)
    const count = (source: string) => Number(new RegExp(`^summary_reads_total\\{source="${source}"\\} (\\d+)`, 'm').exec(metrics)?.[1] ?? 0)
    return { computed: count('computed'), cache: count('cache') }
  }
  t.same(await reads({ SUMMARY_CACHE_SIZE: '0' }), { computed: 2, cache: 0 }, 'SUMMARY_CACHE_SIZE=0: both reads computed')
  t.same(await reads({}), { computed: 1, cache: 1 }, 'by default the second read is served from memory')
})

t.test('MAX_HEAP_USED_BYTES: past it, requests under /v1 are shed; health is not', async (t) => {
  const server = await startServer({ ...database.env, ALLOW_ANONYMOUS_READS: 'true', LOG_LEVEL: 'warn', MAX_HEAP_USED_BYTES: '1000000' })
  t.teardown(() => server.kill())
  let status = 0
  for (let i = 0; i < 30 && status !== 503; i++) {
    status = (await get(`${server.url}/v1/cities`)).status
    if (status !== 503) await sleep(100)
  }
  t.equal(status, 503, 'a heap over 1 MB sheds /v1')
  t.equal((await get(`${server.url}/healthz`)).status, 200, '/healthz still answers')
})

t.test('DB_CONNECT_TIMEOUT_MS: a database that accepts and never answers fails the start in that time', async (t) => {
  const accepted: number[] = []
  const sockets: Socket[] = []
  const blackhole: Server = createServer((socket) => {
    accepted.push(performance.now())
    sockets.push(socket)
    socket.on('error', () => {})
  })
  await new Promise<void>((resolve) => blackhole.listen(0, '127.0.0.1', resolve))
  t.teardown(() => {
    for (const socket of sockets) socket.destroy()
    blackhole.close()
  })
  const { port } = blackhole.address() as { port: number }
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: root,
    env: cleanEnv({ DATABASE_URL: `postgres://nobody@127.0.0.1:${port}/none`, DB_CONNECT_TIMEOUT_MS: '300', PORT: '0', HOST: '127.0.0.1' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
  t.teardown(() => { child.kill('SIGKILL') })
  const code = await within(30_000, new Promise<number | null>((resolve) => child.once('exit', resolve)), 'server exit')
  const exitedAt = performance.now()
  t.equal(code, 1, 'the start fails')
  t.match(stderr, /duban: failed to start: .*timeout/i)
  t.ok(accepted.length >= 1, 'it tried the database')
  const waited = exitedAt - accepted[0]!
  t.ok(waited < 1500, `it gave up after DB_CONNECT_TIMEOUT_MS=300, not the 2000 default (${Math.round(waited)} ms)`)
})

/** A TCP proxy to the PostgreSQL server that counts connections and can stop forwarding. */
async function freezableProxy(target: URL) {
  let open = 0
  let most = 0
  let frozen = false
  const sockets = new Set<Socket>()
  const proxy = createServer((client) => {
    open++
    most = Math.max(most, open)
    const upstream = connect(Number(target.port || 5432), target.hostname)
    sockets.add(client).add(upstream)
    const forward = (from: Socket, to: Socket) => from.on('data', (chunk) => { if (!frozen) to.write(chunk) })
    forward(client, upstream)
    forward(upstream, client)
    const close = () => {
      if (!sockets.delete(client)) return
      open--
      upstream.destroy()
      client.destroy()
    }
    for (const socket of [client, upstream]) {
      socket.on('error', close)
      socket.on('close', close)
    }
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  return {
    port: (proxy.address() as { port: number }).port,
    most: () => most,
    resetMost: () => { most = open },
    freeze: () => { frozen = true },
    close: () => {
      for (const socket of sockets) socket.destroy()
      proxy.close()
    },
  }
}

t.test('DB_POOL_SIZE, DB_LOCK_TIMEOUT_MS, DB_STATEMENT_TIMEOUT_MS, and SIGTERM with the database frozen', { skip: embedded && 'PostgreSQL only (DATABASE_URL)' }, async (t) => {
  const direct = new URL(database.env.DATABASE_URL!)
  const proxy = await freezableProxy(direct)
  t.teardown(proxy.close)
  const viaProxy = new URL(direct)
  viaProxy.host = `127.0.0.1:${proxy.port}`
  const server = await startServer({
    ...database.env, DATABASE_URL: viaProxy.toString(), LOG_LEVEL: 'warn',
    DB_POOL_SIZE: '2', DB_LOCK_TIMEOUT_MS: '300', DB_STATEMENT_TIMEOUT_MS: '1500', SHUTDOWN_TIMEOUT_MS: '1000',
  })
  t.teardown(() => server.kill())
  const key = readFileSync(database.env.FIRST_ADMIN_KEY_FILE!, 'utf8').trim()
  const auth = { authorization: `Bearer ${key}` }

  // DB_POOL_SIZE=2: twelve requests at once share two connections.
  proxy.resetMost()
  const answers = await Promise.all(Array.from({ length: 12 }, () => get(`${server.url}/v1/cities`, auth)))
  t.same(answers.map((r) => r.status), Array(12).fill(200))
  t.equal(proxy.most(), 2, 'never more than DB_POOL_SIZE connections')

  // DB_LOCK_TIMEOUT_MS=300: a table another session holds is given up on at the lock timeout,
  // well before the statement timeout.
  const holder = new pg.Client({ connectionString: direct.toString() })
  await holder.connect()
  t.teardown(() => holder.end().catch(() => {}))
  await holder.query('begin')
  await holder.query('lock table cities in access exclusive mode')
  const started = performance.now()
  const locked = await get(`${server.url}/v1/cities`, auth)
  const waited = performance.now() - started
  await holder.query('rollback')
  t.ok(locked.status >= 400, `the read fails (${locked.status})`)
  t.ok(waited >= 250 && waited < 1200, `after the lock timeout, not the statement timeout (${Math.round(waited)} ms)`)

  // DB_STATEMENT_TIMEOUT_MS=1500: a database that stops answering holds a request 1.5 s + 1 s at most.
  proxy.freeze()
  const frozenAt = performance.now()
  const ready = await get(`${server.url}/readyz`)
  const held = performance.now() - frozenAt
  t.equal(ready.status, 503, '/readyz: 503 while the database does not answer')
  t.ok(held < 4500, `within the statement timeout + 1 s (${Math.round(held)} ms; the default would be 6 s)`)

  // SIGTERM while a request waits on the frozen database: the process exits at SHUTDOWN_TIMEOUT_MS.
  const pending = get(`${server.url}/v1/cities`, auth).catch(() => undefined)
  await sleep(200)
  const signalled = performance.now()
  const code = await server.stop('SIGTERM', 10_000)
  const took = performance.now() - signalled
  await pending
  t.equal(code, 1, 'exit 1: the shutdown did not finish')
  t.ok(took < 3000, `exited within the deadline (${Math.round(took)} ms, SHUTDOWN_TIMEOUT_MS=1000), code ${code}`)
})

t.test('the pool settings the server and the tools use reach each connection', { skip: embedded && 'PostgreSQL only (DATABASE_URL)' }, async (t) => {
  const scratch = await openScratchDatabase(process.env.DATABASE_URL, 1)
  t.teardown(scratch.drop)
  const config = loadConfig({
    DATABASE_URL: scratch.url, DB_STATEMENT_TIMEOUT_MS: '4321', DB_LOCK_TIMEOUT_MS: '1234', DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '9876',
  })
  const database = openDatabase({ url: scratch.url! }, databaseOptionsFrom(config))
  t.teardown(() => database.db.destroy())
  const { sql } = await import('kysely')
  const show = async (name: string) => (await sql<{ value: string }>`select current_setting(${name}) as value`.execute(database.db)).rows[0]!.value
  t.equal(await show('statement_timeout'), '4321ms')
  t.equal(await show('lock_timeout'), '1234ms')
  t.equal(await show('idle_in_transaction_session_timeout'), '9876ms')
})
