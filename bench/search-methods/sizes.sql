select t as "table", pg_size_pretty(pg_relation_size(t)) heap, pg_relation_size(t) heap_bytes,
  pg_size_pretty(pg_total_relation_size(t) - pg_relation_size(t) - pg_relation_size(t||'_gin')) toast_etc,
  pg_size_pretty(pg_relation_size(t||'_gin')) gin, pg_relation_size(t||'_gin') gin_bytes
from unnest(array['s_trgm','s_jieba','s_bigram']) t;
select 'norm' col, pg_size_pretty(sum(pg_column_size(norm))) from s_trgm
union all select 'tsv', pg_size_pretty(sum(pg_column_size(tsv))) from s_jieba
union all select 'doc', pg_size_pretty(sum(pg_column_size(doc))) from s_bigram;
select pg_size_pretty(pg_relation_size('progress_entries')) progress_entries_heap;
