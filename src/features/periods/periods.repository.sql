-- The statements periods.repository.ts sends, as recorded by `npm run sql` (test/sql/snapshot.ts). Do not edit.

-- findPeriod
select * from "periods" where "city_code" = $1 and "id" = $2;

-- lockPeriodForEntryWrite
select * from "periods" where "city_code" = $1 and "id" = $2 for share;

-- listPeriods
select * from "periods" where "city_code" = $1 order by "ends_on", "id" limit $2;

-- insertPeriodRow
insert into "periods" ("city_code", "year", "label", "kind", "starts_on", "ends_on") values ($1, $2, $3, $4, $5, $6) returning *;

insert into "periods" ("city_code", "year", "label", "kind", "starts_on", "ends_on", "due_at") values ($1, $2, $3, $4, $5, $6, $7) returning *;

-- lockPeriod
select * from "periods" where "city_code" = $1 and "id" = $2 for no key update;

-- updatePeriodRow
update "periods" set "due_at" = $1, "version" = version + 1, "updated_at" = now() where "city_code" = $2 and "id" = $3 returning *;

update "periods" set "report_header" = $1, "version" = version + 1, "updated_at" = now() where "city_code" = $2 and "id" = $3 returning *;

update "periods" set "state" = $1, "version" = version + 1, "updated_at" = now() where "city_code" = $2 and "id" = $3 returning *;

-- deletePeriodRow
delete from "periods" where "city_code" = $1 and "id" = $2;

-- periodHasEntries
select "id" from "progress_entries" where "city_code" = $1 and "period_id" = $2 limit $3;

-- importOfPeriod
select "id" from "imports" where "city_code" = $1 and "period_id" = $2 limit $3;

-- entriesAwaitingReview
select "e"."task_id", "t"."seq", "e"."id" as "entry_id" from "progress_entries" as "e" inner join "tasks" as "t" on "t"."city_code" = $1 and "t"."id" = "e"."task_id" where "e"."city_code" = $2 and "t"."city_code" = $3 and "e"."period_id" = $4 and "e"."state" = $5 order by "t"."seq", "t"."id";

-- periodHasReleases
select "id" from "releases" where "city_code" = $1 and "period_id" = $2 limit $3;
