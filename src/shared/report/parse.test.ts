import t from 'tap'
import { readFixture, readSeed } from '../../../test/fixtures.js'
import { type ParsedReport, type ParsedRow, parseReport, periodFromText, ReportParseError, splitLeadUnits } from './parse.js'

const seed = readSeed
const fixture = readFixture

const chizhou = seed('chizhou-2025-jan-may.txt')
const huainan = seed('huainan-2023-q1.txt')
const wuhu = fixture('wuhu-2024-h1-paragraph.txt')
const chizhou2023 = fixture('chizhou-2023-year-paragraph.txt')

// What t.throws matches a ReportParseError against.
const parseError = (reason: string, message: RegExp = /./) => ({ name: 'ReportParseError', reason, message })

const NBSP = '\u00a0'
const IDEOGRAPHIC_SPACE = '\u3000'
const bySeq = (report: ParsedReport, seq: number): ParsedRow => {
  const row = report.rows.find((candidate) => candidate.seq === seq)
  if (!row) throw new Error(`no row ${seq}`)
  return row
}
const unitNames = (report: ParsedReport) => report.rows.flatMap((row) => row.leadUnits)
const codes = (report: ParsedReport) => report.warnings.map((warning) => [warning.code, warning.rowNumber, warning.line])
// What a row says, without where it sits in the document.
const content = ({ seq, title, leadUnits, status, progress, nextSteps, remarks, truncated }: ParsedRow) =>
  ({ seq, title, leadUnits, status, progress, nextSteps, remarks, truncated })

t.test('chizhou 1-5月份 report (pipe layout)', async (t) => {
  const report = parseReport(chizhou)
  t.equal(report.layout, 'pipe')
  t.equal(report.year, 2025, 'the year comes from the text, 《2025年市政府重点工作责任清单》')
  t.same(report.period, { label: '1-5月份', kind: 'month_cumulative', startsOn: '2025-01-01', endsOn: '2025-05-31' })
  t.same(report.columns, ['seq', 'title', 'leadUnits', 'status', 'progress', 'nextSteps'])
  t.equal(report.headerLine, 13)
  t.equal(report.rows.length, 49)
  t.same(report.rows.map((row) => row.seq), Array.from({ length: 49 }, (_, i) => i + 1))
  t.same(report.rows.map((row) => row.rowNumber), Array.from({ length: 49 }, (_, i) => i + 1))
  t.equal(report.rows[0]!.line, 19, 'row 1 starts on the line of its 序号 cell')

  const count = (status: string) => report.rows.filter((row) => row.status === status).length
  t.same([count('on_track'), count('behind'), count('completed'), count('not_rated')], [39, 8, 1, 1])
  t.same(report.rows.filter((row) => row.status === 'behind').map((row) => row.seq), [1, 2, 3, 4, 5, 6, 7, 11])
  t.equal(bySeq(report, 39).status, 'completed')

  const last = bySeq(report, 49)
  t.equal(last.truncated, true)
  t.equal(last.status, 'not_rated', 'the cut-off row has no 工作评价 cell')
  t.same(last.leadUnits, ['市发展改革委'])
  t.match(last.title, /^完善重大项目市领导联系、专班推进等工作机制/)
  t.same([last.progress, last.nextSteps], ['', ''])
  t.same(report.rows.filter((row) => row.truncated).map((row) => row.seq), [49])
  t.same(codes(report), [['row_truncated', 49, 307]], 'the cut-off row is the only thing to warn about')

  t.same(bySeq(report, 3).leadUnits, ['市工业和信息化局'])
  t.same(bySeq(report, 6).leadUnits, ['市人力资源社会保障局'])
  t.same(bySeq(report, 23).leadUnits, ['江南新兴产业集中区管委会'])
  t.same(bySeq(report, 45).leadUnits, ['市委人才工作局', '市人力资源社会保障局'])
  t.same(bySeq(report, 37).leadUnits, ['市住房城乡建设局'])
  t.same(content(bySeq(report, 1)), {
    seq: 1, title: '地区生产总值增长6.5%以上。', leadUnits: ['市发展改革委'], status: 'behind',
    progress: '一季度,增长6.4%,增速居全省第6位。', nextSteps: '加强研判分析,及时发现苗头性问题,采取针对性措施。', remarks: '', truncated: false,
  })
  t.equal(bySeq(report, 28).progress,
    '1.港口物流:加快江口港区四期工程建设,推进港口陆域形成及部分附属建筑物桩基施工。1-5月,港口吞吐量约6192.1万吨、增加7.43%。 ' +
    '2.航空物流:1-5月,九华山机场进出港货量185.28吨,其中深圳航线货量113.49吨、占比61.25%。', 'both numbered parts stay in the cell')
  t.equal(bySeq(report, 45).nextSteps, '1.完成二季度省高层次人才认定申报。 2.加快“人才港”项目建设。')
  t.match(bySeq(report, 35).nextSteps, /《牯牛降仙缘》行进$/, 'a cell the source cut mid-sentence is kept as it is')
  t.equal(bySeq(report, 35).truncated, false)

  const names = unitNames(report)
  t.equal(names.length, 50, 'one unit a row, two in row 45')
  t.same(names.filter((name) => /[\s\u00a0\u3000<>|]/.test(name)), [])
})

