import t from 'tap'
import { type Kysely, sql } from 'kysely'
import { buildApp } from '../../app.js'
import { cityRevision } from '../cities/cities.repository.js'
import type { Database } from '../../db/database.js'
import { putEntry } from '../../../test/factories.js'
import { bodyOf, checkResponses, readSeed, seedCity, setup } from '../../../test/helper.js'
import ExcelJS from 'exceljs'
import mammoth from 'mammoth'
import { readXlsxRows } from '../../../test/xlsx.js'
import { NewApiKey } from '../keys/keys.schemas.js'
import { ImportResult } from '../imports/imports.schemas.js'
import { Period } from '../periods/periods.schemas.js'
import { ReportTable, StatusChanges, Summary } from './reports.schemas.js'
import { TaskList } from '../tasks/tasks.schemas.js'

/** The seed's half-width punctuation as the service sets it. */
const fullWidth = (text: string) => text.replace(/,/g, '，').replace(/:/g, '：').replace(/;/g, '；').replace(/\(/g, '（').replace(/\)/g, '）')

const { app, database } = await setup(t)

async function importChizhou() {
  await seedCity(app)
  const response = await app.inject({
    method: 'POST', url: '/v1/cities/341700/imports',
    payload: { document: readSeed('chizhou-2025-jan-may.txt'), sourceName: 'chizhou-2025-jan-may.txt' },
  })
  if (response.statusCode !== 201) throw new Error(`import: ${response.body}`)
  const { period } = bodyOf(response, ImportResult)
  if (period.id === null) throw new Error('the import created no period')
  return period.id
}

t.test('summary of the imported chizhou period', async (t) => {
  const periodId = await importChizhou()
  const response = await app.inject({ url: `/v1/cities/341700/periods/${periodId}/summary` })
  t.equal(response.statusCode, 200)
  const summary = bodyOf(response, Summary)
  t.equal(summary.taskCount, 49)
  t.same(summary.counts, { completed: 1, ahead: 0, on_track: 39, behind: 8, other: 0, not_rated: 1, awaiting_review: 0, returned: 0, not_reported: 0 })
  t.same(summary.behind.map((task) => task.seq), [1, 2, 3, 4, 5, 6, 7, 11])
  const bySeq = new Map(summary.behind.map((task) => [task.seq, task]))
  const units = (seq: number) => bySeq.get(seq)?.leadUnits.map((unit) => unit.name)
  t.same(units(1), ['市发展改革委'])
  t.same(units(3), ['市工业和信息化局'])
  t.same(units(4), ['市财政局'])
  t.same(units(6), ['市人力资源社会保障局'])
  t.same(units(11), ['市生态环境局'])

  const behindTask = (seq: number) => {
    const task = bySeq.get(seq)
    if (!task) throw new Error(`task ${seq} is not behind`)
    return task
  }
  const seq1 = behindTask(1)
  t.match(seq1.targets[0], { comparator: 'gte', comparatorWritten: true, value: 6.5, unit: '%' })
  t.match(seq1.actual, { value: 6.4, unit: '%' })
  t.match(seq1.rank, { position: 6, scope: '全省' })
  const seq4 = behindTask(4)
  t.match(seq4.targets[0], { comparator: 'gte', comparatorWritten: false, value: 5, unit: '%' })
  t.match(seq4.actual, { value: 4, unit: '%' })
  t.match(seq4.rank, { position: 3 })
  const seq5 = behindTask(5)
  t.match(seq5.targets[0], { comparatorWritten: false, value: 6, unit: '%' })
  t.match(seq5.actual, { value: 4.6 })
  t.match(seq5.rank, { position: 16 })
  t.same(behindTask(11).targets, [], 'seq 11 has no numeric target')

  // The report's header is kept with the period: the whole list is 147 tasks, of which the table
  // lists 49, and while the entries agree with its figures the opening is the office's own.
  const seedOpening = readSeed('chizhou-2025-jan-may.txt').split('\n')[5]
  t.equal(summary.narrative.split('\n')[0], fullWidth(seedOpening!), 'the office\'s opening, its punctuation set full-width')
  t.same(summary.period.reportHeader, {
    title: '关于1-5月份市政府重点工作责任清单进展情况的报告', documentNumber: null, issuingOffice: '池州市人民政府办公室',
    issuedOn: '2025-06-26', listSize: 147, opening: seedOpening,
  })
  for (const seq of [1, 2, 3, 4, 5, 6, 7, 11]) t.match(summary.narrative, `第${seq}项“`)
  t.match(summary.narrative, '市发展改革委牵头的第1项“地区生产总值增长6.5%以上”，一季度增长6.4%，增速居全省第6位')
  t.match(summary.narrative, '市商务局牵头的第5项“社会消费品零售总额增长6%”，一季度增长4.6%，增速居全省末位', 'the 16th of 安徽\'s 16 cities')
  t.notMatch(summary.narrative, /undefined|null|NaN/)

  const unit = summary.units.find((u) => u.name === '市发展改革委')
  if (!unit) throw new Error('no 市发展改革委 in the summary')
  t.ok(unit.tasks >= 10)
  t.equal(unit.counts.behind, 2)
  t.same(summary.notReported, [])
})

