// Importing an uploaded xlsx or docx: the report export read back, a workbook as offices
// make them (a title above, the table from column B, merged cells, section rows, several
// lines in a cell), a Word table, and every way a file is refused.
import { deflateRawSync } from 'node:zlib'
import t from 'tap'
import ExcelJS from 'exceljs'
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx'
import type { InjectOptions } from 'fastify'
import { readSeed, seedCity, setup } from '../../../test/helper.js'
import { assertProblem } from '../../../test/factories.js'
import { MAX_IMPORT_ROWS } from './imports.schemas.js'

const { app, database } = await setup(t)
const url = '/v1/cities/341700/imports'
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** A multipart/form-data body as a browser sends it, built by the platform's own FormData. */
async function form(fields: Record<string, string>, file?: { name: string, data: Buffer, type?: string }): Promise<Pick<InjectOptions, 'payload' | 'headers'>> {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.append(name, value)
  if (file) data.append('file', new Blob([file.data], { type: file.type ?? 'application/octet-stream' }), file.name)
  const request = new Request('http://localhost/', { method: 'POST', body: data })
  return { payload: Buffer.from(await request.arrayBuffer()), headers: { 'content-type': request.headers.get('content-type')! } }
}

const upload = async (fields: Record<string, string>, file?: { name: string, data: Buffer, type?: string }) =>
  app.inject({ method: 'POST', url, ...await form(fields, file) })

const raw = (data: Buffer, query: Record<string, string>, type = XLSX) =>
  app.inject({ method: 'POST', url, query, payload: data, headers: { 'content-type': type } })

/** The 池州 report imported as text, and its period's export in the given format. */
async function exported(format: 'xlsx' | 'docx') {
  await seedCity(app)
  const imported = await app.inject({ method: 'POST', url, payload: { document: readSeed('chizhou-2025-jan-may.txt'), sourceName: 'chizhou.txt' } })
  t.equal(imported.statusCode, 201)
  const periodId = imported.json().period.id as number
  const file = await app.inject({ url: `/v1/cities/341700/periods/${periodId}/report`, query: { format } })
  t.equal(file.statusCode, 200)
  return { periodId, data: file.rawPayload }
}

const unchanged = (rows: number) => ({
  period: { created: 0, updated: 0, unchanged: 1 },
  leadUnits: { created: 0, updated: 0 },
  tasks: { created: 0, updated: 0, unchanged: rows },
  entries: { created: 0, updated: 0, unchanged: rows, conflicts: 0 },
})

t.test('the xlsx export imports back with zero changes, raw and as a form', async (t) => {
  const { data } = await exported('xlsx')
  const response = await raw(data, { sourceName: 'chizhou.xlsx' })
  t.equal(response.statusCode, 201, response.body)
  const result = response.json()
  t.match(result, { format: 'xlsx', layout: 'csv', year: 2025, rows: 49, sourceName: 'chizhou.xlsx', period: { label: '1-5月份' } })
  t.match(result.counts, unchanged(49))
  t.same(result.newLeadUnits, [])
  t.same(result.conflicts, [])

  const formed = await upload({}, { name: '池州1-5月.xlsx', data, type: XLSX })
  t.equal(formed.statusCode, 201, formed.body)
  t.match(formed.json(), { format: 'xlsx', sourceName: '池州1-5月.xlsx', counts: unchanged(49) })
  t.equal((await app.inject({ url: `${url}/${formed.json().id}` })).json().format, 'xlsx', 'the stored import says what it read')
})

t.test('the docx export imports back with zero changes, raw and as a form', async (t) => {
  const { data, periodId } = await exported('docx')
  // Written out after its year, the document's title names the year, so nothing need be told.
  const response = await raw(data, { sourceName: 'chizhou.docx' }, DOCX)
  t.equal(response.statusCode, 201, response.body)
  t.match(response.json(), { format: 'docx', layout: 'csv', year: 2025, rows: 49, counts: unchanged(49), newLeadUnits: [] })

  const formed = await upload({ periodId: String(periodId), dryRun: 'true' }, { name: 'chizhou.docx', data })
  t.equal(formed.statusCode, 200, formed.body)
  t.match(formed.json(), { format: 'docx', dryRun: true, counts: unchanged(49) })
})

