-- The statements reports.repository.ts sends, as recorded by `npm run sql` (test/sql/snapshot.ts). Do not edit.

-- reportRows
select "id", "name", "short_name" from "lead_units" where "city_code" = $1;

select "id", "seq", "title", "targets", "schedule", "parent_id", "part", "rollup" from "tasks" where "city_code" = $1 and "year" = $2 order by "seq", "id";

select "task_id", "lead_unit_id", "role" from "task_lead_units" where "city_code" = $1 and "task_id" = any($2) order by "task_id", "position";

select "task_id", "state", "status", "actual", "rank", "pace", "progress", "late" from "progress_entries" where "city_code" = $1 and "period_id" = $2 and "state" != $3;

select "task_id", "state", "status", "actual", "rank", "pace", "progress", "late", "next_steps", "remarks" from "progress_entries" where "city_code" = $1 and "period_id" = $2 and "state" != $3;

-- lastYearFigures
select "t"."targets", "e"."actual", "p"."ends_on" from "progress_entries" as "e" inner join "tasks" as "t" on "t"."city_code" = $1 and "t"."id" = "e"."task_id" inner join "periods" as "p" on "p"."city_code" = $2 and "p"."id" = "e"."period_id" where "e"."city_code" = $3 and "p"."year" = $4 and "e"."state" = $5 and "e"."actual" is not null;
