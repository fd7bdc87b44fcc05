import t from 'tap'
import { assertProblem } from '../../../test/factories.js'
import { bodyOf, createKey, readSeed, setup } from '../../../test/helper.js'
import { ImportResult } from '../imports/imports.schemas.js'
import { LeadUnitList } from '../lead-units/lead-units.schemas.js'
import { ProgressEntryList } from '../entries/entries.schemas.js'
import { SearchPage } from './search.schemas.js'
import { TaskList } from '../tasks/tasks.schemas.js'

const { app, database } = await setup(t)

const CHIZHOU = '341700'
const HUAINAN = '340400'
const q = (text: string) => encodeURIComponent(text)

async function importSeed(code: string, name: string, file: 'chizhou-2025-jan-may.txt' | 'huainan-2023-q1.txt') {
  const city = await app.inject({ method: 'POST', url: '/v1/cities', payload: { code, name, province: '安徽省' } })
  if (city.statusCode !== 201) throw new Error(city.body)
  const response = await app.inject({ method: 'POST', url: `/v1/cities/${code}/imports`, payload: { document: readSeed(file), sourceName: file } })
  if (response.statusCode !== 201) throw new Error(`import: ${response.body}`)
  return bodyOf(response, ImportResult).period.id!
}

async function bothSeeds() {
  return { chizhou: await importSeed(CHIZHOU, '池州市', 'chizhou-2025-jan-may.txt'), huainan: await importSeed(HUAINAN, '淮南市', 'huainan-2023-q1.txt') }
}