/** A workbook as an office makes one: a title, a blank column A, section rows, merged units, a cell of several lines. */
async function officeWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.addWorksheet('说明').getCell('A1').value = '填报说明：请按表填写'
  const hidden = workbook.addWorksheet('旧表')
  hidden.state = 'hidden'
  hidden.addRow(['序号', '重点工作任务', '牵头责任单位', '工作评价', '进展情况'])
  hidden.addRow([1, '不应读到的任务', '市财政局', '正常推进', '不应读到'])
  const sheet = workbook.addWorksheet('进展')
  sheet.getCell('B1').value = '关于1-5月份市政府重点工作责任清单进展情况的报告'
  sheet.mergeCells('B1:G1')
  sheet.getRow(3).values = [null, '序号', '重点工作任务', '牵头责任单位', '工作评价', '1-5月份进展情况', '近期工作安排']
  sheet.getCell('B4').value = '一、扩大有效需求'
  sheet.mergeCells('B4:G4')
  sheet.getRow(5).values = [null, 1, '社会消费品零售总额增长6%。', '市商务局', '正常推进', '1-5月份增长5.1%。\n其中限上单位增长7.2%。', '开展促消费活动。']
  sheet.getRow(6).values = [null, 2, '新增城镇就业1.2万人。', null, '正常推进', '新增就业0.5万人。', '举办招聘会。']
  sheet.getRow(7).values = [null, 3, '固定资产投资增长8%。', '市发展改革委', '未达预期', '增长3.1%。', '加快项目建设。']
  sheet.mergeCells('D5:D6')
  sheet.getCell('D5').value = '市人力资源社会保障局'
  sheet.getCell('F5').alignment = { wrapText: true }
  const buffer = await workbook.xlsx.writeBuffer()
  return Buffer.from(buffer)
}

t.test('a workbook as offices make them: title, column B, section rows, a unit merged down, lines in a cell', async (t) => {
  await seedCity(app)
  const response = await raw(await officeWorkbook(), { sourceName: 'office.xlsx', year: '2025' })
  t.equal(response.statusCode, 201, response.body)
  const result = response.json()
  t.match(result, { format: 'xlsx', year: 2025, rows: 3, period: { label: '1-5月份' }, counts: { tasks: { created: 3 } } })
  const tasks = (await app.inject({ url: '/v1/cities/341700/tasks', query: { year: '2025' } })).json().items
  // Not the hidden sheet's task, nor the section row.
  t.same(tasks.map((task: { seq: number, title: string }) => [task.seq, task.title]),
    [[1, '社会消费品零售总额增长6%。'], [2, '新增城镇就业1.2万人。'], [3, '固定资产投资增长8%。']])
  // The merged cell leads both of the tasks it spans.
  t.same(tasks.map((task: { leadUnits: { name: string }[] }) => task.leadUnits.map((unit) => unit.name)),
    [['市人力资源社会保障局'], ['市人力资源社会保障局'], ['市发展改革委']])
  const entries = (await app.inject({ url: `/v1/cities/341700/periods/${result.period.id}/progress` })).json().items
  const first = entries.find((entry: { taskId: number }) => entry.taskId === tasks[0].id)
  t.equal(first.progress, '1-5月份增长5.1%。\n其中限上单位增长7.2%。', 'the lines of a cell are kept as lines')
  t.same(entries.map((entry: { status: string }) => entry.status).sort(), ['behind', 'on_track', 'on_track'])
})

/** A Word document whose table has a merged unit cell (vMerge) and a cell of two paragraphs. */
async function wordDocument(): Promise<Buffer> {
  const cell = (text: string | string[], options: { rowSpan?: number } = {}) =>
    new TableCell({ children: [text].flat().map((line) => new Paragraph(line)), ...options })
  const table = new Table({
    rows: [
      new TableRow({ children: ['序号', '重点工作任务', '牵头责任单位', '工作评价', '进展情况'].map((text) => cell(text)), tableHeader: true }),
      new TableRow({ children: [cell('1'), cell('建成5G基站800个。'), cell('市数据资源局', { rowSpan: 2 }), cell('正常推进'), cell(['已建成420个。', '完成年度目标的52%。'])] }),
      new TableRow({ children: [cell('2'), cell('政务服务事项全程网办率达90%。'), cell('已完成'), cell('全程网办率91%。')] }),
    ],
  })
  const document = new Document({ sections: [{ children: [
    new Paragraph('关于2025年1-5月份市政府重点工作责任清单进展情况的报告'),
    new Paragraph('各县区人民政府：'),
    table,
  ] }] })
  return Packer.toBuffer(document)
}

