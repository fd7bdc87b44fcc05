import t from 'tap'
import { createHmac } from 'node:crypto'
import { buildApp } from '../../app.js'
import { openDatabase } from '../../db/connect.js'
import { Webhook, WebhookDelivery, DeliveryList, EventList } from './webhooks.schemas.js'
import { assertProblem, cityUrl, seedPeriod, seedTask, seedUnit } from '../../../test/factories.js'
import { bodyOf, createKey, onPostgres, post, seedCity, setup } from '../../../test/helper.js'
import { type Received, receiver } from '../../../test/receiver.js'

// Every delivery goes to a receiver this test runs on 127.0.0.1; time is driven through drain(now).
const SECRET = 'a-secret-of-32-characters-000000'
const webhookSettings = { timeoutMs: 300, retryBaseMs: 10_000, retryForMs: 3600_000 }
const { app, database } = await setup(t, { worker: { webhooks: webhookSettings } })
const city = cityUrl()

/** Checks Duban-Signature as a receiver would: the HMAC of "<t>.<body>" with the shared secret. */
function validSignature(received: Received, secret = SECRET): boolean {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(received.headers['duban-signature']))
  if (!match) return false
  return createHmac('sha256', secret).update(`${match[1]}.${received.body}`).digest('hex') === match[2]
}

async function world() {
  await seedCity(app)
  const unit = await seedUnit(app, '市发展改革委')
  const task = await seedTask(app, { year: 2025, seq: 21, title: '新能源汽车产业集群建设。', leadUnitIds: [unit.id] })
  const period = await seedPeriod(app, 2025, 5)
  const unitKey = await createKey(database, { role: 'lead_unit', cityCode: '341700', leadUnitId: unit.id })
  const entryUrl = `${city}/tasks/${task.id}/progress/${period.id}`
  const asUnit = { authorization: `Bearer ${unitKey}` }
  /** A unit drafts and submits, the office returns, the unit submits again, the office accepts: five events of one entry. */
  async function loop() {
    await app.inject({ method: 'PUT', url: entryUrl, headers: asUnit, payload: { progress: '产业集群加快建设。' } })
    for (const [path, payload, headers] of [
      ['submit', undefined, asUnit], ['return', { reason: '请补充数据。' }, {}], ['submit', undefined, asUnit], ['accept', { status: 'on_track' }, {}],
    ] as const) {
      const response = await app.inject({ method: 'POST', url: `${entryUrl}/${path}`, headers, payload })
      if (response.statusCode !== 200) throw new Error(`${path}: ${response.statusCode} ${response.body}`)
    }
  }
  return { unit, task, period, loop, entryUrl }
}

const subscribe = (payload: object) => post(app, `${city}/webhooks`, payload, Webhook)
const deliveriesOf = async (id: number) => bodyOf(await app.inject({ url: `${city}/webhooks/${id}/deliveries` }), DeliveryList).items

