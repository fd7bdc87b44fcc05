import t from 'tap'
import mammoth from 'mammoth'
import { allPages, assertProblem, badFields, putEntry, seedPeriod, seedTask, seedUnit } from '../../../test/factories.js'
import { bodyOf, seedCity, setup } from '../../../test/helper.js'
import { Period, PeriodList } from './periods.schemas.js'

const { app } = await setup(t)
const periods = '/v1/cities/341700/periods'
const firstQuarter = { year: 2025, label: '一季度', kind: 'quarter', startsOn: '2025-01-01', endsOn: '2025-03-31' }

t.test('creates an open period and reads it back with its ETag', async (t) => {
  await seedCity(app)
  const created = await app.inject({ method: 'POST', url: periods, payload: firstQuarter })
  t.equal(created.statusCode, 201)
  const period = bodyOf(created, Period)
  t.equal(created.headers.location, `${periods}/${period.id}`)
  t.equal(created.headers.etag, '"1"')
  t.match(period, { ...firstQuarter, cityCode: '341700', state: 'open', version: 1 })

  const read = await app.inject({ url: created.headers.location as string })
  t.equal(read.statusCode, 200)
  t.equal(read.headers.etag, '"1"')
  t.same(read.json(), period)
})

t.test('lists periods by end date, filtered by year and state', async (t) => {
  await seedCity(app)
  const may = await seedPeriod(app, 2025, 5)
  const march = await seedPeriod(app, 2025, 3)
  const lastYear = await seedPeriod(app, 2024, 12)
  const all = await app.inject({ url: periods })
  t.equal(all.statusCode, 200)
  t.same(bodyOf(all, PeriodList).items.map((p) => p.id), [lastYear.id, march.id, may.id], 'ordered by endsOn, not by creation')
  t.equal(bodyOf(all, PeriodList).nextCursor, null)

  const of2025 = await app.inject({ url: periods, query: { year: '2025' } })
  t.same(bodyOf(of2025, PeriodList).items.map((p) => p.id), [march.id, may.id])

  t.equal((await app.inject({ method: 'POST', url: `${periods}/${march.id}/close` })).statusCode, 200)
  const closed = await app.inject({ url: periods, query: { state: 'closed' } })
  t.same(bodyOf(closed, PeriodList).items.map((p) => p.id), [march.id])
  const open = await app.inject({ url: periods, query: { state: 'open', year: '2025' } })
  t.same(bodyOf(open, PeriodList).items.map((p) => p.id), [may.id])
})

t.test('PATCH changes an open period, bumps the ETag and honours If-Match', async (t) => {
  await seedCity(app)
  const period = await seedPeriod(app, 2025, 5)
  const url = `${periods}/${period.id}`
  const changed = await app.inject({ method: 'PATCH', url, headers: { 'if-match': '"1"' }, payload: { label: '1-5月', endsOn: '2025-05-30' } })
  t.equal(changed.statusCode, 200)
  t.equal(changed.headers.etag, '"2"')
  t.match(changed.json(), { label: '1-5月', startsOn: '2025-01-01', endsOn: '2025-05-30', version: 2 })
  const stale = await app.inject({ method: 'PATCH', url, headers: { 'if-match': '"1"' }, payload: { label: '1-5月份' } })
  assertProblem(t, stale, 412, 'precondition_failed')
  t.equal(bodyOf(await app.inject({ url }), Period).label, '1-5月', 'the stale write changed nothing')
})

t.test('DELETE removes an open period without entries', async (t) => {
  await seedCity(app)
  const period = await seedPeriod(app, 2025, 5)
  const url = `${periods}/${period.id}`
  assertProblem(t, await app.inject({ method: 'DELETE', url, headers: { 'if-match': '"2"' } }), 412, 'precondition_failed')
  const deleted = await app.inject({ method: 'DELETE', url, headers: { 'if-match': '"1"' } })
  t.equal(deleted.statusCode, 204)
  t.equal(deleted.body, '')
  assertProblem(t, await app.inject({ url }), 404, 'not_found')
  assertProblem(t, await app.inject({ method: 'DELETE', url }), 404, 'not_found')
})

