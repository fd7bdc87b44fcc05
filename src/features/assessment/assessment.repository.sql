-- The statements assessment.repository.ts sends, as recorded by `npm run sql` (test/sql/snapshot.ts). Do not edit.

-- findRuleSet
select "city_code", "year", "rules", "version", "created_at", "updated_at" from "assessment_rules" where "city_code" = $1 and "year" = $2;

-- lockRuleSet
select "city_code", "year", "rules", "version", "created_at", "updated_at" from "assessment_rules" where "city_code" = $1 and "year" = $2 for no key update;

-- insertRuleSet
insert into "assessment_rules" ("city_code", "year", "rules") values ($1, $2, $3) on conflict ("city_code", "year") do nothing returning "city_code", "year", "rules", "version", "created_at", "updated_at";

-- updateRuleSet
update "assessment_rules" set "rules" = $1, "version" = version + 1, "updated_at" = now() where "city_code" = $2 and "year" = $3 returning "city_code", "year", "rules", "version", "created_at", "updated_at";

-- yearTasks
select "id", "seq", "parent_id" from "tasks" where "city_code" = $1 and "year" = $2;

-- yearPeriods
select "id", "label", "kind", "ends_on", "state", "due_at" from "periods" where "city_code" = $1 and "year" = $2 order by "ends_on", "id";

-- yearLeads
select "t"."id" as "task_id", "t"."seq", "t"."parent_id", "t"."title", "l"."lead_unit_id", "u"."name", "l"."position" from "tasks" as "t" inner join "task_lead_units" as "l" on "l"."city_code" = $1 and "l"."task_id" = "t"."id" inner join "lead_units" as "u" on "u"."city_code" = $2 and "u"."id" = "l"."lead_unit_id" where "t"."city_code" = $3 and "t"."year" = $4 and "l"."role" = $5 order by "t"."seq", "t"."id", "l"."position";

-- yearEntries
select "t"."id" as "task_id", "p"."id" as "period_id", "e"."state", "e"."status", "e"."late", coalesce((
    select x.due_at from extension_requests x
    where x.city_code = $1 and x.period_id = "p"."id"
      and x.task_id = "t"."id" and x.state = 'approved'
    order by x.decided_at desc, x.id desc limit 1
  ), "p"."due_at") as "due_at" from "tasks" as "t" inner join "periods" as "p" on "p"."city_code" = $2 and "p"."year" = $3 left join "progress_entries" as "e" on "e"."city_code" = $4 and "e"."task_id" = "t"."id" and "e"."period_id" = "p"."id" where "t"."city_code" = $5 and "t"."year" = $6;

-- yearReturns
select "c"."task_id", "c"."period_id" from "entry_comments" as "c" inner join "periods" as "p" on "p"."city_code" = $1 and "p"."id" = "c"."period_id" where "c"."city_code" = $2 and "p"."year" = $3 and "c"."kind" = $4 order by "c"."id";
