import t, { type Test } from 'tap'
import { PeriodProgressEntryList } from './entries.schemas.js'
import { allPages, assertProblem, badFields, cityUrl, seedPeriod, seedTask, seedUnit, type Task } from '../../../test/factories.js'
import { bodyOf, createKey, seedCity, setup } from '../../../test/helper.js'
import { readSeed } from '../../../test/fixtures.js'

// Copied text on the office's review list: a report that only moved its figures on since the
// previous period (stale), and a sentence that units sharing no task wrote alike (template),
// each seen only among the entries the caller may read. Reports of our own, written as the seeds write.
const { app, database } = await setup(t)
const city = cityUrl()
const as = (key: string) => ({ authorization: `Bearer ${key}` })

const MAY = '截至5月底，全市新开工重点项目12个，完成投资3亿元，占年度计划的41%。组织召开项目调度会2次，协调解决用地、环评等问题5个。'
const JUNE = '截至6月底，全市新开工重点项目15个，完成投资3.5亿元，占年度计划的52%。组织召开项目调度会3次，协调解决用地、环评等问题7个。'
const APRIL = '1-4月份，完成滨江大道改造工程初步设计，城东片区安置房项目完成招标，正在办理施工许可手续。'
const FRESH = '6月份，赴长三角开展专题招商，签约产业链配套项目6个，总投资18亿元；建立“一项目一专班”机制，由县区主要负责同志包保推进。'
const TEMPLATE = '坚持问题导向，强化统筹调度，确保各项任务按时保质完成'

type Item = { taskId: number, flags: unknown[] }

/**
 * Periods 1-4月份, 1-5月份 and 1-6月份 of 2025 (June made first: the previous period is found by its end, not its id), and
 * tasks: 1 (unit A) files May's text again in June with its figures moved on; 2 (B) writes anew;
 * 3 (B), 4 (C) and 6 (B) share a sentence in June, 4 as C's draft; 5 (A) is only in June.
 */
async function reported() {
  await seedCity(app)
  const [a, b, c] = [await seedUnit(app, '市发展改革委'), await seedUnit(app, '市财政局'), await seedUnit(app, '贵池区')]
  const june = await seedPeriod(app, 2025, 6)
  const april = await seedPeriod(app, 2025, 4)
  const may = await seedPeriod(app, 2025, 5)
  const tasks: Task[] = []
  for (const [seq, unit] of [[1, a], [2, b], [3, b], [4, c], [5, a], [6, b]] as const) tasks.push(await seedTask(app, { year: 2025, seq, leadUnitIds: [unit.id] }))
  const unitC = await createKey(database, { role: 'lead_unit', cityCode: '341700', leadUnitId: c.id })
  const file = async (seq: number, periodId: number, progress: string, key?: string) => {
    const response = await app.inject({
      method: 'PUT', url: `${city}/tasks/${tasks[seq - 1]!.id}/progress/${periodId}`,
      payload: key ? { progress } : { status: 'on_track', progress }, ...(key ? { headers: as(key) } : {}),
    })
    if (response.statusCode >= 300) throw new Error(response.body)
  }
  await file(1, april.id, APRIL)
  await file(1, may.id, MAY)
  await file(1, june.id, JUNE)
  await file(2, may.id, APRIL)
  await file(2, june.id, FRESH)
  await file(3, june.id, `东至县完成农村道路改造8公里。${TEMPLATE}。`)
  await file(4, june.id, `贵池区完成农村道路改造12公里。${TEMPLATE}。`, unitC)
  await file(5, june.id, JUNE)
  await file(6, june.id, `${TEMPLATE}；启动第二批项目前期工作。`)
  return { tasks, periods: { april, may, june } }
}

async function list(t: Test, periodId: number, query: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const response = await app.inject({ url: `${city}/periods/${periodId}/progress`, query, headers })
  t.equal(response.statusCode, 200, response.body.slice(0, 300))
  return bodyOf(response, PeriodProgressEntryList).items
}

const flagsBy = (items: Item[], tasks: Task[]) => new Map(items.map((item) => [tasks.find((task) => task.id === item.taskId)!.seq, item.flags]))

t.test('stale against the period that ends latest before, template across units that share no task', async (t) => {
  const { tasks, periods } = await reported()
  const other = (seq: number) => ({ taskId: tasks[seq - 1]!.id, seq, leadUnitIds: tasks[seq - 1]!.leadUnits.map((unit) => unit.id) })
  const flags = flagsBy(await list(t, periods.june.id), tasks)
  t.same(flags.get(1), [{ kind: 'stale', previousPeriodId: periods.may.id, similarity: 1 }], 'figures moved on since May (not April, earlier)')
  t.same(flags.get(2), [], 'a new paragraph')
  t.same(flags.get(5), [], 'no entry in May: nothing to be stale against, and a text a task of the same unit holds is no template')
  t.same(flags.get(3), [{ kind: 'template', sentence: TEMPLATE, otherEntries: [other(4)] }], 'not 6, the same unit\'s')
  t.same(flags.get(4), [{ kind: 'template', sentence: TEMPLATE, otherEntries: [other(3), other(6)] }])
  t.same(flags.get(6), [{ kind: 'template', sentence: TEMPLATE, otherEntries: [other(4)] }])
  const may = flagsBy(await list(t, periods.may.id), tasks)
  t.same(may.get(1), [], 'May against April: a different text')
  t.same(flagsBy(await list(t, periods.april.id), tasks).get(1), [], 'April: no period before it')
})