t.test('a period with entries, or a closed one, cannot be deleted', async (t) => {
  await seedCity(app)
  const unit = await seedUnit(app, '市发展改革委')
  const period = await seedPeriod(app, 2025, 5)
  const task = await seedTask(app, { year: 2025, seq: 1, leadUnitIds: [unit.id] })
  await putEntry(app, task.id, period.id, 'on_track')
  assertProblem(t, await app.inject({ method: 'DELETE', url: `${periods}/${period.id}` }), 409, 'period_in_use')

  const empty = await seedPeriod(app, 2025, 3)
  await app.inject({ method: 'POST', url: `${periods}/${empty.id}/close` })
  assertProblem(t, await app.inject({ method: 'DELETE', url: `${periods}/${empty.id}` }), 409, 'period_closed')
  t.equal(bodyOf(await app.inject({ url: periods }), PeriodList).items.length, 2, 'both periods are still there')
})

t.test('close and reopen change the state and the version', async (t) => {
  await seedCity(app)
  const period = await seedPeriod(app, 2025, 5)
  const url = `${periods}/${period.id}`
  const closed = await app.inject({ method: 'POST', url: `${url}/close`, headers: { 'if-match': '"1"' } })
  t.equal(closed.statusCode, 200)
  t.equal(closed.headers.etag, '"2"')
  t.match(closed.json(), { id: period.id, state: 'closed', version: 2 })
  t.equal(bodyOf(await app.inject({ url }), Period).state, 'closed')

  assertProblem(t, await app.inject({ method: 'POST', url: `${url}/reopen`, headers: { 'if-match': '"1"' } }), 412, 'precondition_failed')
  const reopened = await app.inject({ method: 'POST', url: `${url}/reopen`, headers: { 'if-match': '"2"' } })
  t.equal(reopened.statusCode, 200)
  t.equal(reopened.headers.etag, '"3"')
  t.match(reopened.json(), { state: 'open', version: 3 })
  assertProblem(t, await app.inject({ method: 'POST', url: `${periods}/999/close` }), 404, 'not_found')
})

t.test('PATCH of a closed period is a 409 period_closed', async (t) => {
  await seedCity(app)
  const period = await seedPeriod(app, 2025, 5)
  const url = `${periods}/${period.id}`
  await app.inject({ method: 'POST', url: `${url}/close` })
  const refused = await app.inject({ method: 'PATCH', url, payload: { label: '1-5月' } })
  assertProblem(t, refused, 409, 'period_closed')
  t.match((await app.inject({ url })).json(), { label: '1-5月份', version: 2 }, 'unchanged')
})

t.test('endsOn before startsOn, or a date outside the year, is a 400', async (t) => {
  await seedCity(app)
  const backwards = await app.inject({ method: 'POST', url: periods, payload: { ...firstQuarter, startsOn: '2025-04-01' } })
  t.same(badFields(t, backwards), ['body/endsOn'])
  const endsNextYear = await app.inject({ method: 'POST', url: periods, payload: { ...firstQuarter, endsOn: '2026-03-31' } })
  t.same(badFields(t, endsNextYear), ['body/endsOn'])
  const startsLastYear = await app.inject({ method: 'POST', url: periods, payload: { ...firstQuarter, startsOn: '2024-12-01' } })
  t.same(badFields(t, startsLastYear), ['body/startsOn'])
  t.same(bodyOf(await app.inject({ url: periods }), PeriodList).items, [], 'nothing was created')

  const period = await seedPeriod(app, 2025, 5)
  const url = `${periods}/${period.id}`
  const patchBackwards = await app.inject({ method: 'PATCH', url, payload: { startsOn: '2025-06-01' } })
  t.same(badFields(t, patchBackwards), ['body/endsOn'])
  const patchYear = await app.inject({ method: 'PATCH', url, payload: { year: 2024 } })
  t.equal(patchYear.statusCode, 400, 'moving the year away from the dates is refused')
  t.match((await app.inject({ url })).json(), { year: 2025, startsOn: '2025-01-01', version: 1 }, 'unchanged')
})

