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

-- emitEvents
with  v as (
        select * from jsonb_to_recordset($1::jsonb)
          as v (i int, type text, subject text, data jsonb)
      ), e as (
        insert into events (city_code, type, subject, data, created_at)
        select $2, v.type, v.subject, v.data || jsonb_build_object('cityName', (select c.name from cities c where c.code = $3)), $4::timestamptz
        from v cross join (select pg_advisory_xact_lock(hashtext($5))) as feed_lock order by v.i
        returning id, type
      )
      insert into webhook_deliveries (city_code, webhook_id, event_id, next_attempt_at)
      select w.city_code, w.id, e.id, $6::timestamptz from webhooks w join e on e.type = any (w.events)
      where w.city_code = $7 and w.active;

with also as (insert into audit_events (city_code, api_key_id, request_id, action, entity, entity_id, before, after)
    select a.city_code, $1::bigint, $2::text, a.action, a.entity, a.entity_id, a.before, a.after
    from jsonb_to_recordset($3::jsonb) as a (i int, city_code text, action text, entity text, entity_id text, before jsonb, after jsonb)
    order by a.i), v as (
        select * from jsonb_to_recordset($4::jsonb)
          as v (i int, type text, subject text, data jsonb)
      ), e as (
        insert into events (city_code, type, subject, data, created_at)
        select $5, v.type, v.subject, v.data || jsonb_build_object('cityName', (select c.name from cities c where c.code = $6)), $7::timestamptz
        from v cross join (select pg_advisory_xact_lock(hashtext($8))) as feed_lock order by v.i
        returning id, type
      )
      insert into webhook_deliveries (city_code, webhook_id, event_id, next_attempt_at)
      select w.city_code, w.id, e.id, $9::timestamptz from webhooks w join e on e.type = any (w.events)
      where w.city_code = $10 and w.active;
