import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { sql } from 'kysely'
import t from 'tap'
import { openDatabase } from '../src/db/connect.js'
import { serverDatabase, sleep, startServer } from './serverProcess.js'

/**
 * Secrets never leave their room. A full run on the real process (both databases): API keys
 * made (one retried with an Idempotency-Key), webhooks and robots whose URLs carry tokens and
 * user-info and whose secrets sign, deliveries to a receiver that echoes everything it was sent
 * back in its error; then every response the run got, every log line the process wrote and
 * every row of every table are searched for each secret. A key's secret may be only in the
 * reply that created it (and its replay) and in the key file; a receiver's credentials only in
 * the webhooks table, which sends with them.
 */
// Real processes, started and stopped (a build too, in commands.test.ts), on a loaded machine as well.
t.setTimeout(300_000)
const database = await serverDatabase()
t.teardown(database.drop)

// A receiver that refuses everything and says back all it was sent: the URL, the headers, the body.
const echoed: string[] = []
const receiver = createServer((request: IncomingMessage, response: ServerResponse) => {
  let body = ''
  request.on('data', (chunk: Buffer) => { body += chunk.toString() })
  request.on('end', () => {
    const said = `${request.url} ${JSON.stringify(request.headers)} ${body}`
    echoed.push(said)
    // A robot is refused with its own errcode; duban's JSON with a 400.
    if (request.url!.startsWith('/robot')) {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ errcode: 93000, errmsg: `invalid: ${said}` }))
    } else {
      response.writeHead(400, { 'content-type': 'text/plain' }).end(`bad request: ${said}`)
    }
  })
})
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
t.teardown(() => receiver.close())
const receiverAt = `127.0.0.1:${(receiver.address() as AddressInfo).port}`

const server = await startServer({
  ...database.env, LOG_LEVEL: 'debug', WORKER_INTERVAL_MS: '50', WEBHOOK_RETRY_BASE_MS: '100', WEBHOOK_RETRY_FOR_MS: '1',
  WEBHOOK_ALLOWED_NETWORKS: '127.0.0.0/8',
})
t.teardown(() => server.kill())
const keyFile = database.env.FIRST_ADMIN_KEY_FILE ?? path.join(database.dir, 'admin-key')
const adminKey = readFileSync(keyFile, 'utf8').trim()

/** Every response of the run, but those allowed to hold a secret (a new key's, to its creator). */
const responses: string[] = []
async function call(key: string, method: string, url: string, body?: unknown, headers: Record<string, string> = {}, holdsSecret = false) {
  const response = await fetch(`${server.url}${url}`, {
    method, headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const text = await response.text()
  if (!holdsSecret) responses.push(`${method} ${url} ${response.status} ${JSON.stringify([...response.headers])} ${text}`)
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) as Record<string, unknown> }
}

const city = '/v1/cities/341700'
const secrets: Record<string, string> = { 'the first admin key': adminKey }

