-- The statements search.repository.ts sends, as recorded by `npm run sql` (test/sql/snapshot.ts). Do not edit.

-- searchTasks
select "code" from "cities" order by "code";

with task_hits as (
      select city_code, task_id, doc @@ $1::tsquery as m0, ts_rank(doc, $2::tsquery) as rank
      from task_search where "city_code" = $3 and doc @@ $4::tsquery
    ),
    unit_hits as (
      select l.city_code, l.task_id, bool_or(u.doc @@ $5::tsquery) as m0
      from lead_unit_search u join task_lead_units l on "l"."city_code" = $6 and l.lead_unit_id = u.lead_unit_id
      where "u"."city_code" = $7 and u.doc @@ $8::tsquery
      group by l.city_code, l.task_id
    ),
    -- Every hit in one list, each task's own flags (title, category, units) beside its entries' by a window:
    -- no join whose size the planner cannot know.
    hits as (
      select city_code, task_id, null::bigint as entry_id, null::bigint as period_id, m0, rank as task_rank, 0::real as entry_rank, true as titled
      from task_hits
      union all
      select city_code, task_id, null, null, m0, 0, 0, false from unit_hits
      union all
      select es.city_code, es.task_id, es.entry_id, es.period_id, es.doc @@ $9::tsquery as m0, 0, ts_rank(es.doc, $10::tsquery), false
      from entry_search es
      where "es"."city_code" = $11 and es.doc @@ $12::tsquery
    ),
    flagged as (
      select h.*, coalesce(bool_or(m0) filter (where entry_id is null) over task, false) as t0,
        max(task_rank) over task as task_rank_all, bool_or(titled) over task as title_hit
      from hits h
      window task as (partition by city_code, task_id)
    ),
    found as (
      select e.city_code, e.task_id, e.entry_id, e.period_id, e.entry_rank, e.task_rank_all as task_rank, e.title_hit
      from flagged e
      where e.entry_id is not null and (e.m0 or e.t0)
      union all
      select tt.city_code, tt.task_id, null::bigint, null::bigint, 0, tt.task_rank_all, tt.title_hit
      from flagged tt
      where tt.entry_id is null and tt.t0
    ),
    best as (
      select distinct on (f.city_code, f.task_id) f.city_code, f.task_id as id, t.year, t.seq, f.entry_id, f.title_hit,
        round(1000000 * (f.task_rank + f.entry_rank))::int as score
      from found f join tasks t on "t"."city_code" = $13 and t.id = f.task_id
      where "t"."city_code" = $14
      order by f.city_code, f.task_id, f.entry_id is null, f.entry_rank desc, f.period_id desc
    ),
    page as (
      select * from best
      order by case when title_hit then 0 else 1 end, -score, city_code, year, seq, id
      limit $15
    )
    select h.city_code, h.id as task_id, h.year, h.seq, t.title, t.category, h.title_hit, h.score,
      coalesce((
        select json_agg(json_build_object('id', u.id, 'name', u.name, 'aliases', u.aliases) order by l.position)
        from task_lead_units l join lead_units u on "u"."city_code" = $16 and u.id = l.lead_unit_id
        where "l"."city_code" = $17 and l.task_id = h.id
      ), '[]') as lead_units,
      case when pe.id is null then null else json_build_object('id', pe.id, 'periodId', pe.period_id, 'status', pe.status, 'state', pe.state,
        'progress', pe.progress, 'nextSteps', pe.next_steps, 'remarks', pe.remarks) end as entry
    from page h
    join tasks t on "t"."city_code" = $18 and t.id = h.id
    left join progress_entries pe on "pe"."city_code" = $19 and pe.id = h.entry_id
    order by case when h.title_hit then 0 else 1 end, -h.score, h.city_code, h.year, h.seq, h.id;
