import t from 'tap'
import { sql } from 'kysely'
import { seedCity, setup } from './helper.js'

// An import and the API write tasks and entries through the same query functions: the same
// content is stored the same way, down to how a missing figure is encoded (SQL NULL).
const { app, database } = await setup(t)
const city = '/v1/cities/341700'

// What tells two rows apart whatever their content: which row, when, and who wrote it (or reviewed it).
const identity = new Set(['id', 'task_id', 'period_id', 'created_at', 'updated_at', 'version', 'imported_version', 'import_id',
  'submitted_at', 'reviewed_at'])

/** Every other column of an entry as the database holds it (keys camelCased by the plugin): as text, so jsonb null ('null') and SQL NULL (null) differ. */
async function rawEntry(id: number): Promise<Record<string, string | null>> {
  const columns = (await sql<{ name: string }>`
    select column_name as name from information_schema.columns
    where table_schema = current_schema() and table_name = 'progress_entries' order by ordinal_position
  `.execute(database.db)).rows.map((column) => column.name).filter((name) => !identity.has(name))
  const selected = sql.join(columns.map((name) => sql`${sql.ref(name)}::text as ${sql.ref(name)}`))
  return (await sql<Record<string, string | null>>`select ${selected} from progress_entries where id = ${id}`.execute(database.db)).rows[0]!
}

t.test('an imported entry and a PUT entry with the same content are stored alike', async (t) => {
  await seedCity(app)
  const document = ['2025年重点工作任务1-5月份进展情况', '', '序号\t重点工作任务\t牵头责任单位\t1-5月份进展情况',
    '1\t推进项目建设。\t市发改委\t项目有序推进。',
    '2\t推进项目建设。\t市发改委\t项目有序推进。',
    '3\t地区生产总值增长6.5%以上。\t市统计局\t1-5月,增长6.6%,居全省第3位。',
    '4\t地区生产总值增长6.5%以上。\t市统计局\t1-5月,增长6.6%,居全省第3位。'].join('\n')
  const imported = await app.inject({ method: 'POST', url: `${city}/imports`, payload: { document, sourceName: 'write-path.txt' } })
  t.equal(imported.statusCode, 201, imported.body)
  const periodId = imported.json().period.id
  const tasks = (await app.inject({ url: `${city}/tasks`, query: { year: '2025' } })).json().items as { id: number, seq: number }[]
  const idOf = (seq: number) => tasks.find((task) => task.seq === seq)!.id

  // seq 2 and 4 filed again by a person, as the document has them; seq 1 and 3 stay as imported.
  for (const [importedSeq, filedSeq] of [[1, 2], [3, 4]] as const) {
    const asImported = (await app.inject({ url: `${city}/tasks/${idOf(importedSeq)}/progress/${periodId}` })).json()
    const url = `${city}/tasks/${idOf(filedSeq)}/progress/${periodId}`
    t.equal((await app.inject({ method: 'DELETE', url })).statusCode, 204)
    const { status, progress, nextSteps, remarks } = asImported
    const put = await app.inject({ method: 'PUT', url, payload: { status, progress, nextSteps, remarks } })
    t.equal(put.statusCode, 201, put.body)
    t.ok(asImported.reviewedAt && put.json().reviewedAt, 'both accepted by a review: the office filed one, published the other')
    const [fromImport, fromPut] = [await rawEntry(asImported.id), await rawEntry(put.json().id)]
    t.same(fromPut, fromImport, `seq ${filedSeq} (PUT) is stored as seq ${importedSeq} (import)`)
    if (importedSeq === 1) t.same([fromImport.actual, fromImport.rank], [null, null], 'no figure: SQL NULL, not jsonb null')
    else t.ok(fromImport.actual && fromImport.rank, 'figures read from the text')
  }
  // Each entry the import wrote is in the event feed as accepted, and in the audit trail as imported, as a filed one is as filed.
  const events = await database.db.selectFrom('events').select(['type', 'subject', 'data']).where('cityCode', '=', '341700').orderBy('id').execute()
  for (const seq of [1, 3]) {
    const subject = `entry:${idOf(seq)}:${periodId}`
    t.same(events.filter((event) => event.subject === subject).map((event) => [event.type, (event.data as { origin: string }).origin]),
      [['entry.accepted', 'import']], `seq ${seq}: one entry.accepted event, from the import`)
  }
  const audited = await database.db.selectFrom('auditEvents').select(['action', 'entityId']).where('entity', '=', 'progress_entry').orderBy('id').execute()
  t.same(audited.slice(0, 4).map((row) => row.action), ['import', 'import', 'import', 'import'])
})

t.test('a PUT that sets no figure stores SQL NULL', async (t) => {
  await seedCity(app)
  const unit = (await app.inject({ method: 'POST', url: `${city}/lead-units`, payload: { name: '市财政局' } })).json()
  const task = (await app.inject({ method: 'POST', url: `${city}/tasks`,
    payload: { year: 2025, seq: 1, title: '推进项目建设。', leadUnits: [{ leadUnitId: unit.id, role: 'lead' }] } })).json()
  const period = (await app.inject({ method: 'POST', url: `${city}/periods`,
    payload: { year: 2025, label: '1-5月份', kind: 'month_cumulative', startsOn: '2025-01-01', endsOn: '2025-05-31' } })).json()
  const put = await app.inject({ method: 'PUT', url: `${city}/tasks/${task.id}/progress/${period.id}`,
    payload: { status: 'on_track', progress: '有序推进。', actual: null, rank: null } })
  t.equal(put.statusCode, 201, put.body)
  t.match(await rawEntry(put.json().id), { actual: null, rank: null, indicatorsSource: 'manual' })
})
