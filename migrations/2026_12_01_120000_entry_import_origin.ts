import { type Kysely, type RawBuilder, sql } from 'kysely'

// What the last import wrote to each progress entry: the entry's version right after an
// import created, updated or confirmed it, and that import. A later change through the API
// moves version on, so version <> imported_version (or imported_version null: a person filed
// the entry) marks an entry a re-import must not silently overwrite.
//
// Entries that exist already are taken as imported when the last audit event that wrote
// them came from an import: its request is a committed import's request, or it has no
// request at all (the command-line import). Every other entry stays null, as filed by a person.
const upStatements: RawBuilder<unknown>[] = [
  sql`
    alter table progress_entries
      add column imported_version integer,
      add column import_id bigint
  `,
  sql`
    update progress_entries pe set imported_version = pe.version, import_id = last.import_id
    from (
      select distinct on (ae.city_code, ae.entity_id) ae.city_code, ae.entity_id, ae.request_id,
        (select i.id from imports i where i.city_code = ae.city_code and i.request_id = ae.request_id and not i.dry_run
          order by i.id desc limit 1) as import_id
      from audit_events ae
      where ae.entity = 'progress_entry' and ae.action in ('create', 'update')
      order by ae.city_code, ae.entity_id, ae.id desc
    ) last
    where last.city_code = pe.city_code and last.entity_id = pe.id::text
      and (last.request_id is null or last.import_id is not null)
  `,
]

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of upStatements) await statement.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table progress_entries drop column imported_version, drop column import_id`.execute(db)
}
