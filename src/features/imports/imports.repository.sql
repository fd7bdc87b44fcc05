-- The statements imports.repository.ts sends, as recorded by `npm run sql` (test/sql/snapshot.ts). Do not edit.

-- lockPeriodByLabel
select * from "periods" where "city_code" = $1 and "year" = $2 and "label" = $3 for update;

-- cityUnits
select "id", "name", "aliases" from "lead_units" where "city_code" = $1;

-- periodEntries
select * from "progress_entries" where "city_code" = $1 and "period_id" = $2;

-- insertImportRow
insert into "imports" ("city_code", "source_name", "checksum", "api_key_id", "request_id", "layout", "dry_run", "period_id", "result") values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning *;

-- finishImportRow
update "imports" set "period_id" = $1, "result" = $2 where "city_code" = $3 and "id" = $4 returning *;

-- findImport
select * from "imports" where "city_code" = $1 and "id" = $2;

-- listImportRows
select * from "imports" where "city_code" = $1 order by "id" desc limit $2;
