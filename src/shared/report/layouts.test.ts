/**
 * Reports of other cities: header words, column orders, separators and columns the three
 * layouts of the seeds do not have, one test per class of what went wrong. Every document here
 * is made for the test (test/reportLayouts.ts); none is taken from a published report.
 */
import t from 'tap'
import { render, type Table } from '../../../test/reportLayouts.js'
import { type ParsedReport, parseReport, ReportParseError } from './parse.js'

const TITLE = '2024年1-11月重点工作推进情况'
const row = (report: ParsedReport, seq: number) => {
  const found = report.rows.find((candidate) => candidate.seq === seq)
  if (!found) throw new Error(`no row ${seq}`)
  return found
}
const roles = (report: ParsedReport) => report.columnRoles.map((column) => `${column.title}:${column.role}`)
const codes = (report: ParsedReport) => report.warnings.map((warning) => warning.code)

t.test('class 1: header words other cities use decide the columns, and the dry run says which word did', async (t) => {
  const table: Table = {
    title: TITLE,
    header: ['序号', '目标任务', '牵头责任部门', '落实情况（全年）'],
    rows: [['1', '建成智慧停车平台，新增公共泊位2000个。', '市城管局', '已建成泊位1200个。']],
  }
  for (const layout of ['pipe', 'tab', 'paragraph', 'csv'] as const) {
    const report = parseReport(render(table, layout))
    t.same(roles(report), ['序号:seq', '目标任务:title', '牵头责任部门:leadUnits', '落实情况（全年）:progress'], layout)
    t.same(report.columnRoles.map((column) => column.word), ['序号', '任务', '牵头', '落实情况'], `${layout}: the word that decided each role`)
    t.same(row(report, 1).leadUnits, ['市城管局'])
    t.equal(row(report, 1).progress, '已建成泊位1200个。')
  }
})

t.test('class 2: the unit column after the progress, no unit column, and supporting units beside the lead units', async (t) => {
  const after = parseReport(render({
    title: TITLE,
    header: ['序号', '重点工作任务', '推进情况', '牵头单位', '协同责任单位'],
    rows: [
      ['1', '完成老旧小区改造45个。', '已开工38个，完工20个。', '市住房城乡建设局', '市财政局、市城管局'],
      ['2', '新增城镇就业2.5万人。', '新增就业1.9万人。', '市人力资源社会保障局', ''],
    ],
  }, 'tab'))
  t.same(roles(after), ['序号:seq', '重点工作任务:title', '推进情况:progress', '牵头单位:leadUnits', '协同责任单位:supportUnits'])
  t.same(row(after, 1).leadUnits, ['市住房城乡建设局'])
  t.same(row(after, 1).supportUnits, ['市财政局', '市城管局'], '协同责任单位: units that support, not units that lead')
  t.equal(row(after, 1).progress, '已开工38个，完工20个。')
  t.same(row(after, 2).supportUnits, [])

  const paragraph = parseReport(render({
    title: TITLE,
    header: ['序号', '重点工作任务', '牵头单位', '协同责任单位', '进展情况'],
    rows: [
      ['1', '完成老旧小区改造45个。', '市住房城乡建设局', '市财政局', '已开工38个。'],
      ['2', '新增城镇就业2.5万人。', '市人力资源社会保障局', '', '新增就业1.9万人。'],
    ],
  }, 'paragraph'))
  t.same(paragraph.rows.map((r) => [r.leadUnits, r.supportUnits, r.progress]), [
    [['市住房城乡建设局'], ['市财政局'], '已开工38个。'],
    [['市人力资源社会保障局'], [], '新增就业1.9万人。'],
  ], 'paragraph layout: the run of units is shared between the lead and the supporting column')

  const none = parseReport(render({ title: TITLE, header: ['序号', '工作任务', '完成情况'], rows: [['1', '建成城东物流园一期。', '主体已完工。']] }, 'tab'))
  t.same(roles(none), ['序号:seq', '工作任务:title', '完成情况:progress'])
  t.same(row(none, 1).leadUnits, [])
  t.equal(row(none, 1).progress, '主体已完工。')
})

