/**
 * The command-line tools against a running server process: `import` goes through the server
 * over HTTP (so it works while `npm start` has the embedded database open); `key:create` opens
 * the database itself: beside a running server on PostgreSQL, refused on its embedded folder.
 */
import t from 'tap'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { freePort, root, runCli, serverDatabase, startServer } from './serverProcess.js'

t.setTimeout(600_000)
const embedded = !process.env.DATABASE_URL
const seed = path.join(root, 'test/fixtures/seeds/chizhou-2025-jan-may.txt')

const database = await serverDatabase()
t.teardown(database.drop)
const server = await startServer({ ...database.env, LOG_LEVEL: 'warn' })
t.teardown(() => server.kill())
const keyFile = database.env.FIRST_ADMIN_KEY_FILE ?? path.join(database.dir, 'admin-key')
const key = readFileSync(keyFile, 'utf8').trim()
/** What `npm run import` sees: the server's configuration (for the key file), DUBAN_URL. */
const cliEnv = { ...database.env, DUBAN_URL: server.url }

const api = async (method: string, url: string, body?: unknown, apiKey = key) => {
  const response = await fetch(`${server.url}${url}`, {
    method, headers: { authorization: `Bearer ${apiKey}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined, signal: AbortSignal.timeout(30_000),
  })
  return { status: response.status, body: await response.json() as Record<string, unknown> }
}
const taskCount = async () => ((await api('GET', '/v1/cities/341700/tasks?limit=500')).body.items as unknown[]).length

t.test('import into a city that does not exist: exit 1 with the problem', async (t) => {
  const run = await runCli('import', ['--city', '341700', '--file', seed, '--dry-run'], cliEnv)
  t.equal(run.code, 1)
  t.match(run.stderr, /^import failed: 404 not_found: city 341700 does not exist$/m)
  t.equal(run.stdout, '')
})

t.test('dry run, then commit, through the running server, with the key from the first admin key file', async (t) => {
  t.equal((await api('POST', '/v1/cities', { code: '341700', name: '池州市', province: '安徽省' })).status, 201)

  const dry = await runCli('import', ['--city', '341700', '--file', seed, '--dry-run'], cliEnv)
  t.equal(dry.code, 0, dry.stderr)
  t.match(dry.stderr, /^would import 49 rows \(\w+ layout\) for 2025 1-5月份 in \d+ ms: tasks \+49 ~0 =0, entries \+49 ~0 =0, \d+ new lead units, \d+ warnings$/m)
  const dryResult = JSON.parse(dry.stdout) as { dryRun: boolean, counts: { tasks: { created: number } } }
  t.equal(dryResult.dryRun, true)
  t.equal(dryResult.counts.tasks.created, 49)
  t.equal(await taskCount(), 0, 'the dry run wrote no task')

  const commit = await runCli('import', ['--city', '341700', '--file', seed, '--source-name', 'chizhou.txt'], cliEnv)
  t.equal(commit.code, 0, commit.stderr)
  t.match(commit.stderr, /^imported 49 rows .* tasks \+49 ~0 =0/m)
  t.match(JSON.parse(commit.stdout), { dryRun: false, sourceName: 'chizhou.txt' })
  t.equal(await taskCount(), 49, 'the tasks are in the server\'s database')

  const again = await runCli('import', ['--city', '341700', '--file', seed], { ...cliEnv, DUBAN_KEY: key })
  t.equal(again.code, 0)
  t.match(again.stderr, /tasks \+0 ~0 =49/, 'importing it again changes nothing (key from DUBAN_KEY)')

  // The period's workbook, written out by the server, goes back up as the file it is.
  const periodId = (JSON.parse(commit.stdout) as { period: { id: number } }).period.id
  const workbook = await fetch(`${server.url}/v1/cities/341700/periods/${periodId}/report?format=xlsx`, { headers: { authorization: `Bearer ${key}` } })
  t.equal(workbook.status, 200)
  const xlsx = path.join(database.dir, '池州1-5月.xlsx')
  writeFileSync(xlsx, Buffer.from(await workbook.arrayBuffer()))
  const file = await runCli('import', ['--city', '341700', '--file', xlsx], cliEnv)
  t.equal(file.code, 0, file.stderr)
  t.match(file.stderr, /^imported 49 rows \(xlsx\) for 2025 1-5月份 .* tasks \+0 ~0 =49, entries \+0 ~0 =49/m)
  t.match(JSON.parse(file.stdout), { format: 'xlsx', sourceName: '池州1-5月.xlsx' })
  const laidOut = await runCli('import', ['--city', '341700', '--file', xlsx, '--layout', 'csv'], cliEnv)
  t.equal(laidOut.code, 2)
  t.match(laidOut.stderr, /--layout is for text documents/)

  // Another city's words: a column the vocabulary does not know gets its role from --column.
  const other = path.join(database.dir, 'other-city.txt')
  writeFileSync(other, '2025年1-5月份重点工作进展情况\n序号\t重点工作任务\t包保部门\t进展情况\n1\t建成城东物流园一期。\t市商务局\t主体已完工。\n')
  const told = await runCli('import', ['--city', '341700', '--file', other, '--dry-run', '--column', '包保部门=leadUnits'], cliEnv)
  t.equal(told.code, 0, told.stderr)
  t.match(told.stderr, /^columns: 序号 seq \(序号\), 重点工作任务 title \(任务\), 包保部门 leadUnits \(--column\), 进展情况 progress \(进展\)$/m)
  t.same((JSON.parse(told.stdout) as { columns: { role: string, overridden: boolean }[] }).columns.map((column) => [column.role, column.overridden]),
    [['seq', false], ['title', false], ['leadUnits', true], ['progress', false]])
  const badColumn = await runCli('import', ['--city', '341700', '--file', other, '--column', '包保部门'], cliEnv)
  t.equal(badColumn.code, 2)
  t.match(badColumn.stderr, /--column takes a header and a role/)
})

t.test('problems: a bad key, a bad argument, no server', async (t) => {
  const badKey = await runCli('import', ['--city', '341700', '--file', seed, '--key', 'dbn_not_a_key'], cliEnv)
  t.equal(badKey.code, 1)
  t.match(badKey.stderr, /^import failed: 401 unauthorized: /m)

  const badLayout = await runCli('import', ['--city', '341700', '--file', seed, '--layout', 'xml'], cliEnv)
  t.equal(badLayout.code, 2)
  t.match(badLayout.stderr, /--layout must be/)

  const nobody = await runCli('import', ['--city', '341700', '--file', seed, '--url', `http://127.0.0.1:${await freePort()}`], cliEnv)
  t.equal(nobody.code, 1)
  t.match(nobody.stderr, /^import failed: no answer from http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\); is the server running/m)
})

t.test('key:create beside the running server', async (t) => {
  const run = await runCli('key-create', ['--role', 'reader', '--name', 'cli test'], database.env)
  if (embedded) {
    t.equal(run.code, 1, 'the embedded folder is the server\'s: refused')
    t.match(run.stderr, new RegExp(`^duban: the embedded database in .+ is in use by process ${server.pid} `))
    t.equal(run.stdout, '', 'no key printed')
    t.equal((await api('GET', '/v1/api-keys')).body.items instanceof Array ? ((await api('GET', '/v1/api-keys')).body.items as unknown[]).length : -1, 1,
      'no key was made')
  } else {
    t.equal(run.code, 0, run.stderr)
    const created = run.stdout.trim()
    t.equal((await api('GET', '/v1/cities', undefined, created)).status, 200, 'the new key works on the running server at once')
  }
})

t.test('the server stops cleanly', async (t) => {
  t.equal(await server.stop('SIGTERM', 15_000), 0)
})
