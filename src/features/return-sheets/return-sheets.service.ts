import type { Transaction } from 'kysely'
import { assertPeriodOpen } from '../../shared/periods.js'
import { lockImportsOfYear } from '../../db/locks.js'
import type { Database } from '../../db/database.js'
import type { Actor } from '../../db/audit.js'
import { findCity } from '../cities/cities.service.js'
import { findLeadUnit } from '../lead-units/lead-units.service.js'
import { lockPeriodForEntryWrite } from '../periods/periods.service.js'
import { fileUnitEntries, listEntriesOfTasks } from '../entries/entries.service.js'
import { listUnitTasks } from '../tasks/tasks.service.js'
import { NotFound, Unprocessable } from '../../shared/errors.js'
import { planReturnSheet, type ReturnSheetTarget } from './return-sheets.plan.js'
import { titleNamesPeriod } from '../../shared/report/returnSheet.js'
import type { ParsedReport } from '../../shared/report/types.js'
import type { ImportOptions } from '../imports/imports.schemas.js'
import type { ImportOutcome } from '../imports/imports.schemas.js'

/**
 * Files a lead unit's return sheet as that unit's entries, inside the caller's transaction:
 * the period and the unit are the sheet's (or the request's), the rows are planned against
 * the unit's tasks (features/return-sheets/return-sheets.plan.ts) and written as a unit writes through the
 * API: a new entry is a draft, an edited draft or returned entry stays so, the 工作评价 is the
 * unit's proposedStatus and the office's status is left as it is. Nothing else is written.
 * The entries are not marked as imported: they are the unit's, and a published report
 * imported later must not replace them unseen.
 */
export async function applyReturnSheet(trx: Transaction<Database>, actor: Actor, cityCode: string, target: ReturnSheetTarget,
  request: ImportOptions, parsed: ParsedReport): Promise<Omit<ImportOutcome, 'format'>> {
  // What the sheet names is the file's content, not the request's: it is a 422 when not there.
  const named = (entity: string, id: number) => target.identity
    ? new Unprocessable('return_sheet_mismatch', `the return sheet names ${entity} ${id}, which city ${cityCode} does not have`)
    : new NotFound(entity, id)
  const period = await lockPeriodForEntryWrite(trx, cityCode, target.periodId)
  if (!period) throw named('period', target.periodId)
  const leadUnit = await findLeadUnit(trx, cityCode, target.leadUnitId)
  if (!leadUnit) throw named('lead unit', target.leadUnitId)
  assertPeriodOpen(period)
  if (request.year !== undefined && request.year !== period.year) {
    throw new Unprocessable('year_mismatch', `year ${request.year} was sent, but period ${period.id} is in ${period.year}`)
  }
  // The title above the table names the period: a sheet whose title is another period's has had its identity swapped in.
  const city = await findCity(trx, cityCode)
  if (target.identity && city && !titleNamesPeriod(parsed, city.name, period)) {
    throw new Unprocessable('return_sheet_mismatch',
      `the sheet's title is for another period than the one its identity names (period ${period.id}, ${period.year}年${period.label})`)
  }
  // As a report import of the year: one at a time, so two imports cannot both create an entry.
  await lockImportsOfYear(trx, cityCode, period.year)
  const tasks = await listUnitTasks(trx, cityCode, period.year, leadUnit.id)
  // Locked: a submit meanwhile would otherwise be overwritten by the draft the sheet makes of it.
  const entries = await listEntriesOfTasks(trx, cityCode, period.id, tasks.map((task) => task.id), true)
  const plan = planReturnSheet(parsed, { period, leadUnit, tasks, entries }, { overwrite: request.overwrite, identity: target.identity })

  const { created, updated } = await fileUnitEntries(trx, actor, cityCode, {
    updates: plan.updates.map(({ before, text, figures }) => ({ before, set: { ...text, ...figures } })),
    creates: plan.creates.map(({ taskId, ...entry }) =>
      ({ cityCode, periodId: period.id, taskId, status: 'not_rated' as const, ...entry, indicatorsSource: 'extracted' as const })),
    tasks: new Map(tasks.map((task) => [task.id, task])),
    period,
  })

  return {
    layout: parsed.layout,
    columns: parsed.columnRoles,
    year: period.year,
    period: { id: period.id, label: period.label, kind: period.kind, startsOn: period.startsOn, endsOn: period.endsOn },
    rows: parsed.rows.length,
    counts: {
      period: { created: 0, updated: 0, unchanged: 1 },
      leadUnits: { created: 0, updated: 0, unchanged: 1 },
      tasks: { created: 0, updated: 0, unchanged: plan.matched },
      entries: { created: created.length, updated: updated.length, unchanged: plan.unchanged, conflicts: plan.conflicts.length },
    },
    newLeadUnits: [],
    warnings: plan.warnings,
    conflicts: plan.conflicts,
    returnSheet: { leadUnitId: leadUnit.id, leadUnitName: leadUnit.name },
  }
}
export { returnSheetTarget } from './return-sheets.plan.js'