t.test('class 3: cells separated by single spaces (two for an empty cell), and cells written together', async (t) => {
  const spaced = [
    TITLE,
    '序号 重点工作任务 牵头单位 工作评价 进展情况 备注',
    '1 建成智慧停车平台，新增公共泊位 2000 个。 市城管局 序时推进 已建成泊位 1200 个。 ',
    '2 完成老旧小区改造45个。 市住房城乡建设局 市财政局 未达预期 已开工38个。 资金未到位',
    '3 实施农村公路提质改造300公里。 市交通运输局  完成210公里。 ',
  ].join('\n')
  const report = parseReport(spaced)
  t.equal(report.layout, 'spaced')
  t.same(report.rows.map((r) => [r.seq, r.title, r.leadUnits, r.status, r.progress, r.remarks]), [
    [1, '建成智慧停车平台，新增公共泊位 2000 个。', ['市城管局'], 'on_track', '已建成泊位 1200 个。', ''],
    [2, '完成老旧小区改造45个。', ['市住房城乡建设局', '市财政局'], 'behind', '已开工38个。', '资金未到位'],
    [3, '实施农村公路提质改造300公里。', ['市交通运输局'], 'not_rated', '完成210公里。', ''],
  ])
  t.ok(report.warnings.some((warning) => warning.code === 'cells_by_content' && warning.rowNumber === 1),
    'a row whose spaces are not one a cell is noted with how it was read')

  const glued = [
    TITLE,
    '序号重点工作任务进展情况牵头单位',
    '1建成智慧停车平台，新增公共泊位2000个。已建成泊位1200个，完成全年目标的60%。市城管局',
    '2完成老旧小区改造45个。已开工38个。市住房城乡建设局市财政局',
    '312项民生实事全部落地。已完成9项。市发展改革委',
  ].join('\n')
  const read = parseReport(glued, { knownUnitNames: ['市城管局'] })
  t.equal(read.layout, 'glued')
  t.same(read.rows.map((r) => [r.seq, r.title, r.progress, r.leadUnits]), [
    [1, '建成智慧停车平台，新增公共泊位2000个。', '已建成泊位1200个，完成全年目标的60%。', ['市城管局']],
    [2, '完成老旧小区改造45个。', '已开工38个。', ['市住房城乡建设局', '市财政局']],
    [3, '12项民生实事全部落地。', '已完成9项。', ['市发展改革委']],
  ])
  t.equal(read.warnings.filter((warning) => warning.code === 'cells_by_content').length, 3, 'every glued row says how it was cut')
})

t.test('class 4: a header with a heading the rows have no cell for is resolved by what the cells say', async (t) => {
  const table: Table = {
    title: TITLE,
    header: ['序号', '重点工作任务', '全年目标任务', '牵头单位', '协同责任单位', '进展情况'],
    rows: [
      ['1', '建成智慧停车平台，全年新增公共泊位2000个。', '市城管局', '市财政局', '已建成泊位1200个。'],
      ['2', '完成老旧小区改造45个。', '市住房城乡建设局', '市财政局、市城管局', '已开工38个。'],
      ['3', '新增城镇就业2.5万人。', '市人力资源社会保障局', '', '新增就业1.9万人。'],
    ],
  }
  for (const layout of ['tab', 'csv', 'markdown'] as const) {
    const report = parseReport(render(table, layout))
    t.same(report.rows.map((r) => [r.title, r.leadUnits, r.supportUnits, r.progress]), [
      ['建成智慧停车平台，全年新增公共泊位2000个。', ['市城管局'], ['市财政局'], '已建成泊位1200个。'],
      ['完成老旧小区改造45个。', ['市住房城乡建设局'], ['市财政局', '市城管局'], '已开工38个。'],
      ['新增城镇就业2.5万人。', ['市人力资源社会保障局'], [], '新增就业1.9万人。'],
    ], `${layout}: no cell shifted into the wrong column`)
    t.equal(report.warnings.filter((warning) => warning.code === 'cells_shifted').length, 3, `${layout}: each repaired row is warned about`)
  }
})

t.test('class 5: a heading split over two paragraphs is one column', async (t) => {
  const text = [
    TITLE, '',
    '序号', '', '重点工作任务', '', '牵头责任', '', '单位', '', '落实情况', '', '（全年）', '',
    '1', '', '建成城东物流园一期。', '', '市商务局', '', '主体已完工。', '',
    '2', '', '建成养老服务中心3个。', '', '市民政局', '', '已建成2个。', '',
  ].join('\n')
  const report = parseReport(text)
  t.same(roles(report), ['序号:seq', '重点工作任务:title', '牵头责任单位:leadUnits', '落实情况（全年）:progress'])
  t.same(report.rows.map((r) => [r.leadUnits, r.progress]), [[['市商务局'], '主体已完工。'], [['市民政局'], '已建成2个。']])
})

