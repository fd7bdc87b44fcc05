/**
 * Automatic reminders with several instances: two apps, each with its own pool on PostgreSQL,
 * run the schedule at the same moment over many periods; each slot is written once, each
 * entry falls overdue once, and an instance started later picks up where the others stopped.
 */
import t from 'tap'
import { sql } from 'kysely'
import { buildApp } from '../src/app.js'
import { openDatabase } from '../src/db/connect.js'
import { openScratchDatabase } from '../src/db/scratch.js'
import { checkResponses, createKey, onPostgres } from './helper.js'

const DAY = 86_400_000
const scratch = await openScratchDatabase(process.env.DATABASE_URL)
t.teardown(scratch.drop)
/** A second instance: its own pool on the same PostgreSQL database; on the embedded one, the same database. */
const pools: ReturnType<typeof openDatabase>[] = []
const secondHandle = () => {
  if (!onPostgres) return scratch.database
  const pool = openDatabase({ url: scratch.url! })
  pools.push(pool)
  return pool
}
const apps = [await buildApp({ database: scratch.database }), await buildApp({ database: secondHandle() })]
t.teardown(async () => {
  for (const app of apps) await app.close()
  for (const pool of pools) await pool.db.destroy()
})
for (const app of apps) checkResponses(app)

const admin = { authorization: `Bearer ${await createKey(scratch.database, { role: 'admin' })}` }
const CITIES = ['341700', '340400', '340100']
const PERIODS_EACH = 6
const now = Date.now()

async function call(method: 'POST' | 'GET', url: string, payload?: object) {
  const response = await apps[0]!.inject({ method, url, headers: admin, payload })
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`)
  return response.json()
}

// Each city: two units, three tasks (one shared), six periods past their deadline by an hour, nothing filed.
for (const code of CITIES) {
  await call('POST', '/v1/cities', { code, name: `城市${code}`, province: '安徽省' })
  const base = `/v1/cities/${code}`
  const a = await call('POST', `${base}/lead-units`, { name: '市发展改革委' })
  const b = await call('POST', `${base}/lead-units`, { name: '市财政局' })
  for (const [seq, units] of [[1, [a.id]], [2, [a.id, b.id]], [3, [b.id]]] as const) {
    await call('POST', `${base}/tasks`, {
      year: 2025, seq, title: `任务${seq}`, leadUnits: units.map((leadUnitId, i) => ({ leadUnitId, role: i === 0 ? 'lead' : 'support' })),
    })
  }
  for (let month = 1; month <= PERIODS_EACH; month++) {
    await call('POST', `${base}/periods`, {
      year: 2025, label: `${month}月份`, kind: 'custom', startsOn: `2025-${String(month).padStart(2, '0')}-01`,
      endsOn: `2025-${String(month).padStart(2, '0')}-28`, dueAt: new Date(now - 3600_000).toISOString(),
    })
  }
}
const periods = CITIES.length * PERIODS_EACH

const count = async (query: ReturnType<typeof sql<{ n: number }>>) => (await query.execute(scratch.database.db)).rows[0]!.n

t.test('two instances running the schedule together write each reminder and each overdue event once', async (t) => {
  // Each instance has its own clock, a little apart, and looks again a few seconds later.
  for (let round = 0; round < 3; round++) {
    await Promise.all(apps.map((app, i) => app.worker.drain(new Date(now + round * 5000 + i * 700))))
  }
  t.equal(await count(sql`select count(*)::int as n from reminders where kind = 'overdue'`), periods * 2, 'one overdue reminder per unit and period')
  t.equal(await count(sql`
    select count(*)::int as n from (select 1 from reminders group by city_code, period_id, lead_unit_id, kind, slot_at having count(*) > 1) d
  `), 0, 'no slot twice')
  t.equal(await count(sql`select count(*)::int as n from events where type = 'entry.overdue'`), periods * 3, 'each entry fell overdue once')
  t.equal(await count(sql`select count(*)::int as n from events where type = 'reminder.issued'`), periods * 2, 'each reminder told once')
  t.equal(await count(sql`select count(*)::int as n from reminder_schedules where next_check_at <= ${new Date(now + 10_000).toISOString()}`), 0,
    'every period was looked at')
})

t.test('an instance started later fires the next slot once, and none of those before', async (t) => {
  await apps[1]!.close()
  apps[1] = await buildApp({ database: secondHandle() })
  const later = now + 2 * DAY
  await Promise.all(apps.map((app, i) => app.worker.drain(new Date(later + i * 700))))
  await Promise.all(apps.map((app, i) => app.worker.drain(new Date(later + 60_000 + i * 700))))
  t.equal(await count(sql`select count(*)::int as n from reminders where kind = 'overdue'`), periods * 4, 'the second overdue slot, once per unit and period')
  t.equal(await count(sql`select count(*)::int as n from events where type = 'entry.overdue'`), periods * 3, 'overdue is not told again')
})
