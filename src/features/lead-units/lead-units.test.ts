import t from 'tap'
import { allPages, assertProblem, badFields, seedTask, seedUnit, type Unit } from '../../../test/factories.js'
import { bodyOf, seedCity, setup } from '../../../test/helper.js'
import { Problem } from '../../shared/common.schemas.js'
import { LeadUnit, LeadUnitList } from './lead-units.schemas.js'

const { app, database } = await setup(t)
const units = '/v1/cities/341700/lead-units'

t.test('creates a lead unit and reads it back with its ETag', async (t) => {
  await seedCity(app)
  const created = await app.inject({ method: 'POST', url: units, payload: { name: '市发展改革委', aliases: ['市发改委'] } })
  t.equal(created.statusCode, 201)
  const unit = bodyOf(created, LeadUnit)
  t.equal(created.headers.location, `${units}/${unit.id}`)
  t.equal(created.headers.etag, '"1"')
  t.match(unit, { cityCode: '341700', name: '市发展改革委', aliases: ['市发改委'], version: 1 })

  const read = await app.inject({ url: created.headers.location as string })
  t.equal(read.statusCode, 200)
  t.equal(read.headers.etag, '"1"')
  t.same(read.json(), unit)

  const bare = await app.inject({ method: 'POST', url: units, payload: { name: '市财政局' } })
  t.equal(bare.statusCode, 201)
  t.same(bodyOf(bare, LeadUnit).aliases, [], 'aliases default to none')
})

t.test('lists lead units, and finds one by name or alias', async (t) => {
  await seedCity(app)
  const ndrc = await seedUnit(app, '市发展改革委', ['市发改委'])
  const finance = await seedUnit(app, '市财政局')
  const list = await app.inject({ url: units })
  t.equal(list.statusCode, 200)
  t.same(bodyOf(list, LeadUnitList).items.map((u) => u.id), [ndrc.id, finance.id])
  t.equal(bodyOf(list, LeadUnitList).nextCursor, null)

  const byAlias = await app.inject({ url: units, query: { name: '市发改委' } })
  t.same(bodyOf(byAlias, LeadUnitList).items.map((u) => u.id), [ndrc.id])
  const byName = await app.inject({ url: units, query: { name: '市财政局' } })
  t.same(bodyOf(byName, LeadUnitList).items.map((u) => u.id), [finance.id])
  const none = await app.inject({ url: units, query: { name: '市教育局' } })
  t.same(bodyOf(none, LeadUnitList).items, [])
})

t.test('PATCH renames, bumps the ETag and honours If-Match', async (t) => {
  await seedCity(app)
  const unit = await seedUnit(app, '市人力资源社会保障局')
  const url = `${units}/${unit.id}`
  const renamed = await app.inject({ method: 'PATCH', url, headers: { 'if-match': '"1"' }, payload: { aliases: ['市人社局'] } })
  t.equal(renamed.statusCode, 200)
  t.equal(renamed.headers.etag, '"2"')
  t.match(renamed.json(), { name: '市人力资源社会保障局', aliases: ['市人社局'], version: 2 })

  const stale = await app.inject({ method: 'PATCH', url, headers: { 'if-match': '"1"' }, payload: { name: '人社局' } })
  assertProblem(t, stale, 412, 'precondition_failed')
  t.equal(bodyOf(await app.inject({ url }), LeadUnit).name, '市人力资源社会保障局', 'the stale write changed nothing')

  const unconditional = await app.inject({ method: 'PATCH', url, payload: { name: '市人社局本部' } })
  t.equal(unconditional.statusCode, 200)
  t.equal(unconditional.headers.etag, '"3"')
})

