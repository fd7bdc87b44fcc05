/**
 * A year of quarterly reports for the assessment (考核), on the app's own clock: the office
 * imports 池州's published list (its first tasks: the tasks, their lead units, and the 1-5月份
 * entries, accepted), sets four quarterly periods (一季度, 上半年, 前三季度, 全年), and each lead
 * unit files the entries of the tasks it leads as its personality says (test/simulation/plans.ts):
 * on time, late (now and then after the period closed, which is refused), returned once and
 * reworked, asking for more time, or never. The office returns, accepts with its evaluation and
 * closes each period ten days after its deadline (with force); the worker sends its reminders
 * every day. What each entry became is kept here, as the office's own register, so that the
 * scores can be recomputed without the service.
 */
import type { App } from '../../src/app.js'
import type { DatabaseHandle } from '../../src/db/connect.js'
import { createKey } from '../helper.js'
import { addDays, beijing, type PeriodPlan, SimClock, yearPeriods } from '../simulation/calendar.js'
import { reportWithTasks } from '../simulation/document.js'
import { type EntryPlan, entryPlan, type Personality, personalities } from '../simulation/plans.js'

export const YEAR = 2025
const QUARTERS: Record<number, string> = { 3: '一季度', 6: '上半年', 9: '前三季度', 12: '全年' }

type Status = 'completed' | 'on_track' | 'behind' | 'not_rated'

/** What became of one task's entry in one quarter. */
export interface Filed {
  taskId: number
  seq: number
  periodId: number
  label: string
  plan: EntryPlan | null
  state: 'draft' | 'submitted' | 'returned' | 'accepted' | null
  late: boolean
  returns: number
  status: Status | null
  submittedOn?: string
  extensionId?: number
  extensionDecided?: boolean
  refused: number
}

export interface PlayedYear {
  clock: SimClock
  office: string
  units: Map<number, { id: number, name: string, personality: Personality }>
  /** Each task and the units that lead it (role lead). */
  tasks: { id: number, seq: number, leadUnitIds: number[] }[]
  quarters: (PeriodPlan & { id: number })[]
  filed: Filed[]
  reminders: number
}

