// A province's shared indicators: the catalogue, a task's link to one (matched from its title,
// confirmed or changed by the office), and the province's view of its cities on one indicator:
// figures, ranks computed as statistics offices rank, and the ranks the cities quote checked.
import t from 'tap'
import { createKey, readSeed, seedCity, setup } from '../../../test/helper.js'
import { assertProblem, badFields } from '../../../test/factories.js'

const { app, database } = await setup(t)
const CHIZHOU = '341700'
const HUAINAN = '340400'
const HUANGSHAN = '341000'
const province = '/v1/provinces/340000'

// Two cities of our own, in the shape of the 池州 report (the figures are made up): 淮南 ties
// 池州 on 地区生产总值 and quotes its rank right; 黄山 grows least and says it is first.
const header = '关于1-5月份市政府重点工作责任清单进展情况的报告\n序号 |\n重点工作任务 |\n牵头责任单位 |\n工作评价 |\n1-5月份进展情况 |\n近期工作安排 |\n'
const row = (seq: number, title: string, unit: string, status: string, progress: string) => `${seq} |\n${title} |\n${unit} |\n${status} |\n${progress} |\n继续推进。 |\n`
const HUAINAN_REPORT = header +
  row(1, '地区生产总值增长6%以上。', '市发展改革委', '序时推进', '一季度,增长6.4%,增速居全省第1位。') +
  row(2, '一般公共预算收入增长6%。', '市财政局', '序时推进', '1-5月,一般公共预算收入完成40.2亿元、增长7.5%,增速居全省第1位。') +
  row(3, '社会消费品零售总额增长7%。', '市商务局', '未达预期', '一季度,增长5.5%。') +
  row(4, '新建5G基站1000个。', '市数据资源局', '序时推进', '已建成420个。')
const HUANGSHAN_REPORT = header +
  row(1, '地区生产总值增长6.5%左右。', '市发展改革委', '未达预期', '一季度,增长5%,增速居全省第1位。') +
  row(2, '一般公共预算收入增长5%。', '市财政局', '序时推进', '1-5月,增长4%,增速居全省第2位。') +
  row(3, '社会消费品零售总额增长6%。', '市商务局', '未达预期', '一季度,增长3.1%,增速居全省末位。')

async function importReport(cityCode: string, document: string) {
  const imported = await app.inject({ method: 'POST', url: `/v1/cities/${cityCode}/imports`, payload: { document, sourceName: `${cityCode}.txt`, year: 2025 } })
  if (imported.statusCode !== 201) throw new Error(imported.body)
}

async function threeCities() {
  await seedCity(app, CHIZHOU)
  const huainan = await app.inject({ method: 'POST', url: '/v1/cities', payload: { code: HUAINAN, name: '淮南市', province: '安徽省' } })
  const huangshan = await app.inject({ method: 'POST', url: '/v1/cities', payload: { code: HUANGSHAN, name: '黄山市', province: '安徽省' } })
  if (huainan.statusCode !== 201 || huangshan.statusCode !== 201) throw new Error(huainan.body + huangshan.body)
  await importReport(CHIZHOU, readSeed('chizhou-2025-jan-may.txt'))
  await importReport(HUAINAN, HUAINAN_REPORT)
  await importReport(HUANGSHAN, HUANGSHAN_REPORT)
}

async function indicatorId(name: string) {
  const catalogue = (await app.inject({ url: `${province}/indicators` })).json()
  return (catalogue.items as { id: number, name: string }[]).find((indicator) => indicator.name === name)!.id
}
const taskId = async (cityCode: string, seq: number) =>
  (await app.inject({ url: `/v1/cities/${cityCode}/tasks`, query: { year: '2025', seq: String(seq) } })).json().items[0].id as number
const view = (id: number, query: Record<string, string> = {}, headers: Record<string, string> = {}) =>
  app.inject({ url: `${province}/indicators/${id}`, query: { year: '2025', period: '5', ...query }, headers })
type Row = { cityCode: string, value: number, rank: number, rankCheck: string | null }
const rowsOf = (body: { cities: Row[] }) => body.cities.map((city) => [city.cityCode, city.value, city.rank, city.rankCheck])

t.test('the catalogue: the common indicators of the province, with their aliases and the province\'s city count', async (t) => {
  const response = await app.inject({ url: `${province}/indicators` })
  t.equal(response.statusCode, 200)
  const catalogue = response.json()
  t.match(catalogue, { provinceCode: '340000', provinceName: '安徽省', cities: 16 })
  t.same(catalogue.items.map((indicator: { name: string }) => indicator.name), ['地区生产总值', '固定资产投资', '规模以上工业增加值', '一般公共预算收入',
    '社会消费品零售总额', '城镇居民人均可支配收入', '农村居民人均可支配收入'])
  t.match(catalogue.items[2], { unit: '%', kind: 'growth', aliases: ['规上工业增加值', '规模工业增加值'] })
  assertProblem(t, await app.inject({ url: '/v1/provinces/110000/indicators' }), 404, 'not_found')
  t.same(badFields(t, await app.inject({ url: '/v1/provinces/341700/indicators' })), ['params/provinceCode'])
})

