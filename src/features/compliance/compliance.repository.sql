-- The statements compliance.repository.ts sends, as recorded by `npm run sql` (test/sql/snapshot.ts). Do not edit.

-- periodCompliance
with period as (
      select p.id, p.label, p.year, p.due_at, (c.supervision ->> 'warningDays')::int as warning_days, $1::timestamptz as at
      from periods p join cities c on c.code = $2
      where p.city_code = $3 and p.id = $4
    ),
    entry as (
      select t.id as task_id, t.seq, t.title, e.state, e.submitted_at, coalesce(e.late, false) as late, e.pace ->> 'verdict' as pace,
        coalesce(e.state in ('submitted', 'accepted'), false) as submitted, coalesce(x.due_at, p.due_at) as due_at
      from period p
      join tasks t on t.city_code = $5 and t.year = p.year
      left join progress_entries e on e.city_code = $6 and e.period_id = p.id and e.task_id = t.id
      left join lateral (
        select x.due_at from extension_requests x
        where x.city_code = $7 and x.period_id = p.id and x.task_id = t.id and x.state = 'approved'
        order by x.decided_at desc, x.id desc limit 1
      ) x on true
    ),
    lit as (
      select e.*, case
          when e.submitted then 'green'
          when e.due_at is null then 'none'
          when e.due_at <= p.at then 'red'
          when e.due_at <= p.at + make_interval(days => p.warning_days) then 'yellow'
          else 'none'
        end as light
      from entry e cross join period p
    ),
    chosen as (select t.* from lit t where true and t.task_id = any($8)),
    link as (
      select l.lead_unit_id, l.position, c.*
      from chosen c join task_lead_units l on l.city_code = $9 and l.task_id = c.task_id
    ),
    task_units as (
      select task_id, json_agg(lead_unit_id order by position) as ids from link group by task_id
    ),
    unit as (
      select c.lead_unit_id, min(array[c.seq, c.position]) as first, json_build_object('leadUnitId', c.lead_unit_id, 'name', u.name,
  'due', count(*),
  'onTime', count(*) filter (where c.submitted and not c.late),
  'late', count(*) filter (where c.submitted and c.late),
  'returned', count(*) filter (where c.state = 'returned'),
  'missing', count(*) filter (where c.state is null or c.state = 'draft')) as body
      from link c join lead_units u on u.city_code = $10 and u.id = c.lead_unit_id
      where true
      group by c.lead_unit_id, u.name
    )
    select json_build_object(
      'period', json_build_object('id', p.id, 'label', p.label, 'dueAt', to_char(p.due_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
      'warningDays', p.warning_days,
      'totals', (select json_build_object(
  'due', count(*),
  'onTime', count(*) filter (where c.submitted and not c.late),
  'late', count(*) filter (where c.submitted and c.late),
  'returned', count(*) filter (where c.state = 'returned'),
  'missing', count(*) filter (where c.state is null or c.state = 'draft')) from chosen c),
      'units', coalesce((select json_agg(u.body order by u.first, u.lead_unit_id) from unit u), '[]'),
      'tasks', coalesce((
        select json_agg(json_build_object(
          'taskId', c.task_id, 'seq', c.seq, 'title', c.title, 'leadUnitIds', coalesce(k.ids, '[]'), 'state', c.state,
          'dueAt', to_char(c.due_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'submittedAt', to_char(c.submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'late', c.late, 'light', c.light,
          'pace', c.pace,
          'flags', coalesce($11::json -> c.task_id::text, '[]')
        ) order by c.seq, c.task_id)
        from chosen c left join task_units k on k.task_id = c.task_id
      ), '[]')
    )::text as compliance
    from period p;

with period as (
      select p.id, p.label, p.year, p.due_at, (c.supervision ->> 'warningDays')::int as warning_days, $1::timestamptz as at
      from periods p join cities c on c.code = $2
      where p.city_code = $3 and p.id = $4
    ),
    entry as (
      select t.id as task_id, t.seq, t.title, e.state, e.submitted_at, coalesce(e.late, false) as late, e.pace ->> 'verdict' as pace,
        coalesce(e.state in ('submitted', 'accepted'), false) as submitted, coalesce(x.due_at, p.due_at) as due_at
      from period p
      join tasks t on t.city_code = $5 and t.year = p.year
      left join progress_entries e on e.city_code = $6 and e.period_id = p.id and e.task_id = t.id
      left join lateral (
        select x.due_at from extension_requests x
        where x.city_code = $7 and x.period_id = p.id and x.task_id = t.id and x.state = 'approved'
        order by x.decided_at desc, x.id desc limit 1
      ) x on true
    ),
    lit as (
      select e.*, case
          when e.submitted then 'green'
          when e.due_at is null then 'none'
          when e.due_at <= p.at then 'red'
          when e.due_at <= p.at + make_interval(days => p.warning_days) then 'yellow'
          else 'none'
        end as light
      from entry e cross join period p
    ),
    chosen as (select t.* from lit t where true),
    link as (
      select l.lead_unit_id, l.position, c.*
      from chosen c join task_lead_units l on l.city_code = $8 and l.task_id = c.task_id
    ),
    task_units as (
      select task_id, json_agg(lead_unit_id order by position) as ids from link group by task_id
    ),
    unit as (
      select c.lead_unit_id, min(array[c.seq, c.position]) as first, json_build_object('leadUnitId', c.lead_unit_id, 'name', u.name,
  'due', count(*),
  'onTime', count(*) filter (where c.submitted and not c.late),
  'late', count(*) filter (where c.submitted and c.late),
  'returned', count(*) filter (where c.state = 'returned'),
  'missing', count(*) filter (where c.state is null or c.state = 'draft')) as body
      from link c join lead_units u on u.city_code = $9 and u.id = c.lead_unit_id
      where true
      group by c.lead_unit_id, u.name
    )
    select json_build_object(
      'period', json_build_object('id', p.id, 'label', p.label, 'dueAt', to_char(p.due_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
      'warningDays', p.warning_days,
      'totals', (select json_build_object(
  'due', count(*),
  'onTime', count(*) filter (where c.submitted and not c.late),
  'late', count(*) filter (where c.submitted and c.late),
  'returned', count(*) filter (where c.state = 'returned'),
  'missing', count(*) filter (where c.state is null or c.state = 'draft')) from chosen c),
      'units', coalesce((select json_agg(u.body order by u.first, u.lead_unit_id) from unit u), '[]'),
      'tasks', coalesce((
        select json_agg(json_build_object(
          'taskId', c.task_id, 'seq', c.seq, 'title', c.title, 'leadUnitIds', coalesce(k.ids, '[]'), 'state', c.state,
          'dueAt', to_char(c.due_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'submittedAt', to_char(c.submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'late', c.late, 'light', c.light,
          'pace', c.pace,
          'flags', coalesce($10::json -> c.task_id::text, '[]')
        ) order by c.seq, c.task_id)
        from chosen c left join task_units k on k.task_id = c.task_id
      ), '[]')
    )::text as compliance
    from period p;
