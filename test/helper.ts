import { appendFileSync } from 'node:fs'
import { sql } from 'kysely'
import type { Test } from 'tap'
import type { InjectOptions, LightMyRequestResponse } from 'fastify'
import type { Static, TSchema } from 'typebox'
import { type AppOptions, buildApp } from '../src/app.js'
import { defaultJobOptions } from '../src/jobs.js'
import { type DatabaseHandle, openDatabase } from '../src/db/connect.js'
import { openScratchDatabase } from '../src/db/scratch.js'
import type { Role } from '../src/db/database.js'
import { createApiKey } from '../src/features/keys/keys.service.js'
import { systemActor } from '../src/db/audit.js'
import { City } from '../src/features/cities/cities.schemas.js'
import { checkCityKey, requestUrl, useCityTables } from './cityKey.js'
import { type AnyDb, cityTables, onCitus, placementOf, tableShapes } from '../src/db/citus.js'
import { type OpenApiDocument, responseChecker } from './contract.js'

export const onPostgres = Boolean(process.env.DATABASE_URL)

/**
 * A migrated database of the test file's own: a fresh database on the server named by
 * DATABASE_URL (dropped at the end), or an in-memory embedded one without it.
 */
export async function testDatabase(t: Test): Promise<DatabaseHandle> {
  const { database, drop } = await openScratchDatabase(process.env.DATABASE_URL, undefined, { onStatement: checkCityKey })
  t.teardown(drop)
  useCityTables(await cityTables(database.db))
  return database
}

/** What the migrations themselves write: the provinces' indicator catalogues. */
const MIGRATION_DATA = new Set(['indicators'])

/** Empties every table but the migrator's and its data, so no test depends on rows another left behind. */
export async function emptyDatabase(database: DatabaseHandle) {
  const tables = (await tableShapes(database.db)).filter((table) => placementOf(table).kind !== 'coordinator' && !MIGRATION_DATA.has(table.name))
    .map((table) => table.name)
  // Without the request timeout: on a Citus cluster this truncates every shard of every table.
  await database.db.transaction().execute(async (trx) => {
    await sql`set local statement_timeout = 0`.execute(trx)
    await sql`truncate ${sql.join(tables.map((table) => sql.table(table)))} restart identity cascade`.execute(trx)
  })
}

/**
 * How many sessions of this database wait on a lock (`event`: of that kind), what a race test
 * waits for before it lets the first writer go. On a Citus cluster the wait is on the node that
 * holds the row, so every node is looked at (citus_stat_activity).
 */