t.test('a task is linked from its title; the office confirms, changes, clears the link', async (t) => {
  await threeCities()
  const gdp = await indicatorId('地区生产总值')
  const revenue = await indicatorId('一般公共预算收入')
  const first = await taskId(CHIZHOU, 1)
  const url = `/v1/cities/${CHIZHOU}/tasks/${first}/indicator`
  t.match((await app.inject({ url })).json(), { taskId: first, indicator: { id: gdp, name: '地区生产总值' }, source: 'matched', confidence: 0.95, confirmed: false })
  const industry = (await app.inject({ url: `/v1/cities/${CHIZHOU}/tasks/${await taskId(CHIZHOU, 3)}/indicator` })).json()
  t.match(industry.indicator, { name: '规模以上工业增加值' }, '规模以上工业增加值增长9%以上')
  const other = (await app.inject({ url: `/v1/cities/${HUAINAN}/tasks/${await taskId(HUAINAN, 4)}/indicator` })).json()
  t.same([other.indicator, other.confidence, other.confirmed], [null, null, false], 'a task of no indicator')

  const confirmed = await app.inject({ method: 'PUT', url, payload: { indicatorId: gdp } })
  t.equal(confirmed.statusCode, 200)
  t.match(confirmed.json(), { indicator: { id: gdp }, source: 'matched', confidence: 0.95, confirmed: true })
  const changed = (await app.inject({ method: 'PUT', url, payload: { indicatorId: revenue } })).json()
  t.match(changed, { indicator: { id: revenue }, source: 'manual', confidence: null, confirmed: true })
  t.match((await app.inject({ url })).json(), { indicator: { id: revenue }, source: 'manual' }, 'the office\'s link is kept')
  t.match((await app.inject({ method: 'PUT', url, payload: { indicatorId: null } })).json(), { indicator: null, source: 'manual', confirmed: true })
  t.equal((await app.inject({ method: 'DELETE', url })).statusCode, 204)
  t.match((await app.inject({ url })).json(), { indicator: { id: gdp }, source: 'matched', confirmed: false }, 'back to the title\'s match')
  t.equal((await app.inject({ method: 'DELETE', url })).statusCode, 204, 'nothing left to clear: still done')

  assertProblem(t, await app.inject({ method: 'PUT', url, payload: { indicatorId: 999999 } }), 404, 'not_found')
  const jiangsu = (await app.inject({ url: '/v1/provinces/320000/indicators' })).json().items[0].id
  assertProblem(t, await app.inject({ method: 'PUT', url, payload: { indicatorId: jiangsu } }), 404, 'not_found')
  t.same(badFields(t, await app.inject({ method: 'PUT', url, payload: { indicatorId: 'GDP' } })), ['body/indicatorId'])
  t.same(badFields(t, await app.inject({ method: 'PUT', url, payload: {} })), ['body/indicatorId'])
  assertProblem(t, await app.inject({ url: `/v1/cities/${CHIZHOU}/tasks/999999/indicator` }), 404, 'not_found')
  assertProblem(t, await app.inject({ url: `/v1/cities/340100/tasks/${first}/indicator` }), 404, 'not_found')
})

t.test('the province ranks its cities; with fewer cities than the province has, a quoted rank cannot be checked', async (t) => {
  await threeCities()
  const response = await view(await indicatorId('地区生产总值'))
  t.equal(response.statusCode, 200)
  const body = response.json()
  t.match(body, { provinceCities: 16, citiesWithFigure: 3, complete: false, disagreements: [] })
  t.same(rowsOf(body), [[HUAINAN, 6.4, 1, 'cannot_check'], [CHIZHOU, 6.4, 1, 'cannot_check'], [HUANGSHAN, 5, 3, 'cannot_check']],
    'a tie shares the better rank, and the next skips')
  t.match(body.cities[1], { cityName: '池州市', text: '增长6.4%', periodLabel: String, quotedRank: { position: 6, scope: '全省' } })
})