t.test('subscriptions: created, read, changed and deleted; the secret is never shown; bad input is a 400', async (t) => {
  await world()
  const created = await app.inject({ method: 'POST', url: `${city}/webhooks`, payload: { url: 'https://oa.example.gov.cn/hook', events: ['entry.submitted'], secret: SECRET } })
  t.equal(created.statusCode, 201)
  const webhook = bodyOf(created, Webhook)
  t.match(webhook, { url: 'https://oa.example.gov.cn/hook', events: ['entry.submitted'], format: 'json', active: true, secretSet: true, version: 1 })
  t.notOk(created.body.includes(SECRET), 'the secret is not in the response')
  t.equal(created.headers.location, `${city}/webhooks/${webhook.id}`)
  const audit = await database.db.selectFrom('auditEvents').select(['before', 'after']).where('entity', '=', 'webhook').execute()
  t.notOk(JSON.stringify(audit).includes(SECRET), 'nor in the audit trail')

  for (const payload of [
    { url: 'ftp://x.example/hook', events: ['entry.submitted'], secret: SECRET },
    { url: 'https://x.example/hook', events: [], secret: SECRET },
    { url: 'https://x.example/hook', events: ['entry.withdrawn'], secret: SECRET },
    { url: 'https://x.example/hook', events: ['entry.submitted', 'entry.submitted'], secret: SECRET },
    { url: 'https://x.example/hook', events: ['entry.submitted'], secret: 'short' },
    { url: 'https://x.example/hook', events: ['entry.submitted'] },
  ]) {
    assertProblem(t, await app.inject({ method: 'POST', url: `${city}/webhooks`, payload }), 400, 'validation_failed')
  }
  t.equal((await app.inject({ method: 'POST', url: `${city}/webhooks`, payload: { url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k', events: ['reminder.issued'], format: 'wecom' } })).statusCode,
    201, 'a robot needs no secret')

  const reader = await createKey(database, { role: 'reader', cityCode: '341700' })
  assertProblem(t, await app.inject({ url: `${city}/webhooks`, headers: { authorization: `Bearer ${reader}` } }), 403, 'forbidden')

  const patched = await app.inject({ method: 'PATCH', url: `${city}/webhooks/${webhook.id}`, headers: { 'if-match': '"1"' }, payload: { active: false } })
  t.match(patched.json(), { active: false, version: 2 })
  assertProblem(t, await app.inject({ method: 'PATCH', url: `${city}/webhooks/${webhook.id}`, headers: { 'if-match': '"1"' }, payload: { active: true } }),
    412, 'precondition_failed')
  t.same((await app.inject({ url: `${city}/webhooks` })).json().items.map((item: { id: number }) => item.id).length, 2)
  t.equal((await app.inject({ method: 'DELETE', url: `${city}/webhooks/${webhook.id}` })).statusCode, 204)
  assertProblem(t, await app.inject({ url: `${city}/webhooks/${webhook.id}` }), 404, 'not_found')
  assertProblem(t, await app.inject({ url: `${city}/webhooks?active=true` }), 400, 'validation_failed')
})

t.test('every event of an entry arrives once, signed, in order, also after the receiver was down', async (t) => {
  const { loop, task, period } = await world()
  const hook = await receiver(t)
  const webhook = await subscribe({ url: hook.url, events: ['entry.submitted', 'entry.returned', 'entry.accepted'], secret: SECRET })
  const ignored = await subscribe({ url: hook.url, events: ['period.closed'], secret: SECRET })

  hook.state.mode = 'down'
  await loop()
  const now = Date.now()
  await app.worker.drain(new Date(now))
  t.equal(hook.state.refused, 1, 'the first delivery was tried once; the later ones wait behind it')
  const [, , , first] = await deliveriesOf(webhook.id)
  t.match(first, { state: 'pending', attempts: 1, lastStatus: 503, lastError: /HTTP 503/ })
  const retryAt = (delivery: { nextAttemptAt: string | null, lastAttemptAt: string | null }) =>
    Date.parse(delivery.nextAttemptAt!) - Date.parse(delivery.lastAttemptAt!)
  t.equal(retryAt(first!), webhookSettings.retryBaseMs, 'retried after the base wait')
  t.ok(Date.parse(first!.lastAttemptAt!) >= now, 'stamped when tried')

  await app.worker.drain(new Date(now + 5000))
  t.equal(hook.state.refused, 1, 'not before its time')
  await app.worker.drain(new Date(Date.parse(first!.nextAttemptAt!)))
  t.equal(hook.state.refused, 2, 'tried again when its wait is over')
  t.equal(retryAt((await deliveriesOf(webhook.id))[3]!), 2 * webhookSettings.retryBaseMs, 'then twice as long')

  hook.state.mode = 'up'
  await app.worker.drain(new Date(now + 30_000))
  await app.worker.drain(new Date(now + 31_000))
  const bodies = hook.state.received.map((received) => JSON.parse(received.body))
  t.same(bodies.map((body) => [body.type, body.data.state]),
    [['entry.submitted', 'submitted'], ['entry.returned', 'returned'], ['entry.submitted', 'submitted'], ['entry.accepted', 'accepted']],
    'each once, in the order written')
  t.ok(hook.state.received.every((received) => validSignature(received)), 'every signature verifies')
  t.notOk(validSignature(hook.state.received[0]!, 'another-secret-000000000000000000'), 'and not with another secret')
  t.match(bodies[1], { subject: `entry:${task.id}:${period.id}`, cityCode: '341700', data: { taskSeq: 21, reason: '请补充数据。' } })
  t.same(hook.state.received.map((received) => received.headers['duban-event-type']), bodies.map((body) => body.type))
  t.ok((await deliveriesOf(webhook.id)).every((delivery) => delivery.state === 'delivered' && delivery.nextAttemptAt === null))
  t.same(await deliveriesOf(ignored.id), [], 'a subscription gets only the types it follows')
})

t.test('a receiver that does not answer times out; one failing past the retry window is given up and can be redelivered', async (t) => {
  const { loop } = await world()
  const hook = await receiver(t)
  const webhook = await subscribe({ url: hook.url, events: ['entry.submitted', 'entry.accepted'], secret: SECRET })
  hook.state.mode = 'hang'
  await loop()
  const now = Date.now()
  await app.worker.drain(new Date(now))
  t.match((await deliveriesOf(webhook.id)).at(-1), { state: 'pending', attempts: 1, lastStatus: null, lastError: `no answer within ${webhookSettings.timeoutMs} ms` })

  hook.state.mode = 'down'
  await app.worker.drain(new Date(now + webhookSettings.retryForMs + 60_000))
  const log = await deliveriesOf(webhook.id)
  t.same(log.map((delivery) => delivery.state), ['failed', 'failed', 'failed'], 'given up, each in turn: a failed one holds back no other')

  hook.state.mode = 'up'
  const oldest = log.at(-1)!
  const again = await app.inject({ method: 'POST', url: `${city}/webhooks/${webhook.id}/deliveries/${oldest.id}/redeliver` })
  t.equal(again.statusCode, 200)
  t.match(bodyOf(again, WebhookDelivery), { state: 'pending', attempts: 2 })
  await app.worker.drain()
  t.equal(hook.state.received.length, 1)
  t.equal(JSON.parse(hook.state.received[0]!.body).id, oldest.eventId)
  t.same((await app.inject({ url: `${city}/webhooks/${webhook.id}/deliveries?state=delivered` })).json().items.map((d: { id: number }) => d.id), [oldest.id])
  assertProblem(t, await app.inject({ method: 'POST', url: `${city}/webhooks/${webhook.id}/deliveries/99999/redeliver` }), 404, 'not_found')
})

t.test('group robots: 企业微信 and 钉钉 markdown, 钉钉\'s signed URL, 20 messages a minute', async (t) => {
  const { period, loop } = await world()
  const hook = await receiver(t)
  const wecom = await subscribe({ url: `${hook.url}?key=wecom`, events: ['entry.submitted'], format: 'wecom' })
  const dingSecret = 'SECabcdef0123456789abcdef0123456789'
  await subscribe({ url: `${hook.url}?access_token=ding`, events: ['entry.returned'], format: 'dingtalk', secret: dingSecret })
  await loop()
  const now = new Date()
  await app.worker.drain(now)
  const wecomMessages = hook.state.received.filter((received) => received.url.includes('key=wecom')).map((received) => JSON.parse(received.body))
  t.equal(wecomMessages.length, 2)
  t.match(wecomMessages[0], { msgtype: 'markdown', markdown: { content: /^\*\*【督办】池州市：1-5月份进展已报送\*\*\n\n第21项 新能源汽车产业集群建设。\n> 牵头单位：市发展改革委$/ } },
    'the city, what happened, the task and who leads it')
  const [ding] = hook.state.received.filter((received) => received.url.includes('access_token=ding'))
  t.match(JSON.parse(ding!.body), { msgtype: 'markdown', markdown: { title: '【督办】池州市：1-5月份进展已退回', text: /退回原因：请补充数据。/ } })
  const query = new URL(ding!.url, 'http://x').searchParams
  t.equal(query.get('access_token'), 'ding')
  const timestamp = query.get('timestamp')!
  t.ok(Number(timestamp) >= now.getTime() && Number(timestamp) < now.getTime() + 60_000, 'the time of sending, in ms')
  t.equal(query.get('sign'), createHmac('sha256', dingSecret).update(`${timestamp}\n${dingSecret}`).digest('base64'), '加签 as 钉钉 checks it')

  // 25 closings of the period to a robot of its own: 20 go in the first minute, the others when it frees.
  hook.state.received = []
  await subscribe({ url: `${hook.url}?access_token=closings`, events: ['period.closed'], format: 'dingtalk' })
  for (let i = 0; i < 25; i++) {
    await app.inject({ method: 'POST', url: `${city}/periods/${period.id}/close` })
    await app.inject({ method: 'POST', url: `${city}/periods/${period.id}/reopen` })
  }
  const later = Date.now()
  await app.worker.drain(new Date(later))
  t.equal(hook.state.received.length, 20, 'no more than 20 a minute')
  await app.worker.drain(new Date(later + 30_000))
  t.equal(hook.state.received.length, 20, 'still within the minute')
  await app.worker.drain(new Date(later + 61_000))
  t.equal(hook.state.received.length, 25, 'the rest once the minute has passed')
  t.ok(hook.state.received.every((received) => JSON.parse(received.body).markdown.title === '【督办】池州市：1-5月份已关闭'))
  t.equal((await deliveriesOf(wecom.id)).length, 2)
})

t.test('a robot says the evaluation in the city\'s own words', async (t) => {
  const { loop } = await world()
  const hook = await receiver(t)
  await subscribe({ url: `${hook.url}?key=accepted`, events: ['entry.accepted'], format: 'wecom' })
  const set = await app.inject({ method: 'PATCH', url: city, payload: { statusWords: { on_track: { word: '达进度' } } } })
  t.equal(set.statusCode, 200, set.body)
  await loop()
  await app.worker.drain(new Date())
  const [accepted] = hook.state.received.map((received) => JSON.parse(received.body))
  t.match(accepted, { markdown: { content: /^\*\*【督办】池州市：1-5月份进展已审核：达进度\*\*/ } }, 'not 序时推进, the service\'s own word')
})

t.test('GET /events lists the city\'s events oldest first, by type or subject, page by page', async (t) => {
  const { loop, task, period } = await world()
  await loop()
  // The world's making comes first: its unit, task and period, each an event.
  const all = bodyOf(await app.inject({ url: `${city}/events?limit=3` }), EventList)
  t.same(all.items.map((event) => event.type), ['lead_unit.created', 'task.created', 'period.created'])
  const rest = bodyOf(await app.inject({ url: `${city}/events?limit=5&cursor=${all.nextCursor}` }), EventList)
  t.same(rest.items.map((event) => event.type), ['entry.filed', 'entry.submitted', 'entry.returned', 'entry.submitted', 'entry.accepted'])
  t.equal(rest.nextCursor, null)
  t.equal(bodyOf(await app.inject({ url: `${city}/events?type=entry.submitted` }), EventList).items.length, 2)
  t.equal(bodyOf(await app.inject({ url: `${city}/events?subject=entry:${task.id}:${period.id}` }), EventList).items.length, 5)
  assertProblem(t, await app.inject({ url: `${city}/events?kind=entry.submitted` }), 400, 'validation_failed')
  assertProblem(t, await app.inject({ url: '/v1/cities/340400/events' }), 404, 'not_found')
})

t.test('two instances sending together deliver each event once, in order', { skip: onPostgres ? false : 'two pools need PostgreSQL' }, async (t) => {
  const { period, loop } = await world()
  const hook = await receiver(t)
  await subscribe({ url: hook.url, events: ['entry.submitted', 'entry.returned', 'entry.accepted', 'period.closed'], secret: SECRET })
  await loop()
  for (let i = 0; i < 10; i++) {
    await app.inject({ method: 'POST', url: `${city}/periods/${period.id}/close` })
    await app.inject({ method: 'POST', url: `${city}/periods/${period.id}/reopen` })
  }
  const scratchUrl = (await database.db.selectNoFrom((eb) => eb.fn<string>('current_database', []).as('name')).executeTakeFirstOrThrow()).name
  const url = new URL(process.env.DATABASE_URL!)
  url.pathname = `/${scratchUrl}`
  const pool = openDatabase({ url: url.toString() })
  const second = await buildApp({ database: pool })
  t.teardown(async () => {
    await second.close()
    await pool.db.destroy()
  })
  await Promise.all([app.worker.drain(), second.worker.drain(), app.worker.drain(), second.worker.drain()])
  const ids = hook.state.received.map((received) => JSON.parse(received.body).id as number)
  t.equal(ids.length, 14, 'each event once')
  t.same(ids, [...ids].sort((a, b) => a - b), 'in the order written')
})

t.test('a round of reminders to a group robot does not hold its other messages back past the minute', async (t) => {
  const { period, entryUrl } = await world()
  const hook = await receiver(t)
  await subscribe({ url: `${hook.url}?key=office-group`, events: ['reminder.issued', 'entry.submitted'], format: 'wecom' })
  for (let i = 0; i < 25; i++) {
    const reminded = await app.inject({ method: 'POST', url: `${city}/periods/${period.id}/reminders`, payload: { reason: `第${i + 1}次催办。` } })
    t.equal(reminded.statusCode, 201)
  }
  await app.inject({ method: 'PUT', url: entryUrl, payload: { progress: '产业集群加快建设。' } })
  t.equal((await app.inject({ method: 'POST', url: `${entryUrl}/submit` })).statusCode, 200)
  const now = Date.now()
  await app.worker.drain(new Date(now))
  const contents = hook.state.received.map((received) => JSON.parse(received.body).markdown.content as string)
  t.equal(contents.length, 20, 'the minute holds 20 messages')
  t.match(contents[0], /进展已报送/, 'the submission goes first, ahead of the round of reminders')
  t.same(contents.slice(1).map((content) => /第(\d+)次催办/.exec(content)?.[1]), Array.from({ length: 19 }, (_, i) => String(i + 1)), 'the reminders in order')
  await app.worker.drain(new Date(now + 61_000))
  t.equal(hook.state.received.length, 26, 'the rest once the minute has passed')
})
