-- The statements changes.repository.ts sends, as recorded by `npm run sql` (test/sql/snapshot.ts). Do not edit.

-- statusChanges
select "t"."id" as "task_id", "t"."seq", "t"."title", coalesce(a.status, 'not_reported') as "from", coalesce(b.status, 'not_reported') as "to" from "tasks" as "t" left join "progress_entries" as "a" on "a"."city_code" = $1 and "a"."task_id" = "t"."id" and "a"."period_id" = $2 left join "progress_entries" as "b" on "b"."city_code" = $3 and "b"."task_id" = "t"."id" and "b"."period_id" = $4 where "t"."city_code" = $5 and "t"."year" = $6 and "t"."parent_id" is null and coalesce(a.status, 'not_reported') <> coalesce(b.status, 'not_reported') order by "t"."seq";
