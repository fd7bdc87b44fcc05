import { type Kysely, sql } from 'kysely'

// An automatic reminder is one slot of a deadline, named by the deadline it counts from (the
// period's own, or an extension's) and its offset from it (3 days before, at, 2 days after),
// not by its time: a deadline moved by 15 minutes keeps its slots, so what was sent is not sent
// again. Reminders written before keep their time as their slot.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table reminders add column slot text`.execute(db)
  // to_char(slot_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS'), from IMMUTABLE functions only, as
  // an UPDATE of a table Citus distributes needs (docs/scale.md).
  const part = (field: string, width: number) => sql`lpad(floor(date_part(${sql.lit(field)}, slot_at at time zone 'UTC'))::int::text, ${sql.lit(width)}, '0')`
  await sql`
    update reminders
    set slot = 'at:' || ${part('year', 4)} || '-' || ${part('month', 2)} || '-' || ${part('day', 2)}
      || 'T' || ${part('hour', 2)} || ':' || ${part('minute', 2)} || ':' || ${part('second', 2)}
    where slot_at is not null
  `.execute(db)
  await sql`drop index reminders_slot_key`.execute(db)
  await sql`create unique index reminders_slot_key on reminders (city_code, period_id, lead_unit_id, kind, slot) where slot is not null`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index reminders_slot_key`.execute(db)
  await sql`create unique index reminders_slot_key on reminders (city_code, period_id, lead_unit_id, kind, slot_at) where slot_at is not null`.execute(db)
  await sql`alter table reminders drop column slot`.execute(db)
}
