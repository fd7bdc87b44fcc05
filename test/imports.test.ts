import { readFileSync } from 'node:fs'
import t from 'tap'
import { sql } from 'kysely'
import { readSeed, seedCity, setup } from './helper.js'
import { assertProblem } from './factories.js'

const { app, database } = await setup(t)
const url = '/v1/cities/341700/imports'
const importDocument = (document: string, extra: object = {}) =>
  app.inject({ method: 'POST', url, payload: { document, sourceName: 'test.txt', ...extra } })

async function rowCounts() {
  const count = async (table: string) =>
    Number((await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(database.db)).rows[0]!.n)
  return { tasks: await count('tasks'), entries: await count('progress_entries'), units: await count('lead_units'), periods: await count('periods') }
}

async function allUnitNames() {
  const rows = await database.db.selectFrom('leadUnits').select('name').execute()
  return rows.map((row) => row.name)
}

t.test('chizhou: 49 rows, the cut-off row warned, statuses, rejoined units; again changes nothing', async (t) => {
  await seedCity(app)
  const response = await importDocument(readSeed('chizhou-2025-jan-may.txt'))
  t.equal(response.statusCode, 201)
  const result = response.json()
  t.match(result, { layout: 'pipe', year: 2025, rows: 49, period: { label: '1-5月份', startsOn: '2025-01-01', endsOn: '2025-05-31' } })
  t.same(result.counts.tasks, { created: 49, updated: 0, unchanged: 0 })
  t.same(result.counts.entries, { created: 49, updated: 0, unchanged: 0 })
  t.ok(result.warnings.some((w: { code: string, rowNumber: number }) => w.code === 'row_truncated' && w.rowNumber === 49))
  t.equal(response.headers.location, `${url}/${result.id}`)

  const statuses = await database.db.selectFrom('progressEntries').select(['status']).execute()
  const tally: Record<string, number> = {}
  for (const { status } of statuses) tally[status] = (tally[status] ?? 0) + 1
  t.same(tally, { on_track: 39, behind: 8, completed: 1, not_rated: 1 })

  const row45 = (await app.inject({ url: '/v1/cities/341700/tasks', query: { year: '2025', seq: '45' } })).json().items[0]
  t.same(row45.leadUnits.map((u: { name: string }) => u.name), ['市委人才工作局', '市人力资源社会保障局'])
  t.notOk((await allUnitNames()).some((name) => /\s/.test(name)), 'no unit name contains a space')

  const stored = await app.inject({ url: `${url}/${result.id}` })
  t.equal(stored.statusCode, 200)
  t.same(stored.json(), result)
  t.match(result.checksum, /^[0-9a-f]{64}$/)

  const before = await rowCounts()
  const again = (await importDocument(readSeed('chizhou-2025-jan-may.txt'))).json()
  t.same(again.counts.tasks, { created: 0, updated: 0, unchanged: 49 })
  t.same(again.counts.entries, { created: 0, updated: 0, unchanged: 49 })
  t.same(again.counts.period, { created: 0, updated: 0, unchanged: 1 })
  t.same(again.newLeadUnits, [])
  t.same(await rowCounts(), before)
})

t.test('huainan: 262 rows, clean unit names, row 119', async (t) => {
  await seedCity(app, '340400')
  const response = await app.inject({ method: 'POST', url: '/v1/cities/340400/imports',
    payload: { document: readSeed('huainan-2023-q1.txt'), sourceName: 'huainan-2023-q1.txt' } })
  t.equal(response.statusCode, 201)
  const result = response.json()
  t.match(result, { layout: 'tab', year: 2023, rows: 262, period: { label: '一季度', kind: 'quarter' } })
  t.same(result.counts.tasks.created, 262)
  t.notOk((await allUnitNames()).some((name) => /[\s<>]/.test(name)), 'no unit name contains a space or a tag')
  const row119 = (await app.inject({ url: '/v1/cities/340400/tasks', query: { seq: '119' } })).json().items[0]
  t.same(row119.leadUnits.map((u: { name: string }) => u.name), ['市政府办（外办）', '市商务局'])
  const again = await app.inject({ method: 'POST', url: '/v1/cities/340400/imports',
    payload: { document: readSeed('huainan-2023-q1.txt'), sourceName: 'again' } })
  t.same(again.json().counts.entries, { created: 0, updated: 0, unchanged: 262 })
})

t.test('a paragraph-layout document copied from a web page', async (t) => {
  await seedCity(app, '340200')
  const document = readFileSync(new URL('./fixtures/wuhu-2024-h1-paragraph.txt', import.meta.url), 'utf8')
  const response = await app.inject({ method: 'POST', url: '/v1/cities/340200/imports', payload: { document, sourceName: 'wuhu.txt' } })
  t.equal(response.statusCode, 201)
  const result = response.json()
  t.match(result, { layout: 'paragraph', year: 2024, period: { label: '上半年', kind: 'half_year' } })
  t.ok(result.rows > 5)
  t.equal(result.counts.entries.created, result.rows - result.warnings.filter((w: { code: string }) => w.code === 'duplicate_seq_skipped').length)
  const again = await app.inject({ method: 'POST', url: '/v1/cities/340200/imports', payload: { document, sourceName: 'wuhu.txt' } })
  t.equal(again.json().counts.entries.created + again.json().counts.entries.updated, 0)
})

