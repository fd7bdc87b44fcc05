import type { Transaction } from 'kysely'
import type { Database, Db, EntryState, PeriodKind, PeriodState, ProgressStatus } from '../../db/database.js'
import { deadlineOf } from '../../db/deadlines.js'
import { bumpVersion } from '../../db/write.js'
import type { AssessmentRules } from './assessment.schemas.js'

const ruleSetColumns = ['cityCode', 'year', 'rules', 'version', 'createdAt', 'updatedAt'] as const

type RuleSetRow = { cityCode: string, year: number, rules: AssessmentRules, version: number, createdAt: string, updatedAt: string }

export async function findRuleSet(db: Db, cityCode: string, year: number): Promise<RuleSetRow | undefined> {
  return await db.selectFrom('assessmentRules').select(ruleSetColumns)
    .where('cityCode', '=', cityCode).where('year', '=', year).executeTakeFirst() as RuleSetRow | undefined
}

/** The rule set, locked for its replacement. */
export async function lockRuleSet(trx: Transaction<Database>, cityCode: string, year: number): Promise<RuleSetRow | undefined> {
  return await trx.selectFrom('assessmentRules').select(ruleSetColumns)
    .where('cityCode', '=', cityCode).where('year', '=', year).forNoKeyUpdate().executeTakeFirst() as RuleSetRow | undefined
}

/** A first rule set for the year; undefined when another transaction wrote one first. */
export async function insertRuleSet(trx: Transaction<Database>, cityCode: string, year: number, rules: AssessmentRules): Promise<RuleSetRow | undefined> {
  return await trx.insertInto('assessmentRules').values({ cityCode, year, rules: JSON.stringify(rules) })
    .onConflict((oc) => oc.columns(['cityCode', 'year']).doNothing())
    .returning(ruleSetColumns).executeTakeFirst() as RuleSetRow | undefined
}

export async function updateRuleSet(trx: Transaction<Database>, cityCode: string, year: number, rules: AssessmentRules): Promise<RuleSetRow> {
  return await trx.updateTable('assessmentRules').set({ rules: JSON.stringify(rules), ...bumpVersion() })
    .where('cityCode', '=', cityCode).where('year', '=', year)
    .returning(ruleSetColumns).executeTakeFirstOrThrow() as RuleSetRow
}

/** The year's tasks by id and seq: what a rule set's weights may name (by seq, a task of the list, not a part of a split task). */
export function yearTasks(db: Db, cityCode: string, year: number) {
  return db.selectFrom('tasks').select(['id', 'seq', 'parentId']).where('cityCode', '=', cityCode).where('year', '=', year).execute()
}

export type AssessedPeriod = { id: number, label: string, kind: PeriodKind, endsOn: string, state: PeriodState, dueAt: string | null }

export function yearPeriods(db: Db, cityCode: string, year: number): Promise<AssessedPeriod[]> {
  return db.selectFrom('periods').select(['id', 'label', 'kind', 'endsOn', 'state', 'dueAt'])
    .where('cityCode', '=', cityCode).where('year', '=', year).orderBy('endsOn').orderBy('id').execute()
}

export type LeadLink = { taskId: number, seq: number, parentId: number | null, title: string, leadUnitId: number, name: string, position: number }

/** Each task of the year with each of its lead units (role lead: a supporting unit is not scored). */
export function yearLeads(db: Db, cityCode: string, year: number): Promise<LeadLink[]> {
  return db.selectFrom('tasks as t')
    .innerJoin('taskLeadUnits as l', (join) => join.on('l.cityCode', '=', cityCode).onRef('l.taskId', '=', 't.id'))
    .innerJoin('leadUnits as u', (join) => join.on('u.cityCode', '=', cityCode).onRef('u.id', '=', 'l.leadUnitId'))
    .select(['t.id as taskId', 't.seq', 't.parentId', 't.title', 'l.leadUnitId', 'u.name', 'l.position'])
    .where('t.cityCode', '=', cityCode).where('t.year', '=', year).where('l.role', '=', 'lead')
    .orderBy('t.seq').orderBy('t.id').orderBy('l.position').execute()
}

export type EntryFact = {
  taskId: number
  periodId: number
  /** null: no entry. */
  state: EntryState | null
  status: ProgressStatus | null
  late: boolean | null
  /** The deadline in force: the last approved extension's, else the period's (db/deadlines.ts). */
  dueAt: string | null
}

/** Every task of the year in every period of it: its entry's state, evaluation and lateness, and its deadline in force. */
export function yearEntries(db: Db, cityCode: string, year: number): Promise<EntryFact[]> {
  return db.selectFrom('tasks as t')
    .innerJoin('periods as p', (join) => join.on('p.cityCode', '=', cityCode).on('p.year', '=', year))
    .leftJoin('progressEntries as e', (join) => join.on('e.cityCode', '=', cityCode).onRef('e.taskId', '=', 't.id').onRef('e.periodId', '=', 'p.id'))
    .select(['t.id as taskId', 'p.id as periodId', 'e.state', 'e.status', 'e.late', deadlineOf(cityCode, 'p', 't.id').as('dueAt')])
    .where('t.cityCode', '=', cityCode).where('t.year', '=', year)
    .execute() as Promise<EntryFact[]>
}

export type ReturnFact = { taskId: number, periodId: number }

/** Each time the office returned an entry of the year (the return's reason is kept as a comment of its own). */
export function yearReturns(db: Db, cityCode: string, year: number): Promise<ReturnFact[]> {
  return db.selectFrom('entryComments as c')
    .innerJoin('periods as p', (join) => join.on('p.cityCode', '=', cityCode).onRef('p.id', '=', 'c.periodId'))
    .select(['c.taskId', 'c.periodId'])
    .where('c.cityCode', '=', cityCode).where('p.year', '=', year).where('c.kind', '=', 'return_reason')
    .orderBy('c.id').execute()
}
