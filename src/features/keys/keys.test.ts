import t from 'tap'
import { assertProblem } from '../../../test/factories.js'
import { bodyOf, seedCity, setup } from '../../../test/helper.js'
import { buildApp } from '../../app.js'
import { ApiKey, ApiKeyList, NewApiKey } from './keys.schemas.js'

const { app, database } = await setup(t)
const city = '/v1/cities/341700'

t.test('API keys: the secret once, never listed, revocation at once, city offices kept in their city', async (t) => {
  await seedCity(app, '341700')
  await seedCity(app, '340400')
  const made = await app.inject({ method: 'POST', url: '/v1/api-keys', payload: { name: '市政府办', role: 'city_office', cityCode: '341700' } })
  t.equal(made.statusCode, 201)
  const office = bodyOf(made, NewApiKey)
  t.match(office.key, /^dbn_/, 'the secret starts with dbn_')
  t.notOk('secretHash' in office, 'no hash in the create response')

  const list = await app.inject({ url: '/v1/api-keys' })
  t.equal(list.statusCode, 200)
  t.ok(bodyOf(list, ApiKeyList).items.length >= 2)
  t.notMatch(list.body, /secretHash|secret_hash|"key"/, 'the list has no secret nor hash')
  t.notOk(list.body.includes(office.key), 'nor the secret itself')
  const one = await app.inject({ url: `/v1/api-keys/${office.id}` })
  t.equal(one.statusCode, 200)
  t.notOk('key' in one.json() || 'secretHash' in one.json(), 'the single read has no secret')

  const as = { authorization: `Bearer ${office.key}` }
  assertProblem(t, await app.inject({ method: 'POST', url: '/v1/api-keys', headers: as, payload: { name: '管理员', role: 'admin' } }), 403, 'forbidden')
  assertProblem(t, await app.inject({ method: 'POST', url: '/v1/api-keys', headers: as, payload: { name: '淮南', role: 'reader', cityCode: '340400' } }), 403, 'forbidden')
  assertProblem(t, await app.inject({ method: 'POST', url: '/v1/api-keys', headers: as, payload: { name: '淮南', role: 'city_office', cityCode: '340400' } }), 403, 'forbidden')
  const own = await app.inject({ method: 'POST', url: '/v1/api-keys', headers: as, payload: { name: '读者', role: 'reader', cityCode: '341700' } })
  t.equal(own.statusCode, 201, 'its own city\'s reader key it may create')
  const officeList = await app.inject({ url: '/v1/api-keys', headers: as })
  t.ok(bodyOf(officeList, ApiKeyList).items.every((k) => k.cityCode === '341700'), 'a city office lists only its city\'s keys')

  t.equal((await app.inject({ url: `${city}/lead-units`, headers: as })).statusCode, 200, 'the key works')
  const revoked = await app.inject({ method: 'DELETE', url: `/v1/api-keys/${office.id}` })
  t.equal(revoked.statusCode, 204)
  const after = await app.inject({ url: `${city}/lead-units`, headers: as })
  assertProblem(t, after, 401, 'unauthorized')
  t.match(after.headers['www-authenticate'], /invalid_token/)
  t.not(bodyOf(await app.inject({ url: `/v1/api-keys/${office.id}` }), ApiKey).revokedAt, null, 'the key shows as revoked')
})