t.test('a dry run reports what the commit would do and writes nothing', async (t) => {
  await seedCity(app)
  const before = await rowCounts()
  const dry = await importDocument(readSeed('chizhou-2025-jan-may.txt'), { dryRun: true })
  t.equal(dry.statusCode, 200)
  t.equal(dry.json().dryRun, true)
  t.equal(dry.json().period.id, null)
  t.same(await rowCounts(), before, 'no task, entry, unit or period written')
  const commit = (await importDocument(readSeed('chizhou-2025-jan-may.txt'))).json()
  t.same(commit.counts, dry.json().counts)
  t.same(commit.newLeadUnits, dry.json().newLeadUnits)
})

t.test('the request wins over the title, and bad documents are refused', async (t) => {
  await seedCity(app)
  const chosen = await importDocument(readSeed('chizhou-2025-jan-may.txt'), {
    dryRun: true, period: { label: '1-5月', kind: 'month_cumulative', startsOn: '2025-01-01', endsOn: '2025-05-31' },
  })
  t.equal(chosen.json().period.label, '1-5月')
  assertProblem(t, await importDocument('今年以来，各地各部门认真抓好落实。'), 422, 'no_table')
  assertProblem(t, await importDocument('x'.repeat(5 * 1024 * 1024 + 1)), 413, 'document_too_large')
  assertProblem(t, await importDocument(readSeed('chizhou-2025-jan-may.txt'), { periodId: 1, period: { label: 'a', kind: 'custom', startsOn: '2025-01-01', endsOn: '2025-01-02' } }), 400, 'validation_failed')
  const script = '<script>alert(1)</script>\n序号 |\n重点工作任务 |\n牵头责任单位 |\n1 |\n\'; drop table tasks; -- |\n市财政局 |\n'
  const safe = await importDocument(script, { year: 2025, period: { label: '全年', kind: 'year', startsOn: '2025-01-01', endsOn: '2025-12-31' } })
  t.equal(safe.statusCode, 201)
  t.equal((await rowCounts()).tasks, 1, 'text is stored, never executed')
})

t.test('a commit that fails leaves nothing behind', async (t) => {
  await seedCity(app)
  const period = (await app.inject({ method: 'POST', url: '/v1/cities/341700/periods',
    payload: { year: 2025, label: '1-5月份', kind: 'month_cumulative', startsOn: '2025-01-01', endsOn: '2025-05-31' } })).json()
  await app.inject({ method: 'POST', url: `/v1/cities/341700/periods/${period.id}/close` })
  const before = await rowCounts()
  assertProblem(t, await importDocument(readSeed('chizhou-2025-jan-may.txt')), 409, 'period_closed')
  t.same(await rowCounts(), before)
})

t.test('merging a duplicate unit moves its tasks and keeps its name as an alias', async (t) => {
  await seedCity(app)
  const result = (await importDocument(readSeed('chizhou-2025-jan-may.txt'))).json()
  t.ok(result.newLeadUnits.includes('市发展改革委'))
  const short = (await app.inject({ method: 'POST', url: '/v1/cities/341700/lead-units', payload: { name: '市发改委' } })).json()
  const long = (await app.inject({ url: '/v1/cities/341700/lead-units', query: { name: '市发展改革委' } })).json().items[0]
  const led = (await app.inject({ url: '/v1/cities/341700/tasks', query: { leadUnitId: String(long.id), limit: '500' } })).json().items.length
  const merged = await app.inject({ method: 'POST', url: `/v1/cities/341700/lead-units/${long.id}/merge`, payload: { into: short.id } })
  t.equal(merged.statusCode, 200)
  t.same(merged.json().leadUnit.aliases, ['市发展改革委'])
  t.equal(merged.json().movedTaskIds.length, led)
  t.equal((await app.inject({ url: `/v1/cities/341700/lead-units/${long.id}` })).statusCode, 404)
  const now = (await app.inject({ url: '/v1/cities/341700/tasks', query: { leadUnitId: String(short.id), limit: '500' } })).json().items.length
  t.equal(now, led)
  // The alias now resolves the long name: importing again changes nothing and creates no unit.
  const again = (await importDocument(readSeed('chizhou-2025-jan-may.txt'))).json()
  t.same(again.newLeadUnits, [])
  t.same(again.counts.tasks, { created: 0, updated: 0, unchanged: 49 })
  const audit = (await app.inject({ url: '/v1/cities/341700/audit', query: { entity: 'lead_unit', entityId: String(short.id) } })).json()
  t.ok(audit.items.some((event: { action: string }) => event.action === 'merge'), 'the merge is recorded')
})
