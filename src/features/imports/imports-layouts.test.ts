// Importing reports of other cities: the dry run shows the layout and each column's role and the
// word that decided it, supporting units come in with role support, the columns an entry has no
// field for are kept in its remarks, and the office can set a column's role in the request, as
// JSON and as a file's query or form field. Documents are made here (test/reportLayouts.ts).
import t from 'tap'
import ExcelJS from 'exceljs'
import { seedCity, setup } from '../../../test/helper.js'
import { assertProblem } from '../../../test/factories.js'
import { render, type Table } from '../../../test/reportLayouts.js'

const { app, database } = await setup(t)
const url = '/v1/cities/341700/imports'
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const TITLE = '2024年1-11月重点工作推进情况'

const importText = (document: string, extra: object = {}) =>
  app.inject({ method: 'POST', url, payload: { document, sourceName: 'other-city.txt', ...extra } })

const taskOf = async (seq: number) =>
  (await app.inject({ url: '/v1/cities/341700/tasks', query: { year: '2024', seq: String(seq) } })).json().items[0]

const entryOf = async (taskId: number) => database.db.selectFrom('progressEntries').selectAll().where('taskId', '=', taskId).executeTakeFirstOrThrow()

const WIDE: Table = {
  title: TITLE,
  header: ['序号', '重点工作任务', '全年目标任务', '牵头单位', '协同责任单位', '分管领导', '1-10月推进情况', '1-11月推进情况', '存在问题', '是否达序'],
  rows: [
    ['1', '推进城东物流园建设。', '完成投资12亿元', '市商务局', '市财政局、市自然资源局', '李某某', '完成投资9亿元。', '完成投资10.5亿元。', '用地指标偏紧', '否'],
    ['2', '建成养老服务中心3个。', '建成3个', '市民政局', '', '王某某', '已建成1个。', '已建成2个。', '', '是'],
  ],
}

t.test('the dry run lists the layout and every column\'s role with the word that decided it; the commit files each where it belongs', async (t) => {
  await seedCity(app)
  const dry = await importText(render(WIDE, 'tab'), { dryRun: true })
  t.equal(dry.statusCode, 200)
  const result = dry.json()
  t.equal(result.layout, 'tab')
  t.same(result.columns.map((column: { title: string, role: string, word: string }) => [column.title, column.role, column.word]), [
    ['序号', 'seq', '序号'], ['重点工作任务', 'title', '任务'], ['全年目标任务', 'target', '全年目标'], ['牵头单位', 'leadUnits', '牵头'],
    ['协同责任单位', 'supportUnits', '协同'], ['分管领导', 'leader', '领导'], ['1-10月推进情况', 'previousProgress', '推进情况'],
    ['1-11月推进情况', 'progress', '推进情况'], ['存在问题', 'problems', '问题'], ['是否达序', 'status', '达序'],
  ])
  t.same(result.newLeadUnits, ['市商务局', '市财政局', '市自然资源局', '市民政局'])
  const stored = await app.inject({ url: `${url}/${result.id}` })
  t.same(stored.json().columns, result.columns, 'the stored dry run keeps the columns')

  const committed = await importText(render(WIDE, 'tab'))
  t.equal(committed.statusCode, 201)
  const first = await taskOf(1)
  t.same(first.leadUnits.map((unit: { name: string, role: string }) => [unit.name, unit.role]),
    [['市商务局', 'lead'], ['市财政局', 'support'], ['市自然资源局', 'support']], '协同责任单位 are linked with role support')
  t.match(first.targets, [{ value: 12 }], 'the annual-target column is where the task\'s target is read from')
  const entry = await entryOf(first.id)
  t.equal(entry.progress, '完成投资10.5亿元。', 'the later period\'s column is the progress')
  t.equal(entry.status, 'behind', '否 under 是否达序')
  t.equal(entry.remarks, '全年目标任务：完成投资12亿元\n分管领导：李某某\n1-10月推进情况：完成投资9亿元。\n存在问题：用地指标偏紧')
  t.same((await taskOf(2)).leadUnits.map((unit: { role: string }) => unit.role), ['lead'])

  const again = await importText(render(WIDE, 'tab'))
  t.match(again.json().counts, { tasks: { created: 0, updated: 0, unchanged: 2 }, entries: { created: 0, updated: 0, unchanged: 2 } },
    'importing it again changes nothing')
})

t.test('spaced and glued documents import with a warning for each row read by content', async (t) => {
  await seedCity(app)
  const document = [TITLE, '序号重点工作任务进展情况牵头单位',
    '1建成智慧停车平台，新增公共泊位2000个。已建成泊位1200个。市城管局',
    '2完成老旧小区改造45个。已开工38个。市住房城乡建设局市财政局'].join('\n')
  const response = await importText(document)
  t.equal(response.statusCode, 201)
  const result = response.json()
  t.equal(result.layout, 'glued')
  t.equal(result.warnings.filter((warning: { code: string }) => warning.code === 'cells_by_content').length, 2)
  t.same((await taskOf(2)).leadUnits.map((unit: { name: string }) => unit.name), ['市住房城乡建设局', '市财政局'])
  t.equal((await entryOf((await taskOf(1)).id)).progress, '已建成泊位1200个。')
})

t.test('the request sets a column\'s role: as JSON, in the query beside a file, and refused when it names no column', async (t) => {
  await seedCity(app)
  const table: Table = { title: TITLE, header: ['序号', '重点工作任务', '包保部门', '情况汇报'],
    rows: [['1', '建成城东物流园一期。', '市商务局', '主体已完工。']] }
  const plain = (await importText(render(table, 'tab'), { dryRun: true })).json()
  t.same(plain.columns.map((column: { role: string }) => column.role), ['seq', 'title', 'other', 'other'])
  t.same(plain.warnings.filter((warning: { code: string }) => warning.code === 'no_lead_unit').length, 1)

  const roles = { 包保部门: 'leadUnits', 情况汇报: 'progress' }
  const told = await importText(render(table, 'tab'), { columnRoles: roles })
  t.equal(told.statusCode, 201)
  t.same(told.json().columns.map((column: { role: string, overridden: boolean }) => [column.role, column.overridden]),
    [['seq', false], ['title', false], ['leadUnits', true], ['progress', true]])
  t.same((await taskOf(1)).leadUnits.map((unit: { name: string }) => unit.name), ['市商务局'])

  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('表')
  sheet.addRow([TITLE])
  sheet.addRow(table.header)
  sheet.addRow(['2', '建成养老服务中心3个。', '市民政局', '已建成2个。'])
  const file = Buffer.from(await workbook.xlsx.writeBuffer())
  const raw = await app.inject({ method: 'POST', url, query: { sourceName: 'sheet.xlsx', columnRoles: JSON.stringify(roles) },
    payload: file, headers: { 'content-type': XLSX } })
  t.equal(raw.statusCode, 201)
  t.same((await taskOf(2)).leadUnits.map((unit: { name: string }) => unit.name), ['市民政局'], 'columnRoles in the query string, beside a file')

  assertProblem(t, await importText(render(table, 'tab'), { columnRoles: { 责任处室: 'leadUnits' } }), 422, 'column_unknown')
  assertProblem(t, await importText(render(table, 'tab'), { columnRoles: { 包保部门: 'boss' } }), 400, 'validation_failed')
  assertProblem(t, await app.inject({ method: 'POST', url, query: { sourceName: 'sheet.xlsx', columnRoles: '{"包保部门":' },
    payload: file, headers: { 'content-type': XLSX } }), 400, 'validation_failed')
})
