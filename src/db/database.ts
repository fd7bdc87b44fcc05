import type { ColumnType, Generated, Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely'
import type { Actual, Rank, Target } from '../domain/entryIndicators.js'
import type { IndicatorSource, LeadRole, PeriodKind, PeriodState, ProgressStatus, Role } from '../domain/values.js'

export type { LeadRole, PeriodKind, PeriodState, ProgressStatus, Role }

// Column names are camelCase here; CamelCasePlugin maps them to the snake_case of the tables.
type Timestamps = {
  version: Generated<number>
  createdAt: ColumnType<string, never, never>
  updatedAt: ColumnType<string, never, string>
}
/** A date column: read and written as 'YYYY-MM-DD' (the pg DATE parser is switched off). */
type DateColumn = ColumnType<string, string, string>

export type CityTable = Timestamps & {
  code: string
  name: string
  province: string
  /** Moves on with each committed change to the city's report data; kept by the database (see its migration). */
  revision: ColumnType<number, never, never>
}

export type LeadUnitTable = Timestamps & {
  cityCode: string
  id: Generated<number>
  name: string
  aliases: ColumnType<string[], string[] | undefined, string[]>
}

export type PeriodTable = Timestamps & {
  cityCode: string
  id: Generated<number>
  year: number
  label: string
  kind: PeriodKind
  startsOn: DateColumn
  endsOn: DateColumn
  state: ColumnType<PeriodState, PeriodState | undefined, PeriodState>
}

export type TaskTable = Timestamps & {
  cityCode: string
  id: Generated<number>
  year: number
  seq: number
  title: string
  category: string | null
  targets: ColumnType<Target[], string | undefined, string>
  targetsSource: ColumnType<IndicatorSource, IndicatorSource | undefined, IndicatorSource>
}

export type TaskLeadUnitTable = Timestamps & {
  cityCode: string
  taskId: number
  leadUnitId: number
  role: LeadRole
  position: number
}

export type ProgressEntryTable = Timestamps & {
  cityCode: string
  id: Generated<number>
  taskId: number
  periodId: number
  status: ProgressStatus
  progress: string
  nextSteps: string
  remarks: string
  actual: ColumnType<Actual | null, string | null | undefined, string | null>
  rank: ColumnType<Rank | null, string | null | undefined, string | null>
  indicatorsSource: ColumnType<IndicatorSource, IndicatorSource | undefined, IndicatorSource>
  /** The entry's version right after the last import wrote or confirmed it; null: never imported (a person filed it). */
  importedVersion: ColumnType<number | null, number | null | undefined, number | null>
  /** That import. */
  importId: ColumnType<number | null, number | null | undefined, number | null>
}

export type ImportTable = Timestamps & {
  cityCode: string
  id: Generated<number>
  sourceName: string
  checksum: string
  layout: string
  dryRun: boolean
  periodId: number | null
  result: ColumnType<unknown, string, string>
  apiKeyId: number | null
  requestId: string | null
}

export type AuditEventTable = {
  cityCode: string
  id: Generated<number>
  at: ColumnType<string, never, never>
  apiKeyId: number | null
  requestId: string | null
  action: string
  entity: string
  entityId: string
  before: ColumnType<unknown, string | null, never>
  after: ColumnType<unknown, string | null, never>
}

export type ApiKeyTable = Timestamps & {
  id: Generated<number>
  prefix: string
  secretHash: string
  name: string
  role: Role
  cityCode: string | null
  leadUnitId: number | null
  createdBy: number | null
  revokedAt: string | null
}

export type IdempotencyKeyTable = {
  apiKeyId: number
  key: string
  method: string
  path: string
  requestHash: string
  state: ColumnType<'in_flight' | 'done', 'in_flight' | 'done' | undefined, 'in_flight' | 'done'>
  responseStatus: number | null
  responseHeaders: ColumnType<unknown, string | null, string | null>
  responseBody: string | null
  createdAt: ColumnType<string, never, never>
}

export interface Database {
  cities: CityTable
  leadUnits: LeadUnitTable
  periods: PeriodTable
  tasks: TaskTable
  taskLeadUnits: TaskLeadUnitTable
  progressEntries: ProgressEntryTable
  imports: ImportTable
  auditEvents: AuditEventTable
  apiKeys: ApiKeyTable
  idempotencyKeys: IdempotencyKeyTable
}

/** What query functions take: the database, or the transaction their caller owns. */
export type Db = Kysely<Database> | Transaction<Database>

export type CityRow = Selectable<CityTable>
export type LeadUnitRow = Selectable<LeadUnitTable>
export type PeriodRow = Selectable<PeriodTable>
export type TaskRow = Selectable<TaskTable>
export type ProgressEntryRow = Selectable<ProgressEntryTable>
export type NewTask = Insertable<TaskTable>
export type TaskUpdate = Updateable<TaskTable>
