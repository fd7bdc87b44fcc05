-- The statements cities.repository.ts sends, as recorded by `npm run sql` (test/sql/snapshot.ts). Do not edit.

-- findCity
select "code", "name", "province", "supervision", "status_words", "open_data", "version", "created_at", "updated_at" from "cities" where "code" = $1;

-- cityRevision
select "revision" from "cities" where "code" = $1;

-- listCities
select "code", "name", "province", "supervision", "status_words", "open_data", "version", "created_at", "updated_at" from "cities" order by "code" limit $1;

-- lockCity
select "code", "name", "province", "supervision", "status_words", "open_data", "version", "created_at", "updated_at" from "cities" where "code" = $1 for no key update;

select "code", "name", "province", "supervision", "status_words", "open_data", "version", "created_at", "updated_at" from "cities" where "code" = $1 for update;

-- insertCityRow
insert into "cities" ("code", "name", "province") values ($1, $2, $3) returning "code", "name", "province", "supervision", "status_words", "open_data", "version", "created_at", "updated_at";

-- updateCityRow
update "cities" set "status_words" = $1, "version" = version + 1, "updated_at" = now() where "code" = $2 returning "code", "name", "province", "supervision", "status_words", "open_data", "version", "created_at", "updated_at";

update "cities" set "supervision" = $1, "version" = version + 1, "updated_at" = now() where "code" = $2 returning "code", "name", "province", "supervision", "status_words", "open_data", "version", "created_at", "updated_at";

-- reviseCity
select revise_city($1);

-- cityHoldsData
select "id" from "lead_units" where "city_code" = $1 union select "id" from "periods" where "city_code" = $2 union select "id" from "tasks" where "city_code" = $3 union select "id" from "api_keys" where "city_code" = $4 union select "id" from "imports" where "city_code" = $5 limit $6;

-- deleteCityRow
delete from "cities" where "code" = $1;
