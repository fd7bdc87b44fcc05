/**
 * The limit duban is measured against: a bare Fastify server on the same tables, with no
 * hooks, no schemas, no logging and no authentication, each route running the best single
 * hand-written statement for what the duban route answers and sending the JSON PostgreSQL
 * builds. Run by bench/compare.ts as a process of its own, as duban is:
 * DATABASE_URL=… PORT=… node --import tsx bench/bare.ts
 */
import { createHash } from 'node:crypto'
import Fastify from 'fastify'
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely'
import pg from 'pg'
import { complianceStatement } from '../src/features/compliance/compliance.repository.js'
import type { Light } from '../src/features/compliance/compliance.schemas.js'
import { searchStatement, type SearchRow } from '../src/features/search/search.repository.js'
import { parseSearchQuery } from '../src/shared/search.js'
import { hitOf } from '../src/features/search/search.service.js'
import { entryDocument } from '../src/shared/search.js'

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 })
const app = Fastify()

// The same text duban sends: RFC 3339 UTC with milliseconds.
const time = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

const taskJson = `json_build_object('id', t.id, 'cityCode', t.city_code, 'year', t.year, 'seq', t.seq, 'title', t.title,
  'category', t.category,
  'leadUnits', coalesce((select json_agg(json_build_object('id', u.id, 'name', u.name, 'role', l.role, 'order', l.ord) order by l.ord)
    from (select lead_unit_id, role, (row_number() over (order by position)) - 1 as ord from task_lead_units
          where city_code = t.city_code and task_id = t.id) l
    join lead_units u on u.city_code = t.city_code and u.id = l.lead_unit_id), '[]'),
  'targets', t.targets, 'targetsSource', t.targets_source, 'schedule', t.schedule, 'parentId', t.parent_id, 'part', t.part, 'rollup', t.rollup,
  'version', t.version,
  'createdAt', ${time('t.created_at')}, 'updatedAt', ${time('t.updated_at')})::text`

const entryJson = `json_build_object('id', e.id, 'cityCode', e.city_code, 'taskId', e.task_id, 'periodId', e.period_id,
  'status', e.status, 'progress', e.progress, 'nextSteps', e.next_steps, 'remarks', e.remarks, 'actual', e.actual,
  'rank', e.rank, 'pace', e.pace, 'figures', e.figures, 'indicatorsSource', e.indicators_source, 'state', e.state, 'proposedStatus', e.proposed_status,
  'submittedAt', ${time('e.submitted_at')}, 'late', e.late, 'reviewedAt', ${time('e.reviewed_at')}, 'version', e.version,
  'createdAt', ${time('e.created_at')}, 'updatedAt', ${time('e.updated_at')})::text`

const cursorOf = (key: unknown[]) => JSON.stringify(Buffer.from(JSON.stringify(key)).toString('base64url'))

/** A page as duban sends it: the items, and the cursor of the last one when there are more. */
function page(rows: { json: string, key: unknown[] }[], limit: number) {
  const items = rows.slice(0, limit)
  const next = rows.length > limit ? cursorOf(items.at(-1)!.key) : 'null'
  return `{"items":[${items.map((row) => row.json).join(',')}],"nextCursor":${next}}`
}

const json = 'application/json; charset=utf-8'

app.get<{ Params: { city: string, id: string } }>('/cities/:city/tasks/:id', async (request, reply) => {
  const { rows } = await pool.query({ name: 'task', text: `select ${taskJson} as json from tasks t where t.city_code = $1 and t.id = $2`,
    values: [request.params.city, request.params.id] })
  if (rows.length === 0) return reply.code(404).send()
  return reply.type(json).send(rows[0].json)
})

app.get<{ Params: { city: string }, Querystring: { year: string, limit?: string } }>('/cities/:city/tasks', async (request, reply) => {
  const limit = Number(request.query.limit ?? 50)
  const { rows } = await pool.query({
    name: 'tasks',
    text: `select ${taskJson} as json, t.year, t.seq, t.id from tasks t where t.city_code = $1 and t.year = $2
           order by t.year, t.seq, t.id limit $3`,
    values: [request.params.city, request.query.year, limit + 1],
  })
  return reply.type(json).send(page(rows.map((row) => ({ json: row.json, key: [row.year, row.seq, Number(row.id)] })), limit))
})

