import t from 'tap'
import { assertProblem } from '../../../test/factories.js'
import { bodyOf, onPostgres, seedCity, sessionsWaitingOnLock, setup } from '../../../test/helper.js'
import { City, CityList } from './cities.schemas.js'
import { Problem } from '../../shared/common.schemas.js'
import { LeadUnitList } from '../lead-units/lead-units.schemas.js'

const { app, database } = await setup(t)

t.test('creates a city and reads it back with its ETag', async (t) => {
  const created = await app.inject({ method: 'POST', url: '/v1/cities', payload: { code: '341700', name: '池州市', province: '安徽省' } })
  t.equal(created.statusCode, 201)
  t.equal(created.headers.location, '/v1/cities/341700')
  t.equal(created.headers.etag, '"1"')
  t.match(created.json(), { code: '341700', name: '池州市', province: '安徽省', version: 1 })
  t.match(bodyOf(created, City).createdAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)

  const read = await app.inject({ url: '/v1/cities/341700' })
  t.equal(read.statusCode, 200)
  t.equal(read.headers.etag, '"1"')
  t.same(read.json(), created.json())
})

t.test('a duplicate code is a 409 problem', async (t) => {
  await seedCity(app)
  const again = await app.inject({ method: 'POST', url: '/v1/cities', payload: { code: '341700', name: '池州', province: '安徽省' } })
  t.equal(again.statusCode, 409)
  t.equal(again.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.match(again.json(), { status: 409, code: 'city_exists', type: 'urn:duban:problem:city_exists' })
  t.notMatch(again.body, /cities_pkey|duplicate key|constraint/)
})

t.test('validation lists each bad field', async (t) => {
  const response = await app.inject({ method: 'POST', url: '/v1/cities', payload: { code: '34170', name: '', extra: 1 } })
  t.equal(response.statusCode, 400)
  const problem = bodyOf(response, Problem)
  t.equal(problem.code, 'validation_failed')
  const fields = (problem.errors ?? []).map((e) => e.field).sort()
  t.same(fields, ['body/code', 'body/extra', 'body/name', 'body/province'])
})

t.test('unknown city is a 404 problem', async (t) => {
  const response = await app.inject({ url: '/v1/cities/340400' })
  t.equal(response.statusCode, 404)
  t.match(response.json(), { code: 'not_found', detail: 'city 340400 does not exist' })
})

t.test('PATCH honours If-Match', async (t) => {
  await seedCity(app)
  const stale = await app.inject({ method: 'PATCH', url: '/v1/cities/341700', headers: { 'if-match': '"7"' }, payload: { name: '池州' } })
  t.equal(stale.statusCode, 412)
  t.equal(bodyOf(stale, Problem).code, 'precondition_failed')
  const fresh = await app.inject({ method: 'PATCH', url: '/v1/cities/341700', headers: { 'if-match': '"1"' }, payload: { name: '池州' } })
  t.equal(fresh.statusCode, 200)
  t.equal(fresh.headers.etag, '"2"')
  t.equal(bodyOf(fresh, City).name, '池州')
  const malformed = await app.inject({ method: 'PATCH', url: '/v1/cities/341700', headers: { 'if-match': 'W/"2"' }, payload: { name: '池州市' } })
  t.equal(malformed.statusCode, 400)
  t.equal(bodyOf(malformed, Problem).code, 'invalid_if_match')
})

t.test('lists page by code with an opaque cursor', async (t) => {
  const codes = ['340200', '340400', '341700', '341800', '342500']
  for (const code of codes) await seedCity(app, code)
  const seen: string[] = []
  let cursor: string | null = null
  let pages = 0
  do {
    const query: Record<string, string> = cursor ? { limit: '2', cursor } : { limit: '2' }
    const response = await app.inject({ url: '/v1/cities', query })
    t.equal(response.statusCode, 200)
    const body = bodyOf(response, CityList)
    seen.push(...body.items.map((c) => c.code))
    cursor = body.nextCursor
    pages++
  } while (cursor)
  t.same(seen, codes)
  t.equal(pages, 3)
  const bad = await app.inject({ url: '/v1/cities', query: { cursor: 'not-a-cursor' } })
  t.equal(bad.statusCode, 400)
  t.equal(bodyOf(bad, Problem).code, 'invalid_cursor')
})

t.test('a city holding data cannot be deleted; an empty one can', async (t) => {
  await seedCity(app)
  await app.inject({ method: 'POST', url: '/v1/cities/341700/lead-units', payload: { name: '市财政局' } })
  const refused = await app.inject({ method: 'DELETE', url: '/v1/cities/341700' })
  t.equal(refused.statusCode, 409)
  t.equal(bodyOf(refused, Problem).code, 'city_in_use')
  await seedCity(app, '340400')
  const deleted = await app.inject({ method: 'DELETE', url: '/v1/cities/340400' })
  t.equal(deleted.statusCode, 204)
  t.equal((await app.inject({ url: '/v1/cities/340400' })).statusCode, 404)
})

t.test('deleting a city while its first row is being written: the write commits, the delete is refused', {
  skip: onPostgres ? false : 'holds a transaction open on one connection while a request runs on another: PostgreSQL only',
}, async (t) => {
  const city = await seedCity(app)
  const db = database.db
  let deleting: Promise<Awaited<ReturnType<typeof app.inject>>> | undefined
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('leadUnits').values({ cityCode: '341700', name: '市发展改革委', aliases: [] }).execute()
    deleting = app.inject({ method: 'DELETE', url: '/v1/cities/341700', headers: { 'if-match': `"${city.version}"` } })
    // Commit only once the delete waits on this transaction's hold on the city row.
    while (await sessionsWaitingOnLock(db) === 0);
  })
  assertProblem(t, await deleting!, 409, 'city_in_use')
  const units = await app.inject({ url: '/v1/cities/341700/lead-units' })
  t.equal(bodyOf(units, LeadUnitList).items.length, 1, 'the write committed, with the city\'s revision bump')
})
