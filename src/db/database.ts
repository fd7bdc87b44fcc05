import type { ColumnType, Generated, Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely'
import type { Actual, Rank, Target } from '../shared/entryIndicators.js'
import type { ReportHeader } from '../shared/reportHeader.js'
import type { Pace, TaskSchedule } from '../shared/pace.js'
import type { FigureSpan } from '../shared/indicators.js'
import type { StatusVocabulary } from '../shared/statusWords.js'
import type {
  CommentKind, DeliveryState, EntryState, EventType, ExtensionState, IndicatorSource, LeadRole, PeriodKind, PeriodState, ProgressStatus,
  ReminderKind, Role, WebhookFormat,
} from '../shared/values.js'

export type { EntryState, ExtensionState, LeadRole, PeriodKind, PeriodState, ProgressStatus, Role }

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
  /** When the schedule reminds units of missing entries, and how near a deadline counts as close. */
  supervision: ColumnType<Supervision, string | undefined, string>
  /** The city's own 工作评价 words (shared/statusWords.ts); null: the service's own. */
  statusWords: ColumnType<StatusVocabulary | null, string | null | undefined, string | null>
  /** Whether its published releases are open data (/open/), and under which licence. */
  openData: ColumnType<OpenData, string | undefined, string>
}

export type OpenData = { enabled: boolean, license: { name: string, title: string, path: string } }

/** A published release of a period's report: frozen (never updated), numbered by version within its period. */
export type ReleaseTable = {
  cityCode: string
  id: Generated<number>
  periodId: number
  year: number
  /** The period's label when published: with the year, where /open/ finds it, whatever the period is called later. */
  label: string
  version: number
  title: string
  /** The issuing office, as its datapackage.json and the catalogue name it. */
  publisher: string
  publishedAt: string
  publishedBy: number | null
  content: ColumnType<ReleaseContent, string, never>
  changes: ColumnType<ReleaseChange[], string, never>
}
/** The report table as published: its title, narrative, columns and rows of cells. */
export type ReleaseContent = { title: string, narrative: string, columns: string[], rows: string[][] }
/** One difference from the release before: a task (by 序号) added, removed, or one cell changed (the narrative: seq null). */
export type ReleaseChange = { seq: string | null, title: string, change: 'added' | 'removed' | 'changed', field: string | null, before: string | null, after: string | null }

export type ReleaseFileTable = {
  cityCode: string
  releaseId: number
  name: string
  mediaType: string
  body: Buffer
  etag: string
}

export type Supervision = {
  /** Remind this many days before the deadline (e.g. [3, 1]). */
  remindDaysBefore: number[]
  /** Once overdue, remind every this many days (0: once, when the deadline passes). */
  overdueEveryDays: number
  /** An entry due within this many days shows yellow. */
  warningDays: number
}

/** A timestamp: read as an ISO string (see db/connect.ts), written as one or as a Date. */
type Timestamp = ColumnType<string, string | Date, string | Date>

export type LeadUnitTable = Timestamps & {
  cityCode: string
  id: Generated<number>
  name: string
  aliases: ColumnType<string[], string[] | undefined, string[]>
  /** One of the aliases: the name the office's summary uses (a check keeps it one). */
  shortName: ColumnType<string | null, string | null | undefined, string | null>
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
  /** The submission deadline (RFC 3339); none: the period is not supervised. */
  dueAt: ColumnType<string | null, string | null | undefined, string | null>
  /** What its published report says around the table (shared/reportHeader.ts); null: nothing kept. */
  reportHeader: ColumnType<ReportHeader | null, string | null | undefined, string | null>
}

/** How a parent's status follows its parts: the weakest part's, or the weighted share's verdict. */
export type TaskRollupRule = 'weakest' | 'share'

