-- The statements audit.repository.ts sends, as recorded by `npm run sql` (test/sql/snapshot.ts). Do not edit.

-- listAuditEvents
select * from "audit_events" where "city_code" = $1 order by "id" desc limit $2;
