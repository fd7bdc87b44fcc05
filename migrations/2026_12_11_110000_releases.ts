import { type Kysely, sql } from 'kysely'

// Published releases of a period's report (政务公开): what the accepted entries said when the
// office published, frozen. A release is never changed; publishing again adds the next version
// with its change log. Its files (CSV, JSON, xlsx, the Frictionless datapackage.json) are kept
// as the bytes served under /open/, so an open URL answers the same bytes for ever. A period
// with a release is not deleted (its releases are the public record); a city's open data may be
// turned off (open_data.enabled), which hides its releases from /open/ without deleting them.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table cities add column open_data jsonb not null default
      '{"enabled": true, "license": {"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0 International", "path": "https://creativecommons.org/licenses/by/4.0/"}}'
  `.execute(db)
  await sql`
    create table releases (
      city_code text not null,
      id bigint generated always as identity,
      period_id bigint not null,
      year integer not null,
      label text not null,
      version integer not null check (version >= 1),
      title text not null,
      publisher text not null,
      published_at timestamptz not null,
      published_by bigint,
      content jsonb not null,
      changes jsonb not null default '[]',
      primary key (city_code, id),
      constraint releases_period_fkey foreign key (city_code, period_id) references periods (city_code, id) on delete restrict,
      constraint releases_version_key unique (city_code, period_id, version)
    )
  `.execute(db)
  await sql`create index releases_open on releases (city_code, year, label, version)`.execute(db)
  await sql`
    create table release_files (
      city_code text not null,
      release_id bigint not null,
      name text not null,
      media_type text not null,
      body bytea not null,
      etag text not null,
      primary key (city_code, release_id, name),
      constraint release_files_release_fkey foreign key (city_code, release_id) references releases (city_code, id) on delete cascade
    )
  `.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table release_files`.execute(db)
  await sql`drop table releases`.execute(db)
  await sql`alter table cities drop column open_data`.execute(db)
}
