import t from 'tap'
import { seedsDir } from '../../../test/fixtures.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractActual, extractTargets } from '../../shared/indicators.js'
import { buildNarrative, quoteTitle, type NarrativeInput, rankWords, rateOnly, runOnPeriod } from './reports.narrative.js'
import { openingPreamble, readReportHeader } from '../../shared/reportHeader.js'
import { citiesRankedInProvince } from '../../shared/provinces.js'

const seeds = seedsDir.pathname
const seedText = readFileSync(join(seeds, 'chizhou-2025-jan-may.txt'), 'utf8')

/** chizhou's table: one cell per line ending " |", six cells a row. */
function chizhouRows(): Map<number, { title: string, status: string, progress: string }> {
  const lines = seedText.split('\n')
  const cells = lines.slice(lines.indexOf('近期工作安排 |') + 1).filter((l) => l.endsWith(' |')).map((l) => l.slice(0, -2))
  const rows = new Map<number, { title: string, status: string, progress: string }>()
  for (let i = 0; i + 5 < cells.length; i += 6) {
    const [seq = '', title = '', , status = '', progress = ''] = cells.slice(i, i + 5)
    rows.set(Number(seq), { title, status, progress })
  }
  return rows
}

const rows = chizhouRows()
// The short unit names the office uses in its own summary.
const leadUnits: Record<number, string> = { 1: '市发改委', 2: '市发改委', 3: '市工业和信息化局', 4: '市财政局', 5: '市商务局', 6: '市人社局', 7: '市农业农村局', 11: '市生态环境局' }

function behindFromSeed(withRank: boolean): NarrativeInput['behind'] {
  return [...rows].filter(([, r]) => r.status === '未达预期').map(([seq, r]) => {
    const target = extractTargets(r.title)[0] ?? null
    const rank = target ? extractActual(r.progress, target).rank : null
    return {
      seq, title: r.title, leadUnits: [leadUnits[seq]!], target,
      actualText: r.progress.replace(/。$/, ''),
      rankText: withRank ? rank?.text ?? null : null,
    }
  })
}

const chizhouInput = (): NarrativeInput => ({
  periodLabel: '1-5月份',
  citiesInProvince: citiesRankedInProvince('341700'),
  taskCount: 49,
  counts: { completed: 1, on_track: 39, behind: 8, not_rated: 1, awaiting_review: 0, returned: 0, not_reported: 0 },
  completed: [{ seq: 39, title: rows.get(39)!.title, shortTitle: '建成省级创新型城市' }],
  behind: behindFromSeed(true),
})

