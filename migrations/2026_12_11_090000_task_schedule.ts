import { type Kysely, sql } from 'kysely'

// A task's own yardstick for 序时进度, set by the office: the share of its work due by dates
// (计划进度), or dated milestones (节点: 开工, 主体完工, 投用). Null: months elapsed ÷ 12.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table tasks add column schedule jsonb`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table tasks drop column schedule`.execute(db)
}