t.test('a run that makes and uses secrets', async (t) => {
  t.equal((await call(adminKey, 'POST', '/v1/cities', { code: '341700', name: '池州市', province: '安徽省' })).status, 201)
  const unit = await call(adminKey, 'POST', `${city}/lead-units`, { name: '市发展改革委' })
  const unitId = unit.body!.id as number

  const retry = { 'idempotency-key': 'office-key-1' }
  const office = await call(adminKey, 'POST', '/v1/api-keys', { name: '市政府督查室', role: 'city_office', cityCode: '341700' }, retry, true)
  const replayed = await call(adminKey, 'POST', '/v1/api-keys', { name: '市政府督查室', role: 'city_office', cityCode: '341700' }, retry, true)
  t.equal(replayed.body!.key, office.body!.key, 'the retried key creation gets the same key')
  secrets['an office key'] = office.body!.key as string
  const reader = await call(adminKey, 'POST', '/v1/api-keys', { name: '读者', role: 'reader', cityCode: '341700' }, {}, true)
  secrets['a reader key'] = reader.body!.key as string
  const unitKey = await call(adminKey, 'POST', '/v1/api-keys', { name: '发改委', role: 'lead_unit', cityCode: '341700', leadUnitId: unitId }, {}, true)
  secrets['a lead unit key'] = unitKey.body!.key as string

  Object.assign(secrets, {
    'a webhook secret': 'webhook-signing-secret-0123456789',
    'a URL token': 'urltoken-5f2c9a7e41',
    'a URL password': 'basic-pass-8c1d',
    'a 企业微信 robot key': 'wecom-key-3b7e9d2a-1111',
    'a 钉钉 access token': 'dingtalk-token-aa55cc77',
    'a 钉钉 secret': 'SECdingtalk0123456789abcdef',
  })
  const officeKey = secrets['an office key']!
  const hooks = [
    { url: `http://${receiverAt}/hook?token=${secrets['a URL token']}`, secret: secrets['a webhook secret'], format: 'json' },
    { url: `http://robot-user:${secrets['a URL password']}@${receiverAt}/robot/wecom?key=${secrets['a 企业微信 robot key']}`, format: 'wecom' },
    { url: `http://${receiverAt}/robot/dingtalk?access_token=${secrets['a 钉钉 access token']}`, secret: secrets['a 钉钉 secret'], format: 'dingtalk' },
  ]
  for (const hook of hooks) {
    const created = await call(officeKey, 'POST', `${city}/webhooks`, { ...hook, events: ['task.created', 'period.created', 'entry.submitted'] })
    t.equal(created.status, 201, `${hook.format} subscribed`)
  }
  const task = await call(officeKey, 'POST', `${city}/tasks`, { year: 2025, seq: 1, title: '优化营商环境。', leadUnits: [{ leadUnitId: unitId, role: 'lead' }] })
  t.equal(task.status, 201, 'a task')
  const period = await call(officeKey, 'POST', `${city}/periods`, { year: 2025, label: '1-5月份', kind: 'month_cumulative', startsOn: '2025-01-01', endsOn: '2025-05-31' })
  t.equal(period.status, 201, 'a period')
  const entry = `${city}/tasks/${task.body!.id}/progress/${period.body!.id}`
  const filed = await call(secrets['a lead unit key']!, 'PUT', entry, { progress: '有序推进。' })
  t.equal(filed.status, 201, 'the unit files')
  t.equal((await call(secrets['a lead unit key']!, 'POST', `${entry}/submit`, {})).status, 200, 'and submits')

  // Every delivery tried (each refused by the receiver, and given up at once: RETRY_FOR 1 ms).
  const deadline = Date.now() + 60_000
  for (;;) {
    const lists = await Promise.all([1, 2, 3].map((id) => call(officeKey, 'GET', `${city}/webhooks/${id}/deliveries`)))
    const items = lists.flatMap((list) => list.body!.items as { attempts: number, lastError: string | null }[])
    if (items.length === 9 && items.every((item) => item.attempts > 0 && item.lastError !== null)) {
      t.pass('9 deliveries tried, each refused with an error kept')
      break
    }
    if (Date.now() > deadline) throw new Error(`deliveries not all tried within 60 s: ${JSON.stringify(items)}`)
    await sleep(100)
  }
  t.ok(echoed.some((said) => said.includes(secrets['a URL token']!)), 'the receiver did say the URL token back')

  // The office's reads, and what readers and units may and may not see.
  for (const url of [`${city}/audit?limit=200`, `${city}/webhooks`, `${city}/events?limit=200`, '/v1/api-keys']) {
    t.equal((await call(officeKey, 'GET', url)).status, 200, `the office reads ${url}`)
  }
  for (const [who, key] of [['a reader', secrets['a reader key']!], ['a lead unit', secrets['a lead unit key']!]] as const) {
    t.equal((await call(key, 'GET', `${city}/audit`)).status, 403, `${who}: the audit trail is the office's`)
    t.equal((await call(key, 'GET', `${city}/webhooks`)).status, 403, `${who}: the subscriptions are the office's`)
  }
})

t.test('no secret in a response, a log line or a table but where it must be', async (t) => {
  t.ok(responses.length > 20, `${responses.length} responses`)
  await server.stop()
  const logs = [...server.stdout, ...server.stderr]
  t.ok(logs.length > 20, `${logs.length} log lines`)

  const handle = openDatabase(process.env.DATABASE_URL ? { url: database.env.DATABASE_URL! } : { dataDir: database.dir })
  t.teardown(() => handle.db.destroy())
  const tables = (await sql<{ name: string }>`select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`.execute(handle.db)).rows.map((row) => row.name)
  const rows: string[] = []
  for (const table of tables) {
    const found = await sql<{ row: Record<string, unknown> }>`select row_to_json(t) as row from ${sql.table(table)} t`.execute(handle.db)
    for (const { row } of found.rows) {
      // The webhooks table sends with them: its url and secret are where they must be.
      const { url: _url, secret: _secret, ...rest } = table === 'webhooks' ? row : { ...row, url: undefined, secret: undefined }
      rows.push(`${table} ${JSON.stringify(table === 'webhooks' ? rest : row)}`)
    }
  }
  t.ok(tables.includes('audit_events') && tables.includes('idempotency_keys') && tables.includes('webhook_deliveries'), `${tables.length} tables, ${rows.length} rows`)

  for (const [what, secret] of Object.entries(secrets)) {
    // A key is looked for by its secret part; a receiver's credential whole.
    const needle = secret.startsWith('dbn_') ? secret.slice(13) : secret
    t.same(responses.filter((text) => text.includes(needle)), [], `${what}: in no response`)
    t.same(logs.filter((line) => line.includes(needle)), [], `${what}: in no log line`)
    t.same(rows.filter((row) => row.includes(needle)), [], `${what}: in no table`)
  }
  const basic = Buffer.from(`robot-user:${secrets['a URL password']}`).toString('base64')
  t.same([...responses, ...logs, ...rows].filter((text) => text.includes(basic)), [], 'the URL\'s user-info, as Basic credentials: nowhere')
})
