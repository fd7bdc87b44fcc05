import { sql } from 'kysely'
import type { Db } from './database.js'

/**
 * The deadline in force for a task's entry in a period: the due date of the extension the
 * office approved last, else the period's own; null when the period has no deadline.
 */
export async function deadlineInForce(db: Db, cityCode: string, taskId: number, periodId: number): Promise<string | null> {
  const row = await db.selectFrom('periods as p')
    .select(deadlineOf(cityCode, 'p', taskId).as('dueAt'))
    .where('p.cityCode', '=', cityCode).where('p.id', '=', periodId)
    .executeTakeFirst()
  return row?.dueAt ?? null
}

/**
 * The same as an expression over a period row `p` of the city (aliased as given) and a task id
 * (a number, or a column reference such as 't.id'), for queries that read many entries at once.
 * The city is named by value, not by the row's column, as each subquery must on Citus (docs/scale.md).
 */
export function deadlineOf(cityCode: string, period: string, taskId: number | string) {
  const task = typeof taskId === 'number' ? sql`${taskId}::bigint` : sql.ref(taskId)
  return sql<string | null>`coalesce((
    select x.due_at from extension_requests x
    where x.city_code = ${cityCode} and x.period_id = ${sql.ref(`${period}.id`)}
      and x.task_id = ${task} and x.state = 'approved'
    order by x.decided_at desc, x.id desc limit 1
  ), ${sql.ref(`${period}.due_at`)})`
}

/**
 * Which deadline is in force, as a name a reminder slot counts from: `period` for the period's
 * own, `extension:<id>` for the extension approved last. Same arguments as deadlineOf.
 */
export function deadlineSourceOf(cityCode: string, period: string, taskId: number | string) {
  const task = typeof taskId === 'number' ? sql`${taskId}::bigint` : sql.ref(taskId)
  return sql<string>`coalesce((
    select 'extension:' || x.id from extension_requests x
    where x.city_code = ${cityCode} and x.period_id = ${sql.ref(`${period}.id`)}
      and x.task_id = ${task} and x.state = 'approved'
    order by x.decided_at desc, x.id desc limit 1
  ), 'period')`
}