export type TaskTable = Timestamps & {
  cityCode: string
  id: Generated<number>
  year: number
  seq: number
  title: string
  category: string | null
  targets: ColumnType<Target[], string | undefined, string>
  targetsSource: ColumnType<IndicatorSource, IndicatorSource | undefined, IndicatorSource>
  /** The office's own yardstick for the task's pace (shared/pace.ts); null: months ÷ 12. */
  schedule: ColumnType<TaskSchedule | null, string | null | undefined, string | null>
  /** 县区分解: the task of the list this one is a part of; null: a task of the list itself. */
  parentId: number | null
  /** A part's share of its parent's quantity target (2 of 5 所), its weight in the roll-up; null: not weighted. */
  part: number | null
  /** How a parent's status follows its parts (features/tasks/tasks.rollup.ts); null: the weakest part's. */
  rollup: TaskRollupRule | null
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
  /** Where the entry is in the review; only an accepted entry's status is the office's evaluation. */
  state: ColumnType<EntryState, EntryState | undefined, EntryState>
  /** The evaluation the lead unit proposes; the office sets status. */
  proposedStatus: ColumnType<ProgressStatus | null, ProgressStatus | null | undefined, ProgressStatus | null>
  /** The last submission, and whether it came after the deadline in force then. */
  submittedAt: ColumnType<string | null, string | Date | null | undefined, string | Date | null>
  late: ColumnType<boolean, boolean | undefined, boolean>
  /** When the office last returned or accepted it. */
  reviewedAt: ColumnType<string | null, string | Date | null | undefined, string | Date | null>
  /** 序时进度 (shared/pace.ts): null for a task with no measurable target. */
  pace: ColumnType<Pace | null, string | null | undefined, string | null>
  /** Every figure the progress gives, with its kind and span (shared/indicators.ts figuresIn). */
  figures: ColumnType<FigureSpan[], string | undefined, string>
  /** Which revision of shared/pace.ts wrote pace; older ones are worked out again. */
  paceRev: ColumnType<number, number | undefined, number>
}

export type EntryCommentTable = {
  cityCode: string
  id: Generated<number>
  taskId: number
  periodId: number
  authorKeyId: number | null
  authorRole: Role | 'system'
  kind: CommentKind
  body: string
  createdAt: ColumnType<string, never, never>
}

export type ExtensionRequestTable = Timestamps & {
  cityCode: string
  id: Generated<number>
  taskId: number
  periodId: number
  leadUnitId: number | null
  dueAt: Timestamp
  reason: string
  state: ColumnType<ExtensionState, ExtensionState | undefined, ExtensionState>
  requestedBy: number | null
  decidedBy: ColumnType<number | null, number | null | undefined, number | null>
  decisionReason: ColumnType<string | null, string | null | undefined, string | null>
  decidedAt: ColumnType<string | null, string | Date | null | undefined, string | Date | null>
}

export type ReminderTable = {
  cityCode: string
  id: Generated<number>
  periodId: number
  leadUnitId: number
  taskIds: number[]
  kind: ReminderKind
  /** The schedule's slot an automatic reminder fills (unique); null for a manual one. */
  slotAt: ColumnType<string | null, string | Date | null | undefined, never>
  /** Which slot: the deadline it counts from and the offset from it (unique with unit and kind); null for a manual one. */
  slot: string | null
  reason: string
  issuedBy: number | null
  createdAt: ColumnType<string, never, never>
}

/** When the reminder schedule next looks at a period (see its migration); not read back, as -infinity (at the next round) has no JS time. */
export type ReminderScheduleTable = {
  cityCode: string
  periodId: number
  nextCheckAt: ColumnType<string | null, string | Date | null | undefined, string | Date | null>
}

export type EventTable = {
  cityCode: string
  id: Generated<number>
  type: EventType
  /** What the event is about, e.g. entry:<taskId>:<periodId>; events of one subject are in order of id. */
  subject: string
  data: ColumnType<Record<string, unknown>, string, never>
  /** An event that must be written once only (an entry falling overdue) names itself here. */
  dedupeKey: string | null
  createdAt: ColumnType<string, never, never>
}

export type WebhookTable = Timestamps & {
  cityCode: string
  id: Generated<number>
  url: string
  events: EventType[]
  secret: string
  format: ColumnType<WebhookFormat, WebhookFormat | undefined, WebhookFormat>
  active: ColumnType<boolean, boolean | undefined, boolean>
  createdBy: number | null
  /** Held by the worker sending its deliveries, so that one instance sends them, in order. */
  leasedUntil: ColumnType<string | null, never, string | Date | null>
}