t.test('class 6: more columns than four each have a place: nothing dropped, nothing in the wrong field', async (t) => {
  const report = parseReport(render({
    title: TITLE,
    header: ['序号', '重点工作任务', '全年目标任务', '牵头单位', '分管领导', '完成时限', '1-10月推进情况', '1-11月推进情况', '存在问题', '是否达序', '说明'],
    rows: [['1', '推进城东物流园建设。', '完成投资12亿元', '市商务局', '李某某', '2024年12月底', '完成投资9亿元。', '完成投资10.5亿元。', '用地指标偏紧', '是', '含二期前期工作']],
  }, 'tab'))
  t.same(report.columnRoles.map((column) => column.role),
    ['seq', 'title', 'target', 'leadUnits', 'leader', 'deadline', 'previousProgress', 'progress', 'problems', 'status', 'remarks'])
  const only = row(report, 1)
  t.equal(only.progress, '完成投资10.5亿元。', 'the later of two period columns is the period\'s progress')
  t.equal(only.status, 'on_track', '是 under 是否达序')
  t.equal(only.target, '完成投资12亿元')
  t.equal(only.remarks, ['含二期前期工作', '全年目标任务：完成投资12亿元', '分管领导：李某某', '完成时限：2024年12月底',
    '1-10月推进情况：完成投资9亿元。', '存在问题：用地指标偏紧'].join('\n'))
  t.notOk(codes(report).includes('column_unknown'))

  const swapped = parseReport(render({ title: TITLE, header: ['序号', '重点工作任务', '牵头单位', '1-11月推进情况', '1-10月推进情况'],
    rows: [['1', '推进城东物流园建设。', '市商务局', '完成投资10.5亿元。', '完成投资9亿元。']] }, 'tab'))
  t.equal(row(swapped, 1).progress, '完成投资10.5亿元。', 'the period reached decides, not the position')

  const combined = parseReport(render({ title: TITLE, header: ['序号', '重点工作任务', '责任单位', '工作进展、存在问题及下步打算'],
    rows: [['1', '推进城东物流园建设。', '市商务局', '完成投资10.5亿元。用地指标偏紧。下步加快二期。']] }, 'tab'))
  t.same(roles(combined).slice(3), ['工作进展、存在问题及下步打算:progress'])
  t.equal(row(combined, 1).progress, '完成投资10.5亿元。用地指标偏紧。下步加快二期。')
})

t.test('class 7: status words beyond ours, 是/否, and a completion percentage in the progress', async (t) => {
  const words = { 已完成: 'completed', 顺利推进: 'on_track', 进度滞后: 'behind', 推进缓慢: 'behind', 偏慢: 'behind', 未开工: 'behind', 严重滞后: 'behind', 否: 'behind', 是: 'on_track' }
  const report = parseReport(render({
    title: TITLE,
    header: ['序号', '重点工作任务', '牵头单位', '工作评价', '进展情况'],
    rows: Object.keys(words).map((word, i) => [String(i + 1), `任务${i + 1}。`, '市商务局', word, `进展${i + 1}。`]),
  }, 'tab'))
  t.same(report.rows.map((r) => r.status), Object.values(words))
  t.notOk(codes(report).includes('status_unknown'))

  const percent = parseReport(render({
    title: TITLE,
    header: ['序号', '重点工作任务', '牵头单位', '完成进度', '进展情况'],
    rows: [['1', '任务一。', '市商务局', '100%', '已完工。'], ['2', '任务二。', '市商务局', '80%', '主体完工。']],
  }, 'tab'))
  t.same(percent.rows.map((r) => [r.status, r.remarks]), [['completed', ''], ['not_rated', '完成进度：80%']],
    'a percentage is read as one: 100% is done, 80% says no status and is kept')
  t.notOk(codes(percent).includes('status_unknown'))

  const inProgress = parseReport(render({ title: TITLE, header: ['序号', '重点工作任务', '牵头单位', '进展情况'],
    rows: [['1', '任务一。', '市商务局', '80%（受雨季影响，进度滞后）主体完工。']] }, 'tab'))
  t.equal(row(inProgress, 1).status, 'behind', 'the progress that opens with a percentage and a status word states it')
})

