/**
 * The command of publishing (政务公开): a period's report as the accepted entries make it now is
 * frozen as a release, version 1, 2, … of the period, with what changed since the version before.
 * A release is never changed afterwards; its files are made once and kept (releases.files.ts).
 */
import type { Transaction } from 'kysely'
import type { Database, ReleaseChange, ReleaseContent } from '../../db/database.js'
import { type Actor, recordAudit, timeOf } from '../../db/audit.js'
import { NotFound } from '../../shared/errors.js'
import { findCity } from '../cities/cities.service.js'
import { lockPeriod } from '../periods/periods.service.js'
import { periodReportTable, reportLetterhead } from '../reports/reports.service.js'
import { releaseFiles } from './releases.files.js'
import { findRelease, insertRelease, latestRelease } from './releases.repository.js'

export { findRelease, listReleases, openFile, openReleases, type ReleaseView } from './releases.repository.js'

/** What changed from one release to the next: tasks (by 序号) added or removed, each cell changed, and the narrative. */
export function changeLog(before: ReleaseContent, after: ReleaseContent): ReleaseChange[] {
  const changes: ReleaseChange[] = []
  if (before.narrative !== after.narrative) {
    changes.push({ seq: null, title: after.title, change: 'changed', field: '综述', before: before.narrative, after: after.narrative })
  }
  const rowsOf = (content: ReleaseContent) => new Map(content.rows.map((row) => [row[0]!, row]))
  const old = rowsOf(before)
  const now = rowsOf(after)
  for (const [seq, row] of now) {
    const was = old.get(seq)
    if (!was) {
      changes.push({ seq, title: row[1]!, change: 'added', field: null, before: null, after: null })
      continue
    }
    after.columns.forEach((field, i) => {
      if (i > 0 && (was[i] ?? '') !== (row[i] ?? '')) changes.push({ seq, title: row[1]!, change: 'changed', field, before: was[i] ?? '', after: row[i] ?? '' })
    })
  }
  for (const [seq, row] of old) if (!now.has(seq)) changes.push({ seq, title: row[1]!, change: 'removed', field: null, before: null, after: null })
  return changes
}

/** The same report: compared field by field (jsonb keeps an object's keys in an order of its own). */
const sameContent = (a: ReleaseContent, b: ReleaseContent) => a.title === b.title && a.narrative === b.narrative &&
  JSON.stringify(a.columns) === JSON.stringify(b.columns) && JSON.stringify(a.rows) === JSON.stringify(b.rows)

/**
 * Publishes the period's report as the accepted entries make it now. The period is locked
 * against entry writes meanwhile (they hold it shared), so the release is one moment's report.
 * Publishing what the latest release already says makes no new version: that release is the answer.
 */
export async function publishPeriod(trx: Transaction<Database>, actor: Actor, cityCode: string, periodId: number) {
  const period = await lockPeriod(trx, cityCode, periodId)
  if (!period) throw new NotFound('period', periodId)
  const city = (await findCity(trx, cityCode))!
  const table = await periodReportTable(trx, city, period)
  const content: ReleaseContent = { title: table.title, narrative: table.narrative, columns: table.columns, rows: table.rows }
  const previous = await latestRelease(trx, cityCode, periodId)
  if (previous && sameContent(previous.content, content)) {
    return { release: (await findRelease(trx, cityCode, { id: previous.id }))!, created: false }
  }
  const version = (previous?.version ?? 0) + 1
  const publishedAt = timeOf(actor).toISOString()
  const publisher = reportLetterhead(city.name, period).office
  const files = await releaseFiles(content, period, { cityCode, cityName: city.name, year: period.year, label: period.label, version, publishedAt, publisher },
    city.openData)
  const id = await insertRelease(trx, {
    cityCode, periodId, year: period.year, label: period.label, version, title: content.title, publisher, publishedAt, publishedBy: actor.apiKeyId,
    content, changes: previous ? changeLog(previous.content, content) : [],
  }, files)
  const release = (await findRelease(trx, cityCode, { id }))!
  await recordAudit(trx, actor, { cityCode, action: 'publish', entity: 'release', entityId: id, after: release })
  return { release, created: true }
}
