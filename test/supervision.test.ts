import t from 'tap'
import { sql } from 'kysely'
import { ProgressEntry } from '../src/features/entries/entries.schemas.js'
import { Period as PeriodSchema } from '../src/features/periods/periods.schemas.js'
import { Extension, ExtensionList } from '../src/features/extensions/extensions.schemas.js'
import { ReminderBatch, ReminderList } from '../src/features/reminders/reminders.schemas.js'
import { EntryCommentList } from '../src/features/entries/entries.schemas.js'
import { assertProblem, cityUrl, seedTask, seedUnit } from './factories.js'
import { bodyOf, createKey, post, seedCity, setup } from './helper.js'

// 督办's loop on one app: a lead unit drafts, submits (late, past the deadline), is returned,
// edits, submits again, and the office accepts with its evaluation; reminders and extension
// requests run their course; every step leaves its event in the outbox, in order.
const { app, database } = await setup(t)
const city = cityUrl()
const DAY = 86_400_000

async function supervisedPeriod(dueAt: Date) {
  await seedCity(app)
  const fgw = await seedUnit(app, '市发展改革委', ['市发改委'])
  const czj = await seedUnit(app, '市财政局')
  const tasks = [
    await seedTask(app, { year: 2025, seq: 1, title: '地区生产总值增长6.5%以上。', leadUnitIds: [fgw.id] }),
    await seedTask(app, { year: 2025, seq: 2, title: '一般公共预算收入增长4%。', leadUnitIds: [czj.id, fgw.id] }),
    await seedTask(app, { year: 2025, seq: 3, title: '盘活存量资产。', leadUnitIds: [czj.id] }),
  ]
  const period = await post(app, `${city}/periods`, {
    year: 2025, label: '1-5月份', kind: 'month_cumulative', startsOn: '2025-01-01', endsOn: '2025-05-31', dueAt: dueAt.toISOString(),
  }, PeriodSchema)
  const keys = {
    office: await createKey(database, { role: 'city_office', cityCode: '341700' }),
    fgw: await createKey(database, { role: 'lead_unit', cityCode: '341700', leadUnitId: fgw.id }),
    czj: await createKey(database, { role: 'lead_unit', cityCode: '341700', leadUnitId: czj.id }),
    reader: await createKey(database, { role: 'reader', cityCode: '341700' }),
  }
  const as = (key: string) => ({ authorization: `Bearer ${key}` })
  const entryUrl = (taskIndex: number) => `${city}/tasks/${tasks[taskIndex]!.id}/progress/${period.id}`
  return { units: { fgw, czj }, tasks, period, keys, as, entryUrl }
}

async function eventsOf(subject?: string) {
  return database.db.selectFrom('events').select(['type', 'subject', 'data', 'dedupeKey'])
    .where('cityCode', '=', '341700').$if(subject !== undefined, (qb) => qb.where('subject', '=', subject!))
    .orderBy('id').execute()
}

