-- The statements locks.ts sends, as recorded by `npm run sql` (test/sql/snapshot.ts). Do not edit.

-- lockImportsOfYear
select pg_advisory_xact_lock(hashtext($1));
