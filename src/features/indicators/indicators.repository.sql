-- The statements indicators.repository.ts sends, as recorded by `npm run sql` (test/sql/snapshot.ts). Do not edit.

-- listIndicators
select "id", "province_code", "name", "unit", "kind", "aliases" from "indicators" where "province_code" = $1 order by "id";

-- findIndicator
select "id", "province_code", "name", "unit", "kind", "aliases" from "indicators" where "province_code" = $1 and "id" = $2;

-- findTaskIndicator
select "indicator_id", "source", "confidence" from "task_indicators" where "city_code" = $1 and "task_id" = $2;

-- upsertTaskIndicator
insert into "task_indicators" ("city_code", "task_id", "indicator_id", "source", "confidence") values ($1, $2, $3, $4, $5) on conflict ("city_code", "task_id") do update set "indicator_id" = $6, "source" = $7, "confidence" = $8, "version" = task_indicators.version + 1, "updated_at" = excluded.updated_at;

-- deleteTaskIndicator
delete from "task_indicators" where "city_code" = $1 and "task_id" = $2;

-- provinceEntries
select "c"."code" as "city_code", "c"."name" as "city_name", "t"."id" as "task_id", "t"."title", "ti"."indicator_id" as "linked_indicator_id", "ti"."source" as "link_source", "e"."period_id", "p"."label" as "period_label", "p"."ends_on", "e"."actual", "e"."rank", "e"."reviewed_at" from "cities" as "c" inner join "tasks" as "t" on "t"."city_code" = "c"."code" and "t"."year" = $1 and "t"."parent_id" is null inner join "progress_entries" as "e" on "e"."city_code" = "t"."city_code" and "e"."task_id" = "t"."id" and "e"."state" = $2 and "e"."actual" is not null inner join "periods" as "p" on "p"."city_code" = "e"."city_code" and "p"."id" = "e"."period_id" and "p"."year" = $3 and "p"."ends_on" >= $4 and "p"."ends_on" <= $5 left join "task_indicators" as "ti" on "ti"."city_code" = "t"."city_code" and "ti"."task_id" = "t"."id" where "c"."code" like $6 order by "c"."code", "t"."seq";
