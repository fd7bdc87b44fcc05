-- The statements health.repository.ts sends, as recorded by `npm run sql` (test/sql/snapshot.ts). Do not edit.

-- ping
select 1;

-- takesWrites
select not (pg_is_in_recovery() or current_setting('transaction_read_only') = 'on') as writable;