t.test('class 8: a row cut off at the end of the paragraph layout is warned about; a continued task text is joined', async (t) => {
  const text = [
    TITLE, '',
    '序号', '', '重点工作任务', '', '牵头单位', '', '进展情况', '',
    '1', '', '建成城东物流园一期。', '', '市商务局', '', '主体已完工。', '',
    '2', '', '建成养老服务中心3个。', '', '市民政', '', '已',
  ].join('\n')
  const report = parseReport(text)
  t.equal(row(report, 2).truncated, true)
  t.ok(report.warnings.some((warning) => warning.code === 'row_truncated' && warning.rowNumber === 2))

  const cut = parseReport([TITLE, '', '序号', '', '重点工作任务', '', '进展情况', '', '牵头单位', '',
    '1', '', '建成城东物流园一期。', '', '主体已完工。', '', '市商务局', '',
    '2', '', '建成养老服务中心3个。', '', '已建成2个。', '', '市民'].join('\n'))
  t.equal(row(cut, 2).truncated, true, 'half a unit name at the end is a cut-off row')
  t.same(row(cut, 2).leadUnits, [], 'and is not made a unit')
  t.ok(cut.warnings.some((warning) => warning.code === 'lead_unit_cut_off'))

  const continued = parseReport([TITLE, '序号\t重点工作任务\t牵头单位\t进展情况',
    '1\t推进城东物流园建设，\t市商务局\t主体已完工。', '\t年内建成一期。\t\t', '2\t建成养老服务中心3个。\t市民政局\t已建成2个。'].join('\n'))
  t.equal(row(continued, 1).title, '推进城东物流园建设，\n年内建成一期。')
  t.equal(row(continued, 1).progress, '主体已完工。')
  t.ok(continued.warnings.some((warning) => warning.code === 'continuation_joined' && warning.rowNumber === 1))

  const csv = parseReport([TITLE, '序号,重点工作任务,牵头单位,进展情况', '1,推进城东物流园建设，,市商务局,主体已完工。', ',年内建成一期。,,'].join('\n'))
  t.equal(row(csv, 1).title, '推进城东物流园建设，\n年内建成一期。')
})

t.test('class 9: a table that starts at 24 (continuing an earlier page) is a valid list in every layout', async (t) => {
  const table: Table = {
    title: TITLE,
    header: ['序号', '重点工作任务', '牵头单位', '进展情况'],
    rows: [['24', '建成城东物流园一期。', '市商务局', '主体已完工。'], ['25', '建成养老服务中心3个。', '市民政局', '已建成2个。']],
  }
  for (const layout of ['pipe', 'tab', 'paragraph', 'csv', 'markdown', 'spaced'] as const) {
    const report = parseReport(render(table, layout))
    t.same(report.rows.map((r) => [r.seq, r.leadUnits]), [[24, ['市商务局']], [25, ['市民政局']]], layout)
    t.same(report.warnings.filter((warning) => warning.rowNumber !== null), [], `${layout}: no warning about the numbering`)
  }
})

t.test('the request can give a column a role the header words do not', async (t) => {
  const text = render({ title: TITLE, header: ['序号', '重点工作任务', '包保部门', '情况汇报'],
    rows: [['1', '建成城东物流园一期。', '市商务局', '主体已完工。']] }, 'tab')
  const plain = parseReport(text)
  t.same(roles(plain), ['序号:seq', '重点工作任务:title', '包保部门:other', '情况汇报:other'])
  t.equal(row(plain, 1).remarks, '包保部门：市商务局\n情况汇报：主体已完工。', 'columns of no role are kept, under their headers')
  const told = parseReport(text, { columnRoles: { 包保部门: 'leadUnits', 情况汇报: 'progress' } })
  t.same(told.columnRoles.map((column) => [column.role, column.overridden]), [['seq', false], ['title', false], ['leadUnits', true], ['progress', true]])
  t.same(row(told, 1).leadUnits, ['市商务局'])
  t.equal(row(told, 1).progress, '主体已完工。')
  t.throws(() => parseReport(text, { columnRoles: { 责任处室: 'leadUnits' } }), { name: 'ReportParseError', reason: 'column_unknown' })
  t.ok(new ReportParseError('x', 'y') instanceof Error)
})

t.test('class 9: a page with no header row, continuing an earlier one, is read by what its cells say', async (t) => {
  const rows = [
    ['24', '建成城东物流园一期。', '市商务局', '序时推进', '主体已完工。'],
    ['25', '建成养老服务中心3个。', '市民政局、市财政局', '未达预期', '已建成2个。'],
  ]
  for (const layout of ['tab', 'csv'] as const) {
    const text = render({ title: '2024年1-11月重点工作推进情况（续）', header: rows[0]!, rows: rows.slice(1) }, layout)
    const report = parseReport(text)
    t.equal(report.layout, layout)
    t.same(report.rows.map((r) => [r.seq, r.title, r.leadUnits, r.status, r.progress]), [
      [24, '建成城东物流园一期。', ['市商务局'], 'on_track', '主体已完工。'],
      [25, '建成养老服务中心3个。', ['市民政局', '市财政局'], 'behind', '已建成2个。'],
    ], `${layout}: the rows from 24`)
    t.same(roles(report), ['第1列:seq', '第2列:title', '第3列:leadUnits', '第4列:status', '第5列:progress'])
    t.ok(report.warnings.some((warning) => warning.code === 'header_missing'), `${layout}: the missing header is a warning`)
    t.same(report.period?.label, '1-11月', 'the title above still names the period')
    const told = parseReport(text, { columnRoles: { 第5列: 'nextSteps' } })
    t.equal(row(told, 24).nextSteps, '主体已完工。', 'columnRoles names a headerless table\'s columns by position')
  }
})
