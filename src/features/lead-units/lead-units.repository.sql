-- The statements lead-units.repository.ts sends, as recorded by `npm run sql` (test/sql/snapshot.ts). Do not edit.

-- findLeadUnit
select * from "lead_units" where "city_code" = $1 and "id" = $2;

-- listLeadUnits
select * from "lead_units" where "city_code" = $1 order by "id" limit $2;

-- unitWithAName
select "id", "name" from "lead_units" where "city_code" = $1 and "id" <> $2 and ("name" in ($3, $4, $5) or "aliases" && $6::text[]);

select "id", "name" from "lead_units" where "city_code" = $1 and ("name" in ($2) or "aliases" && $3::text[]);

select "id", "name" from "lead_units" where "city_code" = $1 and ("name" in ($2, $3) or "aliases" && $4::text[]);

-- lockUnitNames
select pg_advisory_xact_lock(hashtext($1));

-- insertUnitRows
insert into "lead_units" ("city_code", "name", "aliases") values ($1, $2, $3), ($4, $5, $6), ($7, $8, $9), ($10, $11, $12), ($13, $14, $15), ($16, $17, $18), ($19, $20, $21), ($22, $23, $24), ($25, $26, $27), ($28, $29, $30), ($31, $32, $33), ($34, $35, $36), ($37, $38, $39), ($40, $41, $42), ($43, $44, $45) returning *;

insert into "lead_units" ("city_code", "name", "aliases", "short_name") values ($1, $2, $3, $4) returning *;

-- lockUnit
select * from "lead_units" where "city_code" = $1 and "id" = $2 for no key update;

-- lockUnits
select * from "lead_units" where "city_code" = $1 and "id" in ($2, $3) order by "id" for update;

-- updateUnitRow
update "lead_units" set "aliases" = $1, "version" = version + 1, "updated_at" = now() where "city_code" = $2 and "id" = $3 returning *;

-- aTaskOfUnit
select "task_id" from "task_lead_units" where "city_code" = $1 and "lead_unit_id" = $2 limit $3;

-- deleteUnitRow
delete from "lead_units" where "city_code" = $1 and "id" = $2;

-- moveTaskLinks
delete from "task_lead_units" where "city_code" = $1 and "lead_unit_id" = $2 and "task_id" in (select "task_id" from "task_lead_units" where "city_code" = $3 and "lead_unit_id" = $4) returning "task_id";

update "task_lead_units" set "lead_unit_id" = $1, "version" = version + 1, "updated_at" = now() where "city_code" = $2 and "lead_unit_id" = $3 returning "task_id";

update "tasks" set "version" = version + 1, "updated_at" = now() where "city_code" = $1 and "id" in ($2);
