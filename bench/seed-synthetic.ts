/**
 * Synthetic national data for the benchmark, in duban's own schema, on the configured
 * database (DATABASE_URL, else the embedded one in DATA_DIR):
 *
 *   npm run seed:synthetic -- --cities 300 --tasks 200 --periods 12 [--year 2025] [--seed 1] [--force]
 *
 * Every city gets the lead units, task titles, progress texts, next steps and remarks of the
 * two published reports in test/fixtures/seeds (their vocabulary and lengths), tasks with the
 * first one to three of their row's units, statuses in the proportions of the rows that have
 * one, the targets a title sets and the figures a text reports, and one entry
 * per task and period (1-N月份 periods of one year). The same --seed gives the same data.
 *
 * It refuses a database that holds a city unless told --force, which first empties every
 * city and what it holds (admin keys stay). Rows are written as an import would leave them,
 * without audit rows: nobody did this.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { sql, type Transaction } from 'kysely'
import { withDatabase } from '../src/cli/withDatabase.js'
import type { Database } from '../src/db/database.js'
import { actualFor, targetsFor } from '../src/shared/entryIndicators.js'
import { figuresIn } from '../src/shared/indicators.js'
import { PACE_REVISION, paceOf } from '../src/shared/pace.js'
import { parseReport } from '../src/shared/report/parse.js'
import type { ParsedRow } from '../src/shared/report/types.js'
import { normalizeUnitName } from '../src/shared/unitNames.js'
import { entryDocument } from '../src/shared/search.js'
import { indexLeadUnits, indexTasks } from '../src/db/searchIndex.js'

const usage = 'usage: npm run seed:synthetic -- [--cities 300] [--tasks 200] [--periods 12] [--year 2025] [--seed 1] [--force]'
const { values } = parseArgs({
  options: {
    cities: { type: 'string', default: '300' },
    tasks: { type: 'string', default: '200' },
    periods: { type: 'string', default: '12' },
    year: { type: 'string', default: '2025' },
    seed: { type: 'string', default: '1' },
    force: { type: 'boolean', default: false },
  },
})

function count(name: string, text: string, max: number) {
  const n = Number(text)
  if (!Number.isInteger(n) || n < 1 || n > max) {
    console.error(`--${name} must be a whole number from 1 to ${max}\n${usage}`)
    process.exit(2)
  }
  return n
}
const cities = count('cities', values.cities, 899)
const tasksPerCity = count('tasks', values.tasks, 5000)
const periods = count('periods', values.periods, 12)
const year = count('year', values.year, 2999)
const seed = count('seed', values.seed, 2 ** 31)

/** mulberry32: small, fast, and the same sequence for the same seed. */
function random(seedValue: number) {
  let state = seedValue >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}
const next = random(seed)
const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!

// The vocabulary: every row of the two published reports.
const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/seeds')
const rows: ParsedRow[] = ['chizhou-2025-jan-may.txt', 'huainan-2023-q1.txt']
  .flatMap((file) => parseReport(readFileSync(path.join(seeds, file), 'utf8')).rows)
  .filter((row) => row.title !== '' && row.progress !== '')
const unitNames = [...new Map(rows.flatMap((row) => row.leadUnits).map((name) => [normalizeUnitName(name), name])).values()]
const targetsOfRow = rows.map((row) => targetsFor(row.title))
// 淮南's report gives no evaluation: the proportions are those of the rows that have one
// (池州: 39 序时推进, 8 未达预期, 1 已完成 of 48), with 池州's one unrated row in 49.
const rated = rows.filter((row) => row.status !== 'not_rated')
const status = () => (next() < 1 / 49 ? 'not_rated' : pick(rated).status)
const statuses = [...new Set([...rated.map((row) => row.status), 'not_rated'])]

/**
 * The texts entries are made of, and each text row's search document for each status, in
 * temporary tables of the seed's transaction: an entry names its row, and PostgreSQL joins in
 * its texts and its document (made by entryDocument, as the service makes it), rather than
 * 720,000 copies of a few hundred texts and their documents going over the connection.
 */
async function vocabulary(trx: Transaction<Database>) {
  await sql`create temporary table seed_texts (row int primary key, progress text, next_steps text, remarks text) on commit drop`.execute(trx)
  await sql`create temporary table seed_documents (row int, status text, doc tsvector, primary key (row, status)) on commit drop`.execute(trx)
  await sql`
    insert into seed_texts select * from unnest(${rows.map((_, i) => i)}::int[], ${rows.map((row) => row.progress)}::text[],
      ${rows.map((row) => row.nextSteps)}::text[], ${rows.map((row) => row.remarks)}::text[])
  `.execute(trx)
  const documents = rows.flatMap((row, i) => statuses.map((status) => ({ row: i, status, doc: entryDocument({ ...row, status }) })))
  await sql`
    insert into seed_documents select * from unnest(${documents.map((d) => d.row)}::int[], ${documents.map((d) => d.status)}::text[],
      ${documents.map((d) => d.doc)}::tsvector[])
  `.execute(trx)
}