t.test('the loop: draft, late submission, return with a reason, rework, submit, accept with the office\'s evaluation', async (t) => {
  const { tasks, period, keys, as, entryUrl } = await supervisedPeriod(new Date(Date.now() - DAY))
  const url = entryUrl(0)

  const draft = await app.inject({
    method: 'PUT', url, headers: as(keys.fgw),
    payload: { progress: '一季度增长6.4%。', nextSteps: '加强研判分析。', proposedStatus: 'on_track' },
  })
  t.equal(draft.statusCode, 201)
  t.match(draft.json(), { state: 'draft', status: 'not_rated', proposedStatus: 'on_track', submittedAt: null, late: false })

  assertProblem(t, await app.inject({ method: 'PUT', url, headers: as(keys.fgw), payload: { status: 'completed', progress: '已完成。' } }),
    403, 'status_set_by_office')
  assertProblem(t, await app.inject({ method: 'PATCH', url, headers: { ...as(keys.fgw), 'if-match': '"1"' }, payload: { status: 'completed' } }),
    403, 'status_set_by_office')
  assertProblem(t, await app.inject({ method: 'POST', url: `${entryUrl(2)}/submit`, headers: as(keys.fgw) }), 403, 'forbidden')

  const submitted = await app.inject({ method: 'POST', url: `${url}/submit`, headers: { ...as(keys.fgw), 'if-match': '"1"' } })
  t.equal(submitted.statusCode, 200)
  const first = bodyOf(submitted, ProgressEntry)
  t.match(first, { state: 'submitted', late: true, status: 'not_rated' }, 'submitted a day after the deadline: late')
  t.ok(first.submittedAt !== null && Date.parse(first.submittedAt) > Date.parse(period.dueAt!))

  assertProblem(t, await app.inject({ method: 'PUT', url, headers: as(keys.fgw), payload: { progress: '改写' } }), 409, 'entry_submitted')
  assertProblem(t, await app.inject({ method: 'DELETE', url, headers: as(keys.fgw) }), 409, 'entry_submitted')
  assertProblem(t, await app.inject({ method: 'POST', url: `${url}/submit`, headers: as(keys.fgw) }), 409, 'entry_submitted')
  assertProblem(t, await app.inject({ method: 'POST', url: `${url}/return`, headers: as(keys.fgw), payload: { reason: '自己退回' } }), 403, 'forbidden')
  assertProblem(t, await app.inject({ method: 'POST', url: `${url}/accept`, headers: as(keys.reader), payload: { status: 'completed' } }), 403, 'forbidden')

  const reason = '进展表述不具体,请补充1-5月份数据。'
  const returned = await app.inject({ method: 'POST', url: `${url}/return`, headers: as(keys.office), payload: { reason } })
  t.equal(returned.statusCode, 200)
  t.match(returned.json(), { state: 'returned', status: 'not_rated' })
  const comments = bodyOf(await app.inject({ url: `${url}/comments`, headers: as(keys.reader) }), EntryCommentList)
  t.match(comments.items, [{ kind: 'return_reason', authorRole: 'city_office', body: reason }], 'the reason is kept as a comment')

  const etag = returned.headers.etag as string
  const patched = await app.inject({ method: 'PATCH', url, headers: { ...as(keys.fgw), 'if-match': etag }, payload: { progress: '1-5月份增长5.1%。' } })
  t.equal(patched.statusCode, 200)
  t.match(patched.json(), { state: 'returned', progress: '1-5月份增长5.1%。', nextSteps: '加强研判分析。', proposedStatus: 'on_track' },
    'PATCH changes only what it sends')
  assertProblem(t, await app.inject({ method: 'PATCH', url, headers: { ...as(keys.fgw), 'if-match': etag }, payload: { remarks: 'x' } }),
    412, 'precondition_failed')

  const again = await app.inject({ method: 'POST', url: `${url}/submit`, headers: as(keys.fgw) })
  t.match(again.json(), { state: 'submitted', late: true })

  const accepted = await app.inject({ method: 'POST', url: `${url}/accept`, headers: as(keys.office), payload: { status: 'behind' } })
  t.equal(accepted.statusCode, 200)
  t.match(accepted.json(), { state: 'accepted', status: 'behind', proposedStatus: 'on_track', late: true })
  t.ok(accepted.json().reviewedAt)
  assertProblem(t, await app.inject({ method: 'PATCH', url, headers: as(keys.fgw), payload: { remarks: '补充' } }), 409, 'entry_accepted')
  assertProblem(t, await app.inject({ method: 'DELETE', url, headers: as(keys.fgw) }), 409, 'entry_accepted')

  const note = await app.inject({ method: 'POST', url: `${url}/comments`, headers: as(keys.fgw), payload: { body: '收到,下阶段加快推进。' } })
  t.equal(note.statusCode, 201)
  t.match(note.json(), { kind: 'comment', authorRole: 'lead_unit', body: '收到,下阶段加快推进。' })
  assertProblem(t, await app.inject({ method: 'POST', url: `${entryUrl(2)}/comments`, headers: as(keys.fgw), payload: { body: '不是我的' } }), 403, 'forbidden')

  const subject = `entry:${tasks[0]!.id}:${period.id}`
  t.same((await eventsOf(subject)).map((event) => event.type),
    ['entry.filed', 'entry.submitted', 'entry.returned', 'entry.filed', 'entry.submitted', 'entry.accepted'],
    'each write and each step wrote its event, in order')
  t.match((await eventsOf(subject))[2]!.data, { reason, taskSeq: 1, periodLabel: '1-5月份', state: 'returned', origin: 'api' })
  const audited = await database.db.selectFrom('auditEvents').select('action')
    .where('cityCode', '=', '341700').where('entity', '=', 'progress_entry').orderBy('id').execute()
  t.same(audited.map((row) => row.action), ['create', 'submit', 'return', 'update', 'submit', 'accept'], 'each step is audited by its name')

  const summary = await app.inject({ url: `${city}/periods/${period.id}/summary`, headers: as(keys.reader) })
  t.equal(summary.statusCode, 200)
  t.match(summary.json(), { counts: { behind: 1 }, late: 1 }, 'the accepted entry is counted, and counted late')
})

