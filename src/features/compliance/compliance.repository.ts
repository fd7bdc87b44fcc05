import { type RawBuilder, sql } from 'kysely'
import type { Light } from './compliance.schemas.js'
import type { Db } from '../../db/database.js'
import { isoTime } from '../../db/json.js'
import type { PaceVerdict } from '../../shared/pace.js'

export type ComplianceFilter = {
  /** Only the tasks this unit leads (or supports), and only its row in units. */
  leadUnitId?: number
  light?: Light
  /** Only the tasks whose entry has this 序时进度 verdict; none: no verdict. */
  pace?: PaceVerdict | 'none'
  /** Only these tasks (those whose entries carry a flag asked for). */
  taskIds?: number[]
}

/** The flags of the period's entries by task id (entries.flags.ts), which each task of the answer carries. */
export type FlagsByTask = Record<number, unknown[]>

const time = (column: string) => sql.raw(isoTime(column))

/** The five counts over the rows of `c` (one per task, or per task and unit). */
const counts = sql`
  'due', count(*),
  'onTime', count(*) filter (where c.submitted and not c.late),
  'late', count(*) filter (where c.submitted and c.late),
  'returned', count(*) filter (where c.state = 'returned'),
  'missing', count(*) filter (where c.state is null or c.state = 'draft')`

/**
 * A period's compliance as JSON text that PostgreSQL builds, in one statement; no row for an
 * unknown period. Every task of the period's year is due. The deadline in force is the one
 * deadlineOf (deadlines.ts) gives, written out here as a lateral join so that each table the
 * statement reads names the city by value. The light is decided at `at` (the app's clock).
 */
export function complianceStatement(cityCode: string, periodId: number, filter: ComplianceFilter = {}, at = new Date(),
  flags: FlagsByTask = {}): RawBuilder<{ compliance: string }> {
  const { leadUnitId, light, taskIds, pace } = filter
  const byUnit = leadUnitId === undefined ? sql`` : sql`and c.lead_unit_id = ${leadUnitId}`
  const chosen = sql.join([
    sql`true`,
    ...(light === undefined ? [] : [sql`t.light = ${light}`]),
    ...(pace === undefined ? [] : [pace === 'none' ? sql`t.pace is null` : sql`t.pace = ${pace}`]),
    ...(taskIds === undefined ? [] : [sql`t.task_id = any(${taskIds})`]),
    ...(leadUnitId === undefined ? [] : [sql`exists (
      select from task_lead_units l where l.city_code = ${cityCode} and l.task_id = t.task_id and l.lead_unit_id = ${leadUnitId})`]),
  ], sql` and `)
  return sql<{ compliance: string }>`
    with period as (
      select p.id, p.label, p.year, p.due_at, (c.supervision ->> 'warningDays')::int as warning_days, ${at.toISOString()}::timestamptz as at
      from periods p join cities c on c.code = ${cityCode}
      where p.city_code = ${cityCode} and p.id = ${periodId}
    ),
    entry as (
      select t.id as task_id, t.seq, t.title, e.state, e.submitted_at, coalesce(e.late, false) as late, e.pace ->> 'verdict' as pace,
        coalesce(e.state in ('submitted', 'accepted'), false) as submitted, coalesce(x.due_at, p.due_at) as due_at
      from period p
      join tasks t on t.city_code = ${cityCode} and t.year = p.year
      left join progress_entries e on e.city_code = ${cityCode} and e.period_id = p.id and e.task_id = t.id
      left join lateral (
        select x.due_at from extension_requests x
        where x.city_code = ${cityCode} and x.period_id = p.id and x.task_id = t.id and x.state = 'approved'
        order by x.decided_at desc, x.id desc limit 1
      ) x on true
    ),
    lit as (
      select e.*, case
          when e.submitted then 'green'
          when e.due_at is null then 'none'
          when e.due_at <= p.at then 'red'
          when e.due_at <= p.at + make_interval(days => p.warning_days) then 'yellow'
          else 'none'
        end as light
      from entry e cross join period p
    ),
    chosen as (select t.* from lit t where ${chosen}),
    link as (
      select l.lead_unit_id, l.position, c.*
      from chosen c join task_lead_units l on l.city_code = ${cityCode} and l.task_id = c.task_id
    ),
    task_units as (
      select task_id, json_agg(lead_unit_id order by position) as ids from link group by task_id
    ),
    unit as (
      select c.lead_unit_id, min(array[c.seq, c.position]) as first, json_build_object('leadUnitId', c.lead_unit_id, 'name', u.name, ${counts}) as body
      from link c join lead_units u on u.city_code = ${cityCode} and u.id = c.lead_unit_id
      where true ${byUnit}
      group by c.lead_unit_id, u.name
    )
    select json_build_object(
      'period', json_build_object('id', p.id, 'label', p.label, 'dueAt', ${time('p.due_at')}),
      'warningDays', p.warning_days,
      'totals', (select json_build_object(${counts}) from chosen c),
      'units', coalesce((select json_agg(u.body order by u.first, u.lead_unit_id) from unit u), '[]'),
      'tasks', coalesce((
        select json_agg(json_build_object(
          'taskId', c.task_id, 'seq', c.seq, 'title', c.title, 'leadUnitIds', coalesce(k.ids, '[]'), 'state', c.state,
          'dueAt', ${time('c.due_at')}, 'submittedAt', ${time('c.submitted_at')}, 'late', c.late, 'light', c.light,
          'pace', c.pace,
          'flags', coalesce(${JSON.stringify(flags)}::json -> c.task_id::text, '[]')
        ) order by c.seq, c.task_id)
        from chosen c left join task_units k on k.task_id = c.task_id
      ), '[]')
    )::text as compliance
    from period p
  `
}

/** The period's compliance, serialized (see complianceStatement); undefined for an unknown period. */
export async function periodCompliance(db: Db, cityCode: string, periodId: number, filter: ComplianceFilter = {}, at = new Date(),
  flags: FlagsByTask = {}): Promise<string | undefined> {
  const { rows } = await complianceStatement(cityCode, periodId, filter, at, flags).execute(db)
  return rows[0]?.compliance
}