t.test('a Word table: the report title above it, a unit merged down, a cell of two paragraphs', async (t) => {
  await seedCity(app)
  const response = await upload({ sourceName: 'word.docx' }, { name: 'ignored.docx', data: await wordDocument(), type: DOCX })
  t.equal(response.statusCode, 201, response.body)
  t.match(response.json(), { format: 'docx', sourceName: 'word.docx', year: 2025, rows: 2, period: { label: '1-5月份' } })
  const tasks = (await app.inject({ url: '/v1/cities/341700/tasks', query: { year: '2025' } })).json().items
  t.same(tasks.map((task: { leadUnits: { name: string }[] }) => task.leadUnits.map((unit) => unit.name)), [['市数据资源局'], ['市数据资源局']])
  const entries = (await app.inject({ url: `/v1/cities/341700/periods/${response.json().period.id}/progress` })).json().items
  t.same(entries.map((entry: { progress: string }) => entry.progress).sort(), ['全程网办率91%。', '已建成420个。\n完成年度目标的52%。'])
})

t.test('a dry run writes nothing; a person\'s change is a conflict the file does not overwrite', async (t) => {
  const { data, periodId } = await exported('xlsx')
  const entry = (await app.inject({ url: `/v1/cities/341700/periods/${periodId}/progress`, query: { limit: '1' } })).json().items[0]
  const changed = await app.inject({ method: 'PATCH', url: `/v1/cities/341700/tasks/${entry.taskId}/progress/${periodId}`,
    headers: { 'if-match': `"${entry.version}"` }, payload: { nextSteps: '由督查室补充的安排' } })
  t.equal(changed.statusCode, 200, changed.body)

  const dry = await raw(data, { sourceName: 'chizhou.xlsx', dryRun: 'true' })
  t.equal(dry.statusCode, 200, dry.body)
  t.match(dry.json(), { dryRun: true, counts: { entries: { conflicts: 1, unchanged: 48 } } })
  t.match(dry.json().conflicts, [{ entryId: entry.id, reason: 'changed_since_import', fields: ['nextSteps'] }])

  const kept = await raw(data, { sourceName: 'chizhou.xlsx' })
  t.match(kept.json().counts.entries, { conflicts: 1, updated: 0 })
  const after = await database.db.selectFrom('progressEntries').select('nextSteps').where('id', '=', entry.id).executeTakeFirstOrThrow()
  t.equal(after.nextSteps, '由督查室补充的安排')

  const overwritten = await upload({ overwrite: 'true' }, { name: 'chizhou.xlsx', data })
  t.match(overwritten.json().counts.entries, { conflicts: 0, updated: 1 })
})

/** A zip holding one entry of the given name and content, deflated. */
function zipOf(name: string, content: Buffer): Buffer {
  const packed = deflateRawSync(content)
  const nameBytes = Buffer.from(name)
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  local.writeUInt16LE(8, 8)
  local.writeUInt32LE(packed.length, 18)
  local.writeUInt32LE(content.length, 22)
  local.writeUInt16LE(nameBytes.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 4)
  central.writeUInt16LE(20, 6)
  central.writeUInt16LE(8, 10)
  central.writeUInt32LE(packed.length, 20)
  central.writeUInt32LE(content.length, 24)
  central.writeUInt16LE(nameBytes.length, 28)
  const centralAt = local.length + nameBytes.length + packed.length
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(central.length + nameBytes.length, 12)
  end.writeUInt32LE(centralAt, 16)
  return Buffer.concat([local, nameBytes, packed, central, nameBytes, end])
}

t.test('files that are refused, with the reason, and nothing written', async (t) => {
  await seedCity(app)
  const bomb = zipOf('xl/workbook.xml', Buffer.alloc(200 * 1024 * 1024, 0x20))
  t.ok(bomb.length < 1024 * 1024, 'the bomb is small')
  assertProblem(t, await raw(bomb, { sourceName: 'bomb.xlsx' }), 422, 'unsupported_file')

  const oldExcel = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)])
  const xls = await upload({}, { name: 'old.xls', data: oldExcel })
  assertProblem(t, xls, 422, 'unsupported_file')
  t.match(xls.json().detail, /\.xlsx/)

  assertProblem(t, await raw(zipOf('readme.txt', Buffer.from('hello')), { sourceName: 'a.zip' }, 'application/octet-stream'), 422, 'unsupported_file')
  assertProblem(t, await raw(Buffer.from('序号 |\n任务 |\n'), { sourceName: 'a.txt' }, 'application/octet-stream'), 422, 'unsupported_file')

  const noTable = new ExcelJS.Workbook()
  noTable.addWorksheet('Sheet1').getCell('A1').value = '本月无进展'
  assertProblem(t, await raw(Buffer.from(await noTable.xlsx.writeBuffer()), { sourceName: 'empty.xlsx' }), 422, 'no_table')

  const big = Buffer.alloc(5 * 1024 * 1024 + 1)
  assertProblem(t, await raw(big, { sourceName: 'big.xlsx' }), 413, 'document_too_large')
  assertProblem(t, await upload({}, { name: 'big.xlsx', data: big }), 413, 'document_too_large')
  assertProblem(t, await raw(Buffer.alloc(11 * 1024 * 1024), { sourceName: 'bigger.xlsx' }), 413, 'payload_too_large')

  t.equal((await database.db.selectFrom('imports').select('id').execute()).length, 0, 'no import was recorded')
  t.equal((await database.db.selectFrom('tasks').select('id').execute()).length, 0)
})