t.test('an office filing is accepted as filed; a draft, the office\'s or a unit\'s, is not counted until accepted', async (t) => {
  const { period, keys, as, entryUrl } = await supervisedPeriod(new Date(Date.now() + 10 * DAY))
  const drafted = await app.inject({ method: 'PUT', url: entryUrl(0), headers: as(keys.office), payload: { progress: '代填:无评价' } })
  t.equal(drafted.statusCode, 201, 'the office drafts for a unit by leaving out status')
  t.match(drafted.json(), { state: 'draft', status: 'not_rated', reviewedAt: null })
  const filed = await app.inject({ method: 'PUT', url: entryUrl(0), headers: as(keys.office), payload: { status: 'completed', progress: '已完成。' } })
  t.match(filed.json(), { state: 'accepted', status: 'completed' })
  await app.inject({ method: 'PUT', url: entryUrl(1), headers: as(keys.czj), payload: { progress: '草稿', proposedStatus: 'completed' } })
  const summary = (await app.inject({ url: `${city}/periods/${period.id}/summary` })).json()
  t.equal(summary.counts.completed, 1, 'the draft\'s proposed status is not an evaluation')
  t.same((await eventsOf()).filter((event) => event.type.startsWith('entry.')).map((event) => event.type), ['entry.filed', 'entry.accepted', 'entry.filed'])
})

