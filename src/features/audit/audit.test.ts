import t from 'tap'
import { createApiKey } from '../keys/keys.service.js'
import { systemActor } from '../../db/audit.js'
import { putEntry, seedPeriod, seedTask, seedUnit } from '../../../test/factories.js'
import { bodyOf, seedCity, setup } from '../../../test/helper.js'
import { AuditList } from '../keys/keys.schemas.js'
import { LeadUnit } from '../lead-units/lead-units.schemas.js'

const { app, database } = await setup(t)
const city = '/v1/cities/341700'

t.test('the audit trail records who created, changed and deleted a lead unit, newest first', async (t) => {
  await seedCity(app)
  const officeKey = await database.db.transaction().execute((trx) => createApiKey(trx, systemActor, { name: 'office', role: 'city_office', cityCode: '341700', leadUnitId: null }))
  const as = { authorization: `Bearer ${officeKey.key}` }
  const created = await app.inject({ method: 'POST', url: `${city}/lead-units`, headers: as, payload: { name: '市统计局' } })
  t.equal(created.statusCode, 201)
  const unit = bodyOf(created, LeadUnit)
  const patched = await app.inject({ method: 'PATCH', url: `${city}/lead-units/${unit.id}`, headers: { ...as, 'if-match': '"1"' }, payload: { aliases: ['统计局'] } })
  t.equal(patched.statusCode, 200)
  const deleted = await app.inject({ method: 'DELETE', url: `${city}/lead-units/${unit.id}`, headers: as })
  t.equal(deleted.statusCode, 204)

  const audit = await app.inject({ url: `${city}/audit`, query: { entity: 'lead_unit' } })
  t.equal(audit.statusCode, 200)
  const events = bodyOf(audit, AuditList).items
  t.equal(events.length, 3, 'three events')
  t.same(events.map((e) => e.action), ['delete', 'update', 'create'], 'newest first')
  const [del, upd, cre] = events
  if (!del || !upd || !cre) throw new Error('three events expected')
  t.ok(del.id > upd.id && upd.id > cre.id, 'ids descend')
  for (const e of events) {
    t.equal(e.apiKeyId, officeKey.id, `${e.action}: the key used`)
    t.equal(e.entity, 'lead_unit')
    t.equal(e.entityId, String(unit.id))
  }
  t.equal(cre.before, null, 'create: before null')
  t.match(cre.after, { id: unit.id, name: '市统计局' })
  t.match(upd.before, { id: unit.id, aliases: [] })
  t.match(upd.after, { id: unit.id, aliases: ['统计局'], version: 2 })
  t.match(del.before, { id: unit.id, aliases: ['统计局'] })
  t.equal(del.after, null, 'delete: after null')

  const unitA = await seedUnit(app, '市发展改革委')
  const task = await seedTask(app, { year: 2025, seq: 1, leadUnitIds: [unitA.id] })
  const period = await seedPeriod(app, 2025, 5)
  const entry = await putEntry(app, task.id, period.id, 'on_track')
  const entryAudit = await app.inject({ url: `${city}/audit`, query: { entity: 'progress_entry' } })
  t.equal(entryAudit.statusCode, 200)
  const entryEvents = bodyOf(entryAudit, AuditList).items
  t.equal(entryEvents.length, 1)
  t.match(entryEvents[0], { entity: 'progress_entry', entityId: String(entry.id), before: null, after: { id: entry.id, status: 'on_track' } })
  t.type(entryEvents[0]?.apiKeyId, 'number', 'the admin key is recorded')
})