t.test('the narrative calls a unit by its short name, the table by its name', async (t) => {
  const periodId = await importChizhou()
  const summary = async () => bodyOf(await app.inject({ url: `/v1/cities/341700/periods/${periodId}/summary` }), Summary)
  t.match((await summary()).narrative, '市发展改革委牵头的第1项')
  const unit = (await app.inject({ url: '/v1/cities/341700/lead-units', query: { name: '市发展改革委' } })).json().items[0]
  const renamed = await app.inject({ method: 'PATCH', url: `/v1/cities/341700/lead-units/${unit.id}`, headers: { 'if-match': `"${unit.version}"` },
    payload: { aliases: ['市发改委'], shortName: '市发改委' } })
  t.equal(renamed.statusCode, 200, renamed.body)
  t.equal(renamed.json().shortName, '市发改委')
  const after = await summary()
  t.match(after.narrative, '市发改委牵头的第1项“地区生产总值增长6.5%以上”，一季度增长6.4%，增速居全省第6位；市发改委牵头的第2项')
  t.notMatch(after.narrative, '市发展改革委牵头')
  t.same(after.behind.find((task) => task.seq === 1)!.leadUnits, [{ id: unit.id, name: '市发展改革委' }], 'the summary\'s units keep their names')
  const table = (await app.inject({ url: `/v1/cities/341700/periods/${periodId}/report`, query: { format: 'json' } })).json()
  t.equal(table.rows[0][2], '市发展改革委', 'the table names the unit as the report\'s table does')
  t.match(table.narrative, '市发改委牵头的第1项')
})

t.test('the chizhou narrative against the report\'s own summary, figure by figure and unit by unit', async (t) => {
  const periodId = await importChizhou()
  // The office calls two units by their short names; the city marks them so.
  for (const [name, shortName] of [['市发展改革委', '市发改委'], ['市人力资源社会保障局', '市人社局']] as const) {
    const unit = (await app.inject({ url: '/v1/cities/341700/lead-units', query: { name } })).json().items[0]
    const patched = await app.inject({ method: 'PATCH', url: `/v1/cities/341700/lead-units/${unit.id}`, headers: { 'if-match': `"${unit.version}"` },
      payload: { aliases: [...unit.aliases, shortName], shortName } })
    t.equal(patched.statusCode, 200, patched.body)
  }
  const [opening, behind] = bodyOf(await app.inject({ url: `/v1/cities/341700/periods/${periodId}/summary` }), Summary).narrative.split('\n')
  const seed = readSeed('chizhou-2025-jan-may.txt').split('\n')
  t.equal(opening, fullWidth(seed[5]!), 'the opening paragraph, as the office wrote it (full-width): 147项, 2项已完成（…）, 137项按序时推进, 8项未达预期目标')

  // The behind list: each task's unit, number, title, figures and rank phrase as the report's.
  const items = (text: string) => text.replace(/^未达预期\d+项分别是：/, '').replace(/。$/, '').split(/；(?=[^；]*?牵头的第\d+项)/)
    .map((item) => {
      const [, unit, seq, title, rest] = /^(.+?)牵头的第(\d+)项“(.+?)”，(.*)$/.exec(item) ?? []
      return { unit, seq: Number(seq), title, figures: rest?.match(/\d+(?:\.\d+)?%?/g), rank: rest?.match(/居全省(?:第\d+位|首位|末位)/g) ?? [] }
    })
  const ours = items(behind!)
  const theirs = items(fullWidth(seed[6]!))
  t.equal(ours.length, 8)
  t.same(ours.map(({ unit, seq }) => `${unit} ${seq}`), theirs.map(({ unit, seq }) => `${unit} ${seq}`), 'the same units, short names included, and tasks')
  for (const [i, item] of ours.entries()) t.same(item, theirs[i], `task ${item.seq}: title, figures and rank phrase`)
})

