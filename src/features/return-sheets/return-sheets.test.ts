// A lead unit's return sheet: written out for one unit and period, filled in as the unit
// would (exceljs standing in for Excel), imported back as that unit's drafts and nothing
// else; and every way a sheet, or a caller, is refused.
import t from 'tap'
import ExcelJS from 'exceljs'
import type { InjectOptions } from 'fastify'
import { assertProblem, type Entry, putEntry, seedPeriod, seedTask, seedUnit } from '../../../test/factories.js'
import { bodyOf, createKey, seedCity, setup } from '../../../test/helper.js'
import { ImportResult } from '../imports/imports.schemas.js'
import { ProgressEntryList } from '../entries/entries.schemas.js'
import { TaskList } from '../tasks/tasks.schemas.js'

const { app, database } = await setup(t)
const city = '/v1/cities/341700'
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const bearer = (key: string) => ({ authorization: `Bearer ${key}` })

/**
 * 池州 with three units: 市发展改革委 (A) leads tasks 1 and 4 and is the second unit of task 3;
 * 市统计局 (B) leads tasks 2 and 3; 市财政局 (C) leads nothing. A 2024 task of A's is not on the
 * 2025 sheet. B's task 2 has the office's accepted entry; A's task 4 has A's own draft.
 */
async function world() {
  await seedCity(app)
  const a = await seedUnit(app, '市发展改革委', ['市发改委'])
  const b = await seedUnit(app, '市统计局')
  const c = await seedUnit(app, '市财政局')
  const period = await seedPeriod(app, 2025, 5)
  const old = await seedPeriod(app, 2024, 5)
  const tasks = {
    1: await seedTask(app, { year: 2025, seq: 1, title: '地区生产总值增长6.5%以上。', leadUnitIds: [a.id] }),
    2: await seedTask(app, { year: 2025, seq: 2, title: '规上工业增加值增长10%以上。', leadUnitIds: [b.id] }),
    3: await seedTask(app, { year: 2025, seq: 3, title: '统计数据质量提升。', leadUnitIds: [b.id, a.id] }),
    4: await seedTask(app, { year: 2025, seq: 4, title: '固定资产投资增长8%。', leadUnitIds: [a.id] }),
  }
  await seedTask(app, { year: 2024, seq: 1, title: '上年的任务。', leadUnitIds: [a.id] })
  const keys = {
    office: await createKey(database, { role: 'city_office', cityCode: '341700' }),
    unitA: await createKey(database, { role: 'lead_unit', cityCode: '341700', leadUnitId: a.id }),
    unitB: await createKey(database, { role: 'lead_unit', cityCode: '341700', leadUnitId: b.id }),
    reader: await createKey(database, { role: 'reader', cityCode: '341700' }),
  }
  const accepted = await putEntry(app, tasks[2].id, period.id, 'on_track')
  const draft = await app.inject({
    method: 'PUT', url: `${city}/tasks/${tasks[4].id}/progress/${period.id}`, headers: bearer(keys.unitA),
    payload: { progress: '1-5月份增长5.2%。', nextSteps: '加快项目建设。', proposedStatus: 'behind' },
  })
  if (draft.statusCode !== 201) throw new Error(`draft: ${draft.body}`)
  return { a, b, c, period, old, tasks, keys, accepted, draft: draft.json() as Entry }
}
type World = Awaited<ReturnType<typeof world>>

const sheetUrl = (w: World, leadUnitId: number, periodId = w.period.id) => ({ url: `${city}/periods/${periodId}/return-sheet`, query: { leadUnitId: String(leadUnitId) } })

async function download(w: World, key: string, leadUnitId = w.a.id): Promise<Buffer> {
  const response = await app.inject({ ...sheetUrl(w, leadUnitId), headers: bearer(key) })
  if (response.statusCode !== 200) throw new Error(`return sheet: ${response.statusCode} ${response.body}`)
  return response.rawPayload
}

async function workbookOf(data: Buffer) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(data as unknown as ArrayBuffer)
  return workbook
}