const figures = new Map<string, { actual: string | null, rank: string | null }>()
function figuresOf(titleRow: number, progressRow: number) {
  const key = `${titleRow}:${progressRow}`
  let found = figures.get(key)
  if (!found) {
    const { actual, rank } = actualFor(rows[progressRow]!.progress, targetsOfRow[titleRow]!)
    found = { actual: actual && JSON.stringify(actual), rank: rank && JSON.stringify(rank) }
    figures.set(key, found)
  }
  return found
}

// What a write works out from an entry's text as the API would (the figures in it, 序时进度 against
// its task's targets at the period's end), so that no entry waits for the entryPace job.
const spans = new Map<number, string>()
const spansOf = (progressRow: number) => spans.get(progressRow) ??
  spans.set(progressRow, JSON.stringify(figuresIn(rows[progressRow]!.progress))).get(progressRow)!
const paces = new Map<string, string | null>()
function paceOfRow(titleRow: number, progressRow: number, endsOn: string) {
  const key = `${titleRow}:${progressRow}:${endsOn}`
  if (!paces.has(key)) {
    const { actual } = figuresOf(titleRow, progressRow)
    const pace = paceOf(targetsOfRow[titleRow]!, actual === null ? null : JSON.parse(actual), { year, endsOn },
      { schedule: null, progress: rows[progressRow]!.progress })
    paces.set(key, pace && JSON.stringify(pace))
  }
  return paces.get(key)!
}