t.test('huainan 一季度 report (tab layout)', async (t) => {
  const report = parseReport(huainan)
  t.equal(report.layout, 'tab')
  t.equal(report.year, 2023)
  t.same(report.period, { label: '一季度', kind: 'quarter', startsOn: '2023-01-01', endsOn: '2023-03-31' })
  t.same(report.columns, ['seq', 'title', 'leadUnits', 'progress'])
  t.equal(report.headerLine, 5)
  t.equal(report.rows.length, 262)
  t.same(report.rows.map((row) => row.seq), Array.from({ length: 262 }, (_, i) => i + 1))
  t.ok(report.rows.every((row) => row.status === 'not_rated' && !row.truncated && row.nextSteps === '' && row.remarks === ''))
  t.same(report.warnings, [])
  t.equal(bySeq(report, 7).line, 13)

  const names = unitNames(report)
  t.same(names.filter((name) => /[\s\u00a0\u3000<>]/.test(name)), [])
  t.same(report.rows.filter((row) => /<\/?p>/.test(row.title + row.progress)).map((row) => row.seq), [])
  t.same(bySeq(report, 119).leadUnits, ['市政府办（外办）', '市商务局'])
  t.equal(bySeq(report, 92).title, '加快 S16 合周高速淮南段、S19 淮桐高速淮南段建设，开工建设 S63 怀远至凤台高速、S10 扬州至淮南高速。')
  t.same(bySeq(report, 92).leadUnits, ['市交通运输局', '市交控集团'])
  t.match(bySeq(report, 92).progress, /^1\. S63 怀远至凤台高速淮南段：.*进行市级审查。$/)
  t.same(bySeq(report, 134).leadUnits, ['市重点工程建设管理中心', '市住建局', '市林业局', '市交通运输局', '市交控集团', '市自规局'])
  t.same(bySeq(report, 43).leadUnits, ['市数据资源管理局', '高新区管委会'])
  t.same(bySeq(report, 110).leadUnits, ['市科技局', '高新区管委会'])
  t.same(bySeq(report, 155).leadUnits, ['市农业农村局', '市经开区管委会', '寿县政府', '凤台县政府'])
  t.same(bySeq(report, 24).leadUnits, ['市农业农村局', '市发改委'])
  t.same(bySeq(report, 49).leadUnits, ['市发改委', '田家庵区政府'])
  t.same(bySeq(report, 111).leadUnits, ['市市场监管局'])
  t.same(bySeq(report, 69).leadUnits, ['市地方金融监管局', '人行淮南中心支行', '淮南银保监分局'])
  t.same(bySeq(report, 137).leadUnits, ['淮南供电公司'])
  t.same(bySeq(report, 254).leadUnits, ['市创建一流营商环境工作领导小组办'])
  t.same(bySeq(report, 242).leadUnits.length, 7)
  t.equal(bySeq(report, 7).progress, '一季度，地区生产总值增长 2.2%。', 'spaces between Chinese and digits are kept')
})

t.test('the huainan seed parses well under 100 ms', async (t) => {
  parseReport(huainan)
  let fastest = Number.POSITIVE_INFINITY
  for (let run = 0; run < 5; run++) {
    const started = performance.now()
    parseReport(huainan)
    fastest = Math.min(fastest, performance.now() - started)
  }
  t.ok(fastest < 100, `fastest of 5 runs took ${fastest.toFixed(1)} ms`)
})

