-- The statements webhooks.repository.ts sends, as recorded by `npm run sql` (test/sql/snapshot.ts). Do not edit.

-- findWebhook
select * from "webhooks" where "city_code" = $1 and "id" = $2;

-- listWebhooks
select * from "webhooks" where "city_code" = $1 order by "id" limit $2;

-- insertWebhookRow
insert into "webhooks" ("city_code", "url", "events", "secret", "format", "created_by") values ($1, $2, $3, $4, $5, $6) returning *;

-- lockWebhook
select * from "webhooks" where "city_code" = $1 and "id" = $2 for update;

-- updateWebhookRow
update "webhooks" set "events" = $1, "version" = version + 1, "updated_at" = now() where "city_code" = $2 and "id" = $3 returning *;

-- deleteWebhookRow
delete from "webhooks" where "city_code" = $1 and "id" = $2;

-- listDeliveries
select "d"."id", "d"."webhook_id", "d"."event_id", "e"."type" as "event_type", "d"."state", "d"."attempts", "d"."last_attempt_at", "d"."last_status", "d"."last_error", "d"."delivered_at", "d"."created_at", case when d.state = 'pending' then d.next_attempt_at end as "next_attempt_at" from "webhook_deliveries" as "d" inner join "events" as "e" on "e"."city_code" = $1 and "e"."id" = "d"."event_id" where "d"."city_code" = $2 and "d"."webhook_id" = $3 order by "d"."id" desc limit $4;

-- leaseNext
select city_code from webhook_deliveries where state = 'pending' and next_attempt_at <= $1
    group by city_code order by min(next_attempt_at) limit 20;

-- leaseNextOfCity
update webhooks w set leased_until = $1
    where w.city_code = $2 and w.id = (
      select h.id from webhooks h
      cross join lateral (
        select d.next_attempt_at from webhook_deliveries d
        where d.city_code = $3 and d.webhook_id = h.id and d.state = 'pending'
        order by d.event_id limit 1
      ) head
      where h.city_code = $4 and h.active and (h.leased_until is null or h.leased_until < $5) and head.next_attempt_at <= $6
      order by head.next_attempt_at limit 1
      for update of h skip locked
    )
    returning w.*;

-- pendingOf
select "d"."id", "d"."attempts", "d"."created_at", "d"."next_attempt_at", "e"."id" as "event_id", "e"."city_code", "e"."type", "e"."subject", "e"."data", "e"."dedupe_key", "e"."created_at" as "event_created_at" from "webhook_deliveries" as "d" inner join "events" as "e" on "e"."city_code" = $1 and "e"."id" = "d"."event_id" where "d"."city_code" = $2 and "d"."webhook_id" = $3 and "d"."state" = $4 order by "d"."event_id" limit $5;

-- setDelivery
with "attempt" as (update "webhook_deliveries" set "attempts" = $1, "last_attempt_at" = $2, "last_status" = $3, "last_error" = $4, "state" = $5, "next_attempt_at" = $6 where "city_code" = $7 and "id" = $8 returning "id") update "webhooks" set "leased_until" = $9 where "city_code" = $10 and "id" = $11;

-- releaseLease
update "webhooks" set "leased_until" = $1 where "city_code" = $2 and "id" = $3;

-- deliveryBacklog
select "city_code", "webhook_id", count(*) filter(where "state" = $1) as "pending", count(*) filter(where "state" = $2) as "failed", extract(epoch from $3::timestamptz - min(created_at) filter (where state = 'pending')) as "oldest_pending_seconds" from "webhook_deliveries" where "state" in ($4, $5) group by "city_code", "webhook_id" order by "city_code", "webhook_id";

-- deleteSettledDeliveries
with removed as (
      delete from webhook_deliveries where (city_code, id) in (
        select city_code, id from webhook_deliveries
        where state in ('delivered', 'failed') and last_attempt_at < $1
        limit $2
      )
      returning 1
    )
    select count(*)::int as removed from removed;