/** A cell's text as a reader sees it: without the joiners that keep a number whole on a line (shared/typography.ts). */
const seen = (cell: ExcelJS.Cell) => cell.text.replace(/\u2060/g, '')

/** The table's rows below the header (row 3), as text. */
function tableRows(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = []
  sheet.eachRow((row, number) => {
    if (number <= 3) return
    rows.push([1, 2, 3, 4, 5, 6, 7].map((col) => seen(row.getCell(col))))
  })
  return rows
}

/** Edits the unit's copy as a person would in Excel, and saves it. */
async function fill(data: Buffer, edit: (sheet: ExcelJS.Worksheet, rowOf: (seq: number) => ExcelJS.Row, workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = await workbookOf(data)
  const sheet = workbook.getWorksheet('填报')!
  const rowOf = (seq: number) => {
    let found: ExcelJS.Row | undefined
    sheet.eachRow((row, number) => {
      if (number > 3 && Number(row.getCell(1).value) === seq) found = row
    })
    if (!found) throw new Error(`no row for seq ${seq}`)
    return found
  }
  edit(sheet, rowOf, workbook)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

const importSheet = (data: Buffer, query: Record<string, string> = {}, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: `${city}/imports`, query: { sourceName: '发改委填报.xlsx', ...query }, payload: data, headers: { 'content-type': XLSX, ...headers } })

const entriesOf = async (w: World) => bodyOf(await app.inject({ url: `${city}/periods/${w.period.id}/progress`, query: { limit: '500' } }), ProgressEntryList).items
const tasksOf = async () => bodyOf(await app.inject({ url: `${city}/tasks`, query: { limit: '500' } }), TaskList).items
const leadUnitsOf = async () => (await app.inject({ url: `${city}/lead-units` })).json().items

t.test('a unit\'s sheet has exactly the tasks it leads in the period\'s year, by seq, with what its entries say, printable', async (t) => {
  const w = await world()
  const response = await app.inject({ ...sheetUrl(w, w.a.id), headers: bearer(w.keys.unitA) })
  t.equal(response.statusCode, 200, response.body)
  t.equal(response.headers['content-type'], XLSX)
  const disposition = String(response.headers['content-disposition'])
  t.match(disposition, new RegExp(`^attachment; filename="duban-341700-2025-period-${w.period.id}-unit-${w.a.id}\\.xlsx"; filename\\*=UTF-8''`))
  t.equal(decodeURIComponent(disposition.split('\'\'')[1]!), '池州市2025年1-5月份重点工作进展情况填报表（市发展改革委）.xlsx')

  const workbook = await workbookOf(response.rawPayload)
  const sheet = workbook.worksheets[0]!
  t.equal(sheet.name, '填报', 'the table is the first sheet')
  t.equal(seen(sheet.getCell('A1')), '池州市2025年1-5月份重点工作进展情况填报表', 'the title names the city and the period')
  t.equal(sheet.getCell('A2').text, '填报单位：市发展改革委', 'and the unit')
  t.same([1, 2, 3, 4, 5, 6, 7].map((col) => seen(sheet.getRow(3).getCell(col))), ['序号', '重点工作任务', '牵头责任单位', '工作评价', '1-5月份进展情况', '近期工作安排', '备注'])
  t.same(tableRows(sheet), [
    ['1', '地区生产总值增长6.5%以上。', '市发展改革委', '', '', '', ''],
    ['3', '统计数据质量提升。', '市统计局 市发展改革委', '', '', '', ''],
    ['4', '固定资产投资增长8%。', '市发展改革委', '未达预期', '1-5月份增长5.2%。', '加快项目建设。', ''],
  ], 'its 2025 tasks, not B\'s task 2 nor its 2024 task; its draft filled in with its proposal')
  t.equal(typeof sheet.getCell('A4').value, 'number', '序号 is a number')
  t.equal(sheet.getCell('E6').text, '1\u2060-\u20605\u2060月\u2060份增长5\u2060.\u20602\u2060%。', 'a number and its unit are kept on one line')
  t.match(sheet.getCell('D4').dataValidation, { type: 'list', formulae: ['"已完成,按序时推进,未达预期"'] }, '工作评价 is a dropdown')
  t.match(sheet.getCell('D6').dataValidation, { type: 'list' })
  t.match(sheet.pageSetup, { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' })
  t.match(sheet.getCell('E4').border, { top: { style: 'thin' }, bottom: { style: 'thin' } }, 'borders')
  t.equal(sheet.getCell('E4').alignment?.wrapText, true, 'wrapped')
  t.match(sheet.headerFooter.oddHeader, /池州市.*填报表.*市发展改革委/)
  const identity = workbook.getWorksheet('duban')
  t.equal(identity?.state, 'veryHidden', 'the identity is on a sheet no one sees')
  t.same(workbook.worksheets.filter((s) => s.state === 'visible').map((s) => s.name), ['填报'])

  const office = await app.inject({ ...sheetUrl(w, w.a.id), headers: bearer(w.keys.office) })
  t.equal(office.statusCode, 200, 'the office may download any unit\'s sheet')
})

t.test('who may download: the office and the unit itself; unknown unit or period 404; a unit without tasks 422', async (t) => {
  const w = await world()
  assertProblem(t, await app.inject({ ...sheetUrl(w, w.a.id), headers: bearer(w.keys.unitB) }), 403, 'forbidden')
  assertProblem(t, await app.inject({ ...sheetUrl(w, w.a.id), headers: bearer(w.keys.reader) }), 403, 'forbidden')
  assertProblem(t, await app.inject({ ...sheetUrl(w, 9999), headers: bearer(w.keys.unitA) }), 403, 'forbidden')
  t.equal((await app.inject({ ...sheetUrl(w, w.b.id), headers: bearer(w.keys.unitB) })).statusCode, 200, 'B its own')
  assertProblem(t, await app.inject({ ...sheetUrl(w, 9999), headers: bearer(w.keys.office) }), 404, 'not_found')
  assertProblem(t, await app.inject({ ...sheetUrl(w, w.a.id, 9999), headers: bearer(w.keys.office) }), 404, 'not_found')
  assertProblem(t, await app.inject({ ...sheetUrl(w, w.a.id, w.period.id), url: `/v1/cities/340400/periods/${w.period.id}/return-sheet` }), 404, 'not_found')
  assertProblem(t, await app.inject({ ...sheetUrl(w, w.c.id), headers: bearer(w.keys.office) }), 422, 'no_tasks')
  assertProblem(t, await app.inject({ url: `${city}/periods/${w.period.id}/return-sheet`, headers: bearer(w.keys.office) }), 400, 'validation_failed')
})

t.test('filled in and imported: the unit\'s drafts with its proposals, and nothing else changed', async (t) => {
  const w = await world()
  const filled = await fill(await download(w, w.keys.unitA), (_sheet, rowOf) => {
    rowOf(1).getCell(4).value = '未达预期'
    rowOf(1).getCell(5).value = '一季度增长6.4%,增速居全省第6位。\n其中工业增长7.1%。'
    rowOf(1).getCell(6).value = '加强研判分析。'
    rowOf(3).getCell(4).value = '按序时推进'
    rowOf(3).getCell(5).value = '开展统计数据质量专项检查。'
    rowOf(3).getCell(7).value = '无'
  })
  const tasksBefore = await tasksOf()
  const unitsBefore = await leadUnitsOf()
  const entriesBefore = await entriesOf(w)

  const dry = await importSheet(filled, { dryRun: 'true' }, bearer(w.keys.office))
  t.equal(dry.statusCode, 200, dry.body)
  t.same(await entriesOf(w), entriesBefore, 'a dry run writes no entry')

  const response = await importSheet(filled, {}, bearer(w.keys.office))
  t.equal(response.statusCode, 201, response.body)
  const result = bodyOf(response, ImportResult)
  t.same(bodyOf(dry, ImportResult).counts, result.counts, 'the dry run said what the import did')
  t.match(result, {
    format: 'xlsx', year: 2025, rows: 3, period: { id: w.period.id, label: '1-5月份' },
    returnSheet: { leadUnitId: w.a.id, leadUnitName: '市发展改革委' }, newLeadUnits: [], conflicts: [],
  })
  t.same(result.counts, {
    period: { created: 0, updated: 0, unchanged: 1 },
    leadUnits: { created: 0, updated: 0, unchanged: 1 },
    tasks: { created: 0, updated: 0, unchanged: 3 },
    entries: { created: 2, updated: 0, unchanged: 1, conflicts: 0 },
  })

  const entries = await entriesOf(w)
  const byTask = (id: number) => entries.find((entry) => entry.taskId === id)
  t.match(byTask(w.tasks[1].id), {
    state: 'draft', status: 'not_rated', proposedStatus: 'behind',
    progress: '一季度增长6.4%,增速居全省第6位。\n其中工业增长7.1%。', nextSteps: '加强研判分析。', remarks: '',
  }, 'the 工作评价 is the unit\'s proposal, not the office\'s evaluation')
  t.match(byTask(w.tasks[3].id), { state: 'draft', status: 'not_rated', proposedStatus: 'on_track', progress: '开展统计数据质量专项检查。', remarks: '无' })
  t.same(byTask(w.tasks[4].id), entriesBefore.find((entry) => entry.taskId === w.tasks[4].id), 'the unchanged draft is as it was')
  t.same(byTask(w.tasks[2].id), { ...w.accepted, flags: [] }, 'another unit\'s entry is untouched')
  t.same(await tasksOf(), tasksBefore, 'no task changed')
  t.same(await leadUnitsOf(), unitsBefore, 'no unit changed')
  const period = (await app.inject({ url: `${city}/periods/${w.period.id}` })).json()
  t.equal(period.version, w.period.version, 'the period is unchanged')

  const again = await importSheet(filled, {}, bearer(w.keys.office))
  t.match(again.json().counts.entries, { created: 0, updated: 0, unchanged: 3, conflicts: 0 }, 'importing it again changes nothing')
})

t.test('a form upload, an Idempotency-Key replay, and a revision of the unit\'s own draft', async (t) => {
  const w = await world()
  const filled = await fill(await download(w, w.keys.unitA), (_sheet, rowOf) => {
    rowOf(4).getCell(4).value = '按序时推进'
    rowOf(4).getCell(5).value = '1-5月份增长8.3%。'
  })
  const data = new FormData()
  data.append('file', new Blob([filled], { type: XLSX }), '发改委.xlsx')
  const request = new Request('http://localhost/', { method: 'POST', body: data })
  const form: InjectOptions = {
    method: 'POST', url: `${city}/imports`, payload: Buffer.from(await request.arrayBuffer()),
    headers: { 'content-type': request.headers.get('content-type')!, 'idempotency-key': 'sheet-a-1' },
  }
  const first = await app.inject(form)
  t.equal(first.statusCode, 201, first.body)
  t.match(first.json().counts.entries, { created: 0, updated: 1, unchanged: 2 })
  const replay = await app.inject(form)
  t.equal(replay.statusCode, 201)
  t.equal(replay.headers['idempotent-replayed'], 'true')
  t.equal(replay.json().id, first.json().id, 'the first import\'s reply, not a second import')
  const entry = (await entriesOf(w)).find((e) => e.taskId === w.tasks[4].id)!
  t.match(entry, { state: 'draft', proposedStatus: 'on_track', status: 'not_rated', progress: '1-5月份增长8.3%。', nextSteps: '加快项目建设。', version: w.draft.version + 1 })
})

t.test('a round trip without edits changes nothing', async (t) => {
  const w = await world()
  const before = await entriesOf(w)
  // Saved by the unit without a change: exceljs writes it again, as Excel would.
  const resaved = await fill(await download(w, w.keys.unitA), () => {})
  const response = await importSheet(resaved)
  t.equal(response.statusCode, 201, response.body)
  const result = bodyOf(response, ImportResult)
  t.same(result.counts.entries, { created: 0, updated: 0, unchanged: 3, conflicts: 0 })
  t.same(result.warnings.filter((warning) => warning.code !== 'row_not_filled'), [], 'no warning but the rows left empty')
  t.same(result.warnings.map((warning) => warning.code), ['row_not_filled', 'row_not_filled'])
  t.same(await entriesOf(w), before, 'every entry as it was')
})

t.test('what the unit may no longer edit is a conflict, overwrite or not; a draft changed since the sheet, unless overwrite', async (t) => {
  const w = await world()
  const sheet = await download(w, w.keys.unitA)
  // After the sheet was written out: the unit submits task 4 and files task 1 through the API.
  t.equal((await app.inject({ method: 'POST', url: `${city}/tasks/${w.tasks[4].id}/progress/${w.period.id}/submit`, headers: bearer(w.keys.unitA) })).statusCode, 200)
  const filedUrl = `${city}/tasks/${w.tasks[1].id}/progress/${w.period.id}`
  t.equal((await app.inject({ method: 'PUT', url: filedUrl, headers: bearer(w.keys.unitA), payload: { progress: '通过接口填报。' } })).statusCode, 201)
  const filled = await fill(sheet, (_sheet, rowOf) => {
    rowOf(1).getCell(5).value = '表格里的进展。'
    rowOf(4).getCell(5).value = '提交后又改。'
  })
  const before = await entriesOf(w)

  const response = await importSheet(filled)
  t.equal(response.statusCode, 201, response.body)
  const result = bodyOf(response, ImportResult)
  t.same(result.conflicts.map(({ seq, fields, reason, entryState }) => ({ seq, fields, reason, entryState })), [
    { seq: 1, fields: ['progress'], reason: 'filed_by_person', entryState: 'draft' },
    { seq: 4, fields: ['progress'], reason: 'filed_by_person', entryState: 'submitted' },
  ])
  t.same(await entriesOf(w), before, 'neither was written')

  const overwritten = await importSheet(filled, { overwrite: 'true' })
  t.equal(overwritten.statusCode, 201, overwritten.body)
  const forced = bodyOf(overwritten, ImportResult)
  t.same(forced.conflicts.map((conflict) => [conflict.seq, conflict.entryState]), [[4, 'submitted']], 'a submitted entry stays the office\'s')
  t.match(forced.counts.entries, { updated: 1, conflicts: 1 })
  const after = await entriesOf(w)
  t.match(after.find((entry) => entry.taskId === w.tasks[1].id), { state: 'draft', progress: '表格里的进展。' }, 'the draft takes the sheet')
  t.same(after.find((entry) => entry.taskId === w.tasks[4].id), before.find((entry) => entry.taskId === w.tasks[4].id), 'the submitted one does not')

  // Accepted by the office: no sheet changes it either.
  t.equal((await app.inject({ method: 'POST', url: `${city}/tasks/${w.tasks[4].id}/progress/${w.period.id}/accept`, payload: { status: 'behind' } })).statusCode, 200)
  const late = await importSheet(filled, { overwrite: 'true' })
  t.same(bodyOf(late, ImportResult).conflicts.map((conflict) => [conflict.seq, conflict.entryState]), [[4, 'accepted']])
})

t.test('rows that are not the unit\'s tasks, or whose task text was changed, are warnings and write nothing', async (t) => {
  const w = await world()
  const filled = await fill(await download(w, w.keys.unitA), (sheet, rowOf) => {
    rowOf(1).getCell(2).value = '地区生产总值增长7%以上。'
    rowOf(1).getCell(5).value = '改了任务的行。'
    sheet.addRow([2, '规上工业增加值增长10%以上。', '市统计局', '已完成', '不是本单位的任务。', '', ''])
    sheet.addRow([8, '不存在的任务。', '市发展改革委', '已完成', '没有这一项。', '', ''])
    rowOf(3).getCell(5).value = '本单位的行照常导入。'
  })
  const tasksBefore = await tasksOf()
  const response = await importSheet(filled)
  t.equal(response.statusCode, 201, response.body)
  const result = bodyOf(response, ImportResult)
  t.same(result.warnings.filter((warning) => warning.code !== 'row_not_filled').map((warning) => [warning.code, warning.line]),
    [['seq_order', 7], ['title_differs', 4], ['not_unit_task', 7], ['not_unit_task', 8]])
  t.match(result.counts, { tasks: { created: 0, updated: 0, unchanged: 2 }, entries: { created: 1, updated: 0, unchanged: 1 } })
  const entries = await entriesOf(w)
  t.notOk(entries.some((entry) => entry.taskId === w.tasks[1].id), 'the row whose text changed filed nothing')
  t.same(entries.find((entry) => entry.taskId === w.tasks[2].id), { ...w.accepted, flags: [] }, 'B\'s entry is untouched')
  t.match(entries.find((entry) => entry.taskId === w.tasks[3].id), { progress: '本单位的行照常导入。' })
  t.same(await tasksOf(), tasksBefore, 'the task keeps its title')
})

t.test('a tampered identity, or one that disagrees with the request or the title, is a 422', async (t) => {
  const w = await world()
  const sheet = await download(w, w.keys.unitA)
  const before = await entriesOf(w)
  const otherUnit = await fill(sheet, (_sheet, _rowOf, workbook) => {
    const identity = workbook.getWorksheet('duban')!
    identity.eachRow((row) => {
      if (row.getCell(1).value === 'leadUnitId') row.getCell(2).value = w.b.id
    })
  })
  assertProblem(t, await importSheet(otherUnit), 422, 'return_sheet_invalid')
  const otherTitle = await fill(sheet, (s) => {
    s.getCell('A1').value = '池州市2025年一季度重点工作进展情况填报表'
  })
  assertProblem(t, await importSheet(otherTitle), 422, 'return_sheet_mismatch')
  assertProblem(t, await importSheet(sheet, { leadUnitId: String(w.b.id) }), 422, 'return_sheet_mismatch')
  assertProblem(t, await importSheet(sheet, { periodId: String(w.old.id) }), 422, 'return_sheet_mismatch')
  const elsewhere = await app.inject({ method: 'POST', url: '/v1/cities/340400/imports', query: { sourceName: 's.xlsx' }, payload: sheet, headers: { 'content-type': XLSX } })
  await seedCity(app, '340400')
  assertProblem(t, await app.inject({ method: 'POST', url: '/v1/cities/340400/imports', query: { sourceName: 's.xlsx' }, payload: sheet, headers: { 'content-type': XLSX } }),
    422, 'return_sheet_mismatch')
  assertProblem(t, elsewhere, 404, 'not_found')
  t.equal((await importSheet(sheet, { leadUnitId: String(w.a.id), periodId: String(w.period.id) })).statusCode, 201, 'agreeing, it imports')
  t.same(await entriesOf(w), before)
  assertProblem(t, await importSheet(sheet, {}, bearer(w.keys.unitA)), 403, 'forbidden')
})

t.test('leadUnitId on a workbook that is no return sheet files its rows as that unit\'s, in the period named', async (t) => {
  const w = await world()
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('进展')
  sheet.addRow(['序号', '重点工作任务', '牵头责任单位', '工作评价', '进展情况', '近期工作安排'])
  sheet.addRow([1, '地区生产总值增长6.5%以上。', '市发展改革委', '序时推进', '一季度增长6.6%。', '继续推进。'])
  sheet.addRow([2, '规上工业增加值增长10%以上。', '市统计局', '已完成', '不是发改委的。', ''])
  const data = Buffer.from(await workbook.xlsx.writeBuffer())
  assertProblem(t, await importSheet(data, { leadUnitId: String(w.a.id) }), 422, 'period_unknown')
  assertProblem(t, await importSheet(data, { leadUnitId: '9999', periodId: String(w.period.id) }), 404, 'not_found')
  const response = await importSheet(data, { leadUnitId: String(w.a.id), periodId: String(w.period.id) })
  t.equal(response.statusCode, 201, response.body)
  const result = bodyOf(response, ImportResult)
  t.match(result, { returnSheet: { leadUnitId: w.a.id }, counts: { entries: { created: 1 } } })
  t.same(result.warnings.map((warning) => warning.code), ['period_not_found', 'not_unit_task'], 'the period is the request\'s, as the file names none')
  t.match((await entriesOf(w)).find((entry) => entry.taskId === w.tasks[1].id), { state: 'draft', proposedStatus: 'on_track', status: 'not_rated' })
})
