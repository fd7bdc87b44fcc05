-- The statements keys.repository.ts sends, as recorded by `npm run sql` (test/sql/snapshot.ts). Do not edit.

-- authenticate
select "id", "role", "city_code", "lead_unit_id", "secret_hash", "revoked_at", "published_only" from "api_keys" where "prefix" = $1;

-- holdKeyScope
select "code" from "cities" where "code" = $1 for key share;

select "id" from "lead_units" where "city_code" = $1 and "id" = $2 for key share;

-- insertApiKey
insert into "api_keys" ("name", "role", "city_code", "lead_unit_id", "published_only", "prefix", "secret_hash", "created_by") values ($1, $2, $3, $4, $5, $6, $7, $8) returning "id", "prefix", "name", "role", "city_code", "lead_unit_id", "created_by", "revoked_at", "version", "created_at", "updated_at", case when published_only then 'published' else 'all' end as "scope";

-- findApiKey
select "id", "prefix", "name", "role", "city_code", "lead_unit_id", "created_by", "revoked_at", "version", "created_at", "updated_at", case when published_only then 'published' else 'all' end as "scope" from "api_keys" where "id" = $1;

-- listApiKeys
select "id", "prefix", "name", "role", "city_code", "lead_unit_id", "created_by", "revoked_at", "version", "created_at", "updated_at", case when published_only then 'published' else 'all' end as "scope" from "api_keys" order by "id" limit $1;

-- lockApiKey
select "id", "prefix", "name", "role", "city_code", "lead_unit_id", "created_by", "revoked_at", "version", "created_at", "updated_at", case when published_only then 'published' else 'all' end as "scope" from "api_keys" where "id" = $1 for update;

-- setRevoked
update "api_keys" set "revoked_at" = $1, "version" = version + 1, "updated_at" = now() where "id" in ($2) returning "id", "prefix", "name", "role", "city_code", "lead_unit_id", "created_by", "revoked_at", "version", "created_at", "updated_at", case when published_only then 'published' else 'all' end as "scope";

-- lockKeysOfUnit
select "id", "prefix", "name", "role", "city_code", "lead_unit_id", "created_by", "revoked_at", "version", "created_at", "updated_at", case when published_only then 'published' else 'all' end as "scope" from "api_keys" where "city_code" = $1 and "lead_unit_id" = $2 order by "id" for update;

-- leadsTask
select "task_id" from "task_lead_units" where "city_code" = $1 and "task_id" = $2 and "lead_unit_id" = $3;
