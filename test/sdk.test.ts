/**
 * The SDK against the real server: `src/server.ts` started as its own process on a free port,
 * on a database of its own, and a whole flow run only through the generated client. Every
 * response it receives is also checked against the OpenAPI document.
 */
import t from 'tap'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { createDubanClient, DubanProblem, etagOf, isProblem, unwrap } from '../sdk/src/index.js'
import { createApiKey } from '../src/features/keys/keys.service.js'
import { systemActor } from '../src/db/audit.js'
import { openDatabase } from '../src/db/connect.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { openScratchDatabase } from '../src/db/scratch.js'
import { type OpenApiDocument, responseChecker } from './contract.js'
import { readSeed } from './helper.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** A migrated database for the server, and an admin key in it, made before the server starts. */
async function serverDatabase(): Promise<{ env: Record<string, string>, key: string, drop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) {
    const scratch = await openScratchDatabase(process.env.DATABASE_URL)
    const key = await scratch.database.db.transaction().execute((trx) => createApiKey(trx, systemActor, { name: 'sdk test', role: 'admin', cityCode: null, leadUnitId: null }))
    return { env: { DATABASE_URL: scratch.url! }, key: key.key, drop: scratch.drop }
  }
  // The embedded database is one process's: the key is written first, then the server opens it.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'duban-sdk-'))
  const database = openDatabase({ dataDir })
  await migrateToLatest(database.db)
  const key = await database.db.transaction().execute((trx) => createApiKey(trx, systemActor, { name: 'sdk test', role: 'admin', cityCode: null, leadUnitId: null }))
  await database.db.destroy()
  return { env: { DATA_DIR: dataDir }, key: key.key, drop: async () => rmSync(dataDir, { recursive: true, force: true }) }
}

