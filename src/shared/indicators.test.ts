import t from 'tap'
import { seedsDir } from '../../test/fixtures.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { assessAgainstTarget, extractActual, extractTargets, figuresIn, suggestStatus, type Actual, type Target } from './indicators.js'

// The published reports this service exists to hold; read as they are, not retyped.
const seeds = seedsDir.pathname

interface Row { seq: number, title: string, unit: string, status: string, progress: string }

/** chizhou: one cell per line, each ending " |", six cells a row after the header. */
function chizhouRows(): Map<number, Row> {
  const lines = readFileSync(join(seeds, 'chizhou-2025-jan-may.txt'), 'utf8').split('\n')
  const cells = lines.slice(lines.indexOf('近期工作安排 |') + 1).filter((l) => l.endsWith(' |')).map((l) => l.slice(0, -2))
  const rows = new Map<number, Row>()
  for (let i = 0; i + 5 < cells.length; i += 6) {
    const [seq = '', title = '', unit = '', status = '', progress = ''] = cells.slice(i, i + 5)
    if (!/^\d+$/.test(seq)) throw new Error(`chizhou layout: expected a seq at cell ${i}, got ${seq}`)
    rows.set(Number(seq), { seq: Number(seq), title, unit, status, progress })
  }
  return rows
}

/** huainan: tab-separated, 序号 主要任务 牵头单位 落实情况. */
function huainanRows(): Map<number, Row> {
  const rows = new Map<number, Row>()
  for (const line of readFileSync(join(seeds, 'huainan-2023-q1.txt'), 'utf8').split('\n')) {
    const [seq = '', title = '', unit = '', progress = ''] = line.split('\t')
    if (/^\d+$/.test(seq)) rows.set(Number(seq), { seq: Number(seq), title, unit, status: '', progress })
  }
  return rows
}

const chizhou = chizhouRows()
const huainan = huainanRows()

function row(rows: Map<number, Row>, seq: number): Row {
  const found = rows.get(seq)
  if (!found) throw new Error(`no row ${seq}`)
  return found
}

function only(targets: Target[]): Target {
  if (targets.length !== 1) throw new Error(`expected one target, got ${JSON.stringify(targets)}`)
  return targets[0]!
}

t.test('the seed tables are read as expected', async (t) => {
  t.equal(chizhou.size, 48, 'row 49 is cut off at the end of the file and has no full row')
  t.same([...chizhou.values()].filter((r) => r.status === '未达预期').map((r) => r.seq), [1, 2, 3, 4, 5, 6, 7, 11])
  t.equal(row(huainan, 7).title, '地区生产总值增长 8%左右。')
})

t.test('chizhou: the eight behind tasks, target and actual read from the seed', async (t) => {
  const expected: { seq: number, metric: string, comparatorWritten: boolean, value: number, actual: number, rank: number | 'last' | null }[] = [
    { seq: 1, metric: '地区生产总值', comparatorWritten: true, value: 6.5, actual: 6.4, rank: 6 },
    { seq: 2, metric: '固定资产投资', comparatorWritten: true, value: 8, actual: 5.1, rank: null },
    { seq: 3, metric: '规模以上工业增加值', comparatorWritten: true, value: 9, actual: 7.7, rank: null },
    { seq: 4, metric: '一般公共预算收入', comparatorWritten: false, value: 5, actual: 4, rank: 3 },
    { seq: 5, metric: '社会消费品零售总额', comparatorWritten: false, value: 6, actual: 4.6, rank: 16 },
    { seq: 6, metric: '城镇居民人均可支配收入', comparatorWritten: false, value: 5.5, actual: 5.2, rank: 7 },
    { seq: 7, metric: '农村居民人均可支配收入', comparatorWritten: false, value: 7, actual: 6.9, rank: 4 },
  ]
  for (const e of expected) {
    const { title, progress } = row(chizhou, e.seq)
    const target = only(extractTargets(title))
    t.same(target, { metric: e.metric, measure: '增长', comparator: 'gte', comparatorWritten: e.comparatorWritten, value: e.value, unit: '%', text: title.replace(/。$/, '') }, `seq ${e.seq} target`)
    const { actual, rank } = extractActual(progress, target)
    t.equal(actual?.value, e.actual, `seq ${e.seq} actual`)
    t.equal(actual?.unit, '%', `seq ${e.seq} unit`)
    t.equal(actual?.measure, '增长', `seq ${e.seq} measure`)
    t.equal(rank?.position ?? null, e.rank, `seq ${e.seq} rank`)
    if (e.rank !== null) t.equal(rank?.scope, '全省', `seq ${e.seq} rank scope`)
    t.equal(assessAgainstTarget(target, actual!), 'short', `seq ${e.seq} falls short`)
  }
  t.same(extractTargets(row(chizhou, 11).title), [], 'seq 11 sets no numeric target')
})