t.test('paragraph layout with 工作评价 and 备注 columns (wuhu fixture)', async (t) => {
  const report = parseReport(wuhu)
  t.equal(report.layout, 'paragraph')
  t.equal(report.year, 2024)
  t.same(report.period, { label: '上半年', kind: 'half_year', startsOn: '2024-01-01', endsOn: '2024-06-30' })
  t.same(report.columns, ['seq', 'title', 'leadUnits', 'status', 'progress', 'nextSteps', 'remarks'])
  t.equal(report.headerLine, 15)
  t.same(report.rows.map((row) => row.seq), [1, 2, 3, 4, 6, 7, 8, 9, 10], '"1 0" is 10; the source skips 5')
  t.same(report.rows.map((row) => row.line), [29, 43, 67, 82, 100, 122, 136, 150, 166])
  t.same(report.rows.map(content), [
    { seq: 1, title: '地区生产总值增长6%以上。', leadUnits: ['市发展改革委'], status: 'on_track', progress: '上半年，全市地区生产总值增长5.8%，增速居全省第3位。', nextSteps: '加强经济运行监测调度，推动重点指标持续向好。', remarks: '', truncated: false },
    {
      seq: 2,
      title: '一般公共预算收入增长5%。',
      leadUnits: ['市财政局', '市税务局', '市自然资源和规划局'],
      status: 'behind',
      progress: '1.上半年，全市一般公共预算收入完成118.6亿元，同比增长3.2%。\n2.税收收入完成86.4亿元，同比下降1.1%，主要受减税降费政策翻尾影响。\n3.非税收入完成32.2亿元，同比增长17.5%。',
      nextSteps: '1.加强收入分析研判，做好重点税源监控。\n2.盘活国有资源资产，依法依规组织非税收入。',
      remarks: '',
      truncated: false,
    },
    { seq: 3, title: '建成城市生命线安全工程二期。', leadUnits: ['市住房城乡建设局', '市城管局'], status: 'completed', progress: '城市生命线安全工程二期已于6月底建成投运，接入燃气、供水、桥梁等监测点位1.2万个。', nextSteps: '持续巩固建设成果。', remarks: '省考指标', truncated: false },
    { seq: 4, title: '新增城镇就业6万人。', leadUnits: ['市人力资源社会保障局'], status: 'not_rated', progress: '截至6月底：\n1.全市城镇新增就业3.26万人，完成年度目标的54.3%；\n2.城镇调查失业率控制在5.1%以内。', nextSteps: '开展“就业援助月”等专项活动，做好高校毕业生就业服务。', remarks: '', truncated: false },
    { seq: 6, title: '推进芜湖宣州机场航空物流园建设。', leadUnits: ['市交通运输局', '芜湖宣州机场管委会', '市交控集团'], status: 'on_track', progress: '1.航空物流园一期仓储主体完工。\n2.开通芜湖至深圳全货机航线。', nextSteps: '1.推进二期用地报批。\n2.加快海关监管作业场所建设。', remarks: '', truncated: false },
    { seq: 7, title: '实施城市更新项目50个以上。', leadUnits: ['市住房城乡建设局'], status: 'on_track', progress: '已实施城市更新项目38个，完成投资46.3亿元。', nextSteps: '加快推进在建项目，做好下半年项目储备。', remarks: '', truncated: false },
    { seq: 8, title: '完成人工造林1.5万亩。', leadUnits: ['市林业局'], status: 'completed', progress: '完成人工造林1.62万亩，任务完成率108%。', nextSteps: '做好新造林地抚育管护。', remarks: '', truncated: false },
    { seq: 9, title: '全面推行“高效办成一件事”。', leadUnits: ['市数据资源局', '市政务服务中心'], status: 'on_track', progress: '上线“高效办成一件事”套餐服务32个，办件量4.6万件。', nextSteps: '拓展服务场景，提升办件体验。', remarks: '', truncated: false },
    { seq: 10, title: '争创全国文明典范城市。', leadUnits: ['市文明办'], status: 'on_track', progress: '1.制定创建工作方案。\n2.开展文明交通、文明餐桌等专项行动。', nextSteps: '迎接上半年省级测评。', remarks: '', truncated: false },
  ])
  t.same(codes(report), [
    ['status_missing', 4, 82],
    ['seq_gap', 5, 100],
    ['unplaced_text', null, 182],
  ], 'an empty 工作评价, the skipped 5, and the page footer, each with its line')
  t.match(report.warnings[1]!.message, /no row for 5$/)
  t.match(report.warnings[2]!.message, /【打印本页】/)
  // The fixture really is indented with NBSP and U+3000, and its empty cells are NBSP paragraphs.
  t.ok(wuhu.includes(`\n\n${NBSP}${NBSP}1.上半年`) && wuhu.includes(`\n\n${IDEOGRAPHIC_SPACE}${IDEOGRAPHIC_SPACE}地区生产总值`) && wuhu.includes(`\n\n${NBSP}\n\n`))
})

t.test('paragraph layout without 工作评价, cut off at the end (chizhou 2023 fixture)', async (t) => {
  const report = parseReport(chizhou2023)
  t.equal(report.layout, 'paragraph')
  t.equal(report.year, 2023, 'the title\'s year, not the 发布日期 2024-01-26')
  t.same(report.period, { label: '全年', kind: 'year', startsOn: '2023-01-01', endsOn: '2023-12-31' })
  t.same(report.columns, ['seq', 'title', 'leadUnits', 'progress', 'remarks'])
  t.same(report.rows.map((row) => row.seq), [98, 99, 100, 101, 102, 104, 105], '"1 00", "1 0 2" and "1 0 5" are numbers')
  t.ok(report.rows.every((row) => row.status === 'not_rated' && row.section === '三、持续增进民生福祉'))
  t.same(report.rows.map((row) => [row.seq, row.leadUnits, row.remarks, row.truncated]), [
    [98, ['市人力资源社会保障局'], '', false],
    [99, ['市教育和体育局', '市住房城乡建设局', '贵池区政府'], '', false],
    [100, ['市商务局'], '', false],
    [101, ['市住房城乡建设局'], '', false],
    [102, ['市民政局', '市卫生健康委'], '', false],
    [104, ['市水利局'], '', false],
    [105, ['市市场监管局'], '', true],
  ])
  t.equal(bySeq(report, 98).progress, '全年城镇新增就业1.62万人，完成目标任务的108%。\n城镇调查失业率控制在5.5%以内。')
  t.equal(bySeq(report, 99).progress, '1.新建改扩建中小学、幼儿园13所，新增学位6800个。\n2.池州一中新校区建成投用。')
  t.equal(bySeq(report, 102).progress, '截至12月底：\n1.新增养老床位860张；\n2.建成街道综合养老服务中心5个。')
  t.equal(bySeq(report, 104).progress, '完成城乡供水一体化工程投资3.6亿元，农村自来水普及率达96%。\n1.新建水厂1座。\n2.改造管网120公里。',
    'a numbered list is not taken for the 备注')
  t.equal(bySeq(report, 105).title, '加强食品药品安全监管。')
  t.equal(bySeq(report, 105).progress, '')
  t.same(codes(report), [['seq_gap', 6, 84], ['row_truncated', 7, 98]])
  t.match(report.warnings[0]!.message, /102 is followed by 104; no row for 103/)
})

