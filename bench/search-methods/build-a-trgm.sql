-- Method A: pg_trgm on a side table of normalized text.
\timing on
create extension if not exists pg_trgm;
create extension if not exists btree_gin;
set maintenance_work_mem = '256MB';
drop table if exists s_trgm;
create table s_trgm as
  select city_code, id, lower(normalize(progress||' '||next_steps||' '||remarks, NFKC)) as norm
  from progress_entries;
create index s_trgm_gin on s_trgm using gin (city_code, norm gin_trgm_ops);
vacuum analyze s_trgm;