t.test('seq 4: the growth figure, not the amount beside it', async (t) => {
  const { title, progress } = row(chizhou, 4)
  t.match(progress, /51\.36亿元/)
  const { actual, rank } = extractActual(progress, only(extractTargets(title)))
  t.same(actual, { metric: '一般公共预算收入', measure: '增长', value: 4, unit: '%', text: '增长4%' })
  t.same(rank, { position: 3, scope: '全省', text: '增速居全省第3位' })
})

t.test('a rank given as 末位', async (t) => {
  const target = only(extractTargets('社会消费品零售总额增长6%。'))
  const { actual, rank } = extractActual('一季度增长4.6%,增速居全省末位。', target)
  t.equal(actual?.value, 4.6)
  t.same(rank, { position: 'last', scope: '全省', text: '增速居全省末位' })
})

t.test('chizhou: other rows', async (t) => {
  const jobs = extractTargets(row(chizhou, 8).title)
  t.same(jobs.map((x) => [x.metric, x.measure, x.comparator, x.comparatorWritten, x.value, x.unit]), [
    ['城镇新增就业', null, 'gte', false, 1.3, '万人'],
    ['调查失业率', null, 'lte', true, 5.5, '%'],
  ])
  const employed = extractActual(row(chizhou, 8).progress, jobs[0])
  t.same(employed.actual, { metric: '城镇新增就业', measure: null, value: 6598, unit: '人', text: '6598人' })
  t.equal(extractActual(row(chizhou, 8).progress, jobs[1]).actual, null, 'no unemployment figure is reported')

  const prices = only(extractTargets(row(chizhou, 9).title))
  t.match(prices, { metric: '居民消费价格', measure: '涨幅', comparator: 'approx', comparatorWritten: true, value: 2, unit: '%' })
  t.equal(extractActual(row(chizhou, 9).progress, prices).actual?.value, -0.1)

  t.match(only(extractTargets(row(chizhou, 12).title)), { metric: '产业规模', comparator: 'gte', comparatorWritten: true, value: 1000, unit: '亿元' }, '突破 is a written minimum')

  const tourism = extractTargets(row(chizhou, 35).title)
  t.same(tourism.map((x) => [x.metric, x.measure, x.comparator, x.comparatorWritten, x.value]), [
    ['接待游客量', '增长', 'gte', false, 7],
    ['旅游总收入', '增长', 'gte', true, 12],
  ], '分别 … 和 pairs each metric with its value')
})