app.get<{ Params: { city: string, period: string }, Querystring: { status: string, limit?: string } }>('/cities/:city/periods/:period/progress',
  async (request, reply) => {
    const limit = Number(request.query.limit ?? 50)
    const { rows } = await pool.query({
      name: 'entries',
      text: `select ${entryJson} as json, t.year, t.seq, t.id from progress_entries e
             join tasks t on t.city_code = e.city_code and t.id = e.task_id
             where e.city_code = $1 and e.period_id = $2 and e.status = $3 order by t.year, t.seq, t.id limit $4`,
      values: [request.params.city, request.params.period, request.query.status, limit + 1],
    })
    return reply.type(json).send(page(rows.map((row) => ({ json: row.json, key: [row.year, row.seq, Number(row.id)] })), limit))
  })

type EntryParams = { Params: { city: string, task: string, period: string } }
const getEntry = async (request: { params: EntryParams['Params'] }, reply: import('fastify').FastifyReply) => {
  const { rows } = await pool.query({
    name: 'entry',
    text: `select ${entryJson} as json, e.version from progress_entries e where e.city_code = $1 and e.task_id = $2 and e.period_id = $3`,
    values: [request.params.city, request.params.task, request.params.period],
  })
  if (rows.length === 0) return reply.code(404).send()
  return reply.type(json).header('etag', `"${rows[0].version}"`).send(rows[0].json)
}
app.get<EntryParams>('/cities/:city/tasks/:task/progress/:period', getEntry)
app.get<EntryParams>('/durable/cities/:city/tasks/:task/progress/:period', getEntry)

// Replaces an entry of an open period if its version is the one given, and records the audit
// row, in one statement. (Figures are left as stored: duban reads them from the text.)
app.put<{ Params: { city: string, task: string, period: string }, Body: { status: string, progress: string, nextSteps?: string, remarks?: string } }>(
  '/cities/:city/tasks/:task/progress/:period', async (request, reply) => {
    const { city, task, period } = request.params
    const version = Number(String(request.headers['if-match'] ?? '').replaceAll('"', ''))
    const body = request.body
    const { rows } = await pool.query({
      name: 'put',
      text: `with before as (
               select e.* from progress_entries e join periods p on p.city_code = e.city_code and p.id = e.period_id and p.state = 'open'
               where e.city_code = $1 and e.task_id = $2 and e.period_id = $3 for update of e),
             e as (
               update progress_entries x set status = $4, progress = $5, next_steps = $6, remarks = $7, version = x.version + 1, updated_at = now()
               from before b where x.city_code = b.city_code and x.id = b.id and b.version = $8 returning x.*),
             audit as (
               insert into audit_events (city_code, action, entity, entity_id, before, after)
               select e.city_code, 'update', 'progress_entry', e.id::text, to_jsonb(b), to_jsonb(e) from e join before b on b.id = e.id)
             select ${entryJson} as json, e.version from e`,
      values: [city, task, period, body.status, body.progress, body.nextSteps ?? '', body.remarks ?? '', version],
    })
    if (rows.length === 0) return reply.code(412).send()
    return reply.type(json).header('etag', `"${rows[0].version}"`).send(rows[0].json)
  })

