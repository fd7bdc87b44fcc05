// A city's own 工作评价 words: a county that rates by 欠进度 / 达进度 / 超进度 / 已完成和提前完成 /
// 其它类 sets them as its vocabulary; a document in its words imports to the canonical statuses
// (ahead and other among them), the summary counts them, the narrative, every export and the
// return sheet write them, and each export imports back changing nothing. A city without a
// vocabulary keeps the service's words; a vocabulary that gives one word to two statuses is refused.
import t from 'tap'
import ExcelJS from 'exceljs'
import { assertProblem, badFields, seedTask, seedUnit } from './factories.js'
import { bodyOf, createKey, seedCity, setup } from './helper.js'
import { Summary } from '../src/features/reports/reports.schemas.js'
import { ProgressEntryList } from '../src/features/entries/entries.schemas.js'

const { app, database } = await setup(t)
const city = '/v1/cities/341700'
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** The county's five classes, each with the statuses they stand for. */
const COUNTY = {
  behind: { word: '欠进度' },
  on_track: { word: '达进度' },
  ahead: { word: '超进度' },
  completed: { word: '已完成和提前完成', also: ['提前完成'] },
  other: { word: '其它类' },
}
/** How many tasks the document rates with each word, 17/162/10/24/9 scaled down. */
const CLASSES: [string, keyof typeof COUNTY, number][] = [['欠进度', 'behind', 2], ['达进度', 'on_track', 6], ['超进度', 'ahead', 1], ['已完成和提前完成', 'completed', 3], ['其它类', 'other', 1]]
const TASKS = CLASSES.reduce((sum, [, , n]) => sum + n, 0)

/** A report of our own making, as a Markdown table, every row rated in the county's words. */
function countyReport(): string {
  const lines = ['# 池州市2025年1-5月份重点工作进展情况', '', '| 序号 | 重点工作任务 | 牵头责任单位 | 工作评价 | 1-5月份进展情况 | 近期工作安排 | 备注 |', '| --- | --- | --- | --- | --- | --- | --- |']
  let seq = 0
  for (const [word, , n] of CLASSES) {
    for (let i = 0; i < n; i++) {
      seq++
      const unit = seq % 2 === 0 ? '市统计局' : '市发展改革委'
      lines.push(`| ${seq} | 第${seq}项重点工作任务推进。 | ${unit} | ${word} | 1-5月份完成第${seq}项工作的${seq}0%。 | 继续推进第${seq}项。 |  |`)
    }
  }
  return `${lines.join('\n')}\n`
}

const patchWords = (statusWords: unknown) => app.inject({ method: 'PATCH', url: city, payload: { statusWords } })
const importText = (document: string, extra: Record<string, unknown> = {}) =>
  app.inject({ method: 'POST', url: `${city}/imports`, payload: { document, sourceName: 'county.md', year: 2025, ...extra } })
const importFile = (data: Buffer, type: string, query: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: `${city}/imports`, query: { sourceName: 'county-export', ...query }, payload: data, headers: { 'content-type': type } })
const report = (periodId: number, format: string) => app.inject({ url: `${city}/periods/${periodId}/report`, query: { format } })
const summaryOf = async (periodId: number) => bodyOf(await app.inject({ url: `${city}/periods/${periodId}/summary` }), Summary)

async function county() {
  await seedCity(app)
  await seedUnit(app, '市发展改革委', ['市发改委'])
  await seedUnit(app, '市统计局')
  const set = await patchWords(COUNTY)
  if (set.statusCode !== 200) throw new Error(`status words: ${set.body}`)
  const imported = await importText(countyReport())
  if (imported.statusCode !== 201) throw new Error(`import: ${imported.body}`)
  return { periodId: imported.json().period.id as number }
}

const unchanged = (rows: number) => ({ tasks: { created: 0, updated: 0, unchanged: rows }, entries: { created: 0, updated: 0, unchanged: rows, conflicts: 0 } })