t.test('a key revoked through one instance stops working there at once, and on every other within a second', async (t) => {
  // Another instance on the same database, whose clock the test moves.
  let now = 1_000_000
  const other = await buildApp({ database, auth: { now: () => now } })
  t.teardown(() => other.close())
  const made = bodyOf(await app.inject({ method: 'POST', url: '/v1/api-keys', payload: { name: '读者', role: 'reader' } }), NewApiKey)
  const read = (instance: typeof app) => instance.inject({ url: '/v1/cities', headers: { authorization: `Bearer ${made.key}` } })
  t.equal((await read(app)).statusCode, 200, 'the key works here')
  t.equal((await read(other)).statusCode, 200, 'and there, which now believes it for a second')
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/api-keys/${made.id}` })).statusCode, 204)
  t.equal((await read(app)).statusCode, 401, 'revoked here: refused here at once')
  now += 999
  t.equal((await read(other)).statusCode, 200, 'the other instance still believes it within the second')
  now += 2
  t.equal((await read(other)).statusCode, 401, 'and refuses it once the second is over')
  now += 5000
  t.equal((await read(other)).statusCode, 401, 'a revoked key is not remembered as valid again')
})

t.test('a reader limited to published data sees accepted entries only, and none of the work in progress', async (t) => {
  await app.inject({ method: 'POST', url: '/v1/cities', payload: { code: '341700', name: '池州市', province: '安徽省' } })
  const city = '/v1/cities/341700'
  const unit = (await app.inject({ method: 'POST', url: `${city}/lead-units`, payload: { name: '市财政局' } })).json()
  const task = (seq: number) => app.inject({ method: 'POST', url: `${city}/tasks`,
    payload: { year: 2025, seq, title: `第${seq}项工作。`, leadUnits: [{ leadUnitId: unit.id, role: 'lead' }] } }).then((r) => r.json())
  const [accepted, drafted] = [await task(1), await task(2)]
  const period = (await app.inject({ method: 'POST', url: `${city}/periods`,
    payload: { year: 2025, label: '1-5月份', kind: 'month_cumulative', startsOn: '2025-01-01', endsOn: '2025-05-31' } })).json()
  await app.inject({ method: 'PUT', url: `${city}/tasks/${accepted.id}/progress/${period.id}`, payload: { status: 'on_track', progress: '公开的进展。' } })
  await app.inject({ method: 'PUT', url: `${city}/tasks/${drafted.id}/progress/${period.id}`, payload: { progress: '草稿进展。' } })

  assertProblem(t, await app.inject({ method: 'POST', url: '/v1/api-keys', payload: { name: 'x', role: 'lead_unit', cityCode: '341700', leadUnitId: unit.id, scope: 'published' } }),
    400, 'validation_failed')
  const created = await app.inject({ method: 'POST', url: '/v1/api-keys', payload: { name: '政务公开', role: 'reader', cityCode: '341700', scope: 'published' } })
  t.match(created.json(), { role: 'reader', scope: 'published' })
  const as = { authorization: `Bearer ${created.json().key}` }
  const everyone = (await app.inject({ method: 'POST', url: '/v1/api-keys', payload: { name: '阅读', role: 'reader', cityCode: '341700' } })).json()
  t.equal(everyone.scope, 'all')

  const listed = (await app.inject({ url: `${city}/periods/${period.id}/progress`, headers: as })).json()
  t.same(listed.items.map((entry: { taskId: number }) => entry.taskId), [accepted.id], 'the period\'s entries: the accepted one')
  t.same((await app.inject({ url: `${city}/periods/${period.id}/progress?state=draft`, headers: as })).json().items, [])
  t.equal((await app.inject({ url: `${city}/tasks/${drafted.id}/progress/${period.id}`, headers: as })).statusCode, 404, 'a draft is not there')
  t.same((await app.inject({ url: `${city}/tasks/${drafted.id}/progress`, headers: as })).json().items, [])
  const found = (await app.inject({ url: `${city}/search?q=${encodeURIComponent('进展')}`, headers: as })).json()
  t.same(found.items.map((hit: { entry: { state: string } | null }) => hit.entry?.state ?? null).filter((state: string | null) => state !== null), ['accepted'],
    'search finds no draft\'s text')
  for (const url of [`${city}/periods/${period.id}/compliance`, `${city}/events`, `${city}/audit`, `${city}/tasks/${drafted.id}/progress/${period.id}/comments`]) {
    assertProblem(t, await app.inject({ url, headers: as }), 403, 'forbidden')
  }
  t.equal((await app.inject({ url: `${city}/tasks/${drafted.id}/progress/${period.id}`, headers: { authorization: `Bearer ${everyone.key}` } })).statusCode, 200,
    'a reader of everything sees the draft')
})

t.test('a key names a city and a lead unit that exist, and nothing is written for one that does not', async (t) => {
  await seedCity(app, '341700')
  const before = (await database.db.selectFrom('apiKeys').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n
  assertProblem(t, await app.inject({ method: 'POST', url: '/v1/api-keys', payload: { name: '无此市', role: 'city_office', cityCode: '349900' } }), 404, 'not_found')
  assertProblem(t, await app.inject({ method: 'POST', url: '/v1/api-keys', payload: { name: '无此单位', role: 'lead_unit', cityCode: '341700', leadUnitId: 999999 } }), 404, 'not_found')
  const after = (await database.db.selectFrom('apiKeys').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n
  t.equal(after, before, 'no key was written')
})