t.test('a file past the limits: more rows than an import takes, more text than a document may hold, more unpacked', async (t) => {
  await seedCity(app)
  const workbook = async (rows: number, progress: string) => {
    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet('进展')
    sheet.addRow(['2025年1-5月份重点工作进展情况'])
    sheet.addRow(['序号', '重点工作任务', '牵头责任单位', '工作评价', '1-5月份进展情况'])
    for (let seq = 1; seq <= rows; seq++) sheet.addRow([seq, `任务${seq}。`, '市财政局', '序时推进', progress])
    return Buffer.from(await book.xlsx.writeBuffer())
  }
  const tooMany = await raw(await workbook(MAX_IMPORT_ROWS + 1, '推进中。'), { sourceName: 'many.xlsx', dryRun: 'true' })
  assertProblem(t, tooMany, 413, 'too_many_rows')
  t.match(tooMany.json().detail, `more than ${MAX_IMPORT_ROWS} rows`)
  // A small file of the same long text in every row: 6 MB in its cells.
  const wordy = await workbook(1000, '持续推进。'.repeat(400))
  t.ok(wordy.length < 1024 * 1024, `the file is small (${wordy.length} bytes)`)
  const tooMuchText = await raw(wordy, { sourceName: 'wordy.xlsx', dryRun: 'true' })
  assertProblem(t, tooMuchText, 413, 'document_too_large')
  t.match(tooMuchText.json().detail, 'more than 5 MB of text')
  const unpacked = await raw(zipOf('xl/workbook.xml', Buffer.alloc(17 * 1024 * 1024, 0x20)), { sourceName: 'unpacked.xlsx' })
  assertProblem(t, unpacked, 422, 'unsupported_file')
  t.match(unpacked.json().detail, 'unpacks to more than 16 MB')
  t.equal((await database.db.selectFrom('imports').select('id').execute()).length, 0, 'no import was recorded')
})

t.test('what an upload must say', async (t) => {
  await seedCity(app)
  const data = await officeWorkbook()
  const noName = await raw(data, {})
  assertProblem(t, noName, 400, 'validation_failed')
  t.match(noName.json().errors, [{ field: 'sourceName' }])
  const queried = await app.inject({ method: 'POST', url, query: { dryRun: 'true' }, payload: { document: readSeed('chizhou-2025-jan-may.txt'), sourceName: 'x' } })
  assertProblem(t, queried, 400, 'validation_failed')
  t.match(queried.json().errors, [{ field: 'dryRun' }])
  assertProblem(t, await upload({ sourceName: 'no file' }), 400, 'validation_failed')
  assertProblem(t, await upload({ file: 'not a file', sourceName: 'x' }), 400, 'validation_failed')
  assertProblem(t, await upload({ year: 'this year' }, { name: 'a.xlsx', data }), 400, 'validation_failed')
  assertProblem(t, await upload({ colour: 'red' }, { name: 'a.xlsx', data }), 400, 'validation_failed')
  assertProblem(t, await app.inject({ method: 'POST', url, payload: 'text', headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type')
})

t.test('an upload with an Idempotency-Key is replayed, and the same key with another file refused', async (t) => {
  await seedCity(app)
  const data = await officeWorkbook()
  const send = async (bytes: Buffer) => app.inject({ method: 'POST', url, query: { sourceName: 'o.xlsx', year: '2025' },
    payload: bytes, headers: { 'content-type': XLSX, 'idempotency-key': 'upload-1' } })
  const first = await send(data)
  t.equal(first.statusCode, 201, first.body)
  const again = await send(data)
  t.equal(again.statusCode, 201)
  t.equal(again.json().id, first.json().id, 'the retry gets the first reply')
  const other = Buffer.from(data)
  other[other.length - 30]! ^= 1
  assertProblem(t, await send(other), 422, 'idempotency_key_reused')
})