export async function playAssessmentYear(app: App, database: DatabaseHandle, clock: SimClock, report: string, options: { tasks: number, seed: number }): Promise<PlayedYear> {
  const cityCode = '341700'
  const send = async <T>(key: string, method: 'GET' | 'PUT' | 'POST', path: string, body?: object, expect = [200, 201]): Promise<{ status: number, body: T }> => {
    const response = await app.inject({
      method, url: path.startsWith('/v1') ? path : `/v1/cities/${cityCode}${path}`,
      headers: { authorization: `Bearer ${key}` }, ...(body ? { payload: body } : {}),
    })
    if (!expect.includes(response.statusCode)) throw new Error(`${method} ${path}: ${response.statusCode} ${response.body.slice(0, 400)}`)
    return { status: response.statusCode, body: response.json() as T }
  }

  clock.set(beijing(`${YEAR}-01-06`, '09:00'))
  const admin = await createKey(database, { role: 'admin' })
  await send(admin, 'POST', '/v1/cities', { code: cityCode, name: '池州市', province: '安徽省' })
  const office = await createKey(database, { role: 'city_office', cityCode })
  await send(office, 'POST', '/imports', { document: reportWithTasks(report, options.tasks), sourceName: 'chizhou-2025-jan-may.txt' })

  const quarters: PlayedYear['quarters'] = []
  for (const plan of yearPeriods(YEAR).filter((p) => QUARTERS[p.month])) {
    const label = QUARTERS[plan.month]!
    const { body } = await send<{ id: number }>(office, 'POST', '/periods',
      { year: YEAR, label, kind: 'quarter', startsOn: plan.startsOn, endsOn: plan.endsOn, dueAt: plan.dueAt })
    quarters.push({ ...plan, label, id: body.id })
  }

  const listed = (await send<{ items: { id: number, seq: number, leadUnits: { id: number, name: string, role: string }[] }[] }>(office, 'GET', `/tasks?year=${YEAR}&limit=500`)).body.items
  const names = new Map(listed.flatMap((task) => task.leadUnits.map((unit) => [unit.id, unit.name] as const)))
  const kinds = personalities(options.seed, [...names.values()])
  const units: PlayedYear['units'] = new Map()
  const keys = new Map<number, string>()
  for (const [id, name] of names) {
    units.set(id, { id, name, personality: kinds.get(name)! })
    keys.set(id, await createKey(database, { role: 'lead_unit', cityCode, leadUnitId: id }))
  }
  const tasks = listed.map((task) => ({ id: task.id, seq: task.seq, leadUnitIds: task.leadUnits.filter((unit) => unit.role === 'lead').map((unit) => unit.id) }))
  const filed: Filed[] = []
  for (const task of tasks) {
    // The first lead unit files; every lead unit answers for the task.
    const personality = units.get(task.leadUnitIds[0]!)!.personality
    for (const quarter of quarters) {
      filed.push({ taskId: task.id, seq: task.seq, periodId: quarter.id, label: quarter.label, plan: entryPlan(options.seed, personality, quarter, task.seq),
        state: null, late: false, returns: 0, status: null, refused: 0 })
    }
  }

  const closed = new Set<number>()
  const keyOf = (entry: Filed) => keys.get(tasks.find((task) => task.id === entry.taskId)!.leadUnitIds[0]!)!
  const path = (entry: Filed) => `/tasks/${entry.taskId}/progress/${entry.periodId}`
  /** A unit's write: refused once the period is closed (kept), else as the loop says. */
  const unitWrite = async <T>(entry: Filed, method: 'PUT' | 'POST', suffix: string, body?: object) => {
    const reply = await send<T>(keyOf(entry), method, `${path(entry)}${suffix}`, body, closed.has(entry.periodId) ? [200, 201, 409] : [200, 201])
    if (reply.status === 409) {
      entry.refused += 1
      return undefined
    }
    return reply.body
  }
  const submit = async (entry: Filed, day: string) => {
    const body = await unitWrite<{ state: Filed['state'], late: boolean }>(entry, 'POST', '/submit')
    if (!body) return
    entry.state = body.state
    entry.late = body.late
    entry.submittedOn = day
  }

  const last = addDays(quarters[quarters.length - 1]!.closeOn, 1)
  for (let day = `${YEAR}-01-07`; day <= last; day = addDays(day, 1)) {
    clock.set(beijing(day, '09:00'))
    for (const entry of filed) {
      const plan = entry.plan
      if (!plan) continue
      if (plan.draftOn === day && entry.state === null) {
        const body = await unitWrite<{ state: Filed['state'] }>(entry, 'PUT', '', { progress: `第${entry.seq}项${entry.label}进展。`, proposedStatus: plan.proposed })
        if (body) entry.state = body.state
      }
      if (plan.extension?.askOn === day && (entry.state === null || entry.state === 'draft') && !closed.has(entry.periodId)) {
        const quarter = quarters.find((q) => q.id === entry.periodId)!
        const dueAt = new Date(Date.parse(quarter.dueAt) + plan.extension.days * 86_400_000).toISOString()
        entry.extensionId = (await send<{ id: number }>(keyOf(entry), 'POST', `${path(entry)}/extension`, { dueAt, reason: '统计数据尚未发布。' })).body.id
      }
      if (entry.extensionId && !entry.extensionDecided && plan.extension && addDays(plan.extension.askOn, 1) === day && !closed.has(entry.periodId)) {
        const decision = plan.extension.approve ? 'approve' : 'reject'
        await send(office, 'POST', `/extensions/${entry.extensionId}/${decision}`, plan.extension.approve ? {} : { reason: '请按原定时间报送。' })
        entry.extensionDecided = true
      }
      if (plan.submitOn === day && entry.state === 'draft') await submit(entry, day)
      // Reworked after a return: handed in again fixDays later.
      if (entry.state === 'returned' && entry.submittedOn && addDays(entry.submittedOn, plan.reviewDays + plan.fixDays) <= day) await submit(entry, day)
      if (entry.state === 'submitted' && entry.submittedOn && addDays(entry.submittedOn, plan.reviewDays) <= day && !closed.has(entry.periodId)) {
        if (plan.returnFirst && entry.returns === 0) {
          const body = (await send<{ state: Filed['state'] }>(office, 'POST', `${path(entry)}/return`, { reason: '请补充量化指标完成情况。' })).body
          entry.state = body.state
          entry.returns += 1
        } else {
          const body = (await send<{ state: Filed['state'], status: Status }>(office, 'POST', `${path(entry)}/accept`, { status: plan.evaluation })).body
          entry.state = body.state
          entry.status = body.status
        }
      }
    }
    for (const quarter of quarters) {
      if (quarter.closeOn === day) {
        await send(office, 'POST', `/periods/${quarter.id}/close`, { force: true })
        closed.add(quarter.id)
      }
    }
    await app.worker.drain(clock.now)
  }
  const reminders = (await Promise.all(quarters.map(async (quarter) =>
    (await send<{ items: unknown[] }>(office, 'GET', `/periods/${quarter.id}/reminders?limit=500`)).body.items.length))).reduce((a, b) => a + b, 0)
  return { clock, office, units, tasks, quarters, filed, reminders }
}
