import { type Kysely, type RawBuilder, sql } from 'kysely'

// The reminder schedule's bookmark: when each supervised period next has a slot to look at
// (a reminder before or after a deadline, an entry falling overdue). The job reads only the
// rows that are due, through a partial index, and claims each with FOR UPDATE SKIP LOCKED, so
// its cost follows the slots that fall due, not the number of periods and tasks stored.
//
// It is a table of its own, not a column of periods: the job moves it on at every check, and a
// write to periods would move the city's revision on (emptying its cached summaries) and
// queue behind, or hold up, the entry writes that lock their period.
//
// next_check_at is -infinity when the schedule must be worked out again (at the job's next
// round, whatever its clock says) and null when nothing is left to do. Triggers set it, so
// every path that moves a deadline reschedules, whoever wrote it: a period's deadline or state,
// the city's settings, an approved extension.
const upStatements: RawBuilder<unknown>[] = [
  sql`
    create table reminder_schedules (
      city_code text not null,
      period_id bigint not null,
      next_check_at timestamptz,
      primary key (city_code, period_id),
      constraint reminder_schedules_period_fkey foreign key (city_code, period_id) references periods (city_code, id) on delete cascade
    )
  `,
  sql`create index reminder_schedules_due_idx on reminder_schedules (next_check_at) where next_check_at is not null`,
  sql`
    create function reschedule_period_reminders() returns trigger language plpgsql set search_path = public as $$
    begin
      insert into reminder_schedules (city_code, period_id, next_check_at)
      values (new.city_code, new.id, case when new.due_at is not null and new.state = 'open' then '-infinity'::timestamptz end)
      on conflict (city_code, period_id) do update set next_check_at = excluded.next_check_at;
      return null;
    end
    $$
  `,
  sql`
    create trigger periods_reschedule_reminders after insert or update of due_at, state on periods
      for each row execute function reschedule_period_reminders()
  `,
  sql`
    create function reschedule_city_reminders() returns trigger language plpgsql set search_path = public as $$
    begin
      update reminder_schedules s set next_check_at = '-infinity'
      from periods p
      where s.city_code = new.code and p.city_code = new.code and p.id = s.period_id and p.state = 'open' and p.due_at is not null;
      return null;
    end
    $$
  `,
  sql`
    create trigger cities_reschedule_reminders after update of supervision on cities
      for each row when (new.supervision is distinct from old.supervision) execute function reschedule_city_reminders()
  `,
  sql`
    create function reschedule_extended_reminders() returns trigger language plpgsql set search_path = public as $$
    begin
      update reminder_schedules s set next_check_at = '-infinity'
      from periods p
      where s.city_code = new.city_code and s.period_id = new.period_id and p.city_code = new.city_code and p.id = new.period_id
        and p.state = 'open' and p.due_at is not null;
      return null;
    end
    $$
  `,
  sql`
    create trigger extension_requests_reschedule_reminders after update of state on extension_requests
      for each row when (new.state = 'approved' and old.state <> 'approved') execute function reschedule_extended_reminders()
  `,
  sql`
    insert into reminder_schedules (city_code, period_id, next_check_at)
    select city_code, id, case when due_at is not null and state = 'open' then '-infinity'::timestamptz end from periods
  `,
]

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of upStatements) await statement.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger extension_requests_reschedule_reminders on extension_requests`.execute(db)
  await sql`drop trigger cities_reschedule_reminders on cities`.execute(db)
  await sql`drop trigger periods_reschedule_reminders on periods`.execute(db)
  await sql`drop function reschedule_extended_reminders()`.execute(db)
  await sql`drop function reschedule_city_reminders()`.execute(db)
  await sql`drop function reschedule_period_reminders()`.execute(db)
  await sql`drop table reminder_schedules`.execute(db)
}
