import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import t from 'tap'
import { readFixture } from './fixtures.js'
import { serverDatabase, sleep, startServer } from './serverProcess.js'

/**
 * Operators see the work outside requests: on the real process, /metrics shows the outbox (the
 * deliveries pending and failed by subscription, the age of the oldest pending one), the worker's
 * jobs (runs, failures, when each last finished), reminders issued, imports by outcome and
 * problems by code, each with a label set of the service's own.
 */
// Real processes, started and stopped (a build too, in commands.test.ts), on a loaded machine as well.
t.setTimeout(300_000)
const database = await serverDatabase()
t.teardown(database.drop)
const receiver = createServer((request, response) => {
  request.resume()
  request.on('end', () => response.writeHead(500).end('down for maintenance'))
})
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
t.teardown(() => receiver.close())

const server = await startServer({
  ...database.env, LOG_LEVEL: 'silent', WORKER_INTERVAL_MS: '50', WEBHOOK_RETRY_BASE_MS: '600000', WEBHOOK_ALLOWED_NETWORKS: '127.0.0.0/8',
})
t.teardown(() => server.kill())
const key = readFileSync(database.env.FIRST_ADMIN_KEY_FILE ?? path.join(database.dir, 'admin-key'), 'utf8').trim()
const city = '/v1/cities/341700'

async function call(method: string, url: string, body?: unknown) {
  const response = await fetch(`${server.url}${url}`, {
    method, headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return { status: response.status, body: await response.json().catch(() => undefined) as Record<string, unknown> }
}

/** The metrics as name{labels} → value. */
async function scrape(): Promise<Map<string, number>> {
  const text = await (await fetch(`${server.url}/metrics`)).text()
  return new Map(text.split('\n').filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => [line.slice(0, line.lastIndexOf(' ')), Number(line.slice(line.lastIndexOf(' ') + 1))]))
}

t.test('the outbox, the worker, reminders, imports and problems on /metrics', async (t) => {
  t.equal((await call('POST', '/v1/cities', { code: '341700', name: '池州市', province: '安徽省' })).status, 201)
  const hook = await call('POST', `${city}/webhooks`, {
    url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`, events: ['lead_unit.created'], secret: 'a-secret-of-32-characters-000000',
  })
  t.equal(hook.status, 201)
  const units = [await call('POST', `${city}/lead-units`, { name: '市发展改革委' }), await call('POST', `${city}/lead-units`, { name: '市财政局' })]
  const period = await call('POST', `${city}/periods`, { year: 2025, label: '1-5月份', kind: 'month_cumulative', startsOn: '2025-01-01', endsOn: '2025-05-31' })
  for (const [seq, unit] of units.entries()) {
    const task = await call('POST', `${city}/tasks`, { year: 2025, seq: seq + 1, title: `第${seq + 1}项任务。`, leadUnits: [{ leadUnitId: unit.body.id, role: 'lead' }] })
    t.equal(task.status, 201, `task ${seq + 1}`)
  }
  const reminded = await call('POST', `${city}/periods/${period.body.id}/reminders`, {})
  t.equal(reminded.status, 201)
  const manual = (reminded.body.items as unknown[]).length
  t.equal(manual, 2, 'two units reminded')

  const document = readFixture('wuhu-2024-h1-paragraph.txt')
  t.equal((await call('POST', `${city}/imports`, { document, sourceName: 'h1.txt', year: 2024, dryRun: true })).status, 200, 'a dry run')
  const refused = await call('POST', `${city}/imports`, { document: '没有表格。', sourceName: 'empty.txt', year: 2024, dryRun: true })
  t.ok(refused.status >= 400 && refused.status < 500, `a document it cannot read: ${refused.status} ${String(refused.body.code)}`)

  // The first delivery is tried (and fails: 500); the second waits behind it.
  const labels = `city="341700",webhook="${String(hook.body.id)}"`
  const deadline = Date.now() + 30_000
  let metrics = await scrape()
  while ((metrics.get(`duban_worker_job_items_total{worker_job="webhookDeliveries"}`) ?? 0) < 1) {
    if (Date.now() > deadline) throw new Error('no delivery attempted within 30 s')
    await sleep(50)
    metrics = await scrape()
  }
  t.equal(metrics.get(`duban_webhook_deliveries{${labels},state="pending"}`), 2, 'two deliveries pending for the subscription')
  t.equal(metrics.get(`duban_webhook_deliveries{${labels},state="failed"}`), 0, 'none given up')
  t.ok(metrics.get('duban_webhook_delivery_attempts_total{outcome="failed"}')! >= 1, 'the receiver\'s 500s counted as failed attempts')
  t.ok(metrics.get(`duban_webhook_oldest_pending_delivery_age_seconds{${labels}}`)! > 0, 'the oldest pending delivery\'s age')
  for (const job of ['reminderSchedule', 'webhookDeliveries', 'entryPace', 'deliveryRetention', 'eventRetention']) {
    t.ok(metrics.get(`duban_worker_job_runs_total{worker_job="${job}"}`)! >= 1, `${job} runs`)
    t.equal(metrics.get(`duban_worker_job_failures_total{worker_job="${job}"}`) ?? 0, 0, `${job}: no failure`)
    const last = metrics.get(`duban_worker_job_last_success_timestamp_seconds{worker_job="${job}"}`)!
    t.ok(Math.abs(Date.now() / 1000 - last) < 60, `${job} last finished ${(Date.now() / 1000 - last).toFixed(1)} s ago`)
  }
  t.equal(metrics.get('duban_reminders_issued{kind="manual"}'), 2, 'reminders issued, by kind')
  t.equal(metrics.get('duban_imports_total{outcome="dry_run"}'), 1, 'imports: one dry run')
  t.equal(metrics.get(`duban_imports_total{outcome="${String(refused.body.code)}"}`), 1, 'imports: one refused, by its code')
  t.ok(metrics.get(`duban_http_problems_total{code="${String(refused.body.code)}"}`)! >= 1, 'problems by code')
  t.equal(metrics.get('duban_database_fault'), 0, 'the database serves')

  // Bounded label sets: each label of the service's own metrics takes values of the service's own.
  const allowed: Record<string, RegExp> = {
    city: /^\d{6}$/, webhook: /^\d+$/, state: /^(pending|failed)$/, worker_job: /^(reminderSchedule|webhookDeliveries|entryPace|deliveryRetention|eventRetention)$/,
    kind: /^(manual|before_due|overdue)$/, outcome: /^[a-z_]+$/, code: /^[a-z_]+$/,
  }
  for (const series of metrics.keys()) {
    if (!series.startsWith('duban_')) continue
    for (const [, name, value] of series.matchAll(/(\w+)="([^"]*)"/g)) {
      t.match(value, allowed[name!] ?? /^$/, `${series}: label ${name!}`)
    }
  }
})
