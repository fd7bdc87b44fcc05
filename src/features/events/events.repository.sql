-- The statements events.repository.ts sends, as recorded by `npm run sql` (test/sql/snapshot.ts). Do not edit.

-- listEvents
select * from "events" where "city_code" = $1 and "id" > $2 order by "id" limit $3;

select * from "events" where "city_code" = $1 order by "id" limit $2;

-- eventHorizon
select "removed_through" from "event_horizons" where "city_code" = $1;

-- deleteOldEvents
select "city_code" from "events" where "created_at" < $1 group by "city_code" order by "city_code";
