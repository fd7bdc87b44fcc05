-- The statements extensions.repository.ts sends, as recorded by `npm run sql` (test/sql/snapshot.ts). Do not edit.

-- findExtension
select * from "extension_requests" where "city_code" = $1 and "id" = $2;

-- listEntryExtensions
select * from "extension_requests" where "city_code" = $1 and "task_id" = $2 and "period_id" = $3 order by "id" limit $4;

-- listExtensions
select * from "extension_requests" where "city_code" = $1 order by "id" limit $2;

-- entryNames
select "name" from "lead_units" where "city_code" = $1 and "id" = $2;

select "seq", "title" from "tasks" where "city_code" = $1 and "id" = $2;

-- entryState
select "state" from "progress_entries" where "city_code" = $1 and "task_id" = $2 and "period_id" = $3;

-- findPendingExtension
select "id" from "extension_requests" where "city_code" = $1 and "task_id" = $2 and "period_id" = $3 and "state" = $4;

-- insertExtension
insert into "extension_requests" ("city_code", "task_id", "period_id", "lead_unit_id", "due_at", "reason", "requested_by") values ($1, $2, $3, $4, $5, $6, $7) returning *;

-- lockExtension
select * from "extension_requests" where "city_code" = $1 and "id" = $2 for update;

-- updateExtension
update "extension_requests" set "state" = $1, "decided_by" = $2, "decision_reason" = $3, "decided_at" = $4, "version" = version + 1, "updated_at" = now() where "city_code" = $5 and "id" = $6 returning *;