t.test('paragraph layout copied without blank lines, or with the header on one line, reads the same', async (t) => {
  const expected = parseReport(wuhu).rows.map(content)
  const dense = parseReport(wuhu.replace(/\n\n/g, '\n'))
  t.equal(dense.layout, 'paragraph')
  t.same(dense.rows.map(content), expected, 'every cell its own line, no blank lines')
  const oneLineHeader = wuhu.replace('序号\n\n重点工作任务\n\n牵头责任单位\n\n工作评价\n\n上半年进展情况\n\n近期工作安排\n\n备注',
    '序　号　重点工作任务　牵头责任单位　工作评价　上半年进展情况　近期工作安排　备注')
  t.same(parseReport(oneLineHeader).rows.map(content), expected)
  t.same(parseReport(wuhu.replace('序号\n\n', '序　号\n\n').replace('牵头责任单位', '牵头责任\n单位')).rows.map(content), expected,
    'a spaced 序　号 and a header name wrapped over two lines')
  t.same(parseReport(wuhu.replace(/\n/g, '\r\n')).rows.map(content), expected, 'CRLF line ends')
  t.same(parseReport(chizhou2023.replace(/\n\n/g, '\n')).rows.map(content), parseReport(chizhou2023).rows.map(content))
})

t.test('a forced layout is used, and one that does not fit finds no table', async (t) => {
  t.equal(parseReport(chizhou, { layout: 'pipe' }).rows.length, 49)
  t.throws(() => parseReport(chizhou, { layout: 'tab' }), parseError('no_table', /tab layout/))
  t.throws(() => parseReport(huainan, { layout: 'pipe' }), parseError('no_table', /pipe layout/))
  // As paragraphs, the tab-separated header line still reads as a header, but no row follows.
  t.throws(() => parseReport(huainan, { layout: 'paragraph' }), parseError('no_rows', /line 5/))
  t.throws(() => parseReport(huainan, { layout: 'csv' }), parseError('no_table', /CSV/))
  t.throws(() => parseReport(huainan, { layout: 'xml' as 'tab' }), parseError('unknown_layout'))
})

t.test('CSV and Markdown tables, as the report export writes them', async (t) => {
  const csv = '\ufeff池州市2025年1-5月份重点工作进展情况\r\n序号,重点工作任务,牵头责任单位,工作评价,1-5月份进展情况\r\n' +
    '1,地区生产总值增长6.5%以上。,市发展改革委,未达预期,"一季度,增长6.4%。\n另:""引号"""\r\n2,固定资产投资增长8%以上。,市发展改革委,序时推进,1-5月。\r\n'
  const fromCsv = parseReport(csv)
  t.equal(fromCsv.layout, 'csv')
  t.equal(fromCsv.year, 2025)
  t.equal(fromCsv.period?.label, '1-5月份')
  t.same(fromCsv.rows.map((row) => [row.seq, row.status, row.progress]), [[1, 'behind', '一季度,增长6.4%。\n另:"引号"'], [2, 'on_track', '1-5月。']])
  const md = '# 池州市2025年1-5月份重点工作进展情况\n\n1-5月份,49项市政府重点工作。\n\n| 序号 | 重点工作任务 | 牵头责任单位 | 工作评价 | 1-5月份进展情况 |\n' +
    '| --- | --- | --- | --- | --- |\n| 45 | 人才计划 | 市委人才工作局 市人力资源社会保障局 | 序时推进 | 1.活动。<br>2.整合\\|计划。 |\n'
  const fromMd = parseReport(md)
  t.equal(fromMd.layout, 'markdown')
  t.same(fromMd.rows[0]!.leadUnits, ['市委人才工作局', '市人力资源社会保障局'])
  t.equal(fromMd.rows[0]!.progress, '1.活动。\n2.整合|计划。')
})