t.test('DELETE removes a unit that leads no task', async (t) => {
  await seedCity(app)
  const unit = await seedUnit(app, '市财政局')
  const url = `${units}/${unit.id}`
  const stale = await app.inject({ method: 'DELETE', url, headers: { 'if-match': '"4"' } })
  assertProblem(t, stale, 412, 'precondition_failed')
  const deleted = await app.inject({ method: 'DELETE', url, headers: { 'if-match': '"1"' } })
  t.equal(deleted.statusCode, 204)
  t.equal(deleted.body, '')
  assertProblem(t, await app.inject({ url }), 404, 'not_found')
  assertProblem(t, await app.inject({ method: 'DELETE', url }), 404, 'not_found')
})

t.test('a short name is one of the aliases', async (t) => {
  await seedCity(app)
  const notAlias = await app.inject({ method: 'POST', url: units, payload: { name: '市发展改革委', aliases: [], shortName: '市发改委' } })
  assertProblem(t, notAlias, 400, 'validation_failed')
  t.same(badFields(t, notAlias), ['body/shortName'])
  const created = await app.inject({ method: 'POST', url: units, payload: { name: '市发展改革委', aliases: ['市发改委'], shortName: '市发改委' } })
  t.equal(created.statusCode, 201)
  const unit = bodyOf(created, LeadUnit)
  t.equal(unit.shortName, '市发改委')
  t.equal(bodyOf(await app.inject({ method: 'POST', url: units, payload: { name: '市财政局' } }), LeadUnit).shortName, null, 'none unless given')

  const dropped = await app.inject({ method: 'PATCH', url: `${units}/${unit.id}`, payload: { aliases: ['发改委'] } })
  assertProblem(t, dropped, 400, 'validation_failed')
  t.same(badFields(t, dropped), ['body/shortName'], 'the alias it is cannot be dropped while it is the short name')
  const moved = await app.inject({ method: 'PATCH', url: `${units}/${unit.id}`, payload: { aliases: ['发改委'], shortName: '发改委' } })
  t.equal(moved.statusCode, 200, moved.body)
  t.match(moved.json(), { aliases: ['发改委'], shortName: '发改委' })
  const cleared = await app.inject({ method: 'PATCH', url: `${units}/${unit.id}`, payload: { shortName: null } })
  t.match(cleared.json(), { aliases: ['发改委'], shortName: null })
})

t.test('validation lists each bad field', async (t) => {
  await seedCity(app)
  const response = await app.inject({ method: 'POST', url: units, payload: { name: ' ', aliases: ['ok', ''], color: 'red' } })
  t.same(badFields(t, response), ['body/aliases/1', 'body/color', 'body/name'])
  const nul = await app.inject({ method: 'POST', url: units, payload: { name: '市财政局\u0000' } })
  t.same(badFields(t, nul), ['body/name'], 'NUL, which Postgres text cannot hold, is a 400 and not a 500')
  const emptyPatch = await app.inject({ method: 'PATCH', url: `${units}/1`, payload: {} })
  t.equal(emptyPatch.statusCode, 400)
  t.equal(bodyOf(emptyPatch, Problem).code, 'validation_failed')
  const badId = await app.inject({ url: `${units}/abc` })
  t.same(badFields(t, badId), ['params/leadUnitId'])
})

t.test('an unknown city or lead unit is a 404 problem', async (t) => {
  const noCity = await app.inject({ url: '/v1/cities/340400/lead-units' })
  t.match(assertProblem(t, noCity, 404, 'not_found').detail, /city 340400/)
  const noCityPost = await app.inject({ method: 'POST', url: '/v1/cities/340400/lead-units', payload: { name: '市财政局' } })
  assertProblem(t, noCityPost, 404, 'not_found')
  await seedCity(app)
  const noUnit = await app.inject({ url: `${units}/999` })
  t.match(assertProblem(t, noUnit, 404, 'not_found').detail, /lead unit 999/)
  assertProblem(t, await app.inject({ method: 'PATCH', url: `${units}/999`, payload: { name: '市财政局' } }), 404, 'not_found')
})

