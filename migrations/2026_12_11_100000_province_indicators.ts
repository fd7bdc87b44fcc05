import { type Kysely, sql } from 'kysely'

// Indicators shared by the cities of a province, so the province can rank its cities on one
// and check the ranks their reports quote (增速居全省第6位).
//
// - provinces: the number of prefecture-level cities each ranks its cities among (the 16 of
//   安徽: a rank of 16 is 末位). Seeded here, as data, for the provinces whose rankings are of
//   exactly their prefecture-level divisions; the others are left out (see shared/provinces.ts).
// - indicators: the province's catalogue. Seeded here, not on first use, so every province reads
//   the same catalogue from the first request on and no read has to write. Frozen in time: the
//   migration never imports the app, so the names and aliases are written out below.
// - task_indicators: the office's word on which indicator a task reports (confirmed from the
//   title's match, 'matched', or set by hand, 'manual'; indicator_id null: none). A task with no
//   row follows the match its title gives, worked out on every read.
const PROVINCES: [string, string, number][] = [
  ['130000', '河北省', 11], ['140000', '山西省', 11], ['150000', '内蒙古自治区', 12], ['210000', '辽宁省', 14],
  ['220000', '吉林省', 9], ['230000', '黑龙江省', 13], ['320000', '江苏省', 13], ['330000', '浙江省', 11],
  ['340000', '安徽省', 16], ['350000', '福建省', 9], ['360000', '江西省', 11], ['370000', '山东省', 16],
  ['430000', '湖南省', 14], ['440000', '广东省', 21], ['450000', '广西壮族自治区', 14], ['510000', '四川省', 21],
  ['520000', '贵州省', 9], ['530000', '云南省', 16], ['540000', '西藏自治区', 7], ['620000', '甘肃省', 14],
  ['630000', '青海省', 8], ['640000', '宁夏回族自治区', 5],
]

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
    create table provinces (
      code text primary key check (code ~ '^[1-9][0-9]0000$'),
      name text not null unique,
      cities integer not null check (cities > 0)
    )
  `.execute(db)
  await sql`
    create table indicators (
      id bigint generated always as identity primary key,
      province_code text not null references provinces (code),
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
  for (const [code, name, cities] of PROVINCES) {
    await sql`insert into provinces (code, name, cities) values (${code}, ${name}, ${cities})`.execute(db)
  }
  for (const [name, aliases] of INDICATORS) {
    await sql`
      insert into indicators (province_code, name, unit, kind, aliases)
      select code, ${name}, '%', 'growth', ${sql.val(aliases)}::text[] from provinces order by code
    `.execute(db)
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table task_indicators`.execute(db)
  await sql`drop table indicators`.execute(db)
  await sql`drop table provinces`.execute(db)
}