t.test('extensions: asked by the unit, one at a time, approved or rejected by the office; the deadline in force moves', async (t) => {
  const { tasks, period, keys, as, entryUrl, units } = await supervisedPeriod(new Date(Date.now() - DAY))
  const later = new Date(Date.now() + 5 * DAY).toISOString()
  assertProblem(t, await app.inject({
    method: 'POST', url: `${entryUrl(0)}/extension`, headers: as(keys.fgw), payload: { dueAt: new Date(Date.now() - 2 * DAY).toISOString(), reason: '数据未出' },
  }), 400, 'validation_failed')
  const asked = await app.inject({ method: 'POST', url: `${entryUrl(0)}/extension`, headers: as(keys.fgw), payload: { dueAt: later, reason: '统计数据6月10日发布。' } })
  t.equal(asked.statusCode, 201)
  const request = bodyOf(asked, Extension)
  t.match(request, { state: 'pending', leadUnitId: units.fgw.id, taskId: tasks[0]!.id, periodId: period.id, reason: '统计数据6月10日发布。' })
  t.equal(asked.headers.location, `${city}/extensions/${request.id}`)
  assertProblem(t, await app.inject({ method: 'POST', url: `${entryUrl(0)}/extension`, headers: as(keys.fgw), payload: { dueAt: later, reason: '再次' } }),
    409, 'extension_pending')
  assertProblem(t, await app.inject({ method: 'POST', url: `${city}/extensions/${request.id}/approve`, headers: as(keys.fgw), payload: {} }), 403, 'forbidden')

  const pending = bodyOf(await app.inject({ url: `${city}/extensions?state=pending`, headers: as(keys.reader) }), ExtensionList)
  t.same(pending.items.map((item) => item.id), [request.id])

  const approved = await app.inject({ method: 'POST', url: `${city}/extensions/${request.id}/approve`, headers: as(keys.office), payload: { reason: '同意。' } })
  t.equal(approved.statusCode, 200)
  t.match(approved.json(), { state: 'approved', decisionReason: '同意。' })
  assertProblem(t, await app.inject({ method: 'POST', url: `${city}/extensions/${request.id}/reject`, headers: as(keys.office), payload: { reason: '晚了' } }),
    409, 'extension_decided')

  await app.inject({ method: 'PUT', url: entryUrl(0), headers: as(keys.fgw), payload: { progress: '1-5月份增长5.1%。' } })
  const submitted = await app.inject({ method: 'POST', url: `${entryUrl(0)}/submit`, headers: as(keys.fgw) })
  t.match(submitted.json(), { state: 'submitted', late: false }, 'on time by the extended deadline')
  assertProblem(t, await app.inject({ method: 'POST', url: `${entryUrl(0)}/extension`, headers: as(keys.fgw), payload: { dueAt: later, reason: '再延' } }),
    409, 'entry_submitted')

  const other = await app.inject({ method: 'POST', url: `${entryUrl(2)}/extension`, headers: as(keys.czj), payload: { dueAt: later, reason: '项目未完成。' } })
  assertProblem(t, await app.inject({ method: 'POST', url: `${city}/extensions/${other.json().id}/reject`, headers: as(keys.office), payload: {} }),
    400, 'validation_failed')
  const rejected = await app.inject({ method: 'POST', url: `${city}/extensions/${other.json().id}/reject`, headers: as(keys.office), payload: { reason: '请按时报送。' } })
  t.match(rejected.json(), { state: 'rejected', decisionReason: '请按时报送。' })
  await app.inject({ method: 'PUT', url: entryUrl(2), headers: as(keys.czj), payload: { progress: '盘活3亿元。' } })
  t.match((await app.inject({ method: 'POST', url: `${entryUrl(2)}/submit`, headers: as(keys.czj) })).json(), { late: true }, 'a rejection leaves the deadline')

  assertProblem(t, await app.inject({ url: `${city}/tasks/9999/progress/${period.id}/extensions` }), 404, 'not_found')
  assertProblem(t, await app.inject({ url: `${city}/tasks/${tasks[0]!.id}/progress/9999/comments` }), 404, 'not_found')
  const history = bodyOf(await app.inject({ url: `${entryUrl(0)}/extensions`, headers: as(keys.reader) }), ExtensionList)
  t.same(history.items.map((item) => item.state), ['approved'])
  t.same((await eventsOf()).filter((event) => event.type.startsWith('extension.')).map((event) => [event.type, (event.data as { decision?: string }).decision]),
    [['extension.requested', undefined], ['extension.decided', 'approved'], ['extension.requested', undefined], ['extension.decided', 'rejected']])
})

t.test('manual reminders: to every unit with missing entries, or to one, each a record with its event', async (t) => {
  const { tasks, period, keys, as, entryUrl, units } = await supervisedPeriod(new Date(Date.now() + 2 * DAY))
  await app.inject({ method: 'PUT', url: entryUrl(0), headers: as(keys.office), payload: { status: 'on_track', progress: '序时推进。' } })
  assertProblem(t, await app.inject({ method: 'POST', url: `${city}/periods/${period.id}/reminders`, headers: as(keys.fgw), payload: {} }), 403, 'forbidden')
  const sent = await app.inject({ method: 'POST', url: `${city}/periods/${period.id}/reminders`, headers: as(keys.office), payload: {} })
  t.equal(sent.statusCode, 201)
  const batch = bodyOf(sent, ReminderBatch)
  t.same(batch.items.map((reminder) => [reminder.leadUnitId, reminder.taskIds, reminder.kind]).sort(),
    [[units.fgw.id, [tasks[1]!.id], 'manual'], [units.czj.id, [tasks[1]!.id, tasks[2]!.id], 'manual']].sort(),
    'the task filed by the office is not reminded; a shared task reminds both its units')
  t.match(batch.items.find((reminder) => reminder.leadUnitId === units.czj.id), { reason: '1-5月份进展情况尚有2项任务未报送,请尽快报送。' })

  const one = await app.inject({ method: 'POST', url: `${city}/periods/${period.id}/reminders`, headers: as(keys.office), payload: { leadUnitId: units.czj.id, reason: '请今日报送。' } })
  t.match(bodyOf(one, ReminderBatch).items, [{ leadUnitId: units.czj.id, reason: '请今日报送。' }])
  const list = bodyOf(await app.inject({ url: `${city}/periods/${period.id}/reminders?leadUnitId=${units.czj.id}`, headers: as(keys.reader) }), ReminderList)
  t.same(list.items.map((reminder) => reminder.reason), ['请今日报送。', '1-5月份进展情况尚有2项任务未报送,请尽快报送。'], 'newest first')
  t.equal((await eventsOf()).filter((event) => event.type === 'reminder.issued').length, 3)

  for (const index of [1, 2]) await app.inject({ method: 'PUT', url: entryUrl(index), headers: as(keys.office), payload: { status: 'on_track', progress: '推进中。' } })
  assertProblem(t, await app.inject({ method: 'POST', url: `${city}/periods/${period.id}/reminders`, headers: as(keys.office), payload: {} }), 422, 'nothing_missing')
  assertProblem(t, await app.inject({ method: 'POST', url: `${city}/periods/9999/reminders`, headers: as(keys.office), payload: {} }), 404, 'not_found')
})