t.test('a county\'s five classes: imported in its words, counted by status, said in its words', async (t) => {
  const { periodId } = await county()
  const entries = bodyOf(await app.inject({ url: `${city}/periods/${periodId}/progress`, query: { limit: '500' } }), ProgressEntryList).items
  t.same(CLASSES.map(([, status]) => entries.filter((entry) => entry.status === status).length), CLASSES.map(([, , n]) => n), 'each word read as its status')

  const summary = await summaryOf(periodId)
  t.match(summary.counts, { behind: 2, on_track: 6, ahead: 1, completed: 3, other: 1, not_rated: 0, not_reported: 0 })
  t.equal(summary.taskCount, TASKS)
  t.match(summary.narrative, `${TASKS}项市政府重点工作`)
  t.match(summary.narrative, '3项已完成和提前完成（', 'completed by the county\'s word, the tasks named')
  t.match(summary.narrative, /1项超进度，6项达进度，2项欠进度，1项其它类。/, 'each class in its word, in order')
  t.match(summary.narrative, /\n欠进度2项分别是：/, 'the behind list led by the county\'s word')
  t.notMatch(summary.narrative, /未达预期|序时推进/, 'none of the service\'s own words')
})

t.test('the exports write the county\'s words, and each imports back changing nothing', async (t) => {
  const { periodId } = await county()
  const csv = await report(periodId, 'csv')
  t.equal(csv.statusCode, 200)
  const statuses = csv.body.split('\r\n').slice(1, -1).map((line) => line.split(',')[3])
  t.same(statuses, CLASSES.flatMap(([word, , n]) => Array<string>(n).fill(word)), 'the csv\'s 工作评价 in the county\'s words')
  const md = await report(periodId, 'md')
  t.match(md.body, '| 1 | 第1项重点工作任务推进。 | 市发展改革委 | 欠进度 |')
  t.match(md.body, '1项超进度，6项达进度，2项欠进度，1项其它类', 'the narrative in the document too')

  const back = await importText(md.body, { dryRun: true })
  t.equal(back.statusCode, 200, back.body)
  t.match(back.json().counts, unchanged(TASKS), 'the markdown imports back unchanged')

  const xlsx = await report(periodId, 'xlsx')
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer)
  const table = workbook.getWorksheet('进展情况')!
  t.same([2, 4, 10, 11, 14].map((row) => table.getRow(row).getCell(4).text), ['欠进度', '达进度', '超进度', '已完成和提前完成', '其它类'])
  const fromXlsx = await importFile(xlsx.rawPayload, XLSX, { dryRun: 'true' })
  t.equal(fromXlsx.statusCode, 200, fromXlsx.body)
  t.match(fromXlsx.json().counts, unchanged(TASKS), 'the xlsx imports back unchanged')

  const docx = await report(periodId, 'docx')
  const fromDocx = await importFile(docx.rawPayload, DOCX, { dryRun: 'true' })
  t.equal(fromDocx.statusCode, 200, fromDocx.body)
  t.match(fromDocx.json().counts, unchanged(TASKS), 'the docx imports back unchanged')
  t.same(fromDocx.json().conflicts, [])
})

t.test('the return sheet offers the county\'s words, and reads a unit\'s choice back as the status', async (t) => {
  const { periodId } = await county()
  const units = (await app.inject({ url: `${city}/lead-units` })).json().items as { id: number, name: string }[]
  const unit = units.find((u) => u.name === '市统计局')!
  // A task of the unit's with no entry yet: the imported ones are the office's, accepted.
  const fresh = await seedTask(app, { year: 2025, seq: TASKS + 1, title: '新增的一项重点工作。', leadUnitIds: [unit.id] })
  const key = await createKey(database, { role: 'lead_unit', cityCode: '341700', leadUnitId: unit.id })
  const sheet = await app.inject({ url: `${city}/periods/${periodId}/return-sheet`, query: { leadUnitId: String(unit.id) }, headers: { authorization: `Bearer ${key}` } })
  t.equal(sheet.statusCode, 200, sheet.body)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(sheet.rawPayload as unknown as ArrayBuffer)
  const rows = workbook.getWorksheet('填报')!
  t.match(rows.getCell('D4').dataValidation, { type: 'list', formulae: ['"已完成和提前完成,超进度,达进度,欠进度,其它类"'] })
  // The unit chooses 超进度 for its new task.
  let first = rows.getRow(4)
  rows.eachRow((row) => { if (Number(row.getCell(1).value) === fresh.seq) first = row })
  t.equal(Number(first.getCell(1).value), fresh.seq)
  first.getCell(4).value = '超进度'
  first.getCell(5).value = '1-5月份提前完成全年任务的六成。'
  const filled = Buffer.from(await workbook.xlsx.writeBuffer())
  const imported = await importFile(filled, XLSX, { sourceName: '统计局填报.xlsx' })
  t.equal(imported.statusCode, 201, imported.body)
  t.equal(imported.json().returnSheet.leadUnitId, unit.id)
  const entries = bodyOf(await app.inject({ url: `${city}/periods/${periodId}/progress`, query: { limit: '500' } }), ProgressEntryList).items
  const entry = entries.find((e) => e.taskId === fresh.id)!
  t.equal(entry.proposedStatus, 'ahead', 'the unit\'s 超进度 is its proposal of ahead')
})