t.test('a unit of another city is not found through this city', async (t) => {
  await seedCity(app)
  await seedCity(app, '340400')
  const other = await seedUnit(app, '市财政局', undefined, '340400')
  assertProblem(t, await app.inject({ url: `${units}/${other.id}` }), 404, 'not_found')
  const sameName = await app.inject({ method: 'POST', url: units, payload: { name: '市财政局' } })
  t.equal(sameName.statusCode, 201, 'names are unique per city, not across cities')
})

t.test('a duplicate name is a 409 lead_unit_name_taken', async (t) => {
  await seedCity(app)
  await seedUnit(app, '市发展改革委', ['市发改委'])
  const duplicate = await app.inject({ method: 'POST', url: units, payload: { name: '市发展改革委' } })
  assertProblem(t, duplicate, 409, 'lead_unit_name_taken')
})

t.test('a name equal to another unit\'s alias, or an alias equal to its name, is a 409', async (t) => {
  await seedCity(app)
  const ndrc = await seedUnit(app, '市发展改革委', ['市发改委'])
  const nameIsAlias = await app.inject({ method: 'POST', url: units, payload: { name: '市发改委' } })
  assertProblem(t, nameIsAlias, 409, 'lead_unit_name_taken')
  const aliasIsName = await app.inject({ method: 'POST', url: units, payload: { name: '发改委', aliases: ['市发展改革委'] } })
  assertProblem(t, aliasIsName, 409, 'lead_unit_name_taken')

  const finance = await seedUnit(app, '市财政局')
  const renameOntoAlias = await app.inject({ method: 'PATCH', url: `${units}/${finance.id}`, payload: { name: '市发改委' } })
  assertProblem(t, renameOntoAlias, 409, 'lead_unit_name_taken')
  const ownAlias = await app.inject({ method: 'PATCH', url: `${units}/${ndrc.id}`, payload: { aliases: ['市发改委', '发改委'] } })
  t.equal(ownAlias.statusCode, 200, 'a unit may keep its own names')
  const list = await app.inject({ url: units })
  t.equal(bodyOf(list, LeadUnitList).items.length, 2, 'no refused write created a unit')
})

t.test('a unit that still leads a task cannot be deleted: 409 lead_unit_in_use', async (t) => {
  await seedCity(app)
  const lead = await seedUnit(app, '市发展改革委')
  const support = await seedUnit(app, '市统计局')
  const task = await seedTask(app, { year: 2025, seq: 1, leadUnitIds: [lead.id, support.id] })
  for (const unit of [lead, support]) {
    const refused = await app.inject({ method: 'DELETE', url: `${units}/${unit.id}` })
    assertProblem(t, refused, 409, 'lead_unit_in_use')
    t.equal((await app.inject({ url: `${units}/${unit.id}` })).statusCode, 200, 'the unit is still there')
  }
  const reassigned = await app.inject({
    method: 'PATCH', url: `/v1/cities/341700/tasks/${task.id}`, payload: { leadUnits: [{ leadUnitId: lead.id, role: 'lead' }] },
  })
  t.equal(reassigned.statusCode, 200)
  t.equal((await app.inject({ method: 'DELETE', url: `${units}/${support.id}` })).statusCode, 204, 'free once it leads nothing')
})

t.test('12 lead units page 5 at a time, each exactly once', async (t) => {
  await seedCity(app)
  const ids: number[] = []
  for (let i = 1; i <= 12; i++) ids.push((await seedUnit(app, `单位${String(i).padStart(2, '0')}`)).id)
  const { items, pages } = await allPages<Unit>(t, app, units, { limit: '5' })
  t.same(items.map((u) => u.id), ids)
  t.equal(pages, 3)
  const bad = await app.inject({ url: units, query: { cursor: 'garbage!' } })
  assertProblem(t, bad, 400, 'invalid_cursor')
  const foreign = await app.inject({ url: units, query: { cursor: Buffer.from('["2025-01-31",1]').toString('base64url') } })
  assertProblem(t, foreign, 400, 'invalid_cursor')
})