t.test('automatic reminders: each slot of the city\'s schedule once, before and after the deadline; entries fall overdue once', async (t) => {
  const now = Date.now()
  const dueAt = new Date(now + 2.5 * DAY)
  const { period, keys, as, entryUrl, units } = await supervisedPeriod(dueAt)
  const remindersOf = () => database.db.selectFrom('reminders').select(['leadUnitId', 'kind', 'slotAt', 'taskIds'])
    .where('cityCode', '=', '341700').where('periodId', '=', period.id).orderBy('id').execute()

  await app.worker.drain(new Date(now))
  t.same((await remindersOf()).map((r) => [r.kind, Date.parse(r.slotAt!)]), [['before_due', dueAt.getTime() - 3 * DAY], ['before_due', dueAt.getTime() - 3 * DAY]],
    'three days before: one reminder per unit')
  await app.worker.drain(new Date(now + 1000))
  t.equal((await remindersOf()).length, 2, 'the same slot is not sent twice')

  await app.inject({ method: 'PUT', url: entryUrl(0), headers: as(keys.office), payload: { status: 'on_track', progress: '推进。' } })
  await app.inject({ method: 'PUT', url: entryUrl(1), headers: as(keys.office), payload: { status: 'on_track', progress: '推进。' } })
  await app.worker.drain(new Date(dueAt.getTime() - DAY + 60_000))
  t.same((await remindersOf()).slice(2).map((r) => [r.leadUnitId, r.kind]), [[units.czj.id, 'before_due']], 'a day before: only the unit still missing')

  await app.worker.drain(new Date(dueAt.getTime() + 60_000))
  await app.worker.drain(new Date(dueAt.getTime() + 120_000))
  const overdue = (await eventsOf()).filter((event) => event.type === 'entry.overdue')
  t.equal(overdue.length, 1, 'task 3 fell overdue, once')
  t.same((await remindersOf()).slice(3).map((r) => [r.leadUnitId, r.kind, Date.parse(r.slotAt!)]), [[units.czj.id, 'overdue', dueAt.getTime()]])

  await app.worker.drain(new Date(dueAt.getTime() + 2 * DAY + 60_000))
  t.same((await remindersOf()).slice(4).map((r) => [r.kind, Date.parse(r.slotAt!)]), [['overdue', dueAt.getTime() + 2 * DAY]], 'every overdueEveryDays')
  t.equal((await eventsOf()).filter((event) => event.type === 'entry.overdue').length, 1, 'overdue is told once per deadline')
  t.equal((await eventsOf()).filter((event) => event.type === 'reminder.issued').length, 5)

  const closed = await app.inject({ method: 'POST', url: `${city}/periods/${period.id}/close`, headers: as(keys.office) })
  t.equal(closed.statusCode, 200)
  await app.worker.drain(new Date(dueAt.getTime() + 10 * DAY))
  t.equal((await remindersOf()).length, 5, 'a closed period is reminded no more')
  t.same((await eventsOf(`period:${period.id}`)).map((event) => event.type), ['period.created', 'period.closed'])
})