t.test('with as many cities as the province ranks, a quoted rank is checked and a wrong one listed', async (t) => {
  await threeCities()
  const gdp = (await view(await indicatorId('地区生产总值'), { provinceCities: '3' })).json()
  t.match(gdp, { provinceCities: 3, citiesWithFigure: 3, complete: true })
  t.same(rowsOf(gdp), [[HUAINAN, 6.4, 1, 'agrees'], [CHIZHOU, 6.4, 1, 'disagrees'], [HUANGSHAN, 5, 3, 'disagrees']])
  t.same(gdp.disagreements, [CHIZHOU, HUANGSHAN], '黄山 says first, grows least; 池州 says sixth of three')

  const revenue = (await view(await indicatorId('一般公共预算收入'), { provinceCities: '3' })).json()
  t.same(rowsOf(revenue), [[HUAINAN, 7.5, 1, 'agrees'], [HUANGSHAN, 4, 2, 'agrees'], [CHIZHOU, 4, 2, 'disagrees']], '池州 says third, ties second')
  const retail = (await view(await indicatorId('社会消费品零售总额'), { provinceCities: '3' })).json()
  t.same(rowsOf(retail), [[HUAINAN, 5.5, 1, null], [CHIZHOU, 4.6, 2, 'disagrees'], [HUANGSHAN, 3.1, 3, 'agrees']], '末位 is the province\'s last place')
  t.same(retail.disagreements, [CHIZHOU])

  // The office says 黄山's first task reports no indicator: it leaves the ranking.
  await app.inject({ method: 'PUT', url: `/v1/cities/${HUANGSHAN}/tasks/${await taskId(HUANGSHAN, 1)}/indicator`, payload: { indicatorId: null } })
  const without = (await view(await indicatorId('地区生产总值'), { provinceCities: '3' })).json()
  t.match(without, { citiesWithFigure: 2, complete: false, disagreements: [] })
  t.same(rowsOf(without), [[HUAINAN, 6.4, 1, 'cannot_check'], [CHIZHOU, 6.4, 1, 'cannot_check']])
})

t.test('a key of one city sees its own row, ranked among all; no key, no view', async (t) => {
  await threeCities()
  const gdp = await indicatorId('地区生产总值')
  const office = await createKey(database, { role: 'city_office', cityCode: HUANGSHAN })
  const own = (await view(gdp, { provinceCities: '3' }, { authorization: `Bearer ${office}` })).json()
  t.same(rowsOf(own), [[HUANGSHAN, 5, 3, 'disagrees']], 'its own row and rank, not the others\' figures')
  t.match(own, { citiesWithFigure: 3, disagreements: [HUANGSHAN] })
  const cityReader = await createKey(database, { role: 'reader', cityCode: CHIZHOU })
  t.same(rowsOf((await view(gdp, {}, { authorization: `Bearer ${cityReader}` })).json()), [[CHIZHOU, 6.4, 1, 'cannot_check']])
  const allReader = await createKey(database, { role: 'reader', cityCode: null })
  t.equal((await view(gdp, {}, { authorization: `Bearer ${allReader}` })).json().cities.length, 3)
  const unit = await createKey(database, { role: 'lead_unit', cityCode: CHIZHOU, leadUnitId: 1 })
  assertProblem(t, await view(gdp, {}, { authorization: `Bearer ${unit}` }), 403, 'forbidden')
  assertProblem(t, await view(gdp, {}, { authorization: '' }), 401, 'unauthorized')
  assertProblem(t, await app.inject({ url: `${province}/indicators`, headers: { authorization: '' } }), 401, 'unauthorized')
  const put = await app.inject({ method: 'PUT', url: `/v1/cities/${CHIZHOU}/tasks/${await taskId(CHIZHOU, 1)}/indicator`,
    headers: { authorization: `Bearer ${office}` }, payload: { indicatorId: null } })
  assertProblem(t, put, 403, 'forbidden')
})

t.test('bad input: unknown province or indicator 404, a bad period 400', async (t) => {
  await threeCities()
  const gdp = await indicatorId('地区生产总值')
  assertProblem(t, await app.inject({ url: '/v1/provinces/110000/indicators/1', query: { year: '2025', period: '5' } }), 404, 'not_found')
  assertProblem(t, await view(999999), 404, 'not_found')
  const jiangsu = (await app.inject({ url: '/v1/provinces/320000/indicators' })).json().items[0].id
  assertProblem(t, await view(jiangsu), 404, 'not_found')
  t.same(badFields(t, await view(gdp, { period: '13' })), ['querystring/period'])
  t.same(badFields(t, await view(gdp, { period: '0' })), ['querystring/period'])
  t.same(badFields(t, await app.inject({ url: `${province}/indicators/${gdp}`, query: { period: '5' } })), ['querystring/year'])
  t.same(badFields(t, await view(gdp, { provinceCities: '2' })), ['querystring/provinceCities'], 'fewer than the cities with a figure')
  t.match((await view(gdp, { period: '3' })).json(), { citiesWithFigure: 0, cities: [], disagreements: [] }, 'no period ends in March')
})