export async function sessionsWaitingOnLock(db: AnyDb, event?: string): Promise<number> {
  const activity = await onCitus(db) ? sql`citus_stat_activity` : sql`pg_stat_activity`
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${activity}
    where datname = current_database() and wait_event_type = 'Lock' ${event === undefined ? sql`` : sql`and wait_event = ${event}`}`.execute(db)
  return rows[0]!.n
}

/** Creates an API key straight in the database, as `npm run key:create` does. */
export async function createKey(database: DatabaseHandle, scope: { role: Role, cityCode?: string | null, leadUnitId?: number | null }) {
  const key = await database.db.transaction().execute((trx) => createApiKey(trx, systemActor, {
    name: `test ${scope.role}`, role: scope.role, cityCode: scope.cityCode ?? null, leadUnitId: scope.leadUnitId ?? null,
  }))
  return key.key
}

/** What the tests' receivers listen on, which WEBHOOK_ALLOWED_NETWORKS must name for them. */
export const LOOPBACK = ['127.0.0.0/8', '::1/128']

/**
 * An app on the file's database, emptied before each test. Requests the tests make send
 * an admin key unless they set their own Authorization header (an empty one sends none),
 * and every response must be as the OpenAPI document gives it. `offContract` is the same
 * inject without that check, for the few tests that call what the document leaves out
 * on purpose (an unknown path).
 */
export async function setup(t: Test, options: Omit<AppOptions, 'database'> = {}) {
  const database = await testDatabase(t)
  // The tests' receivers listen on this machine: loopback is allowed here (never by default).
  const webhooks = { ...defaultJobOptions.webhooks, allowedNetworks: LOOPBACK, ...options.worker?.webhooks }
  const app = await buildApp({ database, ...options, worker: { ...options.worker, webhooks } })
  t.teardown(() => app.close())
  // The rest of each request runs knowing its URL, so its statements do (see cityKey.ts).
  app.addHook('onRequest', (request, _reply, done) => requestUrl.run(request.url, done))
  // ROUTE_LOG=<file>: each response as `METHOD route status`, a line each, for a table of what
  // every route answered over a run (docs/scale.md: the suite against a Citus cluster).
  const routeLog = process.env.ROUTE_LOG
  if (routeLog) {
    app.addHook('onResponse', (request, reply, done) => {
      appendFileSync(routeLog, `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]} ${reply.statusCode}\n`)
      done()
    })
  }
  const keys = { admin: '' }
  t.beforeEach(async () => {
    await emptyDatabase(database)
    keys.admin = await createKey(database, { role: 'admin' })
  })
  const offContract = withKey(app.inject.bind(app), keys)
  app.inject = withKey(checkResponses(app), keys)
  return { app, database, keys, offContract }
}

/** Sends the admin key unless the request sets its own Authorization header (an empty one sends none). */
function withKey(inject: App['inject'], keys: { admin: string }) {
  return ((request: InjectOptions | string) => {
    const options = typeof request === 'string' ? { url: request } : request
    const headers = { ...(options.headers ?? {}) } as Record<string, string>
    if (headers.authorization === undefined) headers.authorization = `Bearer ${keys.admin}`
    if (headers.authorization === '') delete headers.authorization
    return inject({ ...options, headers })
  }) as App['inject']
}

/**
 * Makes every response the app gives through inject() answer to the OpenAPI document: a
 * status, content type or body the document does not give for that operation throws, so
 * the test that received it fails. Returns the checked inject.
 */
export function checkResponses(app: App) {
  const inject = app.inject.bind(app)
  let check: ReturnType<typeof responseChecker> | undefined
  const checked = (async (request: InjectOptions | string) => {
    const options = typeof request === 'string' ? { url: request } : request
    const response = await inject(options)
    await app.ready()
    check ??= responseChecker(app.swagger() as unknown as OpenApiDocument)
    const problems = check({ method: options.method ?? 'GET', url: response.raw.req.url ?? String(options.url), statusCode: response.statusCode,
      headers: response.headers, body: response.body })
    if (problems.length > 0) throw new Error(`response not as documented:\n${problems.join('\n')}`)
    return response
  }) as typeof app.inject
  app.inject = checked
  return checked
}

type App = Awaited<ReturnType<typeof buildApp>>

/** Creates what most tests need: a city, and optionally lead units, a period and tasks. */
export async function seedCity(app: App, code = '341700'): Promise<City> {
  const response = await app.inject({ method: 'POST', url: '/v1/cities', payload: { code, name: '池州市', province: '安徽省' } })
  if (response.statusCode !== 201) throw new Error(`seed city: ${response.body}`)
  return bodyOf(response, City)
}

/**
 * A response's JSON body, typed by the schema its route answers with (the argument is there only for
 * its type). Every inject in the tests already checks the body against the OpenAPI document made
 * from these schemas (checkResponses, above), so the type is what was checked at run time, and
 * a schema change fails the type check of the tests that read the changed field.
 */
export function bodyOf<S extends TSchema>(response: LightMyRequestResponse, _schema: S): Static<S> {
  return response.json()
}

/** POSTs and expects 201; the body is typed by the schema the route answers with. */
export async function post<S extends TSchema>(app: App, url: string, payload: object, schema: S): Promise<Static<S>> {
  const response = await app.inject({ method: 'POST', url, payload })
  if (response.statusCode !== 201) throw new Error(`POST ${url}: ${response.statusCode} ${response.body}`)
  return bodyOf(response, schema)
}

export { readFixture, readSeed, seedsDir } from './fixtures.js'

/** An app on a database that is not there: nothing listens on port 1. */
export async function appWithoutDatabase(t: Test) {
  const unreachable = openDatabase({ url: 'postgres://postgres@127.0.0.1:1/none' }, { connectionTimeoutMillis: 500 })
  const offline = await buildApp({ database: unreachable })
  checkResponses(offline)
  t.teardown(async () => {
    await offline.close()
    await unreachable.db.destroy()
  })
  return offline
}