t.test('tasks with no entry are counted as not reported, by lead unit', async (t) => {
  const periodId = await importChizhou()
  const entry = await app.inject({ url: `/v1/cities/341700/tasks?year=2025&seq=48` })
  const task = bodyOf(entry, TaskList).items[0]
  if (!task) throw new Error('no task 48')
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/cities/341700/tasks/${task.id}/progress/${periodId}` })).statusCode, 204)
  const summary = bodyOf(await app.inject({ url: `/v1/cities/341700/periods/${periodId}/summary` }), Summary)
  t.equal(summary.counts.not_reported, 1)
  t.equal(summary.counts.on_track, 38)
  t.same(summary.notReported, [{ leadUnitId: task.leadUnits[0]?.id, name: '市投资促进局', tasks: [{ taskId: task.id, seq: 48, title: task.title }] }])
  t.match(summary.narrative, '1项未报送')
})

t.test('the report as json, csv, markdown and xlsx', async (t) => {
  const periodId = await importChizhou()
  const url = `/v1/cities/341700/periods/${periodId}/report`
  const json = await app.inject({ url })
  t.equal(json.statusCode, 200)
  const table = bodyOf(json, ReportTable)
  t.same(table.columns, ['序号', '重点工作任务', '牵头责任单位', '工作评价', '1-5月份进展情况', '近期工作安排', '备注'])
  t.equal(table.rows.length, 49)
  t.same(table.rows[0]?.slice(0, 4), ['1', '地区生产总值增长6.5%以上。', '市发展改革委', '未达预期'])
  t.equal(table.rows[44]?.[2], '市委人才工作局 市人力资源社会保障局')
  t.match(json.headers['content-disposition'], /^attachment; filename="duban-341700-2025-period-\d+\.json"; filename\*=UTF-8''/)
  t.match(decodeURIComponent(String(json.headers['content-disposition'])), '池州市2025年1-5月份重点工作进展情况.json')

  const csv = await app.inject({ url, headers: { accept: 'text/csv' } })
  t.equal(csv.headers['content-type'], 'text/csv; charset=utf-8')
  const lines = csv.body.split('\r\n')
  t.equal(lines[0], `\ufeff${table.columns.join(',')}`, 'CSV: a BOM, then the header row on the first line')
  t.equal(lines.length, 1 + table.rows.length + 1, 'then one line per task (no cell has a line break) and the closing CRLF')
  t.match(lines[1], /^1,地区生产总值增长6.5%以上。,市发展改革委,未达预期,/)
  t.notMatch(csv.body, table.title, 'no title line')
  t.notMatch(csv.body, table.narrative.split('\n')[0]!, 'nor the narrative')

  const md = await app.inject({ url, query: { format: 'md' } })
  t.equal(md.headers['content-type'], 'text/markdown; charset=utf-8')
  t.match(md.body, '| 序号 | 重点工作任务 | 牵头责任单位 | 工作评价 | 1-5月份进展情况 | 近期工作安排 | 备注 |')

  const xlsx = await app.inject({ url, query: { format: 'xlsx' } })
  t.equal(xlsx.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  const workbook = await readXlsxRows(xlsx.rawPayload)
  t.equal(workbook.title, '关于1-5月份市政府重点工作责任清单进展情况的报告', 'the title kept with the period')
  t.same(workbook.columns, table.columns)
  t.same(workbook.rows, table.rows, 'the workbook rows equal the json report')
})

t.test('every export prints the title kept with the period, its punctuation full-width', async (t) => {
  const periodId = await importChizhou()
  const period = bodyOf(await app.inject({ url: `/v1/cities/341700/periods/${periodId}` }), Period)
  const kept = '关于1-5月份重点工作(含县区分解任务)推进情况的报告'
  const printed = '关于1-5月份重点工作（含县区分解任务）推进情况的报告'
  const patched = await app.inject({ method: 'PATCH', url: `/v1/cities/341700/periods/${periodId}`, headers: { 'if-match': `"${period.version}"` },
    payload: { reportHeader: { title: kept } } })
  t.equal(patched.statusCode, 200, patched.body)
  const url = `/v1/cities/341700/periods/${periodId}/report`
  const fileName = (response: { headers: Record<string, unknown> }) => decodeURIComponent(String(response.headers['content-disposition']))
  const seen = (text: string) => text.replace(/[\u200d\u2060\n]/g, '')

  const csv = await app.inject({ url, query: { format: 'csv' } })
  t.match(fileName(csv), `filename*=UTF-8''${printed}.csv`, 'CSV: in its file name (a line above the header would break CSV tools)')
  const md = await app.inject({ url, query: { format: 'md' } })
  t.ok(md.body.startsWith(`# ${printed}\n`), 'Markdown: its heading')
  t.match(fileName(md), `${printed}.md`)
  const xlsx = await app.inject({ url, query: { format: 'xlsx' } })
  t.equal((await readXlsxRows(xlsx.rawPayload)).title, printed, 'xlsx: above the narrative')
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer)
  t.ok(workbook.worksheets.every((sheet) => sheet.state !== 'visible' || sheet.headerFooter.oddHeader?.includes(printed)), 'xlsx: in every page\'s header')
  const docx = await app.inject({ url, query: { format: 'docx' } })
  t.ok(seen((await mammoth.extractRawText({ buffer: docx.rawPayload })).value).startsWith(printed), 'docx: first')
  t.match(fileName(docx), `${printed}.docx`)
  const json = await app.inject({ url })
  t.match(fileName(json), '池州市2025年1-5月份重点工作进展情况.json', 'the JSON table keeps its own name')
})

