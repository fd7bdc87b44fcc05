import { type Kysely, sql } from 'kysely'

// Indicators shared by the cities of a province, so the province can rank its cities on one
// and check the ranks their reports quote (增速居全省第6位).
//
// - indicators: the catalogue of each province whose rankings are of exactly its prefecture-level
//   cities (shared/provinces.ts, which also says how many cities each ranks; the others are left out). Seeded here, not on first use, so every province reads
//   the same catalogue from the first request on and no read has to write. Frozen in time: the
//   migration never imports the app, so the names and aliases are written out below.
// - task_indicators: the office's word on which indicator a task reports (confirmed from the
//   title's match, 'matched', or set by hand, 'manual'; indicator_id null: none). A task with no
//   row follows the match its title gives, worked out on every read.
const PROVINCES = ['130000', '140000', '150000', '210000', '220000', '230000', '320000', '330000', '340000', '350000', '360000', '370000',
  '430000', '440000', '450000', '510000', '520000', '530000', '540000', '620000', '630000', '640000']

const INDICATORS: [string, string[]][] = [
  ['地区生产总值', ['GDP', '生产总值']],
  ['固定资产投资', ['固投', '全社会固定资产投资']],
  ['规模以上工业增加值', ['规上工业增加值', '规模工业增加值']],
  ['一般公共预算收入', ['地方一般公共预算收入', '财政收入']],
  ['社会消费品零售总额', ['社零总额', '社消零总额']],
  ['城镇居民人均可支配收入', ['城镇常住居民人均可支配收入']],
  ['农村居民人均可支配收入', ['农村常住居民人均可支配收入', '农民人均可支配收入']],
]

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table indicators (
      id bigint generated always as identity primary key,
      province_code text not null check (province_code ~ '^[1-9][0-9]0000$'),
      name text not null check (btrim(name) <> ''),
      unit text not null,
      kind text not null check (kind in ('growth', 'amount', 'share')),
      aliases text[] not null default '{}',
      constraint indicators_name_key unique (province_code, name)
    )
  `.execute(db)
  await sql`
    create table task_indicators (
      city_code text not null,
      task_id bigint not null,
      indicator_id bigint references indicators (id),
      source text not null check (source in ('matched', 'manual')),
      confidence double precision check (confidence between 0 and 1),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (city_code, task_id),
      foreign key (city_code, task_id) references tasks (city_code, id) on delete cascade
    )
  `.execute(db)
  await sql`create index task_indicators_indicator on task_indicators (indicator_id)`.execute(db)
  for (const [name, aliases] of INDICATORS) {
    await sql`
      insert into indicators (province_code, name, unit, kind, aliases)
      select code, ${name}, '%', 'growth', ${sql.val(aliases)}::text[] from unnest(${sql.val(PROVINCES)}::text[]) as code order by code
    `.execute(db)
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table task_indicators`.execute(db)
  await sql`drop table indicators`.execute(db)
}