t.test('a text with no table is a ReportParseError saying why', async (t) => {
  for (const text of ['', '今年以来，各地各部门认真抓好落实。\n\n附件：汇总表', '序号\t备注\n1\t无', '重点工作任务\t牵头单位\n地区生产总值增长6%\t市发改委']) {
    let caught: unknown
    try { parseReport(text) } catch (error) { caught = error }
    t.ok(caught instanceof ReportParseError, JSON.stringify(text))
    t.ok(caught instanceof Error)
    t.equal((caught as ReportParseError).reason, 'no_table')
    t.match((caught as ReportParseError).message, /序号/)
  }
  t.throws(() => parseReport('2023年一季度完成情况\n序号\t主要任务\t牵头单位\n\n'), parseError('no_rows', /no row/))
})

t.test('tab layout: line breaks inside cells, tags, duplicates, headings, footers', async (t) => {
  const text = [
    '2024年1-9月重点工作完成情况',
    '序号\t主要任务\t牵头单位\t配合单位\t工作评价\t完成情况',
    '一、经济发展',
    '1\t<p>地区生产总值增长6%。</p>\t市发改委<br>市统计局\t各县区\t序时推进\t前三季度增长5.9%。',
    '2\t规上工业增加值增长9%。\t市经信局',
    '市财政局\t\t未达预期\t1. 增长7.1%；',
    '2. 居全省第9位。',
    '二、民生保障',
    '2\t新增城镇就业3万人。\t市人社局\t\t基本完成\t新增2.6万人。',
    '1 00\t建成体育公园。\t市教体局\t\t已完成\t已建成。',
    '来源：市政府办公室',
    '打印本页',
  ].join('\n')
  const report = parseReport(text)
  t.equal(report.layout, 'tab')
  t.same(report.period, { label: '1-9月', kind: 'month_cumulative', startsOn: '2024-01-01', endsOn: '2024-09-30' })
  t.same(report.columns, ['seq', 'title', 'leadUnits', 'supportUnits', 'status', 'progress'])
  t.same(report.rows.map(content), [
    { seq: 1, title: '地区生产总值增长6%。', leadUnits: ['市发改委', '市统计局'], status: 'on_track', progress: '前三季度增长5.9%。', nextSteps: '', remarks: '', truncated: false },
    { seq: 2, title: '规上工业增加值增长9%。', leadUnits: ['市经信局', '市财政局'], status: 'behind', progress: '1. 增长7.1%；\n2. 居全省第9位。', nextSteps: '', remarks: '', truncated: false },
    { seq: 2, title: '新增城镇就业3万人。', leadUnits: ['市人社局'], status: 'not_rated', progress: '新增2.6万人。', nextSteps: '', remarks: '', truncated: false },
    { seq: 100, title: '建成体育公园。', leadUnits: ['市教体局'], status: 'completed', progress: '已建成。', nextSteps: '', remarks: '', truncated: false },
  ])
  t.same(report.rows.map((row) => row.section), ['一、经济发展', '一、经济发展', '二、民生保障', '二、民生保障'])
  t.same(report.rows.map((row) => row.supportUnits), [['各县区'], [], [], []], '配合单位 names the supporting units')
  t.same(report.warnings.map((warning) => [warning.code, warning.rowNumber, warning.line]), [
    ['seq_duplicate', 3, 9],
    ['status_unknown', 3, 9],
    ['seq_gap', 4, 10],
    ['unplaced_text', null, 11],
    ['unplaced_text', null, 12],
  ])
  t.match(report.warnings[1]!.message, /基本完成/)
  t.match(report.warnings[2]!.message, /3–99/)
})

t.test('pipe layout: a cell outside any row and a short row are warned about', async (t) => {
  const text = [
    '关于2025年上半年重点工作进展情况的报告',
    '序号 |', '重点工作任务 |', '牵头责任单位 |', '工作评价 |', '进展情况 |',
    '1 |', '任务一。 |', '市发改委 |', '序时推进 |', '进展一。 |',
    '说明：以上数据为快报数。 |',
    '2 |', '任务二。 |', '市财政局 |',
    '3 |', '任务三。 |', '市人力资源 社会保障局 |', '滞后 |', '第一段，', '第二段。 |',
  ].join('\n')
  const report = parseReport(text)
  t.equal(report.layout, 'pipe')
  t.same(report.rows.map((row) => [row.seq, row.leadUnits, row.status, row.progress, row.truncated]), [
    [1, ['市发改委'], 'on_track', '进展一。', false],
    [2, ['市财政局'], 'not_rated', '', false],
    [3, ['市人力资源社会保障局'], 'behind', '第一段，\n第二段。', false],
  ])
  t.same(codes(report), [['unplaced_text', null, 12], ['status_missing', 2, 13], ['row_short', 2, 13]])
})