for (const format of ['csv', 'md'] as const) {
  t.test(`a ${format} export imported back changes nothing`, async (t) => {
    const periodId = await importChizhou()
    const exported = await app.inject({ url: `/v1/cities/341700/periods/${periodId}/report`, query: { format } })
    // A CSV is the table alone: the year and period, which its title said, come with the request.
    const again = await app.inject({
      method: 'POST', url: '/v1/cities/341700/imports',
      payload: { document: exported.body, sourceName: `export.${format}`, ...(format === 'csv' ? { year: 2025, periodId } : {}) },
    })
    t.equal(again.statusCode, 201, again.body)
    const { counts } = bodyOf(again, ImportResult)
    t.same(counts.tasks, { created: 0, updated: 0, unchanged: 49 })
    t.same(counts.entries, { created: 0, updated: 0, unchanged: 49, conflicts: 0 })
    t.same(counts.period, { created: 0, updated: 0, unchanged: 1 })
    t.same(counts.leadUnits.created, 0)
  })
}

t.test('status changes between two periods', async (t) => {
  const periodId = await importChizhou()
  const q1 = await app.inject({ method: 'POST', url: '/v1/cities/341700/periods',
    payload: { year: 2025, label: '一季度', kind: 'quarter', startsOn: '2025-01-01', endsOn: '2025-03-31' } })
  const task = bodyOf(await app.inject({ url: '/v1/cities/341700/tasks?year=2025&seq=1' }), TaskList).items[0]
  if (!task) throw new Error('no task 1')
  const since = bodyOf(q1, Period).id
  await app.inject({ method: 'PUT', url: `/v1/cities/341700/tasks/${task.id}/progress/${since}`, payload: { status: 'on_track', progress: '一季度,增长6.4%。' } })
  const changes = await app.inject({ url: `/v1/cities/341700/periods/${periodId}/changes`, query: { since: String(since) } })
  t.equal(changes.statusCode, 200)
  const items = bodyOf(changes, StatusChanges).items
  t.equal(items.length, 49, 'seq 1 changed on_track → behind; the 48 others went from not reported to a status')
  t.same(items[0], { taskId: task.id, seq: 1, title: task.title, from: 'on_track', to: 'behind' })
})

