import t from 'tap'
import { sql } from 'kysely'
import { onPostgres, readFixture, readSeed, seedCity, setup } from '../../../test/helper.js'
import { assertProblem } from '../../../test/factories.js'
import { syntheticReport } from '../../../test/syntheticReport.js'
import { MAX_IMPORT_ROWS } from './imports.schemas.js'

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
  t.same(result.counts.entries, { created: 49, updated: 0, unchanged: 0, conflicts: 0 })
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
  t.same(again.counts.entries, { created: 0, updated: 0, unchanged: 49, conflicts: 0 })
  t.same(again.counts.period, { created: 0, updated: 0, unchanged: 1 })
  t.same(again.newLeadUnits, [])
  t.same(await rowCounts(), before)
})

t.test('the report header the document states is kept with the period, and follows a later document', async (t) => {
  await seedCity(app)
  const seed = readSeed('chizhou-2025-jan-may.txt')
  const first = (await importDocument(seed)).json()
  t.same(first.counts.period, { created: 1, updated: 0, unchanged: 0 })
  const periodUrl = `/v1/cities/341700/periods/${first.period.id}`
  const kept = (await app.inject({ url: periodUrl })).json().reportHeader
  t.match(kept, { title: '关于1-5月份市政府重点工作责任清单进展情况的报告', documentNumber: null, issuingOffice: '池州市人民政府办公室',
    issuedOn: '2025-06-26', listSize: 147 })
  t.match(kept.opening, /^今年以来,.*147项市政府重点工作总体进展顺利.*8项未达预期目标。$/)

  // The same report, now with its 文号 on the page.
  const numbered = seed.replace('文号: | 无 |', '文号: | 池政办〔2025〕31号 |')
  const dry = (await importDocument(numbered, { dryRun: true })).json()
  t.same(dry.counts.period, { created: 0, updated: 1, unchanged: 0 }, 'a dry run says the period would change')
  t.equal((await app.inject({ url: periodUrl })).json().reportHeader.documentNumber, null, 'and changes nothing')
  const again = (await importDocument(numbered)).json()
  t.same(again.counts.period, { created: 0, updated: 1, unchanged: 0 })
  t.same((await app.inject({ url: periodUrl })).json().reportHeader, { ...kept, documentNumber: '池政办〔2025〕31号' }, 'the rest as kept')
  t.same((await importDocument(numbered)).json().counts.period, { created: 0, updated: 0, unchanged: 1 }, 'the same header again: unchanged')
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
  t.same(again.json().counts.entries, { created: 0, updated: 0, unchanged: 262, conflicts: 0 })
})