t.test('splitLeadUnits rejoins names that line wrapping split', async (t) => {
  const cases: [string, string[]][] = [
    ['市工业和 信息化局', ['市工业和信息化局']],
    ['市委人才 工作局 市人力资源 社会保障局', ['市委人才工作局', '市人力资源社会保障局']],
    ['高新区 管委会', ['高新区管委会']],
    ['高新区管 委会', ['高新区管委会']],
    ['田家庵 区政府', ['田家庵区政府']],
    ['市农业 农村局', ['市农业农村局']],
    ['市市场 监管局', ['市市场监管局']],
    ['市重点工程 建设管理 中心', ['市重点工程建设管理中心']],
    ['市交通 运输局', ['市交通运输局']],
    ['市交控 集团', ['市交控集团']],
    ['凤台县 政府', ['凤台县政府']],
    ['市人民政府 办公室', ['市人民政府办公室']],
    ['市卫生健康委 员会', ['市卫生健康委员会']],
    ['市政府办 （外办）', ['市政府办（外办）']],
    ['市政府办 （外办） 市商务局', ['市政府办（外办）', '市商务局']],
    ['市政府办(外办)市商务局', ['市政府办(外办)', '市商务局']],
    ['人行淮南中心支行', ['人行淮南中心支行']],
    ['淮南银保监分局', ['淮南银保监分局']],
    ['淮南供电公司', ['淮南供电公司']],
    ['市创建一流营商环境工作领导小组办', ['市创建一流营商环境工作领导小组办']],
    ['市地方金融监管局 人行淮南中心支行 淮南银保监分局', ['市地方金融监管局', '人行淮南中心支行', '淮南银保监分局']],
    ['江南新兴产业 集中区管委会', ['江南新兴产业集中区管委会']],
    ['市农业农村局 市经开区 管委会 寿县政府 凤台县 政府', ['市农业农村局', '市经开区管委会', '寿县政府', '凤台县政府']],
    ['<p>市交通运输局 市交控集团</p>', ['市交通运输局', '市交控集团']],
    [`市发改委${NBSP}市财政局${IDEOGRAPHIC_SPACE}市统计局`, ['市发改委', '市财政局', '市统计局']],
    ['市发改委、市经信局，市财政局', ['市发改委', '市经信局', '市财政局']],
    ['市发改委\n市统计局', ['市发改委', '市统计局']],
    ['市发改委 市发改委', ['市发改委']],
    ['', []],
    [`${NBSP} `, []],
  ]
  for (const [cell, units] of cases) t.same(splitLeadUnits(cell), units, JSON.stringify(cell))
})

t.test('districts, counties, zones and sub-districts lead tasks too, in every layout', async (t) => {
  const units = [['贵池区', '东至县'], ['经济开发区'], ['池州经济技术开发区', '高新区管委会'], ['安徽自贸试验区芜湖片区'], ['市商务局', '秋浦街道']]
  // Row 6's title ends like a zone and has no full stop; a phrase that long is a task, not a unit.
  const titles = ['推进第1批重点项目建设。', '推进第2批重点项目建设。', '推进第3批重点项目建设。', '推进第4批重点项目建设。', '推进第5批重点项目建设。']
  const rows = [...units.map((names, i) => ({ seq: String(i + 1), title: titles[i]!, names, progress: `完成投资${i + 1}亿元。` })),
    { seq: '6', title: '打造皖江城市带承接产业转移示范区', names: ['市发展改革委'], progress: '完成投资6亿元。' }]
  const header = ['序号', '重点工作任务', '牵头责任单位', '1-5月份进展情况', '近期工作安排']
  const title = '关于2025年1-5月份市政府重点工作责任清单进展情况的报告'
  const documents = {
    // Each unit its own paragraph, and no 工作评价 column to tell where the units end.
    paragraph: [title, ...header, ...rows.flatMap((row) => [row.seq, row.title, ...row.names, row.progress, '继续推进。'])].join('\n\n'),
    pipe: [title, ...header.map((cell) => `${cell} |`),
      ...rows.flatMap((row) => [row.seq, row.title, row.names.join(' '), row.progress, '继续推进。'].map((cell) => `${cell} |`))].join('\n'),
    tab: [title, header.join('\t'), ...rows.map((row) => [row.seq, row.title, row.names.join('<br>'), row.progress, '继续推进。'].join('\t'))].join('\n'),
    csv: [header.join(','), ...rows.map((row) => [row.seq, row.title, `"${row.names.join('\n')}"`, row.progress, '继续推进。'].join(','))].join('\r\n'),
  }
  for (const [layout, document] of Object.entries(documents)) {
    const report = parseReport(document)
    t.equal(report.layout, layout)
    t.same(report.rows.map((row) => row.leadUnits), rows.map((row) => row.names), `${layout}: each unit read as one`)
    t.same(report.rows.map((row) => [row.title, row.progress]), rows.map((row) => [row.title, row.progress]), `${layout}: nothing spilt into the text`)
    t.same(report.warnings.filter((warning) => warning.code === 'lead_unit_unrecognised'), [], `${layout}: every unit recognised`)
  }
  // Wrapped names still join: a zone's committee, a county's government.
  t.same(splitLeadUnits('池州经济技术 开发区管委会 东至县 政府'), ['池州经济技术开发区管委会', '东至县政府'])
})