// The like-for-like write: the same durable work as duban's PUT, in one statement. The period
// held FOR SHARE while open (a close waits for the write), the task FOR NO KEY UPDATE (writes of
// its entries take turns), the entry replaced if its version is the one given, its audit row
// (before and after), its search document (the same bigram document duban writes, made here
// as there), its event numbered under the city's feed lock with one delivery per webhook that
// follows it. What it does not do is duban's own: reading figures and 序时进度 from the text.
app.put<EntryParams & { Body: { status: string, progress: string, nextSteps?: string, remarks?: string } }>(
  '/durable/cities/:city/tasks/:task/progress/:period', async (request, reply) => {
    const { city, task, period } = request.params
    const version = Number(String(request.headers['if-match'] ?? '').replaceAll('"', ''))
    const body = request.body
    const text = { status: body.status, progress: body.progress, nextSteps: body.nextSteps ?? '', remarks: body.remarks ?? '' }
    const { rows } = await pool.query({
      name: 'put-durable',
      text: `with p as (select id from periods where city_code = $1 and id = $3 and state = 'open' for share),
             t as (select id from tasks where city_code = $1 and id = $2 for no key update),
             before as (select e.* from progress_entries e join p on e.period_id = p.id join t on e.task_id = t.id where e.city_code = $1),
             e as (
               update progress_entries x set status = $4, progress = $5, next_steps = $6, remarks = $7, version = x.version + 1, updated_at = now()
               from before b where x.city_code = $1 and x.id = b.id and b.version = $8 returning x.*),
             audit as (
               insert into audit_events (city_code, action, entity, entity_id, before, after)
               select e.city_code, 'update', 'progress_entry', e.id::text, to_jsonb(b), to_jsonb(e) from e join before b on b.id = e.id),
             search as (
               insert into entry_search (city_code, entry_id, task_id, period_id, doc) select e.city_code, e.id, e.task_id, e.period_id, $9::tsvector from e
               on conflict (city_code, entry_id) do update set doc = excluded.doc),
             ev as (
               insert into events (city_code, type, subject, data, created_at)
               select e.city_code, 'entry.filed', 'entry:' || e.task_id || ':' || e.period_id,
                 jsonb_build_object('taskId', e.task_id, 'periodId', e.period_id, 'entryId', e.id, 'state', e.state, 'status', e.status, 'version', e.version,
                   'cityName', (select c.name from cities c where c.code = $1)), now()
               from e cross join (select pg_advisory_xact_lock(hashtext('duban:events:' || $1))) as feed_lock
               returning id, type),
             deliveries as (
               insert into webhook_deliveries (city_code, webhook_id, event_id, next_attempt_at)
               select w.city_code, w.id, ev.id, now() from webhooks w join ev on ev.type = any (w.events) where w.city_code = $1 and w.active)
             select ${entryJson} as json, e.version from e`,
      values: [city, task, period, text.status, text.progress, text.nextSteps, text.remarks, version, entryDocument(text)],
    })
    if (rows.length === 0) return reply.code(412).send()
    return reply.type(json).header('etag', `"${rows[0].version}"`).send(rows[0].json)
  })

// What a cached summary or report costs at least: the city's revision read (the write of
// another instance must show) and the bytes last made for it.
const cached = new Map<string, Buffer>()
app.get<{ Params: { city: string, period: string, what: string } }>('/cities/:city/periods/:period/cached/:what', async (request, reply) => {
  const { rows } = await pool.query({ name: 'revision', text: 'select revision, name from cities where code = $1', values: [request.params.city] })
  if (rows.length === 0) return reply.code(404).send()
  const bytes = cached.get(`${request.params.city}/${request.params.period}/${request.params.what}`)
  if (!bytes) return reply.code(404).send()
  return reply.type(json).send(bytes)
})
// bench/compare.ts hands over the bytes duban sent.
app.put<{ Params: { city: string, period: string, what: string }, Body: Buffer }>('/cities/:city/periods/:period/cached/:what', async (request, reply) => {
  cached.set(`${request.params.city}/${request.params.period}/${request.params.what}`, request.body)
  return reply.code(204).send()
})
app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: 64 * 1024 * 1024 }, (_request, body, done) => done(null, body))

