-- The statements events.repository.ts sends, as recorded by `npm run sql` (test/sql/snapshot.ts). Do not edit.

-- listEvents
select * from "events" where "city_code" = $1 and "id" > $2 order by "id" limit $3;

select * from "events" where "city_code" = $1 order by "id" limit $2;

-- eventHorizon
select "removed_through" from "event_horizons" where "city_code" = $1;

-- deleteOldEvents
with gone as (
      delete from events where (city_code, id) in (
        select e.city_code, e.id from events e
        where e.created_at < $1 and not exists (
          select 1 from webhook_deliveries d where d.city_code = e.city_code and d.event_id = e.id and d.state = 'pending'
        )
        limit $2
      )
      returning city_code, id
    ), horizon as (
      insert into event_horizons (city_code, removed_through)
      select city_code, max(id) from gone group by city_code
      on conflict (city_code) do update set removed_through = greatest(event_horizons.removed_through, excluded.removed_through)
    )
    select count(*)::int as removed from gone;