t.test('known unit names decide an ambiguous split', async (t) => {
  // Both halves end like units: without the city's names they stay apart.
  t.same(splitLeadUnits('市委 组织部'), ['市委', '组织部'])
  t.same(splitLeadUnits('市委 组织部', ['市委组织部']), ['市委组织部'])
  // A zone is a unit of its own (高新区), unless the city knows the joined name as one.
  t.same(splitLeadUnits('高新区 经开区管委会'), ['高新区', '经开区管委会'])
  t.same(splitLeadUnits('高新区 经开区管委会', ['高新区经开区管委会']), ['高新区经开区管委会'])
  // A known name spelled over three tokens is joined whole.
  t.same(splitLeadUnits('市委 人才 工作局 市人社局', ['市委人才工作局']), ['市委人才工作局', '市人社局'])
  // Known names also decide inside a document.
  const text = '2024年一季度完成情况\n序号\t主要任务\t牵头单位\t落实情况\n1\t任务。\t市委 组织部\t已落实。'
  t.same(parseReport(text).rows[0]!.leadUnits, ['市委', '组织部'])
  t.same(parseReport(text, { knownUnitNames: ['市委组织部', '市发改委'] }).rows[0]!.leadUnits, ['市委组织部'])
})

t.test('periodFromText reads the year and the period a title states', async (t) => {
  t.same(periodFromText('2023年《政府工作报告》主要任务一季度完成情况'),
    { year: 2023, period: { label: '一季度', kind: 'quarter', startsOn: '2023-01-01', endsOn: '2023-03-31' } })
  t.same(periodFromText('关于1-5月份市政府重点工作责任清单进展情况的报告', 2025),
    { year: 2025, period: { label: '1-5月份', kind: 'month_cumulative', startsOn: '2025-01-01', endsOn: '2025-05-31' } })
  t.same(periodFromText('关于1-5月份市政府重点工作责任清单进展情况的报告'), { year: null, period: null }, 'no year, no dates')
  t.same(periodFromText('关于2024年上半年市政府重点工作任务落实情况的通报'),
    { year: 2024, period: { label: '上半年', kind: 'half_year', startsOn: '2024-01-01', endsOn: '2024-06-30' } })
  t.same(periodFromText('2023年全年完成情况'),
    { year: 2023, period: { label: '全年', kind: 'year', startsOn: '2023-01-01', endsOn: '2023-12-31' } })
  t.same(periodFromText('2025年二季度重点工作进展情况').period,
    { label: '二季度', kind: 'quarter', startsOn: '2025-04-01', endsOn: '2025-06-30' }, '二季度 alone is April to June')
  t.same(periodFromText('2025年前三季度重点工作进展情况').period,
    { label: '前三季度', kind: 'month_cumulative', startsOn: '2025-01-01', endsOn: '2025-09-30' })
  t.same(periodFromText('2025年1-9月重点工作进展情况').period,
    { label: '1-9月', kind: 'month_cumulative', startsOn: '2025-01-01', endsOn: '2025-09-30' })
  t.same(periodFromText('2024年1—2月份重点工作进展情况').period,
    { label: '1-2月份', kind: 'month_cumulative', startsOn: '2024-01-01', endsOn: '2024-02-29' }, 'a leap February')
  t.same(periodFromText('２０２３年１－５月份重点工作进展情况'),
    { year: 2023, period: { label: '1-5月份', kind: 'month_cumulative', startsOn: '2023-01-01', endsOn: '2023-05-31' } })
  t.same(periodFromText('2022年下半年工作落实情况').period,
    { label: '下半年', kind: 'half_year', startsOn: '2022-07-01', endsOn: '2022-12-31' })
})

t.test('periodFromText takes the year from the text before the dates', async (t) => {
  // chizhou: the title has no year; the text names 2025 and the 成文日期 is 2025 too.
  const preamble = chizhou.slice(0, chizhou.indexOf('序号 |'))
  t.same(periodFromText(preamble),
    { year: 2025, period: { label: '1-5月份', kind: 'month_cumulative', startsOn: '2025-01-01', endsOn: '2025-05-31' } })
  // A 全年 report written in January: the title's year, not the date's.
  t.equal(periodFromText('标题: | 2025年市政府重点工作全年完成情况 |\n成文日期: | 2026-01-20 |').year, 2025)
  // Only a date: the period would end after it, so the report is about the year before.
  t.equal(periodFromText('标题: | 市政府重点工作全年完成情况 |\n成文日期: | 2026-01-20 |').year, 2025)
  t.equal(periodFromText('标题: | 市政府重点工作一季度完成情况 |\n成文日期: | 2026-04-20 |').year, 2026)
  // A date inside the text (2025年6月26日) is not the year the text talks about.
  t.equal(periodFromText('《2024年重点工作清单》\n1-5月份进展情况\n2025年6月26日').year, 2024)
  // A plan range (2023-2025年) is not a year either.
  t.equal(periodFromText('三年行动计划（2023-2025年）\n2024年一季度完成情况').year, 2024)
  t.equal(periodFromText('一季度完成情况', 2022).year, 2022, 'the caller\'s year when the text has none')
  t.same(periodFromText('今年以来，各项工作稳步推进。'), { year: null, period: null })
})

