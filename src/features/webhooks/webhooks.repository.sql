-- The statements webhooks.repository.ts sends, as recorded by `npm run sql` (test/sql/snapshot.ts). Do not edit.

-- listWebhooks
select * from "webhooks" where "city_code" = $1 order by "id" limit $2;

-- leaseNext
update webhooks w set leased_until = $1
    where (w.city_code, w.id) = (
      select h.city_code, h.id from webhooks h
      cross join lateral (
        select d.next_attempt_at from webhook_deliveries d
        where d.city_code = h.city_code and d.webhook_id = h.id and d.state = 'pending'
        order by d.event_id limit 1
      ) head
      where h.active and (h.leased_until is null or h.leased_until < $2) and head.next_attempt_at <= $3
      order by head.next_attempt_at limit 1
      for update of h skip locked
    )
    returning w.*;
