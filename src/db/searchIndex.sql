-- The statements searchIndex.ts sends, as recorded by `npm run sql` (test/sql/snapshot.ts). Do not edit.

-- indexTasks
insert into task_search (city_code, task_id, doc)
      select $1, id, doc from unnest($2::bigint[], $3::tsvector[]) as v (id, doc)
      on conflict (city_code, task_id) do update set doc = excluded.doc;

-- indexEntries
insert into entry_search (city_code, entry_id, task_id, period_id, doc)
      select $1, id, task_id, period_id, doc from unnest($2::bigint[],
        $3::bigint[], $4::bigint[],
        $5::tsvector[]) as v (id, task_id, period_id, doc)
      on conflict (city_code, entry_id) do update set doc = excluded.doc;

-- indexLeadUnits
insert into lead_unit_search (city_code, lead_unit_id, doc)
      select $1, id, doc from unnest($2::bigint[], $3::tsvector[]) as v (id, doc)
      on conflict (city_code, lead_unit_id) do update set doc = excluded.doc;
