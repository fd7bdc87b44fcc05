-- The statements deadlines.ts sends, as recorded by `npm run sql` (test/sql/snapshot.ts). Do not edit.

-- deadlineInForce
select coalesce((
    select x.due_at from extension_requests x
    where x.city_code = $1 and x.period_id = "p"."id"
      and x.task_id = $2::bigint and x.state = 'approved'
    order by x.decided_at desc, x.id desc limit 1
  ), "p"."due_at") as "due_at" from "periods" as "p" where "p"."city_code" = $3 and "p"."id" = $4;