t.test('the schedule follows changes to the settings and the deadline', async (t) => {
  const now = Date.now()
  const { period } = await supervisedPeriod(new Date(now + 20 * DAY))
  await app.worker.drain(new Date(now))
  t.equal((await database.db.selectFrom('reminders').select('id').execute()).length, 0, 'nothing is due 20 days ahead')
  const patched = await app.inject({ method: 'PATCH', url: `${city}/periods/${period.id}`, payload: { dueAt: new Date(now + 0.5 * DAY).toISOString() } })
  t.equal(patched.statusCode, 200)
  await app.worker.drain(new Date(now))
  t.equal((await database.db.selectFrom('reminders').select('id').where('kind', '=', 'before_due').execute()).length, 2,
    'the deadline moved within the days before: both units reminded')
  const settings = await app.inject({ method: 'PATCH', url: city, payload: { supervision: { remindDaysBefore: [], overdueEveryDays: 0, warningDays: 1 } } })
  t.equal(settings.statusCode, 200)
  await app.worker.drain(new Date(now + DAY))
  await app.worker.drain(new Date(now + 5 * DAY))
  t.same((await database.db.selectFrom('reminders').select('kind').where('kind', '=', 'overdue').execute()).length, 2,
    'no repeat: one overdue reminder per unit at the deadline')
  t.equal((await sql<{ n: number }>`select count(*)::int as n from reminder_schedules where next_check_at is not null`.execute(database.db)).rows[0]!.n, 0,
    'nothing left to look at')
})

t.test('a deadline moved by 15 minutes sends no slot again; an extension has slots of its own', async (t) => {
  const now = Date.now()
  const { period, keys, as, entryUrl } = await supervisedPeriod(new Date(now + 2.5 * DAY))
  const before = async () => (await database.db.selectFrom('reminders').select(['leadUnitId', 'kind', 'slot']).where('kind', '=', 'before_due')
    .orderBy('id').execute())
  await app.worker.drain(new Date(now))
  const first = await before()
  t.same(first.map((r) => r.slot), ['period@-4320m', 'period@-4320m'], 'both units reminded 3 days before')
  const moved = new Date(Date.parse(period.dueAt!) + 15 * 60_000).toISOString()
  t.equal((await app.inject({ method: 'PATCH', url: `${city}/periods/${period.id}`, payload: { dueAt: moved } })).statusCode, 200)
  await app.worker.drain(new Date(now + 60_000))
  t.same(await before(), first, 'the edit re-sent nothing')
  const events = await eventsOf()
  t.equal(events.filter((event) => event.type === 'reminder.issued').length, 2, 'nor announced anything again')

  // 1 day before: each unit once more, at the moved deadline's own offset.
  await app.worker.drain(new Date(Date.parse(moved) - DAY + 1000))
  t.same((await before()).map((r) => r.slot), ['period@-4320m', 'period@-4320m', 'period@-1440m', 'period@-1440m'])

  // An approved extension is a deadline of its own: its slots are not the period's.
  const later = new Date(Date.parse(moved) + 5 * DAY).toISOString()
  const asked = await app.inject({ method: 'POST', url: `${entryUrl(0)}/extension`, headers: as(keys.fgw), payload: { dueAt: later, reason: '数据未出。' } })
  const approved = await app.inject({ method: 'POST', url: `${city}/extensions/${asked.json().id}/approve`, headers: as(keys.office) })
  t.equal(approved.statusCode, 200)
  await app.worker.drain(new Date(Date.parse(later) - DAY + 1000))
  const extension = (await before()).filter((r) => r.slot!.startsWith('extension:'))
  t.same(extension.map((r) => r.slot), [`extension:${asked.json().id}@-1440m`], 'the extended task is reminded on its own deadline')
})