/** What must never appear in a narrative: placeholders, punctuation left dangling by a missing part, and half-width punctuation between Chinese clauses. */
function flaws(text: string): string[] {
  const found = [...text.matchAll(/undefined|null|NaN|[,，][,，;；。]|[;；][;；。]|[,，][(（]|[(（][)）]|[:：][:：。]/g)].map((m) => m[0])
  const halfWidth = [...text.matchAll(/[\u4e00-\u9fff%”)）][ ]*[,:;()][ ]*\S|\S[ ]*[,:;()][ ]*[\u4e00-\u9fff“(（]/gu)].map((m) => `half-width: ${m[0]}`)
  return text.endsWith('。') ? [...found, ...halfWidth] : [...found, ...halfWidth, 'no closing 。']
}

/** The seed's own half-width punctuation as the narrative sets it. */
const zh = (text: string) => text.replace(/,/g, '，').replace(/:/g, '：').replace(/;/g, '；').replace(/\(/g, '（').replace(/\)/g, '）')

t.test('the chizhou table as a narrative', async (t) => {
  const input = chizhouInput()
  t.equal(input.behind.length, 8, 'the eight behind rows of the seed')
  const text = buildNarrative(input)
  t.ok(text.startsWith('1-5月份，49项'), 'starts with the period and the task count')
  t.ok(text.startsWith('1-5月份，49项市政府重点工作，其中：1项已完成（建成省级创新型城市），39项按序时推进，8项未达预期目标，1项未评价。'), text.split('\n')[0] ?? '')
  t.notMatch(text, /总体进展顺利/, '8 of 49 behind is more than one in ten')
  t.notMatch(text, /未报送/, 'zero counts are left out')
  t.match(text, /\n未达预期8项分别是：/)
  for (const b of input.behind) t.ok(text.includes(`第${b.seq}项“${quoteTitle(b.title)}”`), `names task ${b.seq}`)
  t.ok(text.includes('市发改委牵头的第1项“地区生产总值增长6.5%以上”，一季度增长6.4%，增速居全省第6位；市发改委牵头的第2项“固定资产投资增长8%以上”，1-5月份增长5.1%；'))
  t.ok(text.includes('市商务局牵头的第5项“社会消费品零售总额增长6%”，一季度增长4.6%，增速居全省末位；'), '16th of 安徽\'s 16 cities is 末位')
  t.ok(text.includes('市财政局牵头的第4项“一般公共预算收入增长5%”，1-5月份增长4%，增速居全省第3位；'), 'the rate against a growth target, the amount left out, as the report says it')
  t.ok(text.endsWith('市生态环境局牵头的第11项“生态环境质量指标完成省下达目标任务”，截至5月31日全市PM2.5平均浓度41.5微克/立方米，同比上升4.8%；优良天数比例80.8%，同比下降1.4%。'))
  t.equal(text.split('增速居全省第6位').length - 1, 1, 'a rank already in the progress text is said once')
  const order = input.behind.map((b) => text.indexOf(`第${b.seq}项“`))
  t.same(order, [...order].sort((a, b) => a - b), 'in list order')
  t.same(flaws(text), [], 'no placeholder or dangling punctuation')
})

t.test('the seed report’s own opening is reproduced from its counts', async (t) => {
  const opening = /1-5月份,147项[^\n]*。/.exec(seedText)?.[0]
  t.equal(opening, '1-5月份,147项市政府重点工作总体进展顺利,其中:2项已完成(建成省级创新型城市、完成人工造林任务),137项按序时推进,8项未达预期目标。')
  const text = buildNarrative({
    periodLabel: '1-5月份',
    taskCount: 147,
    counts: { completed: 2, on_track: 137, behind: 8, not_rated: 0, awaiting_review: 0, returned: 0, not_reported: 0 },
    completed: [
      { seq: 98, title: '完成人工造林3万亩。', shortTitle: '完成人工造林任务' },
      { seq: 39, title: rows.get(39)!.title, shortTitle: '建成省级创新型城市' },
    ],
    behind: behindFromSeed(false),
  })
  t.equal(text.split('\n')[0], zh(opening!), '8 of 147 behind: 总体进展顺利 is kept; completed tasks in list order')
  t.same(flaws(text), [], 'no placeholder or dangling punctuation')
})

t.test('a behind task without an actual has no dangling comma', async (t) => {
  for (const actualText of [null, '', '  。']) {
    const text = buildNarrative({
      ...chizhouInput(),
      counts: { completed: 0, on_track: 47, behind: 2, not_rated: 0, awaiting_review: 0, returned: 0, not_reported: 0 },
      completed: [],
      behind: [
        { seq: 11, title: '生态环境质量指标完成省下达目标任务。', leadUnits: ['市生态环境局'], target: null, actualText },
        { seq: 1, title: '地区生产总值增长6.5%以上。', leadUnits: ['市发改委'], target: null, actualText: '，一季度,增长6.4%；\n' },
      ],
    })
    t.ok(text.endsWith('未达预期2项分别是：市发改委牵头的第1项“地区生产总值增长6.5%以上”，一季度增长6.4%；市生态环境局牵头的第11项“生态环境质量指标完成省下达目标任务”。'), JSON.stringify(actualText))
    t.same(flaws(text), [], 'no placeholder or dangling punctuation')
  }
})

t.test('a rank given apart from the progress text is added once', async (t) => {
  const text = buildNarrative({
    ...chizhouInput(),
    behind: [{ seq: 5, title: '社会消费品零售总额增长6%。', leadUnits: ['市商务局'], target: null, actualText: '一季度,增长4.6%', rankText: '增速居全省末位' }],
    counts: { completed: 1, on_track: 46, behind: 1, not_rated: 1, awaiting_review: 0, returned: 0, not_reported: 0 },
  })
  t.ok(text.endsWith('\n未达预期1项是：市商务局牵头的第5项“社会消费品零售总额增长6%”，一季度增长4.6%，增速居全省末位。'))
})

t.test('counts and the 总体进展顺利 rule', async (t) => {
  const base = (counts: NarrativeInput['counts'], taskCount = 100): string => buildNarrative({ periodLabel: '一季度', taskCount, counts, completed: [], behind: [] })
  t.equal(base({ completed: 0, on_track: 90, behind: 10, not_rated: 0, awaiting_review: 0, returned: 0, not_reported: 0 }), '一季度，100项市政府重点工作总体进展顺利，其中：90项按序时推进，10项未达预期目标。', 'one in ten behind')
  t.equal(base({ completed: 0, on_track: 89, behind: 11, not_rated: 0, awaiting_review: 0, returned: 0, not_reported: 0 }), '一季度，100项市政府重点工作，其中：89项按序时推进，11项未达预期目标。', 'more than one in ten')
  t.equal(base({ completed: 0, on_track: 0, behind: 0, not_rated: 262, awaiting_review: 0, returned: 0, not_reported: 0 }, 262), '一季度，262项市政府重点工作，其中：262项未评价。', 'nothing rated is not called smooth')
  t.equal(base({ completed: 0, on_track: 40, behind: 0, not_rated: 0, awaiting_review: 0, returned: 0, not_reported: 60 }), '一季度，100项市政府重点工作，其中：40项按序时推进，60项未报送。', 'most unreported is not called smooth')
  t.equal(base({ completed: 0, on_track: 97, behind: 0, not_rated: 0, awaiting_review: 0, returned: 0, not_reported: 3 }), '一季度，100项市政府重点工作总体进展顺利，其中：97项按序时推进，3项未报送。')
  t.equal(base({ completed: 0, on_track: 0, behind: 0, not_rated: 0, awaiting_review: 0, returned: 0, not_reported: 0 }, 0), '一季度，0项市政府重点工作。')
  t.equal(base({ completed: 0, on_track: 90, behind: 0, not_rated: 0, awaiting_review: 6, returned: 1, not_reported: 3 }),
    '一季度，100项市政府重点工作总体进展顺利，其中：90项按序时推进，6项已报送待审核，1项退回修改，3项未报送。', 'what waits for the office is not called unreported')
})

t.test('completed tasks are named only when there are one to five of them', async (t) => {
  const completed = (n: number): NarrativeInput['completed'] => Array.from({ length: n }, (_, i) => ({ seq: i + 1, title: `任务${i + 1}。`, shortTitle: i === 0 ? null : undefined }))
  const opening = (n: number, list = completed(n)): string => buildNarrative({ periodLabel: '全年', taskCount: 10, counts: { completed: n, on_track: 10 - n, behind: 0, not_rated: 0, awaiting_review: 0, returned: 0, not_reported: 0 }, completed: list, behind: [] })
  t.match(opening(5), /5项已完成（任务1、任务2、任务3、任务4、任务5），/, 'quoteTitle when there is no short title')
  t.match(opening(6), /6项已完成，/)
  t.match(opening(2, completed(1)), /2项已完成，/, 'never a partial list')
  t.match(opening(1, [{ seq: 1, title: ' 。', shortTitle: ' ' }]), /1项已完成，/, 'nor an empty name')
})

t.test('several lead units, or none', async (t) => {
  const text = buildNarrative({
    periodLabel: '1-5月份', taskCount: 10,
    counts: { completed: 0, on_track: 8, behind: 2, not_rated: 0, awaiting_review: 0, returned: 0, not_reported: 0 },
    completed: [],
    behind: [
      { seq: 45, title: '招引大学毕业生1.2万人以上。', leadUnits: ['市委人才工作局', ' 市人社局 '], target: null, actualText: '截至5月底,达成就业意向2519人' },
      { seq: 46, title: '新引进项目500个。', leadUnits: [], target: null, actualText: '1-5月份,新引进项目176个' },
    ],
  })
  t.ok(text.includes('市委人才工作局、市人社局牵头的第45项“招引大学毕业生1.2万人以上”，截至5月底达成就业意向2519人；第46项“新引进项目500个”，1-5月份新引进项目176个。'))
  t.same(flaws(text), [], 'no placeholder or dangling punctuation')
})

t.test('quoteTitle', async (t) => {
  t.equal(quoteTitle('地区生产总值增长6.5%以上。'), '地区生产总值增长6.5%以上')
  t.equal(quoteTitle('  地区生产总值增长 8%左右。 \n'), '地区生产总值增长 8%左右')
  t.equal(quoteTitle('新增规上服务业企业15家以上。服务业增加值增长9%以上。'), '新增规上服务业企业15家以上。服务业增加值增长9%以上', 'only the trailing 。')
})

/** The items of a behind paragraph, by task: the text from 第N项 up to the next item. */
function itemsOf(paragraph: string): Map<number, string> {
  const starts = [...paragraph.matchAll(/第(\d+)项“/g)]
  return new Map(starts.map((match, i) => [Number(match[1]), paragraph.slice(match.index, starts[i + 1]?.index ?? paragraph.length)]))
}
const figures = (text: string) => [...text.replace(/第\d+项“[^”]*”/, '').matchAll(/\d+(?:\.\d+)?(?:%|亿元|万人|微克\/立方米)?/g)].map((m) => m[0])
const rankOf = (text: string) => /全省(?:第\d+位|末位|首位)/.exec(text)?.[0] ?? null

t.test('the chizhou narrative against the report\'s own paragraph, figure by figure and unit by unit', async (t) => {
  const published = /\n(未达预期8项分别是:[^\n]*)/.exec(seedText)![1]!
  const ours = buildNarrative(chizhouInput()).split('\n')[1]!
  const theirs = itemsOf(published)
  const mine = itemsOf(ours)
  t.same([...mine.keys()], [...theirs.keys()], 'the same tasks, in the same order')
  // The short names come from the test's input (leadUnits above): the seed does not state them; the service stores a unit's short name and uses it when set.
  const unitOf = new Map([...published.matchAll(/(?:^|[:;])([^:;]*?)牵头的第(\d+)项/g)].map((match) => [Number(match[2]), match[1]!]))
  t.equal(unitOf.size, 8)
  for (const [seq, item] of theirs) {
    const own = mine.get(seq)!
    t.ok(ours.includes(`${unitOf.get(seq)}牵头的第${seq}项`), `task ${seq}: ${unitOf.get(seq)}, the unit the report names`)
    t.same(figures(item).filter((figure) => !own.includes(figure)), [], `task ${seq}: every figure the report gives`)
    t.equal(rankOf(own), rankOf(item), `task ${seq}: the rank as the report says it`)
    const period = /”,(一季度|1-5月份|截至5月31日)/.exec(item)?.[1]
    t.ok(period && own.includes(`”，${period}`) && !own.includes(`”，${period}，`), `task ${seq}: opens with ${period}, run into the clause`)
  }
})

t.test('the period a progress text opens with, and first and last ranks', async (t) => {
  t.equal(runOnPeriod('一季度,增长6.4%'), '一季度增长6.4%')
  t.equal(runOnPeriod('1-5月,增长5.1%'), '1-5月份增长5.1%')
  t.equal(runOnPeriod('1-5月份，新引进项目176个'), '1-5月份新引进项目176个')
  t.equal(runOnPeriod('截至5月底,达成就业意向2519人'), '截至5月底达成就业意向2519人')
  t.equal(runOnPeriod('全市完成投资3亿元,增长5%'), '全市完成投资3亿元,增长5%', 'only a period that opens the text')
  t.equal(runOnPeriod('一季度'), '一季度')
  t.equal(rankWords('增速居全省第16位', 16), '增速居全省末位')
  t.equal(rankWords('增速居全省第1位', null), '增速居全省首位')
  t.equal(rankWords('增速居全省第16位', null), '增速居全省第16位', 'a province whose count is not known keeps the number')
  t.equal(rankWords('增速居全省第15位', 16), '增速居全省第15位')
  t.equal(rankWords('同比下降0.7%，居全省第 16 位', 16), '同比下降0.7%，居全省末位')
  t.equal(rankWords('位居全省第一,总量居全省第十六位', 16), '位居全省首位,总量居全省末位', 'written in Chinese numerals')
  t.equal(rankWords('居全省第160位', 16), '居全省第160位')
  t.equal(rankWords('居全国第16位', 16), '居全国第16位', 'only a province\'s rank')
  t.equal(citiesRankedInProvince('341700'), 16)
  t.equal(citiesRankedInProvince('320100'), 13)
  t.equal(citiesRankedInProvince('410100'), null, '河南 ranks 18 with 济源')
  t.equal(citiesRankedInProvince('110000'), null)
})

t.test('the report header a document states', async (t) => {
  const { header, labelled } = readReportHeader(seedText.split('\n').slice(0, 12))
  t.same(header, {
    title: '关于1-5月份市政府重点工作责任清单进展情况的报告', documentNumber: null, issuingOffice: '池州市人民政府办公室',
    issuedOn: '2025-06-26', listSize: 147, opening: seedText.split('\n')[5],
  }, 'the site\'s labelled fields (文号: 无 is none), and the opening that counts the list')
  t.same(labelled.sort(), ['documentNumber', 'issuedOn', 'issuingOffice', 'title'])

  // A Word document: the lines as written, no labels.
  const word = readReportHeader([
    '池政办〔2025〕12号', '关于 一季度 市政府重点工作进展情况的报告',
    '今年以来,全市上下认真抓好落实。一季度,１５０项市政府重点工作总体进展顺利,其中:140项按序时推进,10项未达预期目标。',
    '附件:一季度市政府重点工作进展情况汇总表', '池州市人民政府督查室', '2025年4月20日',
  ])
  t.same(word.header, {
    title: '关于一季度市政府重点工作进展情况的报告', documentNumber: '池政办〔2025〕12号', issuingOffice: '池州市人民政府督查室',
    issuedOn: '2025-04-20', listSize: 150,
    opening: '今年以来,全市上下认真抓好落实。一季度,150项市政府重点工作总体进展顺利,其中:140项按序时推进,10项未达预期目标。',
  })
  t.same(word.labelled, [])
  t.same(readReportHeader(['2025年2月30日', '成文日期: | 2025-13-01 |']).header.issuedOn, null, 'no date that is not one')
  t.same(readReportHeader(['2023年《政府工作报告》主要任务一季度完成情况']).header, {
    title: null, documentNumber: null, issuingOffice: null, issuedOn: null, listSize: null, opening: null,
  }, 'huainan\'s title states none of it')
  t.equal(openingPreamble(seedText.split('\n')[5]!), '今年以来,各地各部门按照《2025年市政府重点工作责任清单》(池政秘〔2025〕9号)要求,压实工作责任,细化工作举措,认真抓好落实。')
  t.equal(openingPreamble('1-5月份,49项市政府重点工作,其中:49项按序时推进。'), '')
})

t.test('the whole list and the office\'s opening', async (t) => {
  const opening = seedText.split('\n')[5]!
  const input = { ...chizhouInput(), list: { size: 147, opening } }
  t.equal(buildNarrative(input).split('\n')[0], zh(opening), 'a part of the list held, agreeing with the office\'s figures: its opening as published')

  const oneMoreBehind = { ...input, counts: { ...input.counts, on_track: 38, behind: 9 } }
  t.equal(buildNarrative(oneMoreBehind).split('\n')[0],
    '今年以来，各地各部门按照《2025年市政府重点工作责任清单》（池政秘〔2025〕9号）要求，压实工作责任，细化工作举措，认真抓好落实。' +
    '1-5月份，147项市政府重点工作中，列入汇总表的49项：1项已完成（建成省级创新型城市），38项按序时推进，9项未达预期目标，1项未评价。',
    'a task more behind than the office counts: the preamble, then the figures of the tasks held, said so')
  t.notMatch(buildNarrative({ ...input, counts: { ...input.counts, on_track: 38, not_reported: 1 } }).split('\n')[0], '137项', 'a task not reported')
  t.notMatch(buildNarrative({ ...input, periodLabel: '1-6月份' }).split('\n')[0], '137项', 'a period relabelled')
  t.notMatch(buildNarrative({ ...input, list: { size: 150, opening } }).split('\n')[0], '137项', 'another list size')

  const whole = { ...chizhouInput(), list: { size: 49, opening } }
  t.ok(buildNarrative(whole).startsWith('今年以来，各地各部门') && buildNarrative(whole).includes('抓好落实。1-5月份，49项市政府重点工作，其中：1项已完成'),
    'the whole list held: the preamble, then figures of its own')
  t.ok(buildNarrative({ ...chizhouInput(), list: { size: 20, opening: null } }).startsWith('1-5月份，49项'), 'a list size below the tasks held counts what is held')
})

t.test('against a growth target the rate is said, the amount before it left out', async (t) => {
  const growth = extractTargets('一般公共预算收入增长5%。')[0]!
  t.equal(rateOnly('1-5月,一般公共预算收入完成51.36亿元、增长4%,增速居全省第3位', growth), '1-5月,增长4%,增速居全省第3位')
  t.equal(rateOnly('一季度,规上工业增加值完成131.4亿元,同比下降0.7%', growth), '一季度,同比下降0.7%')
  const level = extractTargets('新引进项目500个以上。')[0] ?? null
  t.equal(rateOnly('1-5月份,新引进项目176个,省外资金600.1亿元', level), '1-5月份,新引进项目176个,省外资金600.1亿元', 'not a rate target: as filed')
  t.equal(rateOnly('1-5月,增长5.1%', growth), '1-5月,增长5.1%', 'no amount: as filed')
})

t.test('a task at risk is said as it stands now: as rated, in the city\'s word, or on schedule by its figures', async (t) => {
  const base: NarrativeInput = {
    periodLabel: '1-5月份', taskCount: 1, counts: { completed: 0, ahead: 0, on_track: 1, behind: 0, other: 0, not_rated: 0, awaiting_review: 0, returned: 0, not_reported: 0 },
    completed: [], behind: [],
  }
  const risk = (status: NonNullable<NarrativeInput['atRisk']>[number]['status'], statusWords?: NarrativeInput['statusWords']) =>
    buildNarrative({ ...base, statusWords, atRisk: [{ seq: 3, title: '新建5G基站500个。', status, statement: '按目前进度推算，全年预计422个，低于目标500个' }] }).split('\n').at(-1)
  t.equal(risk('on_track'), '第3项“新建5G基站500个”目前按序时推进，但按目前进度推算，全年预计422个，低于目标500个，需加快推进。')
  t.equal(risk('on_track', { on_track: { word: '达进度' } }), '第3项“新建5G基站500个”目前评价为“达进度”，但按目前进度推算，全年预计422个，低于目标500个，需加快推进。')
  t.match(risk('completed'), /目前评价为“已完成”/)
  t.match(risk(null), /目前达到序时进度，但/)
})
