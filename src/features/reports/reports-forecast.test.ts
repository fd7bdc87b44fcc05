// The year-end forecast in the summary: each accepted figure projected to the year's end, the
// tasks on track now but projected to miss (at risk) listed and said in the narrative, and last
// year's list giving the shape of the year where it had the same indicator.
import t from 'tap'
import { readSeed, seedCity, setup } from '../../../test/helper.js'

const { app } = await setup(t)
const city = '/v1/cities/341700'
const post = async (url: string, payload: object) => {
  const response = await app.inject({ method: 'POST', url: `${city}${url}`, payload })
  if (response.statusCode !== 201) throw new Error(`${url}: ${response.body}`)
  return response.json()
}

t.test('池州 1-5月: the task rated 序时推进 whose figures are behind is at risk, and the narrative says so', async (t) => {
  await seedCity(app)
  const imported = await post('/imports', { document: readSeed('chizhou-2025-jan-may.txt'), sourceName: 'chizhou.txt' })
  const summary = (await app.inject({ url: `${city}/periods/${imported.period.id}/summary` })).json()
  t.same(summary.atRisk.map((task: { seq: number, status: string }) => [task.seq, task.status]), [[46, 'on_track']])
  t.match(summary.atRisk[0].statement, /^按目前进度（全年时间已过41\.7%）推算，全年预计\d+个，低于目标500个$/)
  t.same(summary.forecasts.map((forecast: { seq: number }) => forecast.seq), [1, 2, 3, 4, 5, 6, 7, 8, 46], 'every accepted figure for a target')
  t.ok(summary.forecasts.filter((forecast: { seq: number }) => forecast.seq <= 7).every((forecast: { misses: boolean, atRisk: boolean }) =>
    forecast.misses && !forecast.atRisk), 'the seven rated 未达预期 miss, but are not at risk: they are behind already')
  const sentence = summary.narrative.split('\n').at(-1)
  t.match(sentence, /^第46项“.+”目前按序时推进，但按目前进度（全年时间已过41\.7%）推算，全年预计\d+个，低于目标500个，需加快推进。$/)
  t.notMatch(sentence, /[,:;()]/, 'full-width punctuation')
})

t.test('last year\'s list gives the shape of the year for the same indicator', async (t) => {
  await seedCity(app)
  const unit = await post('/lead-units', { name: '市人力资源社会保障局' })
  const leadUnits = [{ leadUnitId: unit.id, role: 'lead' }]
  const lastYear = await post('/tasks', { year: 2024, seq: 1, title: '新增城镇就业1万人。', leadUnits })
  const thisYear = await post('/tasks', { year: 2025, seq: 1, title: '新增城镇就业1万人。', leadUnits })
  const period = (year: number, endsOn: string, label: string) =>
    post('/periods', { year, label, kind: endsOn.endsWith('12-31') ? 'year' : 'month_cumulative', startsOn: `${year}-01-01`, endsOn })
  const file = async (taskId: number, periodId: number, progress: string) => {
    const response = await app.inject({ method: 'PUT', url: `${city}/tasks/${taskId}/progress/${periodId}`, payload: { status: 'on_track', progress } })
    if (response.statusCode >= 300) throw new Error(response.body)
  }
  await file(lastYear.id, (await period(2024, '2024-05-31', '1-5月')).id, '1-5月，全市新增城镇就业3000人。')
  await file(lastYear.id, (await period(2024, '2024-12-31', '全年')).id, '全年，全市新增城镇就业1万人。')
  const may = await period(2025, '2025-05-31', '1-5月')
  await file(thisYear.id, may.id, '1-5月，全市新增城镇就业3500人。')

  const summary = (await app.inject({ url: `${city}/periods/${may.id}/summary` })).json()
  t.match(summary.forecasts, [{ seq: 1, basis: 'last_year', projected: 1.17, misses: false,
    statement: '按上年同期进度（上年5月底完成全年的30%）推算，全年预计1.17万人，可完成目标' }])
  t.same(summary.atRisk, [], 'at the pace of the year so far it would miss; at last year\'s shape it will not')
})