t.test('a figure about another metric is not taken as the actual', async (t) => {
  // Target 服务业增加值; the text reports 规上服务业营业收入.
  const services = only(extractTargets(row(chizhou, 25).title))
  t.equal(services.metric, '服务业增加值')
  t.same(extractActual(row(chizhou, 25).progress, services), { actual: null, rank: null })

  // Target 外商直接投资; the only growth figure in the text is 进出口总额's, and its rank is not borrowed.
  const [trade, fdi] = extractTargets(row(huainan, 120).title)
  t.equal(extractActual(row(huainan, 120).progress, trade).actual?.value, 5)
  t.equal(extractActual(row(huainan, 120).progress, trade).rank?.position, 11)
  t.same(extractActual(row(huainan, 120).progress, fdi), { actual: null, rank: null })

  // A rank is the actual's own, not one given earlier for another figure.
  const gdp = only(extractTargets('地区生产总值增长6.5%以上。'))
  t.same(extractActual('一季度,科技服务业营业收入增长32.2%,增幅居全省第4位。地区生产总值增长5%。', gdp), {
    actual: { metric: '地区生产总值', measure: '增长', value: 5, unit: '%', text: '增长5%' },
    rank: null,
  })

  // A count needs its subject named: the rank of 科技服务业营业收入 is not 新增高新技术企业's,
  t.same(extractActual(row(chizhou, 40).progress, only(extractTargets('新增高新技术企业35家以上。'))), { actual: null, rank: null })
  // and a bare "30公里" may be anything.
  const roads = only(extractTargets('加快推进城乡交通运输一体化，建设“四好农村路”520 公里。'))
  t.same(extractActual('一季度，完成 30 公里。', roads), { actual: null, rank: null })
  t.equal(extractActual('一季度，农村路完成 30 公里。', roads).actual, null, 'nor a name too short to tell')
  t.equal(extractActual('一季度，四好农村路完成 30 公里。', roads).actual?.value, 30, 'the same name without its verb is the metric')
})

t.test('target shapes from the issue', async (t) => {
  const read = (title: string): unknown[] => extractTargets(title).map((x) => [x.metric, x.measure, x.comparator, x.comparatorWritten, x.value, x.unit])
  t.same(read('地区生产总值增长6.5%以上'), [['地区生产总值', '增长', 'gte', true, 6.5, '%']])
  t.same(read('一般公共预算收入增长5%'), [['一般公共预算收入', '增长', 'gte', false, 5, '%']])
  t.same(read('社会消费品零售总额增长6%'), [['社会消费品零售总额', '增长', 'gte', false, 6, '%']])
  t.same(read('居民消费价格涨幅2%左右'), [['居民消费价格', '涨幅', 'approx', true, 2, '%']])
  t.same(read('生态环境质量指标完成省下达目标任务'), [])
  t.same(read('地区生产总值增长 8%左右。'), [['地区生产总值', '增长', 'approx', true, 8, '%']], 'stray spaces')
  t.same(read('固定资产投资增长 12%以上。'), [['固定资产投资', '增长', 'gte', true, 12, '%']])
  t.same(read('新增规上服务业企业15家以上。服务业增加值增长9%以上。'), [
    ['新增规上服务业企业', null, 'gte', true, 15, '家'],
    ['服务业增加值', '增长', 'gte', true, 9, '%'],
  ])
  t.same(read('新增限上商贸单位130家。'), [['新增限上商贸单位', null, 'gte', false, 130, '家']])
  t.same(read('完成城建投资 350 亿元以上。'), [['城建投资', null, 'gte', true, 350, '亿元']])
  t.same(read('<p>城镇新增就业３.６万人，调查失业率控制在５.５％以内。</p>'), [
    ['城镇新增就业', null, 'gte', false, 3.6, '万人'],
    ['调查失业率', null, 'lte', true, 5.5, '%'],
  ], 'HTML remnants and full-width digits')
  t.same(read('居民消费价格涨幅3%'), [['居民消费价格', '涨幅', 'lte', false, 3, '%']], 'a bare price rise reads as a ceiling')
  t.same(read('单位GDP能耗下降3%'), [['单位GDP能耗', '下降', 'gte', false, 3, '%']], 'a fall is a minimum fall')
  t.same(read('产值增长1 00亿元'), [['产值', '增长', 'gte', false, 100, '亿元']], 'a number broken by a space')
})