const PROVINCES = ['安徽省', '江苏省', '浙江省', '河南省', '湖北省', '湖南省', '江西省', '山东省', '河北省', '四川省', '广东省', '福建省']
const NAME_CHARS = [...'安宁平昌兴德丰源川阳华江河山湖东南西北泉林新远明']
const cityName = (i: number) => `${NAME_CHARS[i % NAME_CHARS.length]}${NAME_CHARS[Math.floor(i / NAME_CHARS.length) % NAME_CHARS.length]}${i >= NAME_CHARS.length ** 2 ? i : ''}市`
const lastDay = (month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()
const iso = (month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`

async function emptyCities(trx: Transaction<Database>) {
  // TRUNCATE fires no row triggers. API keys refer to lead units, so units are deleted row by
  // row after the city keys; the cities go last, as everything else names one.
  await sql`truncate webhook_deliveries, events, reminders, reminder_schedules, extension_requests, entry_comments,
    entry_search, task_search, progress_entries, task_lead_units, task_indicators, release_files, releases, tasks, periods, imports, audit_events`.execute(trx)
  await trx.deleteFrom('apiKeys').where('cityCode', 'is not', null).execute()
  await trx.deleteFrom('leadUnits').execute()
  await trx.deleteFrom('cities').execute()
}

/**
 * Runs `fill` with the search documents' GIN indexes dropped and builds them again after:
 * kept while 720,000 documents go in, they took most of the seed's time in PostgreSQL.
 * Inside the seed's one transaction, so a seed that fails leaves them as they were.
 */
async function withoutGinIndexes(trx: Transaction<Database>, fill: () => Promise<void>) {
  const indexes = await sql<{ name: string, definition: string }>`
    select indexname as name, indexdef as definition from pg_indexes where schemaname = current_schema() and indexdef ilike '% using gin %'
  `.execute(trx)
  for (const index of indexes.rows) await sql`drop index ${sql.id(index.name)}`.execute(trx)
  await fill()
  for (const index of indexes.rows) await sql.raw(index.definition).execute(trx)
}

/** One city and everything in it (its revision moves once, at commit). */
async function seedCity(trx: Transaction<Database>, index: number) {
  const cityCode = String(100001 + index)
  await trx.insertInto('cities').values({ code: cityCode, name: cityName(index), province: PROVINCES[index % PROVINCES.length]! }).execute()
  const units = await sql<{ id: number, name: string }>`
    insert into lead_units (city_code, name) select ${cityCode}, unnest(${unitNames}::text[]) returning id, name
  `.execute(trx)
  const unitId = new Map(units.rows.map((unit) => [normalizeUnitName(unit.name), Number(unit.id)]))
  await indexLeadUnits(trx, cityCode, units.rows.map((unit) => ({ id: Number(unit.id), name: unit.name, aliases: [] })))

  const months = Array.from({ length: periods }, (_, i) => i + 1)
  const periodRows = await sql<{ id: number, endsOn: string }>`
    insert into periods (city_code, year, label, kind, starts_on, ends_on)
    select ${cityCode}, ${year}, label, 'month_cumulative', ${iso(1, 1)}::date, ends_on
    from unnest(${months.map((m) => (m === 1 ? '1月份' : `1-${m}月份`))}::text[], ${months.map((m) => iso(m, lastDay(m)))}::date[]) as p (label, ends_on)
    returning id, ends_on::text
  `.execute(trx)

  const titleRows = Array.from({ length: tasksPerCity }, () => Math.floor(next() * rows.length))
  const taskRows = await sql<{ id: number, seq: number }>`
    insert into tasks (city_code, year, seq, title, targets)
    select ${cityCode}, ${year}, seq, title, targets
    from unnest(${titleRows.map((_, i) => i + 1)}::int[], ${titleRows.map((r) => rows[r]!.title)}::text[],
      ${titleRows.map((r) => JSON.stringify(targetsOfRow[r]))}::jsonb[]) as t (seq, title, targets)
    returning id, seq
  `.execute(trx)
  const taskIds = taskRows.rows.sort((a, b) => a.seq - b.seq).map((task) => Number(task.id))
  await indexTasks(trx, cityCode, taskIds.map((id, i) => ({ id, title: rows[titleRows[i]!]!.title, category: null })))

  const links = { task: [] as number[], unit: [] as number[], position: [] as number[] }
  taskIds.forEach((taskId, i) => {
    const named = [...new Set(rows[titleRows[i]!]!.leadUnits.map((name) => unitId.get(normalizeUnitName(name))!))]
    const chosen = (named.length > 0 ? named : [unitId.get(normalizeUnitName(pick(unitNames)))!]).slice(0, 1 + Math.floor(next() * 3))
    chosen.forEach((id, position) => {
      links.task.push(taskId)
      links.unit.push(id)
      links.position.push(position)
    })
  })
  await sql`
    insert into task_lead_units (city_code, task_id, lead_unit_id, role, position)
    select ${cityCode}, task_id, lead_unit_id, 'lead', position from unnest(${links.task}::bigint[], ${links.unit}::bigint[], ${links.position}::int[])
      as l (task_id, lead_unit_id, position)
  `.execute(trx)

  const entries = { task: [] as number[], period: [] as number[], status: [] as string[], row: [] as number[],
    actual: [] as (string | null)[], rank: [] as (string | null)[], figures: [] as string[], pace: [] as (string | null)[] }
  for (const { id: periodId, endsOn } of periodRows.rows) {
    taskIds.forEach((taskId, i) => {
      // Mostly the task's own row's text (whose figures answer its title's targets), else another's.
      const text = next() < 0.6 ? titleRows[i]! : Math.floor(next() * rows.length)
      const { actual, rank } = figuresOf(titleRows[i]!, text)
      entries.task.push(taskId)
      entries.period.push(Number(periodId))
      entries.status.push(status())
      entries.row.push(text)
      entries.actual.push(actual)
      entries.rank.push(rank)
      entries.figures.push(spansOf(text))
      entries.pace.push(paceOfRow(titleRows[i]!, text, endsOn))
    })
  }
  // The entries, and each one's search document ((task, period) is unique: it joins them).
  await sql`
    with e as (
      select * from unnest(${entries.task}::bigint[], ${entries.period}::bigint[], ${entries.status}::text[], ${entries.row}::int[],
        ${entries.actual}::jsonb[], ${entries.rank}::jsonb[], ${entries.figures}::jsonb[], ${entries.pace}::jsonb[])
        as e (task_id, period_id, status, row, actual, rank, figures, pace)
    ), inserted as (
      insert into progress_entries (city_code, task_id, period_id, status, progress, next_steps, remarks, actual, rank, figures, pace, pace_rev,
        imported_version)
      select ${cityCode}, e.task_id, e.period_id, e.status, t.progress, t.next_steps, t.remarks, e.actual, e.rank, e.figures, e.pace, ${PACE_REVISION},
        1
      from e join seed_texts t on t.row = e.row
      returning id, task_id, period_id
    )
    insert into entry_search (city_code, entry_id, task_id, period_id, doc)
    select ${cityCode}, i.id, i.task_id, i.period_id, d.doc
    from inserted i join e on e.task_id = i.task_id and e.period_id = i.period_id join seed_documents d on d.row = e.row and d.status = e.status
  `.execute(trx)
  return { units: unitNames.length, tasks: taskIds.length, links: links.task.length, entries: entries.task.length }
}

await withDatabase('seed:synthetic', async (db) => {
  const held = await db.selectFrom('cities').select('code').orderBy('code').limit(1).executeTakeFirst()
  if (held && !values.force) throw new Error(`the database holds cities (${held.code} …): seed an empty one, or pass --force to empty it first`)
  const started = performance.now()
  const total = { units: 0, tasks: 0, links: 0, entries: 0 }
  // One transaction: the seed is there whole or not at all.
  await db.transaction().execute(async (trx) => {
    if (held) await emptyCities(trx)
    await vocabulary(trx)
    await withoutGinIndexes(trx, async () => {
      for (let i = 0; i < cities; i++) {
        const made = await seedCity(trx, i)
        for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += made[key]
      }
    })
  })
  await sql`analyze`.execute(db)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`seeded ${cities} cities, ${total.units} lead units, ${cities * periods} periods, ${total.tasks} tasks (${total.links} links), ` +
    `${total.entries} entries in ${seconds} s`)
})
