/**
 * A fixed run through the service that makes it send its statements: a city's units, tasks
 * and periods made, changed and deleted, the review loop of an entry, extensions, reminders,
 * the worker, an import and a return sheet, every read and export, keys, webhooks, search.
 * The SQL snapshots (snapshot.ts) are what it records; the same run every time.
 */
import { buildApp } from '../../src/app.js'
import { defaultJobOptions } from '../../src/jobs.js'
import type { DatabaseHandle } from '../../src/db/connect.js'
import { createApiKey } from '../../src/features/keys/keys.service.js'
import { systemActor } from '../../src/db/audit.js'
import { readSeed } from '../helper.js'

export async function playScenario(database: DatabaseHandle) {
  // The scenario's receiver is on this machine (nothing listens there: its delivery fails, as a log of one).
  const app = await buildApp({ database, clock: () => new Date('2025-06-03T02:00:00.000Z'), worker: { eventDays: 400, webhooks: { ...defaultJobOptions.webhooks, allowedNetworks: ['127.0.0.0/8'] } } })
  const admin = (await database.db.transaction().execute((trx) =>
    createApiKey(trx, systemActor, { name: 'sql', role: 'admin', cityCode: null, leadUnitId: null }))).key
  const call = async (method: string, url: string, payload?: unknown, key = admin) => {
    const response = await app.inject({ method: method as 'GET', url, payload: payload as object, headers: { authorization: `Bearer ${key}` } })
    if (response.statusCode >= 500) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`)
    return String(response.headers['content-type'] ?? '').includes('json') ? response.json() : response.body
  }
  const city = '/v1/cities/341700'
  await call('POST', '/v1/cities', { code: '341700', name: '池州市', province: '安徽省' })
  await call('PATCH', city, { supervision: { remindDaysBefore: [3, 1], overdueEveryDays: 2, warningDays: 3 } })
  await call('PATCH', city, { statusWords: { behind: { word: '欠进度' }, ahead: { word: '超进度' } } })
  await call('POST', '/v1/cities', { code: '340400', name: '淮南市', province: '安徽省' })
  await call('DELETE', '/v1/cities/340400')
  const hook = await call('POST', `${city}/webhooks`, { url: 'http://127.0.0.1:9/hook', events: ['entry.submitted'], secret: 'a-secret-of-32-characters-000000' })
  await call('PATCH', `${city}/webhooks/${hook.id}`, { events: ['entry.submitted', 'entry.accepted'] })

  const unit = await call('POST', `${city}/lead-units`, { name: '市发展改革委', aliases: ['市发改委'], shortName: '市发改委' })
  const spare = await call('POST', `${city}/lead-units`, { name: '发展改革委员会' })
  const gone = await call('POST', `${city}/lead-units`, { name: '临时单位' })
  await call('PATCH', `${city}/lead-units/${unit.id}`, { aliases: ['市发改委', '发改委'] })
  await call('DELETE', `${city}/lead-units/${gone.id}`)
  const leads = (id: number) => [{ leadUnitId: id, role: 'lead' }]
  const task = await call('POST', `${city}/tasks`, { year: 2025, seq: 1, title: '地区生产总值增长6.5%以上。', leadUnits: leads(spare.id) })
  const other = await call('POST', `${city}/tasks`, { year: 2025, seq: 2, title: '临时任务。', leadUnits: leads(unit.id) })
  await call('POST', `${city}/lead-units/${spare.id}/merge`, { into: unit.id })
  await call('PATCH', `${city}/tasks/${other.id}`, { title: '临时任务(改)。' })
  await call('DELETE', `${city}/tasks/${other.id}`)
  const dropped = await call('POST', `${city}/periods`, { year: 2025, label: '一季度', kind: 'quarter', startsOn: '2025-01-01', endsOn: '2025-03-31' })
  await call('DELETE', `${city}/periods/${dropped.id}`)
  const period = await call('POST', `${city}/periods`, {
    year: 2025, label: '1-5月份', kind: 'month_cumulative', startsOn: '2025-01-01', endsOn: '2025-05-31', dueAt: '2025-06-05T09:30:00.000Z',
  })
  await call('PATCH', `${city}/periods/${period.id}`, { dueAt: '2025-06-05T09:45:00.000Z' })

  const unitKey = (await call('POST', '/v1/api-keys', { name: '市发改委', role: 'lead_unit', cityCode: '341700', leadUnitId: unit.id })).key
  const reader = await call('POST', '/v1/api-keys', { name: '公开', role: 'reader', cityCode: '341700', scope: 'published' })
  await call('GET', '/v1/api-keys')
  await call('GET', `/v1/api-keys/${reader.id}`)
  const entry = `${city}/tasks/${task.id}/progress/${period.id}`
  await call('POST', `${city}/periods/${period.id}/reminders`)
  await app.worker.drain(new Date('2025-06-04T09:45:00.000Z'))
  const asked = await call('POST', `${entry}/extension`, { dueAt: '2025-06-10T09:30:00.000Z', reason: '数据未出。' }, unitKey)
  await call('POST', `${city}/extensions/${asked.id}/approve`, { reason: '同意。' })
  await call('PUT', entry, { progress: '一季度增长6.4%。', proposedStatus: 'on_track' }, unitKey)
  await call('PATCH', entry, { remarks: '补充' }, unitKey)
  await call('POST', `${entry}/comments`, { body: '请补充数据。' })
  await call('POST', `${entry}/submit`, undefined, unitKey)
  await call('POST', `${entry}/return`, { reason: '请补充1-5月份数据。' })
  await call('DELETE', entry, undefined, unitKey)
  await call('PUT', entry, { progress: '1-5月份增长5.1%。' }, unitKey)
  // A PUT of an entry that is there: the one statement of replaceEntryAtOnce.
  await call('PUT', entry, { progress: '1-5月份增长5.1%,居全省第4位。' }, unitKey)
  await call('POST', `${entry}/submit`, undefined, unitKey)
  await call('POST', `${city}/periods/${period.id}/close`)
  await call('POST', `${entry}/accept`, { status: 'behind' })
  await call('POST', `${city}/periods/${period.id}/close`)
  await call('POST', `${city}/periods/${period.id}/reopen`)
  await app.worker.drain(new Date('2025-06-12T09:45:00.000Z'))

  await call('POST', `${city}/imports`, { document: readSeed('chizhou-2025-jan-may.txt'), sourceName: 'chizhou.txt', dryRun: true })
  const imported = await call('POST', `${city}/imports`, { document: readSeed('chizhou-2025-jan-may.txt'), sourceName: 'chizhou.txt' })
  await call('GET', `${city}/imports`)
  await call('GET', `${city}/imports/${imported.id}`)
  const sheet = await app.inject({ url: `${city}/periods/${imported.period.id}/return-sheet?leadUnitId=${unit.id}`, headers: { authorization: `Bearer ${admin}` } })
  await app.inject({ method: 'POST', url: `${city}/imports?sourceName=sheet.xlsx`, payload: sheet.rawPayload,
    headers: { authorization: `Bearer ${admin}`, 'content-type': sheet.headers['content-type'] as string } })

  const rules = { baseScore: 100, periodKinds: ['month_cumulative'], points: { late: -0.1, missing: -10, returned: -5 }, taskWeights: [{ seq: 1, weight: 2 }], floor: 0 }
  await call('PUT', `${city}/assessment-rules/2025`, rules)
  await call('PUT', `${city}/assessment-rules/2025`, { ...rules, caps: { deductions: 30 } })

  const catalogue = await call('GET', '/v1/provinces/340000/indicators')
  await call('GET', `${city}/tasks/${task.id}/indicator`)
  await call('PUT', `${city}/tasks/${task.id}/indicator`, { indicatorId: catalogue.items[0].id })
  await call('PUT', `${city}/tasks/${task.id}/indicator`, { indicatorId: null })
  await call('DELETE', `${city}/tasks/${task.id}/indicator`)
  await call('GET', `/v1/provinces/340000/indicators/${catalogue.items[0].id}?year=2025&period=5`)

  for (const url of [
    `${city}/assessment-rules/2025`, `${city}/assessment?year=2025`, `${city}/assessment?year=2025&format=xlsx`,
    `${city}/lead-units`, `${city}/lead-units/${unit.id}`, `${city}/periods`, `${city}/periods/${period.id}`, `${city}/tasks?year=2025`,
    `${city}/tasks?year=2025&periodId=${period.id}&status=behind`, `${city}/tasks?q=${encodeURIComponent('生产')}`, `${city}/tasks/${task.id}`,
    `${city}/tasks/${task.id}/progress`, entry, `${entry}/comments`, `${entry}/extensions`, `${city}/extensions`, `${city}/extensions/${asked.id}`,
    `${city}/periods/${period.id}/progress`, `${city}/periods/${period.id}/progress?state=accepted&q=${encodeURIComponent('增长')}`,
    `${city}/periods/${period.id}/progress?flag=stale`, `${city}/periods/${period.id}/compliance?flag=template`,
    `${city}/periods/${imported.period.id}/summary`, `${city}/periods/${imported.period.id}/report?format=json`,
    `${city}/periods/${imported.period.id}/report?format=csv`, `${city}/periods/${imported.period.id}/changes?since=${period.id}`,
    `${city}/periods/${period.id}/compliance`, `${city}/periods/${period.id}/reminders`, `${city}/search?q=${encodeURIComponent('新能源')}`,
    `/v1/search?q=${encodeURIComponent('消费')}`, `${city}/events`, `${city}/audit`, `${city}/webhooks`, `${city}/webhooks/${hook.id}`,
    `${city}/webhooks/${hook.id}/deliveries`, '/v1/cities', city, '/readyz', '/metrics',
  ]) await call('GET', url)
  await call('GET', `${city}/periods/${period.id}/progress`, undefined, reader.key)
  // A follower reading on from its cursor (the feed first checks what retention removed).
  const firstEvents = await call('GET', `${city}/events?limit=1`)
  await call('GET', `${city}/events?limit=1&cursor=${encodeURIComponent(firstEvents.nextCursor)}`)
  await call('DELETE', `/v1/api-keys/${reader.id}`)
  await call('DELETE', `${city}/webhooks/${hook.id}`)
  await app.close()
}