t.test('scopes and lists are not read as targets', async (t) => {
  t.same(extractTargets('围绕新一代信息技术产业，加快推进芯视佳微显示器、英众智能电子产业园等 60 个项目建设。'), [], 'a count in mid-clause is a scope')
  t.same(extractTargets('推进龙王沟等3条城市水系综合整治，改造更新城市排水管网21公里。').map((x) => [x.metric, x.value, x.unit]), [['改造更新城市排水管网', 21, '公里']])
  t.same(extractTargets('完善城市绿地系统，新建口袋公园、街头游园 15 个。').map((x) => [x.metric, x.value]), [['新建口袋公园、街头游园', 15]], 'the 15 counts both items')
  t.same(extractTargets('新开通 5G 基站 1200 个。').map((x) => [x.metric, x.value, x.unit]), [['新开通5G基站', 1200, '个']], '5G is not a number')
  t.same(extractTargets('深化农村改革，50 万元以上集体经济强村、“三变”改革村占比分别提高到 16%、83%。'), [], '分别 over items that carry their own amounts is not guessed at')
})

t.test('分别 and 均: several metrics in one clause', async (t) => {
  const projects = extractTargets(row(huainan, 86).title)
  t.same(projects.map((x) => [x.metric, x.comparator, x.comparatorWritten, x.value, x.unit]), [
    ['引进亿元以上工业项目', 'gte', true, 200, '个'],
    ['引进50亿元以上工业项目', 'gte', true, 7, '个'],
    ['引进100亿元以上工业项目', 'gte', true, 3, '个'],
  ], '不少于 is a written minimum, and each metric keeps its own qualifier')
  t.same(projects.map((x) => extractActual(row(huainan, 86).progress, x).actual?.value), [67, 3, 0])

  t.same(extractTargets(row(huainan, 117).title).map((x) => [x.metric, x.measure, x.value]), [
    ['新签约上海来淮投资项目数', '增长', 15],
    ['资金额', '增长', 15],
  ])
  t.same(extractTargets('城镇居民人均可支配收入增长5.5%').length, 1, '均 inside 人均 is not a list')
})

t.test('huainan rows', async (t) => {
  const cases: { seq: number, targets: unknown[], actuals: (number | null)[], ranks: (number | null)[] }[] = [
    { seq: 7, targets: [['地区生产总值', '增长', 'approx', true, 8, '%']], actuals: [2.2], ranks: [null] },
    { seq: 8, targets: [['一般公共预算收入', '增长', 'gte', false, 7, '%']], actuals: [16.7], ranks: [2] },
    { seq: 9, targets: [['规上工业增加值', '增长', 'gte', false, 9, '%']], actuals: [-0.7], ranks: [13] },
    { seq: 10, targets: [['固定资产投资', '增长', 'gte', true, 12, '%']], actuals: [1], ranks: [13] },
    { seq: 11, targets: [['社会消费品零售总额', '增长', 'gte', false, 8, '%']], actuals: [0.4], ranks: [16] },
    { seq: 12, targets: [['城镇常住居民人均可支配收入', '增长', 'gte', false, 8.5, '%']], actuals: [3], ranks: [16] },
    {
      seq: 66,
      targets: [['新增市场主体', null, 'gte', false, 4.5, '万户'], ['民营企业', null, 'gte', false, 1, '万户'], ['民间投资', '增长', 'gte', true, 15, '%']],
      actuals: [1.3228, 0.2852, -13.2],
      ranks: [null, null, null],
    },
    {
      seq: 76,
      targets: [['新增规上服务业企业', null, 'gte', true, 15, '家'], ['服务业增加值', '增长', 'gte', true, 9, '%']],
      actuals: [13, 4.2],
      ranks: [null, null],
    },
    { seq: 89, targets: [['工业投资', '增长', 'gte', true, 25, '%']], actuals: [21.3], ranks: [7] },
    { seq: 91, targets: [['技改投资', '增长', 'gte', true, 20, '%']], actuals: [25.2], ranks: [6] },
  ]
  for (const c of cases) {
    const { title, progress } = row(huainan, c.seq)
    const targets = extractTargets(title)
    t.same(targets.map((x) => [x.metric, x.measure, x.comparator, x.comparatorWritten, x.value, x.unit]), c.targets, `row ${c.seq} targets`)
    const read = targets.map((x) => extractActual(progress, x))
    t.same(read.map((r) => r.actual?.value ?? null), c.actuals, `row ${c.seq} actuals`)
    t.same(read.map((r) => r.rank?.position ?? null), c.ranks, `row ${c.seq} ranks`)
  }
  const fall = extractActual(row(huainan, 9).progress, only(extractTargets(row(huainan, 9).title)))
  t.same(fall.actual, { metric: '规上工业增加值', measure: '增长', value: -0.7, unit: '%', text: '下降0.7%' }, '下降 is a negative rise, not 131.4亿元')
  t.same(fall.rank, { position: 13, scope: '全省', text: '居全省第13位' })
})