/** Every hit of a search, page by page (small pages, so the cursor is exercised). */
async function searchAll(url: string, headers: Record<string, string> = {}) {
  const hits: SearchPage['items'] = []
  let cursor: string | null = null
  do {
    const response = await app.inject({ url: `${url}&limit=3${cursor ? `&cursor=${cursor}` : ''}`, headers })
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`)
    const page: SearchPage = bodyOf(response, SearchPage)
    hits.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return hits
}
const seqs = (hits: SearchPage['items']) => hits.map((hit) => hit.task.seq).sort((a, b) => a - b)

/** What a plain substring scan of everything stored says holds the word: the ground truth the index must agree with. */
async function holding(cityCode: string, periodId: number, word: string) {
  const tasks = bodyOf(await app.inject({ url: `/v1/cities/${cityCode}/tasks?limit=500` }), TaskList).items
  const entries = bodyOf(await app.inject({ url: `/v1/cities/${cityCode}/periods/${periodId}/progress?limit=500` }), ProgressEntryList).items
  const units = bodyOf(await app.inject({ url: `/v1/cities/${cityCode}/lead-units?limit=500` }), LeadUnitList).items
  const names = new Map(units.map((unit) => [unit.id, [unit.name, ...unit.aliases]]))
  return tasks.filter((task) => {
    const entry = entries.find((one) => one.taskId === task.id)
    const texts = [task.title, ...task.leadUnits.flatMap((unit) => names.get(unit.id)!), entry?.progress, entry?.nextSteps, entry?.remarks]
    return texts.some((text) => text?.includes(word))
  }).map((task) => task.seq).sort((a, b) => a - b)
}

t.test('消费 finds exactly the tasks where it stands in any field, title hits first', async (t) => {
  const periods = await bothSeeds()
  const chizhou = await searchAll(`/v1/cities/${CHIZHOU}/search?q=${q('消费')}`)
  t.same(seqs(chizhou), [5, 9, 31, 32, 33, 34, 35])
  t.same(seqs(chizhou), await holding(CHIZHOU, periods.chizhou, '消费'), 'what a scan of the stored text finds')
  const huainan = await searchAll(`/v1/cities/${HUAINAN}/search?q=${q('消费')}`)
  t.same(seqs(huainan), [11, 15, 74, 119, 192])
  t.same(seqs(huainan), await holding(HUAINAN, periods.huainan, '消费'))

  for (const hits of [chizhou, huainan]) {
    const titled = hits.map((hit) => hit.matches[0]?.field === 'title')
    t.ok(titled.some(Boolean) && titled.some((is) => !is), 'some hits by title, some not')
    t.same(titled, [...titled].sort((a, b) => Number(b) - Number(a)), 'every title hit before every other')
    t.equal(new Set(hits.map((hit) => hit.task.id)).size, hits.length, 'each task once across pages')
    for (const hit of hits) {
      t.ok(hit.matches.length > 0, `task ${hit.task.seq} says where`)
      for (const match of hit.matches) {
        t.ok(match.highlights.length > 0)
        for (const { start, end } of match.highlights) t.equal(match.text.slice(start, end), '消费', `${hit.task.seq} ${match.field}: the highlight is the word`)
      }
    }
  }
  const seq31 = chizhou.find((hit) => hit.task.seq === 31)!
  t.same(seq31.matches.map((match) => match.field), ['progress'], '31 holds it in its progress only')
  t.match(seq31.entry, { periodId: periods.chizhou, status: 'on_track', state: 'accepted' })
})

t.test('新能源汽车: 池州 in progress text only, 淮南 by title and text', async (t) => {
  const periods = await bothSeeds()
  const chizhou = await searchAll(`/v1/cities/${CHIZHOU}/search?q=${q('新能源汽车')}`)
  t.same(seqs(chizhou), [21])
  t.same(chizhou[0]!.matches.map((match) => match.field), ['progress', 'nextSteps'])
  t.equal(chizhou[0]!.matches[0]!.highlights.length, 3, 'every occurrence in the passage is marked')
  const huainan = await searchAll(`/v1/cities/${HUAINAN}/search?q=${q('新能源汽车')}`)
  t.same(seqs(huainan), [21, 57, 58, 74, 196, 232])
  t.same(seqs(huainan), await holding(HUAINAN, periods.huainan, '新能源汽车'))
})

t.test('a unit\'s alias finds what the unit leads', async (t) => {
  await bothSeeds()
  const units = bodyOf(await app.inject({ url: `/v1/cities/${CHIZHOU}/lead-units?limit=500` }), LeadUnitList).items
  const ndrc = units.find((unit) => unit.name === '市发展改革委')!
  const led = bodyOf(await app.inject({ url: `/v1/cities/${CHIZHOU}/tasks?leadUnitId=${ndrc.id}&limit=500` }), TaskList).items
  t.ok(led.length >= 2)
  t.same(await searchAll(`/v1/cities/${CHIZHOU}/search?q=${q('市发改委')}`), [], 'not before the alias is known')

  const patched = await app.inject({ method: 'PATCH', url: `/v1/cities/${CHIZHOU}/lead-units/${ndrc.id}`, payload: { aliases: ['市发改委'] } })
  t.equal(patched.statusCode, 200)
  const hits = await searchAll(`/v1/cities/${CHIZHOU}/search?q=${q('市发改委')}`)
  t.same(seqs(hits), led.map((task) => task.seq).sort((a, b) => a - b), 'the tasks 市发展改革委 leads')
  const match = hits[0]!.matches.find((one) => one.field === 'leadUnits')!
  t.equal(match.text, '市发展改革委（市发改委）')
  t.same(match.highlights.map(({ start, end }) => match.text.slice(start, end)), ['市发改委'])
  t.same(seqs(await searchAll(`/v1/cities/${CHIZHOU}/search?q=${q('发展改革委')}`)), seqs(hits), 'and the name still does')

  // 淮南's report names the unit 市发改委 itself; 发改委 is found inside it.
  const huainan = await searchAll(`/v1/cities/${HUAINAN}/search?q=${q('发改委')}`)
  t.ok(huainan.length > 0 && huainan.every((hit) => hit.task.leadUnits.some((unit) => unit.name === '市发改委') ||
    hit.matches.some((one) => one.field !== 'leadUnits')))
})

t.test('several words mean all of them, in any of the task\'s fields', async (t) => {
  const periods = await bothSeeds()
  const all = await searchAll(`/v1/cities/${HUAINAN}/search?q=${q('新能源汽车')}`)
  const behind = await searchAll(`/v1/cities/${HUAINAN}/search?q=${q('新能源汽车 未达预期')}`)
  const entries = bodyOf(await app.inject({ url: `/v1/cities/${HUAINAN}/periods/${periods.huainan}/progress?status=behind&limit=500` }), ProgressEntryList).items
  const behindTasks = new Set(entries.map((entry) => entry.taskId))
  t.same(seqs(behind), seqs(all.filter((hit) => behindTasks.has(hit.task.id))), '新能源汽车 and the evaluation 未达预期')
  t.ok(behind.every((hit) => hit.matches.some((match) => match.field === 'status')))
  t.same(seqs(await searchAll(`/v1/cities/${HUAINAN}/search?q=${q('新能源汽车')}&status=behind`)), seqs(behind), 'as the status filter says')

  // 池州's 第5项 is led by 市商务局 and holds 消费 in its title: the words are in different fields.
  t.same(seqs(await searchAll(`/v1/cities/${CHIZHOU}/search?q=${q('消费 市商务局')}`)),
    seqs((await searchAll(`/v1/cities/${CHIZHOU}/search?q=${q('消费')}`)).filter((hit) => hit.task.leadUnits.some((unit) => unit.name === '市商务局'))))
  t.same(await searchAll(`/v1/cities/${CHIZHOU}/search?q=${q('消费 淮南')}`), [], 'a word nowhere in the task')
})

t.test('full-width, half-width, case, simplified and traditional forms match', async (t) => {
  await bothSeeds()
  const url = (word: string) => `/v1/cities/${CHIZHOU}/search?q=${q(word)}`
  const pm = seqs(await searchAll(url('PM2.5')))
  t.ok(pm.length > 0)
  t.same(seqs(await searchAll(url('ｐｍ２．５'))), pm, 'full-width and lower case')
  t.same(seqs(await searchAll(url('消費'))), seqs(await searchAll(url('消费'))), 'traditional 費')
  t.same(seqs(await searchAll(url('新能源汽車'))), [21], 'traditional 車')
  const hit = (await searchAll(url('新能源汽車')))[0]!
  t.same(hit.matches[0]!.highlights.map(({ start, end }) => hit.matches[0]!.text.slice(start, end))[0], '新能源汽车', 'highlighted where the simplified form stands')
})

t.test('a query of only punctuation or spaces is a 422; bad filters are 400 and 404', async (t) => {
  await bothSeeds()
  for (const empty of ['，。！', '   ', '\u3000', '…—《》']) {
    assertProblem(t, await app.inject({ url: `/v1/cities/${CHIZHOU}/search?q=${q(empty)}` }), 422, 'empty_query')
    assertProblem(t, await app.inject({ url: `/v1/search?q=${q(empty)}` }), 422, 'empty_query')
  }
  assertProblem(t, await app.inject({ url: `/v1/cities/${CHIZHOU}/search?q=${q('一 二 三 四 五 六 七 八 九')}` }), 422, 'too_many_terms')
  assertProblem(t, await app.inject({ url: `/v1/cities/${CHIZHOU}/search` }), 400, 'validation_failed')
  assertProblem(t, await app.inject({ url: `/v1/cities/${CHIZHOU}/search?q=${q('消费')}&stauts=behind` }), 400, 'validation_failed')
  assertProblem(t, await app.inject({ url: `/v1/cities/${CHIZHOU}/search?q=${q('消费')}&periodId=999999` }), 404, 'not_found')
  assertProblem(t, await app.inject({ url: `/v1/cities/999999/search?q=${q('消费')}` }), 404, 'not_found')
  assertProblem(t, await app.inject({ url: `/v1/cities/${CHIZHOU}/search?q=${q('消费')}&cursor=bm9wZQ` }), 400, 'invalid_cursor')
})

t.test('filters: year, period, status, lead unit', async (t) => {
  const periods = await bothSeeds()
  const url = `/v1/cities/${CHIZHOU}/search?q=${q('消费')}`
  t.same(seqs(await searchAll(`${url}&year=2025`)), [5, 9, 31, 32, 33, 34, 35])
  t.same(await searchAll(`${url}&year=2024`), [])
  t.same(seqs(await searchAll(`${url}&periodId=${periods.chizhou}`)), [5, 9, 31, 32, 33, 34, 35])
  t.same(seqs(await searchAll(`${url}&status=behind`)), [5], '第5项 is 未达预期')
  const units = bodyOf(await app.inject({ url: `/v1/cities/${CHIZHOU}/lead-units?limit=500` }), LeadUnitList).items
  const commerce = units.find((unit) => unit.name === '市商务局')!
  const hits = await searchAll(`${url}&leadUnitId=${commerce.id}`)
  t.ok(hits.length > 0 && hits.every((hit) => hit.task.leadUnits.some((unit) => unit.id === commerce.id)))
})

t.test('the index follows every write, in its transaction', async (t) => {
  const periods = await bothSeeds()
  const found = async (word: string) => seqs(await searchAll(`/v1/cities/${CHIZHOU}/search?q=${q(word)}`))
  const tasks = bodyOf(await app.inject({ url: `/v1/cities/${CHIZHOU}/tasks?seq=40` }), TaskList).items
  const task = tasks[0]!

  t.same(await found('氢能重卡'), [])
  const put = await app.inject({ method: 'PUT', url: `/v1/cities/${CHIZHOU}/tasks/${task.id}/progress/${periods.chizhou}`, payload: { status: 'on_track', progress: '氢能重卡示范线开通。' } })
  t.equal(put.statusCode, 200)
  t.same(await found('氢能重卡'), [40], 'an entry replaced')
  const patchEntry = await app.inject({ method: 'PATCH', url: `/v1/cities/${CHIZHOU}/tasks/${task.id}/progress/${periods.chizhou}`, payload: { remarks: '量子通信专线' } })
  t.equal(patchEntry.statusCode, 200)
  t.same(await found('量子通信专线'), [40], 'an entry patched')
  t.same(await found('氢能重卡'), [40], 'what the patch left stays')

  const patchTask = await app.inject({ method: 'PATCH', url: `/v1/cities/${CHIZHOU}/tasks/${task.id}`, headers: { 'if-match': `"${task.version}"` }, payload: { title: '建设数据要素市场' } })
  t.equal(patchTask.statusCode, 200)
  t.same(await found('数据要素'), [40], 'a task retitled')
  t.same(await found(task.title.slice(2, 8)), (await found(task.title.slice(2, 8))).filter((seq) => seq !== 40), 'its old title no longer finds it')

  const created = await app.inject({ method: 'POST', url: `/v1/cities/${CHIZHOU}/tasks`, payload: { year: 2025, seq: 900, title: '培育银发经济新业态', leadUnits: [{ leadUnitId: task.leadUnits[0]!.id, role: 'lead' }] } })
  t.equal(created.statusCode, 201)
  t.same(await found('银发经济'), [900], 'a task created')

  const unit = await app.inject({ method: 'POST', url: `/v1/cities/${CHIZHOU}/lead-units`, payload: { name: '市数据资源局', aliases: ['市数据局'] } })
  t.equal(unit.statusCode, 201)
  t.same(await found('市数据局'), [], 'a unit that leads nothing finds no task')

  const deleted = await app.inject({ method: 'DELETE', url: `/v1/cities/${CHIZHOU}/tasks/${task.id}/progress/${periods.chizhou}` })
  t.equal(deleted.statusCode, 204)
  t.same(await found('氢能重卡'), [], 'an entry deleted')

  // An import that changes a text: the published document is the source again.
  const changed = readSeed('chizhou-2025-jan-may.txt').replace('欣天成新能源汽车配件', '欣天成新能源汽车电池配件')
  const reimport = await app.inject({ method: 'POST', url: `/v1/cities/${CHIZHOU}/imports`, payload: { document: changed, sourceName: 'again.txt' } })
  t.equal(reimport.statusCode, 201, reimport.body)
  t.same(await found('汽车电池'), [21], 'an import updated the entry')

  // A write that fails leaves no document behind.
  const count = async (table: 'progressEntries' | 'entrySearch') =>
    Number((await database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
  t.equal(await count('entrySearch'), await count('progressEntries'), 'one document per entry')
})

t.test('GET /v1/search reads every city the key may read', async (t) => {
  await bothSeeds()
  const all = await searchAll(`/v1/search?q=${q('新能源汽车')}`)
  t.same(all.map((hit) => `${hit.task.cityCode}:${hit.task.seq}`).sort(), ['340400:196', '340400:21', '340400:232', '340400:57', '340400:58', '340400:74', '341700:21'])
  t.same(all.slice(0, 6).map((hit) => hit.task.cityCode), Array(6).fill(HUAINAN), '淮南 holds it in titles: first')
  const office = await createKey(database, { role: 'city_office', cityCode: CHIZHOU })
  const own = await searchAll(`/v1/search?q=${q('新能源汽车')}`, { authorization: `Bearer ${office}` })
  t.same(own.map((hit) => `${hit.task.cityCode}:${hit.task.seq}`), ['341700:21'], 'a city\'s key: its city only')
  assertProblem(t, await app.inject({ url: `/v1/cities/${HUAINAN}/search?q=${q('消费')}`, headers: { authorization: `Bearer ${office}` } }), 403, 'forbidden')
})

t.test('GET …/periods/{id}/progress?q= keeps to the entries that hold the words', async (t) => {
  const periods = await bothSeeds()
  const url = `/v1/cities/${HUAINAN}/periods/${periods.huainan}/progress`
  const page = bodyOf(await app.inject({ url: `${url}?q=${q('新能源汽车')}&limit=500` }), ProgressEntryList)
  const bySearch = await searchAll(`/v1/cities/${HUAINAN}/search?q=${q('新能源汽车')}&periodId=${periods.huainan}`)
  t.same(page.items.map((entry) => entry.taskId).sort((a, b) => a - b), bySearch.map((hit) => hit.task.id).sort((a, b) => a - b))
  t.equal(page.items.length, 6)
  const behind = bodyOf(await app.inject({ url: `${url}?q=${q('新能源汽车')}&status=behind&limit=500` }), ProgressEntryList)
  t.ok(behind.items.length < page.items.length && behind.items.every((entry) => entry.status === 'behind'))
  assertProblem(t, await app.inject({ url: `${url}?q=${q('、、')}` }), 422, 'empty_query')
})
