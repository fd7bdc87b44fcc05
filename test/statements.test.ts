/**
 * How many SQL statements each hot route issues, counted as the app's own database handle
 * sends them (its statement log, which a query compiled once goes through as every other).
 * Each route has a budget: the count it has today. A change that adds a statement to a hot
 * path (a per-row query loop, a second lookup) fails here; one that removes statements
 * lowers the budget with it.
 */
import t from 'tap'
import type { InjectOptions, LightMyRequestResponse } from 'fastify'
import { buildApp } from '../src/app.js'
import { openScratchDatabase } from '../src/db/scratch.js'
import { createKey, seedCity } from './helper.js'
import { putEntry, seedPeriod, seedTask, seedUnit } from './factories.js'

let statements = 0
const { database, drop } = await openScratchDatabase(process.env.DATABASE_URL, undefined, {
  // Statements of work: not the transaction's own BEGIN (or START TRANSACTION) and COMMIT, which pg's driver logs and PGlite's does not.
  onStatement: (sql) => {
    if (!/^(begin|start transaction|commit|rollback)\b/i.test(sql.trim())) statements++
  },
})
t.teardown(drop)
// The key cache's clock stands still: the key is looked up once, by the seeding below (however slow the machine).
const app = await buildApp({ database, auth: { now: () => 0 } })
t.teardown(() => app.close())
const key = await createKey(database, { role: 'admin' })
const inject = app.inject.bind(app) as (options: InjectOptions) => Promise<LightMyRequestResponse>
// The seeding helpers and the requests below all send the admin key.
const send = (options: InjectOptions) => inject({ ...options, headers: { authorization: `Bearer ${key}`, ...options.headers } })
app.inject = send as typeof app.inject

await seedCity(app)
const [first, second] = [await seedUnit(app, '市发展改革委'), await seedUnit(app, '市财政局')]
const period = await seedPeriod(app, 2025, 5)
const tasks = []
for (let seq = 1; seq <= 60; seq++) tasks.push(await seedTask(app, { year: 2025, seq, leadUnitIds: seq % 2 ? [first.id, second.id] : [first.id] }))
for (const task of tasks) await putEntry(app, task.id, period.id, task.seq % 3 ? 'on_track' : 'behind')
const entryUrl = `/v1/cities/341700/tasks/${tasks[0]!.id}/progress/${period.id}`
const current = await send({ url: entryUrl })

/**
 * [route, request, budget]. A key is looked up once a second, not on every request (see
 * features/keys/keys.scopes.ts: the seeding above looked this one up), and a read asks whether the
 * city exists only when it finds nothing; a summary or report reads the city's revision. The
 * period's entries and compliance first read the city's revision, and the period's texts for their
 * flags on copied text when no flags are kept for that revision (features/entries/entries.flags.ts):
 * the page or the compliance is the last statement. A
 * summary also reads last year's figures, the shape its forecasts take (features/reports/reports.repository.ts),
 * and the city's status words, the words its narrative is written in. A search in one city reads
 * them first too: a term that is one of the city's words finds the entries of its status. A PUT
 * sends four: its period and task locked in one, the entry read, the entry written with its search
 * document, and its event with its audit row.
 */
const hot: [string, InjectOptions, number][] = [
  ['one task', { url: `/v1/cities/341700/tasks/${tasks[0]!.id}` }, 1],
  ['task list, 50 with lead units', { url: '/v1/cities/341700/tasks?year=2025&limit=50' }, 1],
  // The period's flags are compared once a city revision: the first read reads its texts, the next ones only the revision.
  ['one period\'s entries, status=behind, flags compared', { url: `/v1/cities/341700/periods/${period.id}/progress?status=behind` }, 3],
  ['one period\'s entries, status=behind, flags kept', { url: `/v1/cities/341700/periods/${period.id}/progress?status=behind` }, 2],
  ['one entry', { url: entryUrl }, 1],
  ['compliance, every task and unit', { url: `/v1/cities/341700/periods/${period.id}/compliance` }, 2],
  ['PUT an entry with If-Match', { method: 'PUT', url: entryUrl, headers: { 'if-match': current.headers.etag as string },
    payload: { status: 'on_track', progress: '进展顺利' } }, 2],
  ['search, one city', { url: `/v1/cities/341700/search?q=${encodeURIComponent('进展')}` }, 2],
  // The cities, then one statement a city (one node each on Citus: docs/scale.md); here one city.
  ['search, every city', { url: `/v1/search?q=${encodeURIComponent('进展 未达预期')}` }, 2],
  ['one period\'s entries, q=, after the write: flags compared again', { url: `/v1/cities/341700/periods/${period.id}/progress?q=${encodeURIComponent('进展')}` }, 3],
  // After the write: computed once for the new revision, then served from the cache.
  ['summary, computed', { url: `/v1/cities/341700/periods/${period.id}/summary` }, 9],
  ['summary, cached', { url: `/v1/cities/341700/periods/${period.id}/summary` }, 1],
]

for (const [name, request, budget] of hot) {
  t.test(name, async (t) => {
    statements = 0
    const response = await send(request)
    t.ok(response.statusCode < 300, `${response.statusCode} ${response.body.slice(0, 200)}`)
    t.comment(`${name}: ${statements} statements`)
    // Exactly: a statement added fails here, and one removed lowers the budget with it.
    t.equal(statements, budget, `${name}: ${statements} statements, budget ${budget}`)
  })
}
