/**
 * A write that makes an event wakes the worker once it commits: the first delivery leaves then,
 * not at the worker's next round. The worker here looks for work once a minute; the test's
 * deadline is far below that, so a delivery only arrives in time if the write woke it.
 */
import t from 'tap'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { seedPeriod, seedTask, seedUnit } from './factories.js'
import { seedCity, setup } from './helper.js'

const { app } = await setup(t, { worker: { intervalMs: 60_000 } })
await app.ready()

t.test('an entry written with a subscription waiting: delivered without waiting for the next round', async (t) => {
  let arrived: (body: string) => void
  const delivered = new Promise<string>((resolve) => { arrived = resolve })
  const server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => { body += chunk })
    request.on('end', () => {
      response.writeHead(200).end()
      arrived(body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => {
    server.closeAllConnections()
    server.close(() => resolve())
  }))

  await seedCity(app)
  const unit = await seedUnit(app, '市发展改革委')
  const task = await seedTask(app, { year: 2025, seq: 1, leadUnitIds: [unit.id] })
  const period = await seedPeriod(app, 2025, 5)
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
  const subscribed = await app.inject({ method: 'POST', url: '/v1/cities/341700/webhooks',
    payload: { url, events: ['entry.accepted'], secret: 'a-secret-of-32-characters-000000' } })
  t.equal(subscribed.statusCode, 201, subscribed.body)
  // The subscription's own nudge has run and found nothing: the next round is a minute away.
  await app.worker.drain()

  const filed = await app.inject({ method: 'PUT', url: `/v1/cities/341700/tasks/${task.id}/progress/${period.id}`,
    payload: { status: 'on_track', progress: '按计划推进。' } })
  t.equal(filed.statusCode, 201)
  const body = await Promise.race([delivered, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no delivery within 20 s')), 20_000).unref())])
  t.match(JSON.parse(body), { type: 'entry.accepted', data: { taskId: task.id, periodId: period.id } })
})