t.test('a paragraph-layout document copied from a web page', async (t) => {
  await seedCity(app, '340200')
  const document = readFixture('wuhu-2024-h1-paragraph.txt')
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
  const backwards = await importDocument(readSeed('chizhou-2025-jan-may.txt'), { period: { label: 'x', kind: 'custom', startsOn: '2025-05-31', endsOn: '2025-01-01' } })
  assertProblem(t, backwards, 400, 'validation_failed')
  t.same(backwards.json().errors, [{ field: 'body/period/endsOn', message: 'must not be before startsOn' }], 'the period\'s field, inside the request\'s period')
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

t.test('a re-import leaves an entry a person changed alone and reports it, unless told to overwrite', async (t) => {
  await seedCity(app)
  const document = readSeed('chizhou-2025-jan-may.txt')
  const first = (await importDocument(document)).json()
  const periodId = first.period.id
  const task = (await app.inject({ url: '/v1/cities/341700/tasks', query: { year: '2025', seq: '3' } })).json().items[0]
  const entryUrl = `/v1/cities/341700/tasks/${task.id}/progress/${periodId}`
  const imported = (await app.inject({ url: entryUrl })).json()
  const edit = { status: 'completed', progress: '截至5月底,已全面完成(人工更正)。', nextSteps: '巩固成果。' }
  const put = await app.inject({ method: 'PUT', url: entryUrl, payload: edit })
  t.equal(put.statusCode, 200, put.body)
  const unchangedOthers = { created: 0, updated: 0, unchanged: 48, conflicts: 1 }
  const expected = { seq: 3, taskId: task.id, entryId: imported.id, reason: 'changed_since_import' }

  const dry = await importDocument(document, { dryRun: true })
  t.equal(dry.statusCode, 200)
  t.same(dry.json().counts.entries, unchangedOthers, 'the dry run reports the conflict too')
  t.match(dry.json().conflicts, [expected])
  t.same([...dry.json().conflicts[0].fields].sort(), ['nextSteps', 'progress', 'status'])

  const again = await importDocument(document)
  t.equal(again.statusCode, 201)
  t.same(again.json().counts.entries, unchangedOthers)
  t.same(again.json().conflicts, dry.json().conflicts)
  t.same((await app.inject({ url: `${url}/${again.json().id}` })).json().conflicts, again.json().conflicts, 'stored with the import')
  t.match((await app.inject({ url: entryUrl })).json(), edit, 'the person\'s text stays')

  const overwrite = await importDocument(document, { overwrite: true })
  t.equal(overwrite.statusCode, 201)
  t.same(overwrite.json().counts.entries, { created: 0, updated: 1, unchanged: 48, conflicts: 0 })
  t.same(overwrite.json().conflicts, [])
  t.match((await app.inject({ url: entryUrl })).json(), { status: imported.status, progress: imported.progress, nextSteps: imported.nextSteps })

  const after = await importDocument(document)
  t.same(after.json().counts.entries, { created: 0, updated: 0, unchanged: 49, conflicts: 0 }, 'after overwrite all is in step')
  const stored = await database.db.selectFrom('progressEntries').select(['version', 'importedVersion', 'importId'])
    .where('id', '=', imported.id).executeTakeFirstOrThrow()
  t.equal(stored.importedVersion, stored.version)
  t.equal(Number(stored.importId), overwrite.json().id, 'names the import that last wrote it')
})

t.test('an entry a person filed first is a conflict; one a person set to the document\'s text is re-synced', async (t) => {
  await seedCity(app)
  const document = readSeed('chizhou-2025-jan-may.txt')
  const first = (await importDocument(document)).json()
  const periodId = first.period.id
  const tasks = (await app.inject({ url: '/v1/cities/341700/tasks', query: { year: '2025', limit: '500' } })).json().items
  const bySeq = new Map(tasks.map((task: { seq: number, id: number }) => [task.seq, task.id]))
  // seq 5: deleted and filed again by a person, with other text: never imported.
  const url5 = `/v1/cities/341700/tasks/${bySeq.get(5)}/progress/${periodId}`
  t.equal((await app.inject({ method: 'DELETE', url: url5 })).statusCode, 204)
  t.equal((await app.inject({ method: 'PUT', url: url5, payload: { status: 'behind', progress: '人工填报。' } })).statusCode, 201)
  // seq 7: changed by a person, then changed back to the document's text.
  const url7 = `/v1/cities/341700/tasks/${bySeq.get(7)}/progress/${periodId}`
  const original = (await app.inject({ url: url7 })).json()
  await app.inject({ method: 'PUT', url: url7, payload: { status: 'behind', progress: '暂存。' } })
  await app.inject({ method: 'PUT', url: url7, payload: { status: original.status, progress: original.progress, nextSteps: original.nextSteps, remarks: original.remarks } })

  const again = (await importDocument(document)).json()
  t.same(again.counts.entries, { created: 0, updated: 0, unchanged: 48, conflicts: 1 })
  t.match(again.conflicts, [{ seq: 5, reason: 'filed_by_person' }])
  const row7 = await database.db.selectFrom('progressEntries').select(['version', 'importedVersion'])
    .where('id', '=', original.id).executeTakeFirstOrThrow()
  t.equal(row7.importedVersion, row7.version, 'equal to the document: taken as confirmed by this import')
  t.equal(row7.version, original.version + 2, 're-syncing does not move the version')
})

// The largest table an import takes, in two chunks of every batched write (db/write.ts, 500
// rows a statement): dry run, commit, and a re-import that changes every task's unit and every
// entry. (Before the row limit this was 40,000 rows, for the 65,535-parameter limit one IN list
// of relinked tasks broke at 35,000; the batches still keep every statement under it.) What
// the largest import costs the server's memory is test/import-memory.test.ts's to say.
t.test(`a ${MAX_IMPORT_ROWS}-row document imports (dry run and commit), then imports again; one row more is refused`, async (t) => {
  await seedCity(app)
  const document = syntheticReport({ rows: MAX_IMPORT_ROWS })
  const timed = async (label: string, extra: object) => {
    const started = Date.now()
    const response = await importDocument(document, { sourceName: 'big.txt', ...extra })
    t.comment(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s (${onPostgres ? 'PostgreSQL' : 'PGlite'})`)
    return response
  }
  const dry = await timed('dry run', { dryRun: true })
  t.equal(dry.statusCode, 200, dry.body.slice(0, 500))
  t.equal(dry.json().counts.tasks.created, MAX_IMPORT_ROWS)
  const commit = await timed('commit', {})
  t.equal(commit.statusCode, 201, commit.body.slice(0, 500))
  t.same(commit.json().counts.entries, { created: MAX_IMPORT_ROWS, updated: 0, unchanged: 0, conflicts: 0 })
  t.equal((await rowCounts()).entries, MAX_IMPORT_ROWS)
  // Every task's unit changes: the relink deletes every task's links, in batches.
  const renamed = document.replace(/\t市[^\t]+\t(?=[^\t]+\t截至)/g, '\t市审计局\t').replace(/。(?=\t加快)/g, '。另有说明。')
  const again = await timed('re-import, every task and entry changed', { sourceName: 'big-2.txt' })
  t.equal(again.statusCode, 201, again.body.slice(0, 500))
  t.same(again.json().counts.tasks, { created: 0, updated: 0, unchanged: MAX_IMPORT_ROWS }, 'the same document changes nothing')
  const changed = await importDocument(renamed, { sourceName: 'big-3.txt' })
  t.equal(changed.statusCode, 201, changed.body.slice(0, 500))
  t.same(changed.json().counts.tasks, { created: 0, updated: MAX_IMPORT_ROWS, unchanged: 0 })
  t.same(changed.json().counts.entries, { created: 0, updated: MAX_IMPORT_ROWS, unchanged: 0, conflicts: 0 })

  const before = await rowCounts()
  const imports = (await database.db.selectFrom('imports').select('id').execute()).length
  const tooMany = await importDocument(syntheticReport({ rows: MAX_IMPORT_ROWS + 1 }), { sourceName: 'too-many.txt' })
  assertProblem(t, tooMany, 413, 'too_many_rows')
  t.match(tooMany.json().detail, `more than ${MAX_IMPORT_ROWS} rows`)
  t.same(await rowCounts(), before, 'nothing written')
  t.equal((await database.db.selectFrom('imports').select('id').execute()).length, imports, 'and no import recorded')
})