/** Starts the server on port 0 and reads the address it listens on from its log. */
async function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: root,
    env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const stderr: string[] = []
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const baseUrl = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr.join('')}`)))
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(line)
      if (match) resolve(match[1]!)
    })
  })
  return {
    baseUrl,
    /** SIGTERM, as an orchestrator stops it; resolves to the exit code. */
    stop: async () => {
      child.kill('SIGTERM')
      return exited
    },
  }
}

const document = JSON.parse(readFileSync(path.join(root, 'openapi/openapi.json'), 'utf8')) as OpenApiDocument
const check = responseChecker(document)

const { env, key, drop } = await serverDatabase()
t.teardown(drop)
const server = await startServer(env)
let stopped = false
t.teardown(async () => {
  if (!stopped) await server.stop()
})

/** fetch that holds every response to the document, as the in-process suite does. */
const received: string[] = []
async function checkedFetch(request: Request) {
  const response = await fetch(request)
  const url = new URL(request.url)
  const body = Buffer.from(await response.clone().arrayBuffer()).toString('utf8')
  const problems = check({ method: request.method, url: url.pathname + url.search, statusCode: response.status,
    headers: Object.fromEntries(response.headers), body })
  received.push(`${request.method} ${url.pathname} ${response.status}`)
  if (problems.length > 0) throw new Error(`response not as documented:\n${problems.join('\n')}`)
  return response
}

const client = createDubanClient({ baseUrl: server.baseUrl, apiKey: key, fetch: checkedFetch })
const cityCode = '341700'

t.test('a whole flow through the SDK: city, period, import, entries, summary, export', async (t) => {
  const city = await unwrap(client.POST('/v1/cities', { body: { code: cityCode, name: '池州市', province: '安徽省' } }))
  t.equal(city.name, '池州市')

  const period = await unwrap(client.POST('/v1/cities/{cityCode}/periods', {
    params: { path: { cityCode } },
    body: { year: 2025, label: '1-5月份', kind: 'month_cumulative', startsOn: '2025-01-01', endsOn: '2025-05-31' },
  }))
  t.equal(period.label, '1-5月份')

  const document = readSeed('chizhou-2025-jan-may.txt')
  const dryRun = await unwrap(client.POST('/v1/cities/{cityCode}/imports', {
    params: { path: { cityCode } },
    body: { document, sourceName: 'chizhou-2025-jan-may.txt', periodId: period.id, dryRun: true },
  }))
  t.equal(dryRun.dryRun, true)
  t.equal(dryRun.counts.tasks.created, 49, 'the dry run says what the commit will do')
  const imported = await unwrap(client.POST('/v1/cities/{cityCode}/imports', {
    params: { path: { cityCode } },
    body: { document, sourceName: 'chizhou-2025-jan-may.txt', periodId: period.id },
  }))
  t.equal(imported.counts.tasks.created, 49)
  t.equal(imported.period?.id, period.id, 'the import files entries under the period created first')

  const tasks = await unwrap(client.GET('/v1/cities/{cityCode}/tasks', { params: { path: { cityCode }, query: { year: 2025, limit: 100 } } }))
  t.equal(tasks.items.length, 49)
  const seq12 = tasks.items.find((task) => task.seq === 12)!
  const entryPath = { cityCode, taskId: seq12.id, periodId: period.id }

  // Read, then write with the ETag read: the update lands and the version moves on.
  const read = await client.GET('/v1/cities/{cityCode}/tasks/{taskId}/progress/{periodId}', { params: { path: entryPath } })
  const etag = etagOf(read.response)
  t.ok(etag, 'an entry carries its ETag')
  t.equal(read.data?.status, 'on_track')
  const updated = await client.PUT('/v1/cities/{cityCode}/tasks/{taskId}/progress/{periodId}', {
    params: { path: entryPath, header: { 'if-match': etag } },
    body: { status: 'behind', progress: '1-5月份,完成年度目标的30%,进度滞后。', nextSteps: '加快推进。' },
  })
  t.equal(updated.response.status, 200)
  t.equal(updated.data?.status, 'behind')
  t.equal(updated.data?.version, read.data!.version + 1)

  // The old ETag is now stale: a typed 412 problem, and the entry is as the update left it.
  const stale = await client.PUT('/v1/cities/{cityCode}/tasks/{taskId}/progress/{periodId}', {
    params: { path: entryPath, header: { 'if-match': etag } },
    body: { status: 'completed', progress: '已完成。' },
  })
  t.equal(stale.response.status, 412)
  t.equal(stale.error?.code, 'precondition_failed')
  t.equal(stale.data, undefined)

  const summary = await unwrap(client.GET('/v1/cities/{cityCode}/periods/{periodId}/summary', { params: { path: { cityCode, periodId: period.id } } }))
  t.equal(summary.taskCount, 49)
  t.same(summary.counts, { completed: 1, ahead: 0, on_track: 38, behind: 9, other: 0, not_rated: 1, awaiting_review: 0, returned: 0, not_reported: 0 }, 'the update is in the summary')
  t.ok(summary.behind.some((task) => task.seq === 12))
  t.match(summary.narrative, /9项未达预期目标/)

  const csv = await client.GET('/v1/cities/{cityCode}/periods/{periodId}/report', {
    params: { path: { cityCode, periodId: period.id }, query: { format: 'csv' } },
    parseAs: 'text',
  })
  t.equal(csv.response.status, 200)
  t.match(csv.response.headers.get('content-type'), /^text\/csv/)
  t.match(csv.response.headers.get('content-disposition'), /filename\*=UTF-8''/)
  const lines = String(csv.data).replace(/^\uFEFF/, '').split(/\r?\n/)
  t.ok(lines.some((line) => line.startsWith('序号,重点工作任务,牵头责任单位,工作评价')), 'the report\'s own columns')
  t.ok(lines.some((line) => line.startsWith('12,')), 'task 12 is in the table')
})

t.test('the SDK README\'s example runs as written', async (t) => {
  const readme = readFileSync(path.join(root, 'sdk/README.md'), 'utf8')
  const example = readFileSync(path.join(root, 'sdk/examples/quickstart.ts'), 'utf8')
  const block = /```ts\n([\s\S]*?)```/.exec(readme)?.[1]
  t.equal(block?.replace("from '@duban/sdk'", "from '../src/index.js'"), example, 'examples/quickstart.ts is the README\'s example')
  const run = await new Promise<{ code: number | null, out: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'sdk/examples/quickstart.ts'], {
      cwd: root, env: { ...process.env, DUBAN_URL: server.baseUrl, DUBAN_KEY: key }, stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString() })
    child.once('exit', (code) => resolve({ code, out }))
  })
  t.equal(run.code, 0)
  t.match(run.out, /1-5月份，147项市政府重点工作中，列入汇总表的49项：/m, 'it printed the narrative (the office\'s figures no longer hold once seq 12 is behind)')
  t.match(run.out, /^no such city$/m, 'it caught the typed 404')
  t.match(run.out, /序号,重点工作任务/, 'it read the CSV export')
})

t.test('problems come back typed: 404, 409, 412, 422', async (t) => {
  const missing = await client.GET('/v1/cities/{cityCode}', { params: { path: { cityCode: '999999' } } })
  t.equal(missing.response.status, 404)
  t.equal(missing.error?.code, 'not_found')
  t.match(missing.response.headers.get('content-type'), /^application\/problem\+json/)

  const duplicate = client.POST('/v1/cities', { body: { code: cityCode, name: '池州市', province: '安徽省' } })
  const conflict = await unwrap(duplicate).then(() => undefined, (error: unknown) => error)
  t.ok(conflict instanceof DubanProblem, 'unwrap throws a DubanProblem')
  t.match(conflict, { status: 409, code: 'city_exists' })

  const city = await client.GET('/v1/cities/{cityCode}', { params: { path: { cityCode } } })
  const renamed = await client.PATCH('/v1/cities/{cityCode}', {
    params: { path: { cityCode }, header: { 'if-match': '"999"' } },
    body: { name: '池州' },
  })
  t.equal(renamed.response.status, 412)
  t.ok(isProblem(renamed.error))
  t.equal(city.data?.name, '池州市')

  // Status changes between periods of different years cannot be compared.
  const periods = await unwrap(client.GET('/v1/cities/{cityCode}/periods', { params: { path: { cityCode } } }))
  const other = await unwrap(client.POST('/v1/cities/{cityCode}/periods', {
    params: { path: { cityCode } },
    body: { year: 2024, label: '全年', kind: 'year', startsOn: '2024-01-01', endsOn: '2024-12-31' },
  }))
  const mismatch = await client.GET('/v1/cities/{cityCode}/periods/{periodId}/changes', {
    params: { path: { cityCode, periodId: periods.items[0]!.id }, query: { since: other.id } },
  })
  t.equal(mismatch.response.status, 422)
  t.equal(mismatch.error?.code, 'year_mismatch')
})

t.test('the server stops cleanly on SIGTERM', async (t) => {
  stopped = true
  t.equal(await server.stop(), 0)
  t.ok(received.length >= 15, `every call above was checked against the document (${received.length})`)
})
