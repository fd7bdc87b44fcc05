/**
 * EXPLAIN (ANALYZE, BUFFERS) of every statement the hot routes issue, on the database in
 * DATABASE_URL (seed it first: npm run seed:synthetic), as Markdown for docs/perf.md:
 *
 *   DATABASE_URL=… npm run -s bench:explain
 *
 * Each statement is the one the route's query function issues (captured through the
 * statement hook), explained with the parameters it was sent with; writes are explained in
 * a transaction that is rolled back.
 */
import { CompiledQuery, type Kysely } from 'kysely'
import { openDatabase } from '../src/db/connect.js'
import type { Database } from '../src/db/database.js'
import { authenticate } from '../src/features/keys/keys.service.js'
import { systemActor } from '../src/db/audit.js'
import { cityRevision } from '../src/features/cities/cities.repository.js'
import { findPeriod } from '../src/features/periods/periods.repository.js'
import { findEntry, findEntryJson, listPeriodEntries } from '../src/features/entries/entries.repository.js'
import { fileEntry } from '../src/features/entries/entries.service.js'
import { reportRows } from '../src/features/reports/reports.repository.js'
import { findTaskJson, listTasks } from '../src/features/tasks/tasks.repository.js'
import { searchTasks } from '../src/features/search/search.repository.js'
import { parseSearchQuery } from '../src/shared/search.js'

const url = process.env.DATABASE_URL
if (!url) throw new Error('bench:explain: set DATABASE_URL to a seeded PostgreSQL database')
class RolledBack extends Error {}
let captured: { sql: string, parameters: readonly unknown[] }[] = []
const database = openDatabase({ url }, { max: 1, onStatement: (sql, parameters) => captured.push({ sql, parameters }) })
const db = database.db
const plain = openDatabase({ url }, { max: 1 }).db

async function explain(name: string, run: (db: Kysely<Database>) => Promise<unknown>) {
  captured = []
  await run(db)
  const statements = captured.filter(({ sql }) => !/^(begin|commit|rollback)/i.test(sql))
  console.log(`### ${name}\n`)
  for (const { sql, parameters } of statements) {
    // ANALYZE runs the statement: in a transaction rolled back, so a write changes nothing.
    let plan: string[] = []
    await plain.transaction().execute(async (trx) => {
      const result = await trx.executeQuery(CompiledQuery.raw(`explain (analyze, buffers) ${sql}`, [...parameters]))
      plan = (result.rows as { 'QUERY PLAN': string }[]).map((row) => row['QUERY PLAN'])
      throw new RolledBack()
    }).catch((error: Error) => {
      if (!(error instanceof RolledBack)) plan = [`(not explained: ${error.message})`]
    })
    console.log('```sql')
    console.log(sql.length > 1600 ? `${sql.slice(0, 1600)} …` : sql)
    console.log('```\n```')
    console.log(plan.join('\n'))
    console.log('```\n')
  }
}

const city = (await plain.selectFrom('cities').select('code').orderBy('code').executeTakeFirstOrThrow()).code
const period = await plain.selectFrom('periods').selectAll().where('cityCode', '=', city).orderBy('endsOn', 'desc').executeTakeFirstOrThrow()
const task = await plain.selectFrom('tasks').select('id').where('cityCode', '=', city).where('year', '=', period.year).orderBy('seq').offset(100).executeTakeFirstOrThrow()
const entry = (await findEntry(plain, { cityCode: city, taskId: task.id, periodId: period.id }))!
const counts = await plain.selectFrom('progressEntries').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
console.log(`Plans on ${counts.n} entries; city ${city}, period ${period.id} (${period.label}), task ${task.id}.\n`)

await explain('API key lookup (once a second per key and instance)', (db) => authenticate(db, `dbn_0000abcd_${'A'.repeat(43)}`))
await explain('one task: GET …/tasks/{taskId}', (db) => findTaskJson(db, city, task.id))
await explain('task list: GET …/tasks?year=&limit=50', (db) => listTasks(db, city, { year: period.year, limit: 50 }))
await explain('a period\'s entries: GET …/periods/{periodId}/progress?status=behind', (db) => listPeriodEntries(db, city, period.id, { limit: 50, status: 'behind' }))
await explain('one entry: GET …/tasks/{taskId}/progress/{periodId}', (db) => findEntryJson(db, { cityCode: city, taskId: task.id, periodId: period.id }))
await explain('PUT an entry with If-Match (rolled back)', (db) => db.transaction().execute(async (trx) => {
  await fileEntry(trx, systemActor, { cityCode: city, taskId: task.id, periodId: period.id },
    { status: 'on_track', progress: '1-5月份,完成投资12.5亿元。' }, { ifMatch: entry.version })
  throw new Error('rolled back')
}).catch(() => undefined))
await explain('summary or report, cached: the city\'s revision', (db) => cityRevision(db, city))
await explain('summary computed: the period and its report rows', async (db) => {
  await findPeriod(db, city, period.id)
  await reportRows(db, city, period.id, period.year, { text: false })
})
await explain('search, one city: GET …/search?q=消费', (db) => searchTasks(db, { cityCode: city }, parseSearchQuery('消费'), { limit: 50 }))
await explain('search, one city: GET …/search?q=新能源汽车 未达预期', (db) => searchTasks(db, { cityCode: city }, parseSearchQuery('新能源汽车 未达预期'), { limit: 50 }))
await explain('search, every city: GET /v1/search?q=新能源汽车', (db) => searchTasks(db, {}, parseSearchQuery('新能源汽车'), { limit: 50 }))
await db.destroy()
await plain.destroy()