t.test('the summary follows every committed change, whoever makes it', async (t) => {
  const periodId = await importChizhou()
  const summaryUrl = `/v1/cities/341700/periods/${periodId}/summary`
  const summary = async (on = app) => bodyOf(await on.inject({ url: summaryUrl }), Summary)
  const first = await summary()
  t.same(await summary(), first, 'read twice, unchanged')
  const tasks = bodyOf(await app.inject({ url: '/v1/cities/341700/tasks', query: { year: '2025', limit: '100' } }), TaskList).items
  const seq12 = tasks.find((task) => task.seq === 12)!

  await putEntry(app, seq12.id, periodId, 'behind')
  const afterEntry = await summary()
  t.same(afterEntry.counts, { ...first.counts, on_track: first.counts.on_track - 1, behind: first.counts.behind + 1 }, 'an entry written')
  t.ok(afterEntry.behind.some((task) => task.seq === 12))

  const unitId = seq12.leadUnits[0]!.id
  const unit = await app.inject({ url: `/v1/cities/341700/lead-units/${unitId}` })
  await app.inject({ method: 'PATCH', url: `/v1/cities/341700/lead-units/${unitId}`, headers: { 'if-match': unit.headers.etag as string }, payload: { name: '市某某局' } })
  t.ok((await summary()).behind.find((task) => task.seq === 12)?.leadUnits.some((u) => u.name === '市某某局'), 'a lead unit renamed')

  const period = await app.inject({ url: `/v1/cities/341700/periods/${periodId}` })
  await app.inject({ method: 'PATCH', url: `/v1/cities/341700/periods/${periodId}`, headers: { 'if-match': period.headers.etag as string }, payload: { label: '1-6月份' } })
  t.match((await summary()).narrative, /抓好落实。1-6月份，147项市政府重点工作中，列入汇总表的49项：/, 'the period relabelled')

  // Another instance of the service on the same database: its write is seen here too.
  const other = await buildApp({ database })
  checkResponses(other)
  t.teardown(() => other.close())
  const seq13 = tasks.find((task) => task.seq === 13)!
  const entryUrl = `/v1/cities/341700/tasks/${seq13.id}/progress/${periodId}`
  t.equal((await other.inject({ method: 'DELETE', url: entryUrl })).statusCode, 401, 'the other instance wants a key as well')
  const adminKey = bodyOf(await app.inject({ method: 'POST', url: '/v1/api-keys', payload: { name: 'other', role: 'admin' } }), NewApiKey).key
  const removed = await other.inject({ method: 'DELETE', url: entryUrl, headers: { authorization: `Bearer ${adminKey}` } })
  t.equal(removed.statusCode, 204, removed.body)
  const afterOther = await summary()
  t.equal(afterOther.counts.not_reported, 1, 'an entry deleted by another instance')
  t.same(afterOther.notReported.flatMap((unit) => unit.tasks.map((task) => task.seq)), [13])
})

t.test('the report follows every committed change, in every format, and the city\'s name', async (t) => {
  const periodId = await importChizhou()
  const reportUrl = (format: string) => `/v1/cities/341700/periods/${periodId}/report?format=${format}`
  const read = async (format: string) => (await app.inject({ url: reportUrl(format) })).body
  const first = { json: await read('json'), csv: await read('csv'), md: await read('md') }
  t.same({ json: await read('json'), csv: await read('csv'), md: await read('md') }, first, 'read twice, the same')
  const tasks = bodyOf(await app.inject({ url: '/v1/cities/341700/tasks', query: { year: '2025', seq: '12' } }), TaskList).items
  const entryUrl = `/v1/cities/341700/tasks/${tasks[0]!.id}/progress/${periodId}`
  const written = await app.inject({ method: 'PUT', url: entryUrl, payload: { status: 'behind', progress: '新材料产业产值增长15.3%，另有新进展。' } })
  t.equal(written.statusCode, 200)
  for (const format of ['json', 'csv', 'md']) t.match(await read(format), /另有新进展/, `${format}: the entry written`)
  const city = await app.inject({ url: '/v1/cities/341700' })
  const renamed = await app.inject({ method: 'PATCH', url: '/v1/cities/341700', headers: { 'if-match': city.headers.etag as string }, payload: { name: '池州' } })
  t.equal(renamed.statusCode, 200)
  t.match(JSON.parse(await read('json')).title, /^池州2025年/, 'the city renamed')
})

