import { type Kysely, sql } from 'kysely'

// A lead unit whose keys are all revoked can be deleted: a revoked unit key keeps its row (the
// audit trail names it) but no longer needs its unit. And a reader key may be limited to what
// the office has published (accepted entries), for a public portal.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table api_keys drop constraint api_keys_scope_check`.execute(db)
  await sql`
    alter table api_keys add constraint api_keys_scope_check check (
      (role = 'admin' and city_code is null and lead_unit_id is null) or
      (role = 'city_office' and city_code is not null and lead_unit_id is null) or
      (role = 'lead_unit' and city_code is not null and (lead_unit_id is not null or revoked_at is not null)) or
      (role = 'reader' and lead_unit_id is null)
    )
  `.execute(db)
  await sql`alter table api_keys add column published_only boolean not null default false`.execute(db)
  await sql`alter table api_keys add constraint api_keys_published_only_reader check (not published_only or role = 'reader')`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table api_keys drop constraint api_keys_published_only_reader`.execute(db)
  await sql`alter table api_keys drop column published_only`.execute(db)
  await sql`alter table api_keys drop constraint api_keys_scope_check`.execute(db)
  await sql`
    alter table api_keys add constraint api_keys_scope_check check (
      (role = 'admin' and city_code is null and lead_unit_id is null) or
      (role = 'city_office' and city_code is not null and lead_unit_id is null) or
      (role = 'lead_unit' and city_code is not null and lead_unit_id is not null) or
      (role = 'reader' and lead_unit_id is null)
    )
  `.execute(db)
}
