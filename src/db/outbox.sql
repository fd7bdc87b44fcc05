-- The statements outbox.ts sends, as recorded by `npm run sql` (test/sql/snapshot.ts). Do not edit.

-- emitEvent
with e as (
      insert into events (city_code, type, subject, data, dedupe_key, created_at)
      select $1, $2, $3,
        $4::jsonb || jsonb_build_object('cityName', (select c.name from cities c where c.code = $5)),
        $6, $7::timestamptz
      from (select pg_advisory_xact_lock(hashtext($8))) as feed_lock
      on conflict (city_code, dedupe_key) where dedupe_key is not null do nothing
      returning *
    ), d as (
      insert into webhook_deliveries (city_code, webhook_id, event_id, next_attempt_at)
      select w.city_code, w.id, e.id, $9::timestamptz from webhooks w join e on w.city_code = e.city_code
      where w.city_code = $10 and w.active and e.type = any (w.events)
      returning 1
    )
    select e.*, (select count(*) from d)::int as deliveries from e;

-- writeWithEvents
with parents as materialized (
      select p.id from periods p join tasks t on t.city_code = $1 and t.id = $2::bigint
      where p.city_code = $3 and p.id = $4::bigint and p.state = 'open' and p.version = $5::int
        and t.version = $6::int
      for share of p for no key update of t
    ), updated as (
      update "progress_entries" as r set actual = $7::jsonb, figures = $8::jsonb, indicators_source = $9::text, next_steps = $10::text, pace = $11::jsonb, pace_rev = $12::smallint, progress = $13::text, proposed_status = $14::text, rank = $15::jsonb, remarks = $16::text, state = $17::text, status = $18::text, version = r.version + 1, updated_at = now() from parents
    where r.city_code = $19 and r.id = $20::bigint and r.version = $21::int
    returning r.*
    ), searched as (insert into entry_search (city_code, entry_id, task_id, period_id, doc)
    select u.city_code, u.id, u.task_id, u.period_id, d.doc
    from updated u join unnest($22::bigint[], $23::tsvector[]) as d (id, doc) on d.id = u.id
    on conflict (city_code, entry_id) do update set doc = excluded.doc),
    changed as (select * from updated),
    audit as (insert into audit_events (city_code, api_key_id, request_id, action, entity, entity_id, before, after)
    select a.city_code, $24::bigint, $25::text, a.action, a.entity, a.entity_id, a.before,
      a.after || jsonb_build_object('updatedAt', (select to_char(c.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') from changed c))
    from jsonb_to_recordset($26::jsonb) as a (i int, city_code text, action text, entity text, entity_id text, before jsonb, after jsonb)
    where exists (select from changed)
    order by a.i),
    v as (
        select * from jsonb_to_recordset($27::jsonb)
          as v (i int, type text, subject text, data jsonb)
      ), e as (
        insert into events (city_code, type, subject, data, created_at)
        select $28, v.type, v.subject, v.data || jsonb_build_object('cityName', (select c.name from cities c where c.code = $29)), $30::timestamptz
        from v cross join (select pg_advisory_xact_lock(hashtext($31))) as feed_lock where exists (select from changed) order by v.i
        returning id, type
      ),
    d as (insert into webhook_deliveries (city_code, webhook_id, event_id, next_attempt_at)
      select w.city_code, w.id, e.id, $32::timestamptz from webhooks w join e on e.type = any (w.events)
      where w.city_code = $33 and w.active returning 1)
    select changed.*, (select count(*) from d)::int as delivered from changed;

-- emitEvents
with  v as (
        select * from jsonb_to_recordset($1::jsonb)
          as v (i int, type text, subject text, data jsonb)
      ), e as (
        insert into events (city_code, type, subject, data, created_at)
        select $2, v.type, v.subject, v.data || jsonb_build_object('cityName', (select c.name from cities c where c.code = $3)), $4::timestamptz
        from v cross join (select pg_advisory_xact_lock(hashtext($5))) as feed_lock  order by v.i
        returning id, type
      ) insert into webhook_deliveries (city_code, webhook_id, event_id, next_attempt_at)
      select w.city_code, w.id, e.id, $6::timestamptz from webhooks w join e on e.type = any (w.events)
      where w.city_code = $7 and w.active;

with also as (insert into audit_events (city_code, api_key_id, request_id, action, entity, entity_id, before, after)
    select a.city_code, $1::bigint, $2::text, a.action, a.entity, a.entity_id, a.before,
      a.after
    from jsonb_to_recordset($3::jsonb) as a (i int, city_code text, action text, entity text, entity_id text, before jsonb, after jsonb)
    order by a.i), v as (
        select * from jsonb_to_recordset($4::jsonb)
          as v (i int, type text, subject text, data jsonb)
      ), e as (
        insert into events (city_code, type, subject, data, created_at)
        select $5, v.type, v.subject, v.data || jsonb_build_object('cityName', (select c.name from cities c where c.code = $6)), $7::timestamptz
        from v cross join (select pg_advisory_xact_lock(hashtext($8))) as feed_lock  order by v.i
        returning id, type
      ) insert into webhook_deliveries (city_code, webhook_id, event_id, next_attempt_at)
      select w.city_code, w.id, e.id, $9::timestamptz from webhooks w join e on e.type = any (w.events)
      where w.city_code = $10 and w.active;
