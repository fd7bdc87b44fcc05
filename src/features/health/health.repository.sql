-- The statements health.repository.ts sends, as recorded by `npm run sql` (test/sql/snapshot.ts). Do not edit.

-- ping
select 1;