t.test('flag= lists only the entries so flagged; other filters and pages still apply', async (t) => {
  const { tasks, periods } = await reported()
  const seqs = (items: Item[]) => items.map((item) => tasks.find((task) => task.id === item.taskId)!.seq)
  t.same(seqs(await list(t, periods.june.id, { flag: 'stale' })), [1])
  t.same(seqs(await list(t, periods.june.id, { flag: 'template' })), [3, 4, 6])
  t.same(seqs(await list(t, periods.june.id, { flag: 'template', state: 'draft' })), [4])
  t.same(seqs(await list(t, periods.june.id, { flag: 'stale', state: 'draft' })), [])
  const first = await app.inject({ url: `${city}/periods/${periods.june.id}/progress`, query: { flag: 'template', limit: '2' } })
  const page = bodyOf(first, PeriodProgressEntryList)
  t.same(seqs(page.items), [3, 4])
  const next = await list(t, periods.june.id, { flag: 'template', limit: '2', cursor: page.nextCursor! })
  t.same(seqs(next), [6])
  t.same(await list(t, periods.may.id, { flag: 'stale' }), [], 'none flagged')
  const bad = await app.inject({ url: `${city}/periods/${periods.june.id}/progress`, query: { flag: 'copied' } })
  assertProblem(t, bad, 400, 'validation_failed')
  t.same(badFields(t, bad), ['querystring/flag'])
  assertProblem(t, await app.inject({ url: `${city}/periods/999999/progress`, query: { flag: 'stale' } }), 404, 'not_found')
})

t.test('a reader of published data: flags compare accepted entries only', async (t) => {
  const { tasks, periods } = await reported()
  const reader = await createKey(database, { role: 'reader', cityCode: '341700' })
  await database.db.updateTable('apiKeys').set({ publishedOnly: true }).where('role', '=', 'reader').execute()
  const flags = flagsBy(await list(t, periods.june.id, {}, as(reader)), tasks)
  t.equal(flags.has(4), false, 'C\'s draft is not listed')
  t.same(flags.get(3), [], 'nor is the sentence it shares with 3 told')
  t.same(flags.get(6), [])
  t.same(flags.get(1), [{ kind: 'stale', previousPeriodId: periods.may.id, similarity: 1 }], 'both published')
  t.same((await list(t, periods.june.id, { flag: 'template' }, as(reader))), [])
  // May's text, no longer published (a draft again after an office correction), is no longer compared.
  await database.db.updateTable('progressEntries').set({ state: 'draft' }).where('periodId', '=', periods.may.id).execute()
  t.same(flagsBy(await list(t, periods.june.id, {}, as(reader)), tasks).get(1), [])
  t.same(flagsBy(await list(t, periods.june.id), tasks).get(1), [{ kind: 'stale', previousPeriodId: periods.may.id, similarity: 1 }], 'the office still sees it')
})

t.test('the 淮南 seed: no sentence recurs across units, so no template flag', async (t) => {
  await seedCity(app, '340400')
  const imported = await app.inject({ method: 'POST', url: '/v1/cities/340400/imports', payload: { document: readSeed('huainan-2023-q1.txt'), sourceName: 'huainan' } })
  t.equal(imported.statusCode, 201)
  const periodId = (imported.json() as { period: { id: number } }).period.id
  const { items } = await allPages<Item>(t, app, `/v1/cities/340400/periods/${periodId}/progress`, { limit: '100' })
  t.equal(items.length, 262)
  t.same(items.filter((item) => item.flags.length > 0), [], 'one period: nothing stale; the one repeated sentence (tasks 30 and 35) is 市发改委\'s both times')
  const templated = await app.inject({ url: `/v1/cities/340400/periods/${periodId}/progress`, query: { flag: 'template' } })
  t.same(bodyOf(templated, PeriodProgressEntryList).items, [])
})

t.test('the flags follow every write: compared again once the city\'s data changed, never served from before it', async (t) => {
  const { tasks, periods } = await reported()
  const before = flagsBy(await list(t, periods.june.id), tasks)
  t.same(before.get(2), [], 'task 2 wrote anew')
  t.same(flagsBy(await list(t, periods.june.id), tasks).get(2), [], 'read again, unchanged')
  // Task 2 (unit B) now shares C's sentence: a template with task 4, read at once.
  const rewritten = await app.inject({ method: 'PUT', url: `${city}/tasks/${tasks[1]!.id}/progress/${periods.june.id}`,
    payload: { status: 'on_track', progress: `全市完成老旧小区改造3个。${TEMPLATE}。` } })
  t.equal(rewritten.statusCode, 200)
  const after = flagsBy(await list(t, periods.june.id), tasks)
  t.match(after.get(2), [{ kind: 'template', sentence: TEMPLATE }])
  const compliance = await app.inject({ url: `${city}/periods/${periods.june.id}/compliance` })
  t.match(JSON.stringify(compliance.json()), TEMPLATE, 'compliance reads the same flags')
})
