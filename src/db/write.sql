-- The statements write.ts sends, as recorded by `npm run sql` (test/sql/snapshot.ts). Do not edit.

-- updateEach
update "progress_entries" as r set late = v.late, state = v.state, submitted_at = v.submitted_at, version = r.version + 1, updated_at = now()
        from (values ($1::bigint, $2::boolean, $3::text, $4::timestamptz)) as v (id, late, state, submitted_at)
        where r.city_code = $5 and r.id = v.id
        returning r.*;

update "progress_entries" as r set reviewed_at = v.reviewed_at, state = v.state, version = r.version + 1, updated_at = now()
        from (values ($1::bigint, $2::timestamptz, $3::text)) as v (id, reviewed_at, state)
        where r.city_code = $4 and r.id = v.id
        returning r.*;

update "tasks" as r set targets = v.targets, title = v.title, version = r.version + 1, updated_at = now()
        from (values ($1::bigint, $2::jsonb, $3::text)) as v (id, targets, title)
        where r.city_code = $4 and r.id = v.id
        returning r.*;

with updated as (
        update "progress_entries" as r set remarks = v.remarks, state = v.state, version = r.version + 1, updated_at = now()
        from (values ($1::bigint, $2::text, $3::text)) as v (id, remarks, state)
        where r.city_code = $4 and r.id = v.id
        returning r.*
      ), then_ as (insert into entry_search (city_code, entry_id, task_id, period_id, doc)
    select u.city_code, u.id, u.task_id, u.period_id, d.doc
    from updated u join unnest($5::bigint[], $6::tsvector[]) as d (id, doc) on d.id = u.id
    on conflict (city_code, entry_id) do update set doc = excluded.doc) select * from updated;

with updated as (
        update "progress_entries" as r set reviewed_at = v.reviewed_at, state = v.state, status = v.status, version = r.version + 1, updated_at = now()
        from (values ($1::bigint, $2::timestamptz, $3::text, $4::text)) as v (id, reviewed_at, state, status)
        where r.city_code = $5 and r.id = v.id
        returning r.*
      ), then_ as (insert into entry_search (city_code, entry_id, task_id, period_id, doc)
    select u.city_code, u.id, u.task_id, u.period_id, d.doc
    from updated u join unnest($6::bigint[], $7::tsvector[]) as d (id, doc) on d.id = u.id
    on conflict (city_code, entry_id) do update set doc = excluded.doc) select * from updated;