t.test('the city revision moves once per committed transaction, never for a rolled back one', async (t) => {
  await seedCity(app)
  const revision = () => cityRevision(database.db, '341700')
  // One write first: the revisions after it are drawn where the city's row is (on Citus, from
  // that node's own range of the sequence; the city's first came from the coordinator's).
  t.equal((await app.inject({ method: 'POST', url: '/v1/cities/341700/lead-units', payload: { name: '市发展改革委' } })).statusCode, 201)
  const start = await revision()
  const dryRun = await app.inject({ method: 'POST', url: '/v1/cities/341700/imports',
    payload: { document: readSeed('chizhou-2025-jan-may.txt'), sourceName: 'chizhou.txt', dryRun: true } })
  t.equal(dryRun.statusCode, 200)
  t.equal(await revision(), start, 'a dry run writes and rolls back: no change')
  const committed = await app.inject({ method: 'POST', url: '/v1/cities/341700/imports',
    payload: { document: readSeed('chizhou-2025-jan-may.txt'), sourceName: 'chizhou.txt' } })
  t.equal(committed.statusCode, 201)
  // Nothing else draws on the revision sequence meanwhile, so one bump is one step.
  t.equal(await revision(), start! + 1, 'an import of 49 tasks, their units and entries: one transaction, one bump')
})

t.test('a write rolled back to a savepoint takes its queued bump with it, and the next write queues one again', async (t) => {
  await importChizhou()
  const revision = () => cityRevision(database.db, '341700')
  const retitle = (trx: Kysely<Database>) => sql`update tasks set title = title || '。' where city_code = '341700' and seq = 1`.execute(trx)
  const start = await revision()
  await database.db.transaction().execute(async (trx) => {
    await sql`savepoint first`.execute(trx)
    await retitle(trx)
    await sql`rollback to savepoint first`.execute(trx)
  })
  t.equal(await revision(), start, 'nothing written survived: no bump')
  await database.db.transaction().execute(async (trx) => {
    await sql`savepoint first`.execute(trx)
    await retitle(trx)
    await sql`rollback to savepoint first`.execute(trx)
    await sql`update lead_units set aliases = aliases where city_code = '341700'`.execute(trx)
    await retitle(trx)
  })
  t.equal(await revision(), start! + 1, 'the writes after the rollback: one bump')
})

t.test('readers arriving together after a write share one computation', async (t) => {
  const periodId = await importChizhou()
  const summaryUrl = `/v1/cities/341700/periods/${periodId}/summary`
  const reads = async () => {
    const text = (await app.inject({ url: '/metrics' })).body
    const count = (source: string) => Number(new RegExp(`^summary_reads_total\\{source="${source}"\\} (\\d+)$`, 'm').exec(text)?.[1] ?? 0)
    return { cache: count('cache'), computed: count('computed'), joined: count('joined') }
  }
  await app.inject({ url: summaryUrl })
  const before = await reads()
  const responses = await Promise.all(Array.from({ length: 8 }, () => app.inject({ url: summaryUrl })))
  const after = await reads()
  t.same(responses.map((response) => response.statusCode), Array(8).fill(200))
  t.equal(new Set(responses.map((response) => response.body)).size, 1, 'all eight read the same summary')
  t.same({ computed: after.computed - before.computed, others: after.cache + after.joined - before.cache - before.joined },
    { computed: 0, others: 8 }, 'unchanged data: nothing computed again')

  const tasks = bodyOf(await app.inject({ url: '/v1/cities/341700/tasks', query: { year: '2025', limit: '100' } }), TaskList).items
  await putEntry(app, tasks.find((task) => task.seq === 12)!.id, periodId, 'behind')
  const start = await reads()
  const afterWrite = await Promise.all(Array.from({ length: 8 }, () => app.inject({ url: summaryUrl })))
  const end = await reads()
  t.equal(new Set(afterWrite.map((response) => response.body)).size, 1)
  t.equal(bodyOf(afterWrite[0]!, Summary).counts.behind, 9, 'the write is in it')
  t.equal(end.computed - start.computed, 1, 'eight readers after a write: one computation')
  t.equal(end.cache + end.joined - start.cache - start.joined, 7, 'the other seven joined it or read its result')
})