t.test('validation lists each bad field', async (t) => {
  await seedCity(app)
  const response = await app.inject({
    method: 'POST', url: periods, payload: { year: 1800, label: '', kind: 'weekly', startsOn: '2025-02-30', endsOn: '31/03/2025' },
  })
  t.same(badFields(t, response), ['body/endsOn', 'body/kind', 'body/label', 'body/startsOn', 'body/year'])
  const missing = await app.inject({ method: 'POST', url: periods, payload: { label: '一季度' } })
  t.same(badFields(t, missing), ['body/endsOn', 'body/kind', 'body/startsOn', 'body/year'])
  const badQuery = await app.inject({ url: periods, query: { state: 'archived', limit: '0' } })
  t.same(badFields(t, badQuery), ['querystring/limit', 'querystring/state'])
})

t.test('a duplicate label in the same year is a 409', async (t) => {
  await seedCity(app)
  await seedPeriod(app, 2025, 5)
  const again = await app.inject({
    method: 'POST', url: periods, payload: { year: 2025, label: '1-5月份', kind: 'custom', startsOn: '2025-01-01', endsOn: '2025-05-30' },
  })
  assertProblem(t, again, 409, 'period_label_taken')
  const otherYear = await app.inject({
    method: 'POST', url: periods, payload: { year: 2024, label: '1-5月份', kind: 'custom', startsOn: '2024-01-01', endsOn: '2024-05-31' },
  })
  t.equal(otherYear.statusCode, 201, 'the same label in another year is a different period')
})

t.test('an unknown city or period is a 404; a period of another city is not visible', async (t) => {
  assertProblem(t, await app.inject({ url: '/v1/cities/340400/periods' }), 404, 'not_found')
  await seedCity(app)
  await seedCity(app, '340400')
  const huainan = await seedPeriod(app, 2025, 5, '340400')
  assertProblem(t, await app.inject({ url: `${periods}/${huainan.id}` }), 404, 'not_found')
  assertProblem(t, await app.inject({ method: 'PATCH', url: `${periods}/${huainan.id}`, payload: { label: 'x' } }), 404, 'not_found')
  assertProblem(t, await app.inject({ method: 'POST', url: `${periods}/${huainan.id}/close` }), 404, 'not_found')
  assertProblem(t, await app.inject({ method: 'DELETE', url: `${periods}/${huainan.id}` }), 404, 'not_found')
  t.equal(bodyOf(await app.inject({ url: `/v1/cities/340400/periods/${huainan.id}` }), Period).state, 'open', 'untouched')
})

t.test('periods page over several pages, each exactly once', async (t) => {
  await seedCity(app)
  const ids: number[] = []
  for (const year of [2024, 2025]) for (let month = 1; month <= 6; month++) ids.push((await seedPeriod(app, year, month)).id)
  const { items, pages } = await allPages<Period>(t, app, periods, { limit: '5' })
  t.same(items.map((p) => p.id), ids)
  t.equal(pages, 3)
  assertProblem(t, await app.inject({ url: periods, query: { cursor: '%%%' } }), 400, 'invalid_cursor')
  const foreign = await app.inject({ url: periods, query: { cursor: Buffer.from('[3]').toString('base64url') } })
  assertProblem(t, foreign, 400, 'invalid_cursor')
  const notADate = await app.inject({ url: periods, query: { cursor: Buffer.from('["soon",3]').toString('base64url') } })
  assertProblem(t, notADate, 400, 'invalid_cursor')
})

