import Type, { type Static } from 'typebox'
import { CityCode, Id, ref, Timestamp, Year } from '../../shared/common.schemas.js'
import { RELEASE_FILES } from './releases.files.js'

export const ReleaseChange = Type.Object({
  seq: Type.Union([Type.String(), Type.Null()], { description: '序号 of the task; null: the narrative (综述)' }),
  title: Type.String(),
  change: Type.Enum(['added', 'removed', 'changed'], { description: 'added or removed: the task is in one release only; changed: one field of it' }),
  field: Type.Union([Type.String(), Type.Null()], { description: 'The column changed (工作评价, 进展情况, …) or 综述; null for added and removed' }),
  before: Type.Union([Type.String(), Type.Null()]),
  after: Type.Union([Type.String(), Type.Null()]),
}, { $id: 'ReleaseChange', additionalProperties: false })

export const ReleaseFile = Type.Object({
  name: Type.Enum(Object.keys(RELEASE_FILES) as (keyof typeof RELEASE_FILES)[]),
  mediaType: Type.String(),
  bytes: Type.Integer({ minimum: 0 }),
  etag: Type.String({ description: 'The strong ETag /open/ sends for it' }),
  url: Type.String({ description: 'Where /open/ serves this version\'s file without a key (while the city\'s open data is on)', examples: ['/open/341700/2025/1-5%E6%9C%88%E4%BB%BD/v1/report.csv'] }),
}, { $id: 'ReleaseFile', additionalProperties: false })

export const Release = Type.Object({
  id: Id,
  cityCode: CityCode,
  periodId: Id,
  year: Year,
  label: Type.String({ description: 'The period\'s label when published: with the year, the release\'s place under /open/' }),
  version: Type.Integer({ minimum: 1 }),
  title: Type.String(),
  publisher: Type.String({ description: 'The issuing office (the report\'s, else the city\'s 人民政府办公室)', examples: ['池州市人民政府办公室'] }),
  publishedAt: Timestamp,
  publishedBy: Type.Union([Id, Type.Null()], { description: 'The API key that published it' }),
  changes: Type.Array(ref(ReleaseChange), { description: 'What differs from the version before (empty for version 1)' }),
  files: Type.Array(ref(ReleaseFile)),
}, { $id: 'Release', additionalProperties: false, description: 'A published release (政务公开) of a period\'s report: what the accepted entries said when the office published it, never changed' })
export type Release = Static<typeof Release>

export const ReleaseList = Type.Object({ items: Type.Array(ref(Release), { description: 'Newest first' }) }, { $id: 'ReleaseList' })
export const ReleaseParams = Type.Object({ cityCode: CityCode, periodId: Id, version: Type.Integer({ minimum: 1, maximum: 100000 }) })

export const OpenFileName = Type.Enum(Object.keys(RELEASE_FILES) as (keyof typeof RELEASE_FILES)[])
export const OpenParams = Type.Object({
  cityCode: CityCode,
  year: Year,
  label: Type.String({ minLength: 1, maxLength: 100, description: 'The period\'s label as published (URL-encoded), e.g. 1-5月份' }),
  file: OpenFileName,
})
export const OpenVersionParams = Type.Object({
  ...OpenParams.properties,
  version: Type.String({ pattern: '^v[1-9][0-9]{0,5}$', description: 'v1, v2, …', examples: ['v1'] }),
})

export const releaseSchemas = [ReleaseChange, ReleaseFile, Release, ReleaseList]