t.test('closing a period with entries awaiting review: a 409 listing them, or with force counted as 已报送待审核 everywhere', async (t) => {
  const { tasks, period, keys, as, entryUrl } = await supervisedPeriod(new Date(Date.now() + 10 * DAY))
  await app.inject({ method: 'PUT', url: entryUrl(0), headers: as(keys.fgw), payload: { progress: '一季度增长6.4%。' } })
  t.equal((await app.inject({ method: 'POST', url: `${entryUrl(0)}/submit`, headers: as(keys.fgw) })).statusCode, 200)
  await app.inject({ method: 'PUT', url: entryUrl(2), headers: as(keys.office), payload: { status: 'on_track', progress: '有序推进。' } })

  const refused = await app.inject({ method: 'POST', url: `${city}/periods/${period.id}/close`, headers: as(keys.office) })
  assertProblem(t, refused, 409, 'entries_awaiting_review')
  t.same(refused.json().awaitingReview, [{ taskId: tasks[0]!.id, seq: 1, entryId: refused.json().awaitingReview[0].entryId }], 'the waiting entry is named')

  // No body at all, an empty object, or force: the operation's fields are all optional.
  const forced = await app.inject({ method: 'POST', url: `${city}/periods/${period.id}/close`, headers: as(keys.office), payload: { force: true } })
  t.match(forced.json(), { state: 'closed' })
  assertProblem(t, await app.inject({ method: 'POST', url: `${entryUrl(0)}/accept`, headers: as(keys.office), payload: { status: 'on_track' } }),
    409, 'period_closed')

  const summary = (await app.inject({ url: `${city}/periods/${period.id}/summary`, headers: as(keys.reader) })).json()
  t.match(summary.counts, { on_track: 1, awaiting_review: 1, returned: 0, not_reported: 1 })
  t.match(summary.narrative, /1项已报送待审核/)
  t.match(summary.narrative, /1项未报送/, 'only the task with nothing filed is unreported')
  t.same([...new Set(summary.notReported.flatMap((unit: { tasks: { seq: number }[] }) => unit.tasks.map((task) => task.seq)))], [2])
  const compliance = (await app.inject({ url: `${city}/periods/${period.id}/compliance`, headers: as(keys.reader) })).json()
  t.match(compliance.totals, { missing: 1 }, 'compliance counts the same task as missing')

  const reopened = await app.inject({ method: 'POST', url: `${city}/periods/${period.id}/reopen`, headers: as(keys.office) })
  t.match(reopened.json(), { state: 'open' })
  const bare = await app.inject({ method: 'POST', url: `${city}/periods/${period.id}/close`, headers: as(keys.office) })
  assertProblem(t, bare, 409, 'entries_awaiting_review')
  t.equal((await app.inject({ method: 'POST', url: `${entryUrl(0)}/accept`, headers: as(keys.office), payload: { status: 'behind' } })).statusCode, 200)
  t.match((await app.inject({ method: 'POST', url: `${city}/periods/${period.id}/close`, headers: as(keys.office), payload: {} })).json(), { state: 'closed' },
    'nothing waiting: an empty body closes')
  const audited = await database.db.selectFrom('auditEvents').select('action').where('entity', '=', 'period').where('action', 'in', ['close', 'reopen'])
    .orderBy('id').execute()
  t.same(audited.map((row) => row.action), ['close', 'reopen', 'close'])
})

t.test('operations whose fields are all optional take no body', async (t) => {
  const { period, keys, as, entryUrl, units } = await supervisedPeriod(new Date(Date.now() - DAY))
  const reminded = await app.inject({ method: 'POST', url: `${city}/periods/${period.id}/reminders`, headers: as(keys.office) })
  t.equal(reminded.statusCode, 201, reminded.body)
  const asked = await app.inject({ method: 'POST', url: `${entryUrl(0)}/extension`, headers: as(keys.fgw),
    payload: { dueAt: new Date(Date.now() + 5 * DAY).toISOString(), reason: '统计数据未发布。' } })
  const approved = await app.inject({ method: 'POST', url: `${city}/extensions/${asked.json().id}/approve`, headers: as(keys.office) })
  t.equal(approved.statusCode, 200, approved.body)
  t.equal(units.fgw.name, '市发展改革委')
})
