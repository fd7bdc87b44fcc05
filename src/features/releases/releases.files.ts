/**
 * What a release publishes, made once when it is published and kept as bytes: the report table
 * as CSV (UTF-8 with a BOM, the header row first), as JSON and as xlsx, and a Frictionless Data
 * Package (datapackage.json, the Tabular Data Package profile) describing the CSV's fields in
 * Chinese and English, with the licence and the publisher. /open/ serves these bytes and only these.
 */
import { createHash } from 'node:crypto'
import type { OpenData, ReleaseContent } from '../../db/database.js'
import { reportLetterhead, toCsv, toXlsx } from '../reports/reports.service.js'
import type { PeriodRow } from '../../db/database.js'

export const RELEASE_FILES = {
  'report.csv': 'text/csv; charset=utf-8',
  'report.json': 'application/json',
  'report.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'datapackage.json': 'application/json',
} as const
export type ReleaseFileName = keyof typeof RELEASE_FILES

/** Each column of the report, as the Table Schema describes it: its name is the CSV's header. */
const FIELDS: { title: string, description: string, type: 'integer' | 'string' }[] = [
  { title: 'Sequence number', description: '序号：任务在年度重点工作清单中的序号。The task\'s number in the city\'s annual list.', type: 'integer' },
  { title: 'Key task', description: '重点工作任务：任务内容。The task as the list states it.', type: 'string' },
  { title: 'Lead units', description: '牵头责任单位：牵头单位名称，以空格分隔。The departments leading the task, separated by spaces.', type: 'string' },
  { title: 'Evaluation', description: '工作评价：办公室对本期进展的评价（如序时推进、未达预期、已完成）；未审核通过的任务写其所处状态（如未报送）。' +
    'The office\'s evaluation of the period\'s progress; a task with no accepted entry says where it stands (e.g. not reported).', type: 'string' },
  { title: 'Progress', description: '进展情况：牵头单位报送、经办公室审核通过的本期进展。The period\'s progress as the lead unit reported it and the office accepted it.', type: 'string' },
  { title: 'Next steps', description: '近期工作安排。The work planned next.', type: 'string' },
  { title: 'Remarks', description: '备注。Remarks.', type: 'string' },
]

export const contentEtag = (body: Buffer) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`

/** What a release's files say of it besides its table. */
export interface ReleaseFacts {
  cityCode: string
  cityName: string
  year: number
  label: string
  version: number
  publishedAt: string
  publisher: string
}

/** The Frictionless descriptor of a release. */
export function dataPackage(content: ReleaseContent, release: ReleaseFacts, openData: OpenData) {
  return {
    profile: 'tabular-data-package',
    name: `duban-${release.cityCode}-${release.year}-${createHash('sha256').update(release.label).digest('hex').slice(0, 8)}`,
    title: content.title,
    description: `${release.cityName}${release.year}年${release.label}重点工作进展情况（第${release.version}版），由${release.publisher}发布。` +
      `Progress of ${release.cityName}'s key tasks, ${release.year} (${release.label}), release ${release.version}.`,
    version: `${release.version}.0.0`,
    created: release.publishedAt,
    keywords: ['重点工作', '督办', '政务公开', 'government key tasks', 'progress'],
    licenses: [openData.license],
    contributors: [{ title: release.publisher, role: 'publisher' }],
    resources: [{
      name: 'report',
      path: 'report.csv',
      profile: 'tabular-data-resource',
      title: content.title,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: content.columns.map((name, i) => ({ name, ...FIELDS[i]! })),
        primaryKey: [content.columns[0]!],
      },
    }],
  }
}

/** Every file of a release, as the bytes /open/ will serve for ever. */
export async function releaseFiles(content: ReleaseContent, period: PeriodRow, release: ReleaseFacts, openData: OpenData) {
  const letterhead = reportLetterhead(release.cityName, period, new Date(release.publishedAt))
  const bodies: Record<ReleaseFileName, Buffer> = {
    'report.csv': Buffer.from(toCsv(content)),
    'report.json': Buffer.from(JSON.stringify({ ...content, city: release.cityName, cityCode: release.cityCode, year: release.year, period: release.label,
      version: release.version, publishedAt: release.publishedAt })),
    'report.xlsx': await toXlsx(content, letterhead),
    'datapackage.json': Buffer.from(`${JSON.stringify(dataPackage(content, release, openData), null, 2)}\n`),
  }
  return (Object.keys(RELEASE_FILES) as ReleaseFileName[]).map((name) => ({ name, mediaType: RELEASE_FILES[name], body: bodies[name], etag: contentEtag(bodies[name]) }))
}
