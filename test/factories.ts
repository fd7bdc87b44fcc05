import type { LightMyRequestResponse } from 'fastify'
import type { Test } from 'tap'
import type { Static } from 'typebox'
import type { App } from '../src/app.js'
import type { ProblemBody } from '../src/shared/common.schemas.js'
import { LeadUnit } from '../src/features/lead-units/lead-units.schemas.js'
import { Period as PeriodSchema } from '../src/features/periods/periods.schemas.js'
import { ProgressEntry } from '../src/features/entries/entries.schemas.js'
import { Task as TaskSchema } from '../src/features/tasks/tasks.schemas.js'
import { bodyOf, post } from './helper.js'

/** What no caller may ever see in an error: SQL, constraint or table internals, a stack. */
export const LEAK = /constraint|_key\b|_fkey|_pkey|\bselect |\binsert into|\bdelete from|duplicate key|violates|\bat .*\.[cm]?[tj]s:\d|node_modules/i

/**
 * Asserts a response is the problem a caller should get: status, problem+json, the
 * stable code, a body that matches the status, and nothing internal in it.
 */
export function assertProblem(t: Test, response: LightMyRequestResponse, status: number, code: string) {
  t.equal(response.statusCode, status, `status ${status} (${code})`)
  t.match(response.headers['content-type'], /^application\/problem\+json/, 'problem+json')
  const problem: ProblemBody = response.json()
  t.match(problem, { status, code, type: `urn:duban:problem:${code}`, title: String, detail: String })
  t.notMatch(response.body, LEAK, 'no SQL, constraint names or stack in the problem')
  return problem
}

/** The fields a validation problem names, sorted. */
export function badFields(t: Test, response: LightMyRequestResponse): string[] {
  const problem = assertProblem(t, response, 400, 'validation_failed')
  t.ok(Array.isArray(problem.errors), 'validation problem lists its fields')
  return (problem.errors ?? []).map((e) => e.field).sort()
}

export const cityUrl = (cityCode = '341700') => `/v1/cities/${cityCode}`

// The bodies the seeds return, by the names the tests use for them.
export type Unit = Static<typeof LeadUnit>
export type Period = Static<typeof PeriodSchema>
export type Task = Static<typeof TaskSchema>
export type Entry = Static<typeof ProgressEntry>

export function seedUnit(app: App, name: string, aliases?: string[], cityCode = '341700'): Promise<Unit> {
  return post(app, `${cityUrl(cityCode)}/lead-units`, aliases ? { name, aliases } : { name }, LeadUnit)
}

/** A period of `year` from 1 January to the end of `month` (1-5月份 style). */
export function seedPeriod(app: App, year: number, month: number, cityCode = '341700'): Promise<Period> {
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const endsOn = `${year}-${String(month).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`
  return post(app, `${cityUrl(cityCode)}/periods`, {
    year, label: `1-${month}月份`, kind: 'month_cumulative', startsOn: `${year}-01-01`, endsOn,
  }, PeriodSchema)
}

export function seedTask(app: App, task: { year: number, seq: number, title?: string, leadUnitIds: number[] }, cityCode = '341700'): Promise<Task> {
  return post(app, `${cityUrl(cityCode)}/tasks`, {
    year: task.year,
    seq: task.seq,
    title: task.title ?? `任务${task.year}-${task.seq}`,
    leadUnits: task.leadUnitIds.map((leadUnitId, i) => ({ leadUnitId, role: i === 0 ? 'lead' : 'support' })),
  }, TaskSchema)
}

export async function putEntry(app: App, taskId: number, periodId: number, status: string, cityCode = '341700'): Promise<Entry> {
  const response = await app.inject({
    method: 'PUT', url: `${cityUrl(cityCode)}/tasks/${taskId}/progress/${periodId}`,
    payload: { status, progress: `任务${taskId}在期${periodId}的进展` },
  })
  if (response.statusCode !== 201 && response.statusCode !== 200) throw new Error(`PUT entry: ${response.statusCode} ${response.body}`)
  return bodyOf(response, ProgressEntry)
}

/** Follows nextCursor from the first page to the last; returns every item and the page count. */
export async function allPages<T>(t: Test, app: App, url: string, query: Record<string, string>): Promise<{ items: T[], pages: number }> {
  const items: T[] = []
  let cursor: string | null = null
  let pages = 0
  do {
    const response: LightMyRequestResponse = await app.inject({ url, query: { ...query, ...(cursor ? { cursor } : {}) } })
    pages++
    if (response.statusCode !== 200) {
      t.fail(`page ${pages} answers ${response.statusCode}: ${response.body}`)
      break
    }
    const body: { items: T[], nextCursor: string | null } = response.json()
    items.push(...body.items)
    cursor = body.nextCursor
    if (pages > 100) throw new Error('pagination does not end')
  } while (cursor)
  return { items, pages }
}
