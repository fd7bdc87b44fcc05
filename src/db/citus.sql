-- The statements citus.ts sends, as recorded by `npm run sql` (test/sql/snapshot.ts). Do not edit.

-- onCitus
select exists (select 1 from pg_extension where extname = 'citus') as citus;
