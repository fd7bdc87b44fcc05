import { type Kysely, type RawBuilder, sql } from 'kysely'

// 督办: the loop around the record. A period has a submission deadline and a city its
// reminder settings; an entry moves draft → submitted → returned | accepted, and only the
// office's acceptance sets its evaluation; comments, extension requests and reminders are
// kept as records; every step writes an event in its own transaction (the outbox), and each
// event is fanned out there and then to the city's webhook subscriptions as deliveries,
// which the service's workers send. Every table leads its key with the city, as all others.
//
// Entries that exist already were imported from a published report or filed by the
// office: they are accepted. A reminder or an extension request keeps the lead unit's id as
// history, without a key that would stop a merge of units. Nothing references api_keys (ids are kept as numbers), so the
// key table can stay a reference table on a cluster (docs/scale.md).
const upStatements: RawBuilder<unknown>[] = [
  sql`alter table periods add column due_at timestamptz`,
  sql`
    alter table cities add column supervision jsonb not null
      default '{"remindDaysBefore": [3, 1], "overdueEveryDays": 2, "warningDays": 3}'
  `,
  sql`
    alter table progress_entries
      add column state text not null default 'accepted',
      add column proposed_status text,
      add column submitted_at timestamptz,
      add column late boolean not null default false,
      add column reviewed_at timestamptz
  `,
  // Named and added one a statement, apart from their columns, as Citus requires (docs/scale.md).
  sql`alter table progress_entries add constraint progress_entries_state_check check (state in ('draft', 'submitted', 'returned', 'accepted'))`,
  sql`
    alter table progress_entries
      add constraint progress_entries_proposed_status_check check (proposed_status in ('completed', 'on_track', 'behind', 'not_rated'))
  `,
  sql`
    create index progress_entries_state_idx on progress_entries (city_code, period_id, state)
  `,
  sql`
    create table entry_comments (
      city_code text not null,
      id bigint generated always as identity,
      task_id bigint not null,
      period_id bigint not null,
      author_key_id bigint,
      author_role text not null check (author_role in ('admin', 'city_office', 'lead_unit', 'system')),
      kind text not null check (kind in ('comment', 'return_reason', 'extension_request', 'extension_decision')),
      body text not null check (btrim(body) <> ''),
      created_at timestamptz not null default now(),
      primary key (city_code, id),
      constraint entry_comments_task_fkey foreign key (city_code, task_id) references tasks (city_code, id) on delete cascade,
      constraint entry_comments_period_fkey foreign key (city_code, period_id) references periods (city_code, id) on delete cascade
    )
  `,
  sql`create index entry_comments_entry_idx on entry_comments (city_code, task_id, period_id, id)`,
  sql`
    create table extension_requests (
      city_code text not null,
      id bigint generated always as identity,
      task_id bigint not null,
      period_id bigint not null,
      lead_unit_id bigint,
      due_at timestamptz not null,
      reason text not null check (btrim(reason) <> ''),
      state text not null default 'pending' check (state in ('pending', 'approved', 'rejected')),
      requested_by bigint,
      decided_by bigint,
      decision_reason text,
      decided_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (city_code, id),
      constraint extension_requests_task_fkey foreign key (city_code, task_id) references tasks (city_code, id) on delete cascade,
      constraint extension_requests_period_fkey foreign key (city_code, period_id) references periods (city_code, id) on delete cascade
    )
  `,
  // One request waits at a time for a task in a period; the deadline in force is the last approved.
  sql`
    create unique index extension_requests_pending_key on extension_requests (city_code, task_id, period_id)
      where state = 'pending'
  `,
  sql`create index extension_requests_entry_idx on extension_requests (city_code, period_id, task_id, state, decided_at)`,
  sql`
    create table reminders (
      city_code text not null,
      id bigint generated always as identity,
      period_id bigint not null,
      lead_unit_id bigint not null,
      task_ids bigint[] not null,
      kind text not null check (kind in ('manual', 'before_due', 'overdue')),
      slot_at timestamptz,
      reason text not null,
      issued_by bigint,
      created_at timestamptz not null default now(),
      primary key (city_code, id),
      constraint reminders_period_fkey foreign key (city_code, period_id) references periods (city_code, id) on delete cascade
    )
  `,
  // An automatic reminder is one of a schedule's slots: whichever instance gets there first writes it, once.
  sql`
    create unique index reminders_slot_key on reminders (city_code, period_id, lead_unit_id, kind, slot_at)
      where slot_at is not null
  `,
  sql`create index reminders_period_idx on reminders (city_code, period_id, id)`,
  sql`
    create table events (
      city_code text not null,
      id bigint generated always as identity,
      type text not null,
      subject text not null,
      data jsonb not null,
      dedupe_key text,
      created_at timestamptz not null default now(),
      primary key (city_code, id)
    )
  `,
  sql`create unique index events_dedupe_key on events (city_code, dedupe_key) where dedupe_key is not null`,
  sql`
    create table webhooks (
      city_code text not null constraint webhooks_city_fkey references cities (code) on delete cascade,
      id bigint generated always as identity,
      url text not null,
      events text[] not null,
      secret text not null,
      format text not null default 'json' check (format in ('json', 'wecom', 'dingtalk')),
      active boolean not null default true,
      created_by bigint,
      leased_until timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (city_code, id)
    )
  `,
  sql`
    create table webhook_deliveries (
      city_code text not null,
      id bigint generated always as identity,
      webhook_id bigint not null,
      event_id bigint not null,
      state text not null default 'pending' check (state in ('pending', 'delivered', 'failed')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      last_attempt_at timestamptz,
      last_status integer,
      last_error text,
      delivered_at timestamptz,
      created_at timestamptz not null default now(),
      primary key (city_code, id),
      constraint webhook_deliveries_event_key unique (city_code, webhook_id, event_id),
      constraint webhook_deliveries_webhook_fkey foreign key (city_code, webhook_id) references webhooks (city_code, id) on delete cascade,
      constraint webhook_deliveries_event_fkey foreign key (city_code, event_id) references events (city_code, id) on delete cascade
    )
  `,
  sql`create index webhook_deliveries_due_idx on webhook_deliveries (next_attempt_at) where state = 'pending'`,
  sql`create index webhook_deliveries_webhook_idx on webhook_deliveries (city_code, webhook_id, id)`,
]

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of upStatements) await statement.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['webhook_deliveries', 'webhooks', 'events', 'reminders', 'extension_requests', 'entry_comments']) {
    await sql`drop table ${sql.table(table)}`.execute(db)
  }
  await sql`
    alter table progress_entries drop column state, drop column proposed_status, drop column submitted_at,
      drop column late, drop column reviewed_at
  `.execute(db)
  await sql`alter table cities drop column supervision`.execute(db)
  await sql`alter table periods drop column due_at`.execute(db)
}