t.test('a search for one of the county\'s words finds the entries it rates, and says the status in it', async (t) => {
  const { periodId } = await county()
  const found = await app.inject({ url: `${city}/search`, query: { q: '超进度', periodId: String(periodId) } })
  t.equal(found.statusCode, 200, found.body)
  const hits = found.json().items as { entry: { status: string }, matches: { field: string, text: string }[] }[]
  t.same(hits.map((hit) => hit.entry.status), ['ahead'], 'the one task the county rates 超进度')
  t.match(hits[0]!.matches.find((match) => match.field === 'status'), { text: '超进度', highlights: [{ start: 0, end: 3 }] })
  const behind = (await app.inject({ url: `${city}/search`, query: { q: '欠进度', periodId: String(periodId) } })).json().items as { entry: { status: string } }[]
  t.same(behind.map((hit) => hit.entry.status), ['behind', 'behind'])
  const service = (await app.inject({ url: `${city}/search`, query: { q: '未达预期', periodId: String(periodId) } })).json().items as { entry: { status: string } }[]
  t.same(service.map((hit) => hit.entry.status), ['behind', 'behind'], 'the service\'s own word still finds them')
})

t.test('a city without a vocabulary keeps the service\'s words; clearing one brings them back', async (t) => {
  await seedCity(app)
  await seedUnit(app, '市发展改革委', ['市发改委'])
  await seedUnit(app, '市统计局')
  t.equal((await app.inject({ url: city })).json().statusWords, null)
  const document = countyReport().replace(/欠进度/g, '未达预期').replace(/达进度/g, '序时推进').replace(/已完成和提前完成/g, '已完成')
  const imported = await importText(document)
  t.equal(imported.statusCode, 201, imported.body)
  const periodId = imported.json().period.id as number
  const summary = await summaryOf(periodId)
  t.match(summary.counts, { behind: 2, on_track: 6, ahead: 1, completed: 3, other: 1 }, '超进度 and 其它类 read by the built-in words')
  t.match(summary.narrative, /3项已完成（.*），1项超进度，6项按序时推进，2项未达预期目标，1项其它类。/)
  t.match(summary.narrative, /\n未达预期2项分别是：/)
  const csv = (await report(periodId, 'csv')).body
  t.match(csv, ',未达预期,')
  t.match(csv, ',序时推进,')

  t.equal((await patchWords(COUNTY)).statusCode, 200)
  t.match((await report(periodId, 'csv')).body, ',欠进度,', 'a new vocabulary is a new revision of the reports')
  const cleared = await patchWords(null)
  t.equal(cleared.statusCode, 200, cleared.body)
  t.equal(cleared.json().statusWords, null)
  t.match((await report(periodId, 'csv')).body, ',未达预期,', 'cleared: the service\'s words again')
})

t.test('a vocabulary is refused where a word names two statuses, is empty, or names no status', async (t) => {
  await seedCity(app)
  const twice = await patchWords({ behind: { word: '欠进度' }, on_track: { word: '达进度', also: ['欠进度'] } })
  assertProblem(t, twice, 400, 'validation_failed')
  t.same(badFields(t, twice), ['body/statusWords/behind/word'], 'the later status in completed, ahead, on_track, behind, other order is named')
  t.match(twice.json().detail, '欠进度')
  const spaced = await patchWords({ completed: { word: '已完成' }, ahead: { word: '已 完成' } })
  assertProblem(t, spaced, 400, 'validation_failed')
  t.same(badFields(t, spaced), ['body/statusWords/ahead/word'])
  assertProblem(t, await patchWords({ not_rated: { word: '未评价' } }), 400, 'validation_failed')
  assertProblem(t, await patchWords({ behind: { word: '' } }), 400, 'validation_failed')
  assertProblem(t, await patchWords({ behind: '欠进度' }), 400, 'validation_failed')
  t.equal((await app.inject({ url: city })).json().statusWords, null, 'nothing was kept')

  const set = await patchWords(COUNTY)
  t.equal(set.statusCode, 200)
  t.same(set.json().statusWords, COUNTY)
  const audit = await app.inject({ url: `${city}/audit`, query: { entity: 'city' } })
  if (audit.statusCode === 200) t.ok(JSON.stringify(audit.json()).includes('欠进度'), 'the change is in the audit trail')
})
