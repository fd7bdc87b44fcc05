import t from 'tap'
import { EVENT_TYPES } from '../../shared/values.js'
import { eventChecker, type OpenApiDocument } from '../../../test/contract.js'
import { seedPeriod, seedTask, seedUnit } from '../../../test/factories.js'
import { createKey, seedCity, setup } from '../../../test/helper.js'

// Every event type the service tells is in the OpenAPI document's webhooks, and every event it
// writes is as its type's schema says: a city's changes of every kind, then its whole feed held
// against the document.
const { app, database } = await setup(t)
const city = '/v1/cities/341700'

t.test('each event type happens, and every event is as the document says', async (t) => {
  await seedCity(app)
  const hook = (await app.inject({ method: 'POST', url: `${city}/webhooks`,
    payload: { url: 'https://oa.example.gov.cn/duban?token=t', events: ['entry.submitted'], secret: 'a-secret-of-32-characters-000000' } })).json()
  await app.inject({ method: 'PATCH', url: `${city}/webhooks/${hook.id}`, payload: { active: false } })
  const fgw = await seedUnit(app, '市发展改革委')
  const spare = await seedUnit(app, '发展改革委员会')
  await app.inject({ method: 'PATCH', url: `${city}/lead-units/${fgw.id}`, payload: { aliases: ['市发改委'] } })
  const task = await seedTask(app, { year: 2025, seq: 1, title: '地区生产总值增长6.5%以上。', leadUnitIds: [spare.id] })
  await app.inject({ method: 'POST', url: `${city}/lead-units/${spare.id}/merge`, payload: { into: fgw.id } })
  const gone = await seedUnit(app, '临时单位')
  await app.inject({ method: 'DELETE', url: `${city}/lead-units/${gone.id}` })
  const other = await seedTask(app, { year: 2025, seq: 2, title: '临时任务。', leadUnitIds: [fgw.id] })
  await app.inject({ method: 'PATCH', url: `${city}/tasks/${other.id}`, payload: { title: '临时任务(改)。' } })
  await app.inject({ method: 'DELETE', url: `${city}/tasks/${other.id}` })
  const spareperiod = await seedPeriod(app, 2025, 3)
  await app.inject({ method: 'DELETE', url: `${city}/periods/${spareperiod.id}` })
  const period = await seedPeriod(app, 2025, 5)
  const dueAt = new Date(Date.now() - 86_400_000).toISOString()
  await app.inject({ method: 'PATCH', url: `${city}/periods/${period.id}`, payload: { dueAt } })

  const unitKey = await createKey(database, { role: 'lead_unit', cityCode: '341700', leadUnitId: fgw.id })
  const asUnit = { authorization: `Bearer ${unitKey}` }
  const entry = `${city}/tasks/${task.id}/progress/${period.id}`
  await app.inject({ method: 'POST', url: `${city}/periods/${period.id}/reminders` })
  await app.worker.drain(new Date())
  const asked = (await app.inject({ method: 'POST', url: `${entry}/extension`, headers: asUnit,
    payload: { dueAt: new Date(Date.now() + 86_400_000).toISOString(), reason: '数据未出。' } })).json()
  await app.inject({ method: 'POST', url: `${city}/extensions/${asked.id}/approve` })
  await app.inject({ method: 'PUT', url: entry, headers: asUnit, payload: { progress: '一季度增长6.4%。' } })
  await app.inject({ method: 'DELETE', url: entry, headers: asUnit })
  await app.inject({ method: 'PUT', url: entry, headers: asUnit, payload: { progress: '一季度增长6.4%。' } })
  await app.inject({ method: 'POST', url: `${entry}/submit`, headers: asUnit })
  await app.inject({ method: 'POST', url: `${entry}/return`, payload: { reason: '请补充1-5月份数据。' } })
  await app.inject({ method: 'POST', url: `${entry}/submit`, headers: asUnit })
  await app.inject({ method: 'POST', url: `${entry}/accept`, payload: { status: 'behind' } })
  await app.inject({ method: 'POST', url: `${city}/periods/${period.id}/close` })
  await app.inject({ method: 'POST', url: `${city}/periods/${period.id}/reopen` })
  const document = ['2025年重点工作任务1-6月份进展情况', '', '序号\t重点工作任务\t牵头责任单位\t1-6月份进展情况',
    '1\t地区生产总值增长6.5%以上。\t市发改委\t上半年增长6.3%。'].join('\n')
  t.equal((await app.inject({ method: 'POST', url: `${city}/imports`, payload: { document, sourceName: '1-6月.txt' } })).statusCode, 201)
  await app.inject({ method: 'DELETE', url: `${city}/webhooks/${hook.id}` })

  const feed: { id: number, type: string }[] = []
  for (let cursor: string | null = ''; cursor !== null;) {
    const page: { items: { id: number, type: string }[], nextCursor: string | null } =
      (await app.inject({ url: `${city}/events?limit=500${cursor ? `&cursor=${cursor}` : ''}` })).json()
    feed.push(...page.items)
    cursor = page.nextCursor
  }
  const check = eventChecker(app.swagger() as unknown as OpenApiDocument)
  t.same(feed.flatMap(check), [], `all ${feed.length} events are as the document's webhooks say`)
  t.same(EVENT_TYPES.filter((type) => !feed.some((event) => event.type === type)), [], 'every event type happened')
})