export type WebhookDeliveryTable = {
  cityCode: string
  id: Generated<number>
  webhookId: number
  eventId: number
  state: ColumnType<DeliveryState, DeliveryState | undefined, DeliveryState>
  attempts: ColumnType<number, never, number>
  nextAttemptAt: ColumnType<string, string | Date | undefined, string | Date>
  lastAttemptAt: ColumnType<string | null, never, string | Date | null>
  lastStatus: ColumnType<number | null, never, number | null>
  lastError: ColumnType<string | null, never, string | null>
  deliveredAt: ColumnType<string | null, never, string | Date | null>
  createdAt: ColumnType<string, never, never>
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
  /** A reader that sees only what the office has published (accepted entries). */
  publishedOnly: Generated<boolean>
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

/** 考核: a city's rule set for a year, as the API validated it (features/assessment); scores are computed, never stored. */
export type AssessmentRulesTable = Timestamps & {
  cityCode: string
  year: number
  rules: ColumnType<unknown, string, string>
}

/** The search index (src/features/search/search.repository.ts): a tsvector of character bigrams beside each task, entry and lead unit. */
export type TaskSearchTable = { cityCode: string, taskId: number, doc: string }
export type EntrySearchTable = { cityCode: string, entryId: number, taskId: number, periodId: number, doc: string }
export type LeadUnitSearchTable = { cityCode: string, leadUnitId: number, doc: string }

/** A province and the number of prefecture-level cities it ranks its cities among. */
export type IndicatorKind = 'growth' | 'amount' | 'share'
/** An indicator of a province's catalogue, shared by its cities. */
export type IndicatorTable = {
  id: Generated<number>
  provinceCode: string
  name: string
  unit: string
  kind: IndicatorKind
  aliases: ColumnType<string[], string[] | undefined, string[]>
}
/** The office's word on the indicator a task reports (null: none); a task without a row follows its title's match. */
export type TaskIndicatorTable = Timestamps & {
  cityCode: string
  taskId: number
  indicatorId: number | null
  source: 'matched' | 'manual'
  confidence: number | null
}

/** How far a city's events have been removed: ids up to removedThrough may be gone. */
export type EventHorizonTable = {
  cityCode: string
  removedThrough: ColumnType<number, number, number>
}

export interface Database {
  cities: CityTable
  leadUnits: LeadUnitTable
  periods: PeriodTable
  tasks: TaskTable
  taskLeadUnits: TaskLeadUnitTable
  progressEntries: ProgressEntryTable
  taskSearch: TaskSearchTable
  entrySearch: EntrySearchTable
  leadUnitSearch: LeadUnitSearchTable
  imports: ImportTable
  auditEvents: AuditEventTable
  apiKeys: ApiKeyTable
  idempotencyKeys: IdempotencyKeyTable
  entryComments: EntryCommentTable
  extensionRequests: ExtensionRequestTable
  reminders: ReminderTable
  reminderSchedules: ReminderScheduleTable
  events: EventTable
  eventHorizons: EventHorizonTable
  webhooks: WebhookTable
  webhookDeliveries: WebhookDeliveryTable
  assessmentRules: AssessmentRulesTable
  releases: ReleaseTable
  releaseFiles: ReleaseFileTable
  indicators: IndicatorTable
  taskIndicators: TaskIndicatorTable
}

/** What query functions take: the database, or the transaction their caller owns. */
export type Db = Kysely<Database> | Transaction<Database>

export type CityRow = Selectable<CityTable>
export type ReleaseRow = Selectable<ReleaseTable>
export type LeadUnitRow = Selectable<LeadUnitTable>
export type PeriodRow = Selectable<PeriodTable>
export type TaskRow = Selectable<TaskTable>
export type ProgressEntryRow = Selectable<ProgressEntryTable>
export type NewTask = Insertable<TaskTable>
export type TaskUpdate = Updateable<TaskTable>
export type EntryCommentRow = Selectable<EntryCommentTable>
export type ExtensionRequestRow = Selectable<ExtensionRequestTable>
export type ReminderRow = Selectable<ReminderTable>
export type EventRow = Selectable<EventTable>
export type WebhookRow = Selectable<WebhookTable>
export type WebhookDeliveryRow = Selectable<WebhookDeliveryTable>