// A period's report rows computed on every read, as one statement: each task of the year in
// list order with its lead units and its entry in the period (no text: what a summary reads;
// text: the whole table).
for (const text of [false, true]) {
  const columns = text ? `'progress', e.progress, 'nextSteps', e.next_steps, 'remarks', e.remarks`
    : `'progress', case when e.status = 'behind' then e.progress end`
  app.get<{ Params: { city: string, period: string } }>(`/cities/:city/periods/:period/${text ? 'table' : 'rows'}`, async (request, reply) => {
    const { rows } = await pool.query({
      name: text ? 'table' : 'rows',
      text: `select coalesce(json_agg(json_build_object('taskId', t.id, 'seq', t.seq, 'title', t.title, 'targets', t.targets,
               'leadUnits', coalesce((select json_agg(json_build_object('id', u.id, 'name', u.name) order by l.position)
                  from task_lead_units l join lead_units u on u.city_code = l.city_code and u.id = l.lead_unit_id
                  where l.city_code = t.city_code and l.task_id = t.id), '[]'),
               'status', e.status, ${columns}, 'actual', e.actual, 'rank', e.rank, 'late', coalesce(e.late, false)) order by t.seq), '[]')::text as json
             from periods p join tasks t on t.city_code = p.city_code and t.year = p.year
             left join progress_entries e on e.city_code = t.city_code and e.task_id = t.id and e.period_id = p.id and e.state = 'accepted'
             where p.city_code = $1 and p.id = $2`,
      values: [request.params.city, request.params.period],
    })
    return reply.type(json).send(rows[0].json)
  })
}

// A period's compliance: the one statement duban runs (features/compliance/compliance.repository.ts), JSON built by
// PostgreSQL. Kysely only turns it into text and values here; it never connects.
const compiler = new Kysely<unknown>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
})
app.get<{ Params: { city: string, period: string }, Querystring: { leadUnitId?: string, light?: Light } }>('/cities/:city/periods/:period/compliance',
  async (request, reply) => {
    const { leadUnitId, light } = request.query
    const filter = { ...(leadUnitId === undefined ? {} : { leadUnitId: Number(leadUnitId) }), ...(light === undefined ? {} : { light }) }
    const statement = complianceStatement(request.params.city, Number(request.params.period), filter).compile(compiler)
    const { rows } = await pool.query({
      name: `compliance${leadUnitId === undefined ? '' : ' unit'}${light === undefined ? '' : ' light'}`,
      text: statement.sql, values: [...statement.parameters],
    })
    if (rows.length === 0) return reply.code(404).send()
    return reply.type(json).send(rows[0].compliance)
  })

// A city's search: the one statement duban runs (features/search/search.repository.ts) and the same passages
// cut from its rows (features/search/search.service.ts), with no framework around them.
app.get<{ Params: { city: string }, Querystring: { q: string, limit?: string } }>('/cities/:city/search', async (request, reply) => {
  const terms = parseSearchQuery(request.query.q)
  const limit = Number(request.query.limit ?? 50)
  const statement = searchStatement(request.params.city, terms, { limit }).compile(compiler)
  const { rows } = await pool.query({ name: createHash('sha1').update(statement.sql).digest('hex'), text: statement.sql, values: [...statement.parameters] })
  const found = rows.map((row): SearchRow => ({
    cityCode: row.city_code, taskId: Number(row.task_id), year: row.year, seq: row.seq, title: row.title, category: row.category,
    leadUnits: row.lead_units, entry: row.entry, titleHit: row.title_hit, score: row.score,
  }))
  const items = found.slice(0, limit)
  const last = items.at(-1)
  const next = found.length > limit && last ? cursorOf([last.titleHit ? 0 : 1, -last.score, last.cityCode, last.year, last.seq, last.taskId]) : 'null'
  return reply.type(json).send(`{"items":${JSON.stringify(items.map((row) => hitOf(row, terms)))},"nextCursor":${next}}`)
})

// How much of the process's memory is the JavaScript heap, for the benchmark's memory line (duban
// gives the same figures in /metrics).
app.get('/memory', async () => {
  const { heapUsed, heapTotal, external } = process.memoryUsage()
  return { heapUsed, heapTotal, external }
})

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' })
console.log('listening')
process.on('SIGTERM', () => void app.close().then(() => pool.end()).then(() => process.exit(0)))