t.test('without a target: the first percent change and its rank', async (t) => {
  t.same(extractActual('一季度,增长6.4%,增速居全省第6位。'), {
    actual: { metric: null, measure: '增长', value: 6.4, unit: '%', text: '增长6.4%' },
    rank: { position: 6, scope: '全省', text: '增速居全省第6位' },
  })
  t.equal(extractActual('一季度，地区生产总值增长 2.2%。').actual?.value, 2.2)
  t.equal(extractActual('同比下降 0.7%，居全省第 13 位').actual?.value, -0.7)
  t.same(extractActual('已成功获批安徽省创新型城市。'), { actual: null, rank: null })
  t.same(extractActual('一季度，房地产完成投资45.61亿，居全省第3位。').rank?.position, 3, 'a rank with no change figure')
  t.equal(extractActual('1-5月,增长5.1%。').rank, null)
  t.equal(extractActual('位居全省第一。').rank?.position, 1, 'Chinese numerals')
})

t.test('assessAgainstTarget', async (t) => {
  const target = (over: Partial<Target>): Target => ({ metric: 'm', measure: '增长', comparator: 'gte', comparatorWritten: true, value: 6.5, unit: '%', text: '', ...over })
  const actual = (over: Partial<Actual>): Actual => ({ metric: null, measure: '增长', value: 6.4, unit: '%', text: '', ...over })
  t.equal(assessAgainstTarget(target({}), actual({})), 'short')
  t.equal(assessAgainstTarget(target({}), actual({ value: 6.5 })), 'met', 'reaching the minimum meets it')
  t.equal(assessAgainstTarget(target({ comparator: 'lte', measure: null, value: 5.5 }), actual({ measure: null, value: 5.2 })), 'met')
  t.equal(assessAgainstTarget(target({ comparator: 'lte', measure: null, value: 5.5 }), actual({ measure: null, value: 5.8 })), 'short')
  t.equal(assessAgainstTarget(target({ comparator: 'approx' }), actual({})), 'unknown', '左右 has no agreed tolerance')
  t.equal(assessAgainstTarget(target({ comparator: 'eq', value: 6.4 }), actual({})), 'met')
  t.equal(assessAgainstTarget(target({}), actual({ unit: '亿元', value: 51.36 })), 'unknown', '% against 亿元')
  t.equal(assessAgainstTarget(target({}), actual({ measure: null })), 'unknown', 'a change against a level')
  t.equal(assessAgainstTarget(target({ measure: null, value: 1, unit: '万亩' }), actual({ measure: null, value: 1.2, unit: '万亩' })), 'met')
  t.equal(assessAgainstTarget(target({ measure: null, value: 1.3, unit: '万人' }), actual({ measure: null, value: 6598, unit: '人' })), 'short', 'units of different scale are converted')
  t.equal(assessAgainstTarget(target({ measure: null, value: 1.3, unit: '万人' }), actual({ measure: null, value: 13000, unit: '人' })), 'met')
  t.equal(assessAgainstTarget(target({ measure: '下降', value: 3 }), actual({ measure: '增长', value: -3.5 })), 'met', 'a 3.5% fall meets a 3% fall target')
  t.equal(assessAgainstTarget(target({ measure: '下降', value: 3 }), actual({ measure: '增长', value: 1 })), 'short')
})