t.test('two units of the same name created at once: one 201, one 409', async (t) => {
  await seedCity(app)
  const create = () => app.inject({ method: 'POST', url: units, payload: { name: '市财政局' } })
  const responses = await Promise.all([create(), create()])
  t.same(responses.map((r) => r.statusCode).sort(), [201, 409])
  assertProblem(t, responses.find((r) => r.statusCode === 409)!, 409, 'lead_unit_name_taken')
  t.equal(bodyOf(await app.inject({ url: units }), LeadUnitList).items.length, 1)
})

t.test('a unit whose keys are all revoked can be deleted; one with a key that works cannot', async (t) => {
  await seedCity(app)
  const unit = await seedUnit(app, '市统计局')
  const key = (await app.inject({ method: 'POST', url: '/v1/api-keys', payload: { name: '统计局', role: 'lead_unit', cityCode: '341700', leadUnitId: unit.id } })).json()
  assertProblem(t, await app.inject({ method: 'DELETE', url: `${units}/${unit.id}` }), 409, 'lead_unit_in_use')
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/api-keys/${key.id}` })).statusCode, 204)
  t.equal((await app.inject({ method: 'DELETE', url: `${units}/${unit.id}` })).statusCode, 204, 'its only key revoked, it goes')
  const kept = (await app.inject({ url: `/v1/api-keys/${key.id}` })).json()
  t.match(kept, { id: key.id, role: 'lead_unit', leadUnitId: null }, 'the revoked key stays on record without its unit')
  t.ok(kept.revokedAt)
})

t.test('a merge says what it moved, and revokes the duplicate\'s keys unless told to move them', async (t) => {
  await seedCity(app)
  const survivor = await seedUnit(app, '市发展改革委', ['市发改委'])
  const duplicate = await seedUnit(app, '发展改革委员会', ['发改委'])
  const other = await seedUnit(app, '市财政局')
  const task = await seedTask(app, { year: 2025, seq: 1, title: '推进项目建设。', leadUnitIds: [duplicate.id] })
  const newKey = async (leadUnitId: number) => (await app.inject({ method: 'POST', url: '/v1/api-keys',
    payload: { name: 'unit', role: 'lead_unit', cityCode: '341700', leadUnitId } })).json()
  const dupKey = await newKey(duplicate.id)

  const merged = await app.inject({ method: 'POST', url: `${units}/${duplicate.id}/merge`, payload: { into: survivor.id } })
  t.equal(merged.statusCode, 200, merged.body)
  t.same(merged.json().movedTaskIds, [task.id])
  t.same(merged.json().aliasesAdded, ['发展改革委员会', '发改委'])
  t.same(merged.json().keys, { moved: [], revoked: [dupKey.id] }, 'by default the duplicate\'s key is revoked')
  const refused = await app.inject({ method: 'PUT', url: `/v1/cities/341700/tasks/${task.id}/progress/1`,
    headers: { authorization: `Bearer ${dupKey.key}` }, payload: { progress: '试图代填。' } })
  t.equal(refused.statusCode, 401, 'the revoked key no longer speaks for anyone')

  const otherKey = await newKey(other.id)
  const moved = await app.inject({ method: 'POST', url: `${units}/${other.id}/merge`, payload: { into: survivor.id, keys: 'move' } })
  t.same(moved.json().keys, { moved: [otherKey.id], revoked: [] }, 'moved when the office says so')
  t.match((await app.inject({ url: `/v1/api-keys/${otherKey.id}` })).json(), { leadUnitId: survivor.id, revokedAt: null })
  const audited = await database.db.selectFrom('auditEvents').select(['action', 'entity']).where('action', 'in', ['merge', 'revoke', 'move']).orderBy('id').execute()
  t.same(audited.map((row) => `${row.entity}:${row.action}`), ['api_key:revoke', 'lead_unit:merge', 'api_key:move', 'lead_unit:merge'])
})