t.test('the period is read from the column title when the text above says nothing', async (t) => {
  const report = parseReport('市政府重点工作\n序号\t重点工作任务\t牵头单位\t2024年1-5月份进展情况\n1\t任务。\t市发改委\t进展。')
  t.same([report.year, report.period?.label], [2024, '1-5月份'])
  const bare = parseReport('序号\t重点工作任务\t牵头单位\n1\t任务。\t市发改委')
  t.same([bare.year, bare.period], [null, null])
  t.same(bare.warnings.map((warning) => warning.code), ['period_not_found', 'year_not_found'])
})

t.test('hostile input stays linear', async (t) => {
  const cases: [string, string][] = [
    ['a page of 序号 lines', '序号\n'.repeat(300_000)],
    ['a unit cell of fragments', `序号\t主要任务\t牵头单位\n1\t任务\t${'市发 '.repeat(300_000)}`],
    ['an unclosed parenthesis', `序号\t主要任务\t牵头单位\n1\t任务\t${'（市'.repeat(300_000)}`],
    ['tag-like text', `序号\t主要任务\n1\t${'<a '.repeat(300_000)}`],
    ['a page of bare numbers', `序号\n\n主要任务\n\n${'1\n\n'.repeat(300_000)}`],
    ['a page of 序号 pipe headers', '序号 |\n'.repeat(300_000)],
  ]
  for (const [name, text] of cases) {
    const started = performance.now()
    try { parseReport(text) } catch (error) { t.ok(error instanceof ReportParseError, name) }
    const took = performance.now() - started
    t.ok(took < 15_000, `${name}: ${(text.length / 1e6).toFixed(1)}M characters in ${took.toFixed(0)} ms`)
  }
})

t.test('a table of more rows than maxRows is refused in every layout, as soon as the row past it is read', async (t) => {
  const layouts = {
    pipe: chizhou,
    tab: huainan,
    paragraph: wuhu,
    csv: '标题,2025年1-5月份\n序号,重点工作任务,牵头责任单位,进展情况\n1,任务一。,市财政局,推进中。\n2,任务二。,市商务局,推进中。\n3,任务三。,市教育局,推进中。\n',
    markdown: '2025年1-5月份\n\n| 序号 | 重点工作任务 | 牵头责任单位 | 进展情况 |\n| --- | --- | --- | --- |\n| 1 | 任务一。 | 市财政局 | 推进中。 |\n| 2 | 任务二。 | 市商务局 | 推进中。 |\n| 3 | 任务三。 | 市教育局 | 推进中。 |\n',
  }
  for (const [layout, text] of Object.entries(layouts)) {
    const whole = parseReport(text)
    t.equal(whole.layout, layout)
    const rows = whole.rows.length
    t.equal(parseReport(text, { maxRows: rows }).rows.length, rows, `${layout}: ${rows} rows with maxRows ${rows}`)
    t.throws(() => parseReport(text, { maxRows: rows - 1 }), parseError('too_many_rows', new RegExp(`more than ${rows - 1} rows`)), `${layout}: refused with maxRows ${rows - 1}`)
  }
})

t.test('a table holding more text than maxTextBytes is refused', async (t) => {
  const bytes = parseReport(huainan).rows.reduce((sum, row) => sum + Buffer.byteLength(row.progress), 0)
  t.throws(() => parseReport(huainan, { maxTextBytes: bytes }), parseError('document_too_large', /more than .* MB of text/))
  t.equal(parseReport(huainan, { maxTextBytes: Buffer.byteLength(huainan) }).layout, 'tab', 'the document\'s own size is always enough')
})

t.test('header words other cities use name the task, unit and progress columns', async (t) => {
  const rows = [
    ['1', '建成区新增绿地面积20公顷。', '市林业局', '已完成新增绿地12公顷，占全年目标60%。'],
    ['2', '新改建农村公路80公里。', '市交通运输局、各县区政府', '已开工65公里，完成投资2.1亿元。'],
  ]
  const headers = [
    ['序号', '内容与要求', '责任单位', '当前进度'],
    ['序号', '督查内容', '牵头责任部门', '当前完成情况'],
    ['序号', '项目内容', '具体责任单位', '落实情况（全年）'],
    ['序号', '重点工作', '责任单位', '推进情况'],
  ]
  for (const header of headers) {
    const document = ['某市2024年1-9月份民生实事进展情况', '', [header, ...rows].map((cells) => cells.join('\t')).join('\n')].join('\n')
    const report = parseReport(document)
    t.same(report.rows.map(({ seq, title, leadUnits, progress }) => ({ seq, title, leadUnits, progress })), [
      { seq: 1, title: rows[0]![1], leadUnits: ['市林业局'], progress: rows[0]![3] },
      { seq: 2, title: rows[1]![1], leadUnits: ['市交通运输局', '各县区政府'], progress: rows[1]![3] },
    ], header.join(' | '))
  }
})
