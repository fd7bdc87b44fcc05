import t from 'tap'
import { assertProblem } from './factories.js'
import { seedCity, setup } from './helper.js'

const { app } = await setup(t, { pressure: { maxInFlight: 2 } })

t.test('past maxInFlight a request under /v1 is shed at once with 503 overloaded and Retry-After', async (t) => {
  await seedCity(app)
  const responses = await Promise.all(Array.from({ length: 12 }, () => app.inject({ url: '/v1/cities/341700/tasks' })))
  const statuses = responses.map((response) => response.statusCode)
  const shed = responses.filter((response) => response.statusCode === 503)
  t.ok(statuses.every((status) => status === 200 || status === 503), `200 or 503 only: ${statuses.join(',')}`)
  t.ok(statuses.filter((status) => status === 200).length >= 2, 'the first two are served')
  t.ok(shed.length > 0, `${shed.length} of 12 shed`)
  for (const response of shed) {
    assertProblem(t, response, 503, 'overloaded')
    t.equal(response.headers['retry-after'], '1')
  }
  const after = await app.inject({ url: '/v1/cities/341700/tasks' })
  t.equal(after.statusCode, 200, 'served again once the others are done')
  const metrics = await app.metrics.metrics()
  t.match(metrics, new RegExp(`^duban_http_problems_total\\{code="overloaded"\\} ${shed.length}$`, 'm'), 'each one shed is counted on /metrics')
})

t.test('liveness and readiness are never shed', async (t) => {
  await seedCity(app)
  const load = Array.from({ length: 8 }, () => app.inject({ url: '/v1/cities/341700/tasks' }))
  const probes = await Promise.all([app.inject({ url: '/healthz' }), app.inject({ url: '/readyz' })])
  await Promise.all(load)
  t.same(probes.map((response) => response.statusCode), [200, 200])
})
