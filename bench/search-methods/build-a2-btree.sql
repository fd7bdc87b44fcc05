-- Variant A+bt: the btree progress_entries already has as its primary key, (city_code, id), on the side table.
\timing on
create index s_trgm_city_bt on s_trgm (city_code, id);
analyze s_trgm;
select pg_size_pretty(pg_relation_size('s_trgm_city_bt')) btree_size;
