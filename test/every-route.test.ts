/**
 * Every operation of the OpenAPI document, called once or more along the 督办 loop, answers its
 * documented answer (its success; the backup's documented 409 on a PostgreSQL server): a city imports its list, lead units file, submit, are returned and file
 * again, ask for more time, the office accepts, reminds, scores, publishes, and the public reads
 * the open files. The test fails if an operation of the document was never called, so a new route
 * joins this walk. It runs on every database the suite runs on, a Citus cluster included
 * (docs/scale.md: the smoke run of every route).
 */
import t from 'tap'
import { seedPeriod, seedUnit } from './factories.js'
import { createKey, onPostgres, readSeed, setup } from './helper.js'
import type { OpenApiDocument } from './contract.js'

const { app, database } = await setup(t)

/** Each operation answered, as `METHOD /path/{param}`, with the statuses it gave. */
const answered = new Map<string, number[]>()
app.addHook('onResponse', (request, reply, done) => {
  const operation = `${request.method} ${(request.routeOptions.url ?? '').replace(/:([A-Za-z]+)/g, '{$1}')}`
  answered.set(operation, [...answered.get(operation) ?? [], reply.statusCode])
  done()
})

type Call = { method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object, query?: Record<string, string>, key?: string }

t.test('every operation of the document answers its success along the loop', async (t) => {
  const call = async (expected: number, { method = 'GET', url, payload, query, key }: Call) => {
    const response = await app.inject({ method, url, payload, query, headers: key ? { authorization: `Bearer ${key}` } : {} })
    t.equal(response.statusCode, expected, `${method} ${url}: ${response.statusCode === expected ? '' : response.body.slice(0, 400)}`)
    return response.statusCode === expected && response.body !== '' && /json/.test(String(response.headers['content-type'])) ? response.json() : undefined
  }

  await call(200, { url: '/healthz' })
  await call(200, { url: '/readyz' })
  await call(200, { url: '/metrics' })

  // The city, its list from a report, and a lead unit's key.
  await call(201, { method: 'POST', url: '/v1/cities', payload: { code: '341700', name: '池州市', province: '安徽省' } })
  const city = '/v1/cities/341700'
  await call(200, { url: '/v1/cities' })
  await call(200, { url: city })
  await call(200, { method: 'PATCH', url: city, payload: { supervision: { remindDaysBefore: [3, 1], overdueEveryDays: 2, warningDays: 3 } } })
  const imported = await call(201, { method: 'POST', url: `${city}/imports`, payload: { document: readSeed('chizhou-2025-jan-may.txt'), sourceName: 'chizhou.txt' } })
  const periodId: number = imported.period.id
  await call(200, { url: `${city}/imports` })
  await call(200, { url: `${city}/imports/${imported.id}` })
  await call(200, { url: `${city}/periods` })
  await call(200, { url: `${city}/periods/${periodId}` })

  const unit = await call(201, { method: 'POST', url: `${city}/lead-units`, payload: { name: '市数据资源局', aliases: ['数据局'] } })
  await call(200, { url: `${city}/lead-units` })
  await call(200, { url: `${city}/lead-units/${unit.id}` })
  await call(200, { method: 'PATCH', url: `${city}/lead-units/${unit.id}`, payload: { shortName: '数据局' } })
  const apiKey = await call(201, { method: 'POST', url: '/v1/api-keys', payload: { name: '数据局填报', role: 'lead_unit', cityCode: '341700', leadUnitId: unit.id } })
  await call(200, { url: '/v1/api-keys' })
  await call(200, { url: `/v1/api-keys/${apiKey.id}` })
  const unitKey = await createKey(database, { role: 'lead_unit', cityCode: '341700', leadUnitId: unit.id })

  // A task of the unit's, split in two parts, and the next period with a deadline.
  const task = await call(201, { method: 'POST', url: `${city}/tasks`, payload: {
    year: 2025, seq: 100, title: '建成城市数据底座，接入部门系统40个。', leadUnits: [{ leadUnitId: unit.id, role: 'lead' }], rollup: 'share' } })
  const part = await call(201, { method: 'POST', url: `${city}/tasks`, payload: {
    year: 2025, seq: 1, title: '接入部门系统20个。', parentId: task.id, part: 20, leadUnits: [{ leadUnitId: unit.id, role: 'lead' }] } })
  await call(200, { url: `${city}/tasks`, query: { year: '2025' } })
  await call(200, { url: `${city}/tasks/${task.id}` })
  await call(200, { method: 'PATCH', url: `${city}/tasks/${task.id}`, payload: { category: '数字政府' } })
  const june = await seedPeriod(app, 2025, 6)
  await call(200, { method: 'PATCH', url: `${city}/periods/${june.id}`, payload: { dueAt: '2025-07-05T09:00:00.000Z' } })
  const entry = `${city}/tasks/${part.id}/progress/${june.id}`

  // The unit files, submits, is returned, files again; the office accepts.
  await call(201, { method: 'PUT', url: entry, key: unitKey, payload: { proposedStatus: 'on_track', progress: '已接入部门系统8个。' } })
  await call(200, { method: 'PATCH', url: entry, key: unitKey, payload: { nextSteps: '7月接入人社、医保系统。' } })
  await call(200, { method: 'POST', url: `${entry}/submit`, key: unitKey })
  await call(200, { method: 'POST', url: `${entry}/return`, payload: { reason: '请写明已接入系统的名称。' } })
  await call(201, { method: 'POST', url: `${entry}/comments`, payload: { body: '名称列在备注里即可。' } })
  await call(200, { url: `${entry}/comments` })
  await call(200, { method: 'PUT', url: entry, key: unitKey, payload: { proposedStatus: 'on_track', progress: '已接入公安、民政等部门系统8个。' } })
  await call(200, { method: 'POST', url: `${entry}/submit`, key: unitKey })
  await call(200, { method: 'POST', url: `${entry}/accept`, payload: { status: 'on_track' } })
  await call(200, { url: entry })
  await call(200, { url: `${city}/tasks/${part.id}/progress` })
  await call(200, { url: `${city}/periods/${june.id}/progress` })
  await call(200, { url: `${city}/tasks/${task.id}/rollup`, query: { periodId: String(june.id) } })

  // More time asked for twice: once granted, once refused.
  const other = await call(201, { method: 'POST', url: `${city}/tasks`, payload: {
    year: 2025, seq: 101, title: '政务数据共享目录覆盖率达到95%。', leadUnits: [{ leadUnitId: unit.id, role: 'lead' }] } })
  const otherEntry = `${city}/tasks/${other.id}/progress/${june.id}`
  const granted = await call(201, { method: 'POST', url: `${otherEntry}/extension`, key: unitKey, payload: { dueAt: '2025-07-10T09:00:00.000Z', reason: '等待省平台接口。' } })
  await call(200, { url: `${otherEntry}/extensions` })
  await call(200, { url: `${city}/extensions` })
  await call(200, { url: `${city}/extensions/${granted.id}` })
  await call(200, { method: 'POST', url: `${city}/extensions/${granted.id}/approve`, payload: { reason: '同意。' } })
  const refused = await call(201, { method: 'POST', url: `${otherEntry}/extension`, key: unitKey, payload: { dueAt: '2025-07-20T09:00:00.000Z', reason: '仍在等待。' } })
  await call(200, { method: 'POST', url: `${city}/extensions/${refused.id}/reject`, payload: { reason: '按已批准的时限报送。' } })
  await call(201, { method: 'POST', url: `${city}/periods/${june.id}/reminders`, payload: { leadUnitId: unit.id, reason: '请按时报送。' } })
  await call(200, { url: `${city}/periods/${june.id}/reminders` })
  await call(200, { url: `${city}/periods/${june.id}/compliance` })
  await call(200, { url: `${city}/periods/${june.id}/return-sheet`, query: { leadUnitId: String(unit.id) } })

  // A draft the unit takes back, a period closed and reopened.
  await call(201, { method: 'PUT', url: otherEntry, key: unitKey, payload: { progress: '草稿。' } })
  await call(204, { method: 'DELETE', url: otherEntry, key: unitKey })
  await call(200, { method: 'POST', url: `${city}/periods/${june.id}/close`, payload: { force: true } })
  await call(200, { method: 'POST', url: `${city}/periods/${june.id}/reopen` })

  // The task's indicator, from the province's catalogue.
  const catalogue = await call(200, { url: '/v1/provinces/340000/indicators' })
  const indicatorId: number = catalogue.items[0].id
  await call(200, { url: `/v1/provinces/340000/indicators/${indicatorId}`, query: { year: '2025', period: '5' } })
  await call(200, { method: 'PUT', url: `${city}/tasks/${task.id}/indicator`, payload: { indicatorId } })
  await call(200, { url: `${city}/tasks/${task.id}/indicator` })
  await call(204, { method: 'DELETE', url: `${city}/tasks/${task.id}/indicator` })

  // A subscription, and a delivery of the next event sent again.
  const webhook = await call(201, { method: 'POST', url: `${city}/webhooks`, payload: { url: 'http://127.0.0.1:9/hook', events: ['entry.accepted'], secret: 'a-secret-of-32-characters-000000' } })
  await call(200, { url: `${city}/webhooks` })
  await call(200, { url: `${city}/webhooks/${webhook.id}` })
  await call(200, { method: 'PATCH', url: `${city}/webhooks/${webhook.id}`, payload: { format: 'json' } })
  await call(201, { method: 'PUT', url: otherEntry, payload: { status: 'behind', progress: '目录覆盖率82%。' } })
  const deliveries = await call(200, { url: `${city}/webhooks/${webhook.id}/deliveries` })
  await call(200, { method: 'POST', url: `${city}/webhooks/${webhook.id}/deliveries/${deliveries.items[0].id}/redeliver` })
  await call(200, { url: `${city}/events` })

  // What the office reads and publishes, and what the public reads.
  await call(200, { url: `${city}/periods/${periodId}/summary` })
  await call(200, { url: `${city}/periods/${periodId}/report` })
  await call(200, { url: `${city}/periods/${june.id}/changes`, query: { since: String(periodId) } })
  await call(201, { method: 'PUT', url: `${city}/assessment-rules/2025`, payload: { baseScore: 100, points: { late: -1, missing: -2 } } })
  await call(200, { url: `${city}/assessment-rules/2025` })
  await call(200, { url: `${city}/assessment`, query: { year: '2025' } })
  const release = await call(201, { method: 'POST', url: `${city}/periods/${periodId}/publish` })
  await call(200, { url: `${city}/periods/${periodId}/releases` })
  await call(200, { url: `${city}/periods/${periodId}/releases/${release.version}` })
  await call(200, { url: '/open/catalog.json' })
  const label = encodeURIComponent(release.label)
  await call(200, { url: `/open/341700/2025/${label}/report.csv` })
  await call(200, { url: `/open/341700/2025/${label}/v${release.version}/report.json` })
  await call(200, { url: `${city}/search`, query: { q: '数据' } })
  await call(200, { url: '/v1/search', query: { q: '数据' } })
  await call(200, { url: `${city}/audit` })
  // The backup is the embedded database's; a server's data is backed up with pg_dump (409 says so).
  await call(onPostgres ? 409 : 200, { url: '/v1/backup' })

  // What is removed: a unit merged into another, a spare unit, task and period deleted, a key revoked,
  // the subscription, and an empty city.
  const spare = await seedUnit(app, '市大数据中心')
  await call(200, { method: 'POST', url: `${city}/lead-units/${spare.id}/merge`, payload: { into: unit.id } })
  const empty = await seedUnit(app, '市信息中心')
  await call(204, { method: 'DELETE', url: `${city}/lead-units/${empty.id}` })
  const spareTask = await call(201, { method: 'POST', url: `${city}/tasks`, payload: {
    year: 2025, seq: 102, title: '开放公共数据集100个。', leadUnits: [{ leadUnitId: unit.id, role: 'lead' }] } })
  await call(204, { method: 'DELETE', url: `${city}/tasks/${spareTask.id}` })
  const july = await seedPeriod(app, 2025, 7)
  await call(204, { method: 'DELETE', url: `${city}/periods/${july.id}` })
  await call(204, { method: 'DELETE', url: `/v1/api-keys/${apiKey.id}` })
  await call(204, { method: 'DELETE', url: `${city}/webhooks/${webhook.id}` })
  await call(201, { method: 'POST', url: '/v1/cities', payload: { code: '340400', name: '淮南市', province: '安徽省' } })
  await call(204, { method: 'DELETE', url: '/v1/cities/340400' })

  await app.ready()
  const document = app.swagger() as unknown as OpenApiDocument
  const operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.keys(item).filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method)).map((method) => `${method.toUpperCase()} ${path}`))
  t.same(operations.filter((operation) => !answered.has(operation)), [], 'every operation of the document was called')
  t.same([...answered].filter(([, statuses]) => statuses.some((status) => status >= 500)), [], 'no operation answered 5xx')
})
