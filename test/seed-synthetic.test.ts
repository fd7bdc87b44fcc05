/**
 * `npm run seed:synthetic` as the process it is: it fills an empty database with the seeds'
 * vocabulary, refuses one that holds data, and with --force empties it first.
 */
import t from 'tap'
import { sql } from 'kysely'
import { type DatabaseHandle, openDatabase } from '../src/db/connect.js'
import { isDeepStrictEqual } from 'node:util'
import { entryDocument } from '../src/shared/search.js'
import { figuresIn } from '../src/shared/indicators.js'
import { PACE_REVISION, paceOf } from '../src/shared/pace.js'
import { PROGRESS_STATUSES } from '../src/shared/values.js'
import { readSeed } from './helper.js'
import { runCli, serverDatabase } from './serverProcess.js'

t.setTimeout(300_000)
const database = await serverDatabase()
t.teardown(database.drop)
const seed = (args: string[]) => runCli('bench/seed-synthetic.ts', args, database.env, 120_000)

/** Entries whose search document is not the one the service writes for their texts and status. */
async function entriesUnlikeTheService(handle: DatabaseHandle) {
  const entries = await handle.db.selectFrom('progressEntries').select(['cityCode', 'id', 'progress', 'nextSteps', 'remarks', 'status']).execute()
  const unlike = await sql<{ n: number }>`
    select count(*)::int as n from unnest(${entries.map((e) => e.cityCode)}::text[], ${entries.map((e) => e.id)}::bigint[],
      ${entries.map(entryDocument)}::tsvector[]) as v (city_code, entry_id, doc)
    left join entry_search s on s.city_code = v.city_code and s.entry_id = v.entry_id
    where s.doc is distinct from v.doc
  `.execute(handle.db)
  return unlike.rows[0]!.n
}

/** Entries whose figures and 序时进度 are not what a write through the service works out (or by an older revision: the entryPace job's work). */
async function pacesUnlikeTheService(handle: DatabaseHandle) {
  const entries = await handle.db.selectFrom('progressEntries as e')
    .innerJoin('tasks as t', (join) => join.onRef('t.cityCode', '=', 'e.cityCode').onRef('t.id', '=', 'e.taskId'))
    .innerJoin('periods as p', (join) => join.onRef('p.cityCode', '=', 'e.cityCode').onRef('p.id', '=', 'e.periodId'))
    .select(['e.progress', 'e.actual', 'e.pace', 'e.paceRev', 'e.figures', 't.targets', 't.schedule', 'p.year', 'p.endsOn']).execute()
  return entries.filter((e) => e.paceRev !== PACE_REVISION || !isDeepStrictEqual(e.figures, figuresIn(e.progress)) ||
    !isDeepStrictEqual(e.pace, paceOf(e.targets, e.actual, e, { schedule: e.schedule, progress: e.progress }))).length
}

