import { sql, type Transaction } from 'kysely'
import type { Database, Db, ReleaseChange, ReleaseContent, ReleaseRow } from '../../db/database.js'

/** A release as a caller reads it: its content is read only where it is needed (the next version's change log). */
const releaseColumns = ['cityCode', 'id', 'periodId', 'year', 'label', 'version', 'title', 'publisher', 'publishedAt', 'publishedBy', 'changes'] as const
export type ReleaseView = Omit<ReleaseRow, 'content'> & { files: { name: string, mediaType: string, bytes: number, etag: string }[] }

/** The release's files; the city by value, as a subquery on Citus needs (docs/scale.md). */
const filesOf = (cityCode: string) => sql<ReleaseView['files']>`coalesce((
  select json_agg(json_build_object('name', f.name, 'mediaType', f.media_type, 'bytes', octet_length(f.body), 'etag', f.etag) order by f.name)
  from release_files f where f.city_code = ${cityCode} and f.release_id = r.id), '[]')`

/** The period's latest release with what it published, or undefined. */
export function latestRelease(db: Db, cityCode: string, periodId: number) {
  return db.selectFrom('releases').selectAll().where('cityCode', '=', cityCode).where('periodId', '=', periodId)
    .orderBy('version', 'desc').limit(1).executeTakeFirst()
}

export type NewRelease = Omit<ReleaseRow, 'id'>

export async function insertRelease(trx: Transaction<Database>, release: NewRelease, files: { name: string, mediaType: string, body: Buffer, etag: string }[]) {
  const { content, changes, ...fields } = release
  const row = await trx.insertInto('releases').values({ ...fields, content: JSON.stringify(content), changes: JSON.stringify(changes) })
    .returning('id').executeTakeFirstOrThrow()
  await trx.insertInto('releaseFiles').values(files.map((file) => ({ cityCode: release.cityCode, releaseId: row.id, ...file }))).execute()
  return row.id
}

/** The period's releases, newest first, each with its files. */
export function listReleases(db: Db, cityCode: string, periodId: number): Promise<ReleaseView[]> {
  return db.selectFrom('releases as r').select(releaseColumns.map((column) => `r.${column}` as const)).select(filesOf(cityCode).as('files'))
    .where('r.cityCode', '=', cityCode).where('r.periodId', '=', periodId).orderBy('r.version', 'desc').execute()
}

export function findRelease(db: Db, cityCode: string, by: { id: number } | { periodId: number, version: number }): Promise<ReleaseView | undefined> {
  return db.selectFrom('releases as r').select(releaseColumns.map((column) => `r.${column}` as const)).select(filesOf(cityCode).as('files'))
    .where('r.cityCode', '=', cityCode)
    .$if('id' in by, (qb) => qb.where('r.id', '=', (by as { id: number }).id))
    .$if('version' in by, (qb) => qb.where('r.periodId', '=', (by as { periodId: number }).periodId).where('r.version', '=', (by as { version: number }).version))
    .executeTakeFirst()
}

/**
 * A file of a release as /open/ serves it: of a city whose open data is on, the release of the
 * year and label named (the latest version, or the one named), with the release's time.
 */
export function openFile(db: Db, cityCode: string, year: number, label: string, version: number | undefined, name: string) {
  return db.selectFrom('releases as r')
    .innerJoin('cities as c', 'c.code', 'r.cityCode')
    .innerJoin('releaseFiles as f', (join) => join.on('f.cityCode', '=', cityCode).onRef('f.releaseId', '=', 'r.id'))
    .select(['r.version', 'r.publishedAt', 'f.mediaType', 'f.body', 'f.etag'])
    .where('r.cityCode', '=', cityCode).where('r.year', '=', year).where('r.label', '=', label).where('f.name', '=', name)
    .where(sql<boolean>`(c.open_data ->> 'enabled')::boolean`)
    .$if(version !== undefined, (qb) => qb.where('r.version', '=', version!))
    .orderBy('r.version', 'desc').limit(1).executeTakeFirst()
}

/**
 * Every release of every city whose open data is on, for the catalogue: by city, year, label and
 * version. Its files are joined and grouped on the city, not read by a subquery, so that on Citus
 * (docs/scale.md) each node answers for its own cities.
 */
export function openReleases(db: Db) {
  return db.selectFrom('releases as r')
    .innerJoin('cities as c', 'c.code', 'r.cityCode')
    .leftJoin('releaseFiles as f', (join) => join.onRef('f.cityCode', '=', 'r.cityCode').onRef('f.releaseId', '=', 'r.id'))
    .select(['r.cityCode', 'c.openData', 'r.year', 'r.label', 'r.version', 'r.title', 'r.publisher', 'r.publishedAt'])
    .select(sql<ReleaseView['files']>`coalesce(json_agg(json_build_object('name', f.name, 'mediaType', f.media_type, 'bytes', octet_length(f.body), 'etag', f.etag)
      order by f.name) filter (where f.name is not null), '[]')`.as('files'))
    .where(sql<boolean>`(c.open_data ->> 'enabled')::boolean`)
    .groupBy(['r.cityCode', 'r.id', 'c.code'])
    .orderBy('r.cityCode').orderBy('r.year').orderBy('r.label').orderBy('r.version').execute()
}

export type { ReleaseChange, ReleaseContent }