t.test('a period with entries cannot change its year: 422 year_mismatch', async (t) => {
  await seedCity(app)
  const unit = await seedUnit(app, '市发展改革委')
  const period = await seedPeriod(app, 2025, 5)
  const task = await seedTask(app, { year: 2025, seq: 1, leadUnitIds: [unit.id] })
  await putEntry(app, task.id, period.id, 'on_track')
  const url = `${periods}/${period.id}`
  const moved = await app.inject({ method: 'PATCH', url, payload: { year: 2024, startsOn: '2024-01-01', endsOn: '2024-05-31' } })
  assertProblem(t, moved, 422, 'year_mismatch')
  t.match((await app.inject({ url })).json(), { year: 2025, endsOn: '2025-05-31', version: 1 }, 'unchanged')
  const relabelled = await app.inject({ method: 'PATCH', url, payload: { label: '1-5月', endsOn: '2025-05-30' } })
  t.equal(relabelled.statusCode, 200, 'other changes stay allowed')

  const empty = await seedPeriod(app, 2025, 3)
  const free = await app.inject({ method: 'PATCH', url: `${periods}/${empty.id}`, payload: { year: 2024, startsOn: '2024-01-01', endsOn: '2024-03-31' } })
  t.equal(free.statusCode, 200, 'a period without entries may change its year')
})

t.test('a period keeps its report header: set whole, read back, printed by the exports, cleared with null', async (t) => {
  await seedCity(app)
  const header = {
    title: '关于一季度市政府重点工作进展情况的报告', documentNumber: '池政办〔2025〕12号', issuingOffice: '池州市人民政府督查室',
    issuedOn: '2025-04-20', listSize: 147, opening: '今年以来,各地各部门认真抓好落实。一季度,147项市政府重点工作总体进展顺利。',
  }
  const created = bodyOf(await app.inject({ method: 'POST', url: periods, payload: { ...firstQuarter, reportHeader: { title: header.title } } }), Period)
  t.same(created.reportHeader, { title: header.title, documentNumber: null, issuingOffice: null, issuedOn: null, listSize: null, opening: null },
    'a field left out is null')
  const url = `${periods}/${created.id}`
  const patched = await app.inject({ method: 'PATCH', url, headers: { 'if-match': '"1"' }, payload: { reportHeader: header } })
  t.equal(patched.statusCode, 200, patched.body)
  t.same(bodyOf(patched, Period).reportHeader, header)
  t.same(bodyOf(await app.inject({ url }), Period).reportHeader, header, 'read back')

  const unit = await seedUnit(app, '市发展改革委')
  const task = await seedTask(app, { year: 2025, seq: 1, title: '地区生产总值增长6.5%以上。', leadUnitIds: [unit.id] })
  await putEntry(app, task.id, created.id, 'on_track')
  const md = (await app.inject({ url: `${url}/report`, query: { format: 'md' } })).body
  t.match(md, '今年以来，各地各部门认真抓好落实。一季度，147项市政府重点工作中，列入汇总表的1项：1项按序时推进。',
    'the narrative keeps the preamble; the office\'s figures do not hold for what is held, so they are of the tasks held')
  const docx = await app.inject({ url: `${url}/report`, query: { format: 'docx' } })
  // The numbers are kept whole with WORD JOINERs (shared/typography.ts): read through them.
  const text = (await mammoth.extractRawText({ buffer: docx.rawPayload })).value.replace(/\u2060/g, '')
  for (const printed of [header.documentNumber, header.title, header.issuingOffice, '2025年4月20日']) t.match(text, printed, `the docx prints ${printed}`)

  for (const [payload, field] of [
    [{ reportHeader: { listSize: 0 } }, 'body/reportHeader/listSize'],
    [{ reportHeader: { issuedOn: '2025-02-30x' } }, 'body/reportHeader/issuedOn'],
    [{ reportHeader: { title: '  ' } }, 'body/reportHeader/title'],
  ] as const) {
    const bad = await app.inject({ method: 'PATCH', url, payload })
    t.same(badFields(t, bad), [field], JSON.stringify(payload))
  }
  const unknown = await app.inject({ method: 'PATCH', url, payload: { reportHeader: { subtitle: 'x' } } })
  t.equal(unknown.statusCode, 400, 'an unknown header field')

  const cleared = await app.inject({ method: 'PATCH', url, payload: { reportHeader: null } })
  t.equal(bodyOf(cleared, Period).reportHeader, null)
  const empty = await app.inject({ method: 'PATCH', url, payload: { reportHeader: {} } })
  t.equal(bodyOf(empty, Period).reportHeader, null, 'a header with no field set is none')
})