/** What the seeded database holds, read after the process has exited (the embedded folder is free again). */
async function holdings() {
  const handle = openDatabase(database.env.DATABASE_URL ? { url: database.env.DATABASE_URL } : { dataDir: database.env.DATA_DIR! })
  try {
    const one = async (query: ReturnType<typeof sql<{ n: number }>>) => Number((await query.execute(handle.db)).rows[0]!.n)
    return {
      cities: await one(sql`select count(*)::int as n from cities`),
      periods: await one(sql`select count(*)::int as n from periods`),
      tasks: await one(sql`select count(*)::int as n from tasks`),
      entries: await one(sql`select count(distinct (task_id, period_id))::int as n from progress_entries`),
      linksOutOfRange: await one(sql`select count(*)::int as n from (select t.id from tasks t left join task_lead_units l on l.city_code = t.city_code and l.task_id = t.id
        group by t.city_code, t.id having count(l.lead_unit_id) not between 1 and 3) as bad`),
      statuses: (await sql<{ status: string }>`select distinct status from progress_entries`.execute(handle.db)).rows.map((row) => row.status),
      titles: (await sql<{ title: string }>`select distinct title from tasks`.execute(handle.db)).rows.map((row) => row.title),
      figures: await one(sql`select count(*)::int as n from progress_entries where actual is not null`),
      audit: await one(sql`select count(*)::int as n from audit_events`),
      indexed: {
        tasks: await one(sql`select count(*)::int as n from task_search`),
        entries: await one(sql`select count(*)::int as n from entry_search s join progress_entries e on e.city_code = s.city_code and e.id = s.entry_id
          and e.task_id = s.task_id and e.period_id = s.period_id`),
        units: await one(sql`select count(*)::int as n from lead_unit_search s join lead_units u on u.city_code = s.city_code and u.id = s.lead_unit_id`),
        allUnits: await one(sql`select count(*)::int as n from lead_units`),
        entriesUnlikeTheService: await entriesUnlikeTheService(handle),
        pacesUnlikeTheService: await pacesUnlikeTheService(handle),
        ginIndexes: (await sql<{ name: string }>`select indexname as name from pg_indexes where indexdef ilike '% using gin %' order by 1`
          .execute(handle.db)).rows.map((row) => row.name),
      },
    }
  } finally {
    await handle.db.destroy()
  }
}

t.test('seeds an empty database, refuses a second time, and with --force starts again', async (t) => {
  const first = await seed(['--cities', '3', '--tasks', '40', '--periods', '4'])
  t.equal(first.code, 0, first.stderr)
  t.match(first.stdout, /^seeded 3 cities, \d+ lead units, 12 periods, 120 tasks \(\d+ links\), 480 entries in [\d.]+ s$/m)
  const seeded = await holdings()
  t.match(seeded, { cities: 3, periods: 12, tasks: 120, entries: 480, linksOutOfRange: 0, audit: 0 })
  t.match(seeded.indexed, { tasks: 120, entries: 480, units: seeded.indexed.allUnits }, 'every row has its search document')
  t.equal(seeded.indexed.entriesUnlikeTheService, 0, 'each entry\'s document is the one the service writes for it')
  t.equal(seeded.indexed.pacesUnlikeTheService, 0, 'each entry\'s figures and 序时进度 are the service\'s, of this revision: the entryPace job has nothing to do')
  t.same(seeded.indexed.ginIndexes, ['entry_search_doc_idx', 'lead_unit_search_doc_idx', 'task_search_doc_idx'], 'the GIN indexes are built again')
  t.ok(seeded.statuses.every((status) => (PROGRESS_STATUSES as readonly string[]).includes(status)))
  t.ok(seeded.statuses.includes('on_track') && seeded.statuses.includes('behind'), 'evaluations in the reports\' mix')
  const reports = readSeed('chizhou-2025-jan-may.txt') + readSeed('huainan-2023-q1.txt')
  t.ok(seeded.titles.every((title) => reports.includes(title.slice(0, 12))), 'titles are the reports\' own')
  t.ok(seeded.figures > 0, 'some texts report a figure against their task\'s target')

  const again = await seed(['--cities', '1', '--tasks', '1', '--periods', '1'])
  t.equal(again.code, 1)
  t.match(again.stderr, /seed:synthetic failed: the database holds cities \(100001 …\): seed an empty one, or pass --force/)
  t.match(await holdings(), { cities: 3, tasks: 120 }, 'nothing written')

  const forced = await seed(['--cities', '2', '--tasks', '5', '--periods', '2', '--force'])
  t.equal(forced.code, 0, forced.stderr)
  t.match(await holdings(), { cities: 2, periods: 4, tasks: 10, entries: 20 })
})

t.test('refuses a count it cannot make', async (t) => {
  const run = await seed(['--cities', '0'])
  t.equal(run.code, 2)
  t.match(run.stderr, /--cities must be a whole number from 1 to 899/)
})
