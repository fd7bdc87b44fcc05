-- The statements events.repository.ts sends, as recorded by `npm run sql` (test/sql/snapshot.ts). Do not edit.

-- listEvents
select * from "events" where "city_code" = $1 order by "id" limit $2;