t.test('suggestStatus', async (t) => {
  const gdp = row(chizhou, 1)
  const targets = extractTargets(gdp.title)
  const { actual } = extractActual(gdp.progress, targets[0])
  t.same(suggestStatus(targets, actual, 'on_track'), { suggestedStatus: 'behind', reason: '目标增长≥6.5%,实际增长6.4%' })
  t.same(suggestStatus(targets, actual, 'completed'), { suggestedStatus: 'behind', reason: '目标增长≥6.5%,实际增长6.4%' })
  t.same(suggestStatus(targets, actual, 'behind'), { suggestedStatus: null, reason: null }, 'already behind')
  t.same(suggestStatus(targets, actual, 'not_rated'), { suggestedStatus: null, reason: null }, 'nobody rated it')
  t.same(suggestStatus(targets, null, 'on_track'), { suggestedStatus: null, reason: null })

  const met = row(huainan, 91)
  const metTargets = extractTargets(met.title)
  t.same(suggestStatus(metTargets, extractActual(met.progress, metTargets[0]).actual, 'on_track'), { suggestedStatus: null, reason: null }, '25.2% meets 20%以上')

  const falling = row(huainan, 9)
  const fallingTargets = extractTargets(falling.title)
  t.same(suggestStatus(fallingTargets, extractActual(falling.progress, fallingTargets[0]).actual, 'on_track'),
    { suggestedStatus: 'behind', reason: '目标增长≥9%,实际下降0.7%' })

  // 6598人 by May is short of 1.3万人 on the numbers, but a period-to-date count is not comparable with an annual one.
  const jobs = row(chizhou, 8)
  const jobTargets = extractTargets(jobs.title)
  const employed = extractActual(jobs.progress, jobTargets[0]).actual!
  t.equal(assessAgainstTarget(jobTargets[0]!, employed), 'short')
  t.same(suggestStatus(jobTargets, employed, 'on_track'), { suggestedStatus: null, reason: null })

  const approx = row(huainan, 7)
  const approxTargets = extractTargets(approx.title)
  t.same(suggestStatus(approxTargets, extractActual(approx.progress, approxTargets[0]).actual, 'on_track'), { suggestedStatus: null, reason: null }, '左右 is not a minimum')

  const ceiling = extractTargets('调查失业率控制在5.5%以内')
  t.same(suggestStatus(ceiling, { metric: '调查失业率', measure: null, value: 5.8, unit: '%', text: '5.8%' }, 'on_track'), { suggestedStatus: null, reason: null }, 'only minimums are suggested on')

  // A standalone figure is matched to a rate target only when there is exactly one it could be.
  const two = extractTargets('进出口总额、外商直接投资分别增长 15%以上、20%以上')
  t.same(suggestStatus(two, { metric: null, measure: '增长', value: 5, unit: '%', text: '增长5%' }, 'on_track'), { suggestedStatus: null, reason: null })
  t.same(suggestStatus(two, { metric: '进出口总额', measure: '增长', value: 5, unit: '%', text: '增长5%' }, 'on_track'), { suggestedStatus: 'behind', reason: '目标增长≥15%,实际增长5%' })
})

t.test('figuresIn: every figure of a progress text, by kind, where it stands in the raw text', async (t) => {
  const raw = '截至５月底，<b>一般公共预算收入</b>完成 51.36 亿元、同比增长４%，居全省第 6 位；占全年目标的42.1%。'
  const figures = figuresIn(raw)
  t.same(figures.map((figure) => [figure.kind, figure.text]), [
    ['date', '５月底'], ['amount', '51.36 亿元'], ['growth', '增长４%'], ['rank', '居全省第 6 位'], ['share', '42.1%'],
  ], 'full-width digits, tags and stray spaces read through; each span is the raw text\'s')
  t.ok(figures.every((figure) => raw.slice(figure.start, figure.end) === figure.text))
  t.match(figures[1], { value: 51.36, unit: '亿元' })
  t.same(figuresIn('1-5月，规上工业增加值下降0.7个百分点。').map((figure) => [figure.kind, figure.text]), [['date', '1-5月'], ['growth', '下降0.7个百分点']])
  t.same(figuresIn('积极推进，成效明显。'), [])
})
