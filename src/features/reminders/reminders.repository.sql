-- The statements reminders.repository.ts sends, as recorded by `npm run sql` (test/sql/snapshot.ts). Do not edit.

-- unfiledTasks
select "t"."id" as "task_id", "t"."seq", "t"."title", "l"."lead_unit_id", "u"."name" as "lead_unit_name", "e"."state", coalesce((
    select x.due_at from extension_requests x
    where x.city_code = $1 and x.period_id = "p"."id"
      and x.task_id = "t"."id" and x.state = 'approved'
    order by x.decided_at desc, x.id desc limit 1
  ), "p"."due_at") as "due_at", coalesce((
    select 'extension:' || x.id from extension_requests x
    where x.city_code = $2 and x.period_id = "p"."id"
      and x.task_id = "t"."id" and x.state = 'approved'
    order by x.decided_at desc, x.id desc limit 1
  ), 'period') as "deadline_source" from "periods" as "p" inner join "tasks" as "t" on "t"."city_code" = $3 and "t"."year" = "p"."year" inner join "task_lead_units" as "l" on "l"."city_code" = $4 and "l"."task_id" = "t"."id" inner join "lead_units" as "u" on "u"."city_code" = $5 and "u"."id" = "l"."lead_unit_id" left join "progress_entries" as "e" on "e"."city_code" = $6 and "e"."task_id" = "t"."id" and "e"."period_id" = "p"."id" where "p"."city_code" = $7 and "p"."id" = $8 and ("e"."id" is null or "e"."state" in ($9, $10)) order by "l"."lead_unit_id", "t"."seq", "t"."id";

-- periodDeadlines
select "due_at" as "at" from "periods" where "city_code" = $1 and "id" = $2 union select "due_at" as "at" from "extension_requests" where "city_code" = $3 and "period_id" = $4 and "state" = $5;

-- insertReminder
insert into "reminders" ("city_code", "period_id", "lead_unit_id", "task_ids", "kind", "slot_at", "slot", "reason", "issued_by") values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict ("city_code", "period_id", "lead_unit_id", "kind", "slot") where "slot" is not null do nothing returning *;

-- listReminders
select * from "reminders" where "city_code" = $1 and "period_id" = $2 order by "id" desc limit $3;

-- scheduledPeriod
select "p"."city_code", "p"."id", "p"."label", "p"."state", "p"."due_at", "c"."supervision" from "periods" as "p" inner join "cities" as "c" on "c"."code" = "p"."city_code" where "p"."city_code" = $1 and "p"."id" = $2 and "c"."code" = $3;

-- setNextCheck
update "reminder_schedules" set "next_check_at" = $1 where "city_code" = $2 and "period_id" = $3;

-- dueCities
select "city_code" from "reminder_schedules" where "next_check_at" <= $1 group by "city_code" order by min("next_check_at") limit $2;

-- claimDuePeriod
select "city_code", "period_id" from "reminder_schedules" where "city_code" = $1 and "next_check_at" <= $2 order by "next_check_at" limit $3 for update skip locked;

-- remindersIssuedByKind
select "kind", count(*) as "issued" from "reminders" group by "kind" order by "kind";
