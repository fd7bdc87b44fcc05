/**
 * The closed sets of values the domain uses, each written once. The database types
 * (db/database.ts), the API schemas (each feature's schemas file) and the import parser take them from here.
 */

/**
 * 工作评价: 已完成, 超进度 (ahead of 序时), 序时推进, 未达预期, 其它类 (a class a city keeps for what
 * it does not rate by pace), or none given. A city may write its own words for them (shared/statusWords.ts).
 */
export const PROGRESS_STATUSES = ['completed', 'ahead', 'on_track', 'behind', 'other', 'not_rated'] as const
export type ProgressStatus = typeof PROGRESS_STATUSES[number]
/** The statuses an evaluation states: all but not_rated. */
export const RATED_STATUSES = ['completed', 'ahead', 'on_track', 'behind', 'other'] as const
export type RatedStatus = typeof RATED_STATUSES[number]
/** The report's status words (工作评价) where a city has none of its own; not_rated has none. */
export const STATUS_WORDS: Record<ProgressStatus, string> = {
  completed: '已完成', ahead: '超进度', on_track: '序时推进', behind: '未达预期', other: '其它类', not_rated: '',
}

/**
 * How a task stands in a period when the office has given no evaluation: submitted and waiting
 * for review, returned to its unit, or nothing handed in (no entry, or a draft). The summary,
 * the narrative, compliance and every export count and say them alike; an import reads them
 * as no published entry.
 */
export const STANDING_WORDS = { awaiting_review: '已报送待审核', returned: '退回修改', not_reported: '未报送' } as const
export type Standing = keyof typeof STANDING_WORDS

/**
 * What an entry's progress text may be flagged for (shared/copiedText.ts): stale, nearly the same
 * as its task's entry of the previous period (进展无实质变化); template, a sentence that another
 * unit's entry of the period holds word for word (模板化表述).
 */
export const ENTRY_FLAG_KINDS = ['stale', 'template', 'contradiction'] as const
export type EntryFlagKind = typeof ENTRY_FLAG_KINDS[number]

/** What an API key may do: everything, one city's office, one lead unit's entries, or read. */
export const ROLES = ['admin', 'city_office', 'lead_unit', 'reader'] as const
export type Role = typeof ROLES[number]

/** The shapes of report text the import reads. */
export const LAYOUTS = ['pipe', 'tab', 'paragraph', 'csv', 'markdown', 'spaced', 'glued'] as const
export type Layout = typeof LAYOUTS[number]

/**
 * The roles a report's columns may have (shared/report/vocabulary.ts): the seven an entry has a
 * field for, the supporting units a task links with role support, and the columns an entry keeps
 * in its remarks under their own header: problems, a deadline, the annual target, the leader, and
 * an earlier period's progress.
 */
export const COLUMN_ROLES = ['seq', 'title', 'leadUnits', 'supportUnits', 'status', 'progress', 'nextSteps', 'remarks',
  'problems', 'deadline', 'target', 'leader', 'previousProgress'] as const

/** 1-5月份 (from January), 一季度, 上半年, 全年, or any other span. */
export const PERIOD_KINDS = ['month_cumulative', 'quarter', 'half_year', 'year', 'custom'] as const
export type PeriodKind = typeof PERIOD_KINDS[number]

export const PERIOD_STATES = ['open', 'closed'] as const
export type PeriodState = typeof PERIOD_STATES[number]

/** 牵头 or 配合. */
export const LEAD_ROLES = ['lead', 'support'] as const
export type LeadRole = typeof LEAD_ROLES[number]

/** Figures read from the text, or set by a person (then kept). */
export const INDICATOR_SOURCES = ['extracted', 'manual'] as const
export type IndicatorSource = typeof INDICATOR_SOURCES[number]

/** The text fields of an entry an import writes and compares. */
export const ENTRY_FIELDS = ['status', 'progress', 'nextSteps', 'remarks'] as const
export type EntryField = typeof ENTRY_FIELDS[number]

/** Where an entry is in the office's review: the unit drafts and submits; the office returns or accepts it. */
export const ENTRY_STATES = ['draft', 'submitted', 'returned', 'accepted'] as const
export type EntryState = typeof ENTRY_STATES[number]
/** What a lead unit may still edit: its draft, or what the office returned; what it submitted is the office's until returned. */
export const unitMayEdit = (state: EntryState) => state === 'draft' || state === 'returned'

/** 批示 / 意见, or the record a step of the review leaves. */
export const COMMENT_KINDS = ['comment', 'return_reason', 'extension_request', 'extension_decision'] as const
export type CommentKind = typeof COMMENT_KINDS[number]

/** 延期申请: waiting for the office, or decided. */
export const EXTENSION_STATES = ['pending', 'approved', 'rejected'] as const
export type ExtensionState = typeof EXTENSION_STATES[number]

/** 催办: sent by a person, or by the city's schedule before or after the deadline. */
export const REMINDER_KINDS = ['manual', 'before_due', 'overdue'] as const
export type ReminderKind = typeof REMINDER_KINDS[number]

/** What other systems can follow. */
export const EVENT_TYPES = [
  'entry.filed', 'entry.submitted', 'entry.returned', 'entry.accepted', 'entry.deleted', 'entry.overdue',
  'reminder.issued', 'extension.requested', 'extension.decided',
  'period.created', 'period.updated', 'period.closed', 'period.reopened', 'period.deleted',
  'task.created', 'task.updated', 'task.deleted',
  'lead_unit.created', 'lead_unit.updated', 'lead_unit.merged', 'lead_unit.deleted',
  'import.committed', 'webhook.created', 'webhook.updated', 'webhook.deleted',
] as const
export type EventType = typeof EVENT_TYPES[number]

/** How a webhook's body is written: duban's own JSON, or a 企业微信 / 钉钉 group robot's markdown message. */
export const WEBHOOK_FORMATS = ['json', 'wecom', 'dingtalk'] as const
export type WebhookFormat = typeof WEBHOOK_FORMATS[number]

export const DELIVERY_STATES = ['pending', 'delivered', 'failed'] as const
export type DeliveryState = typeof DELIVERY_STATES[number]

/** The files an import reads besides text (shared/report/files.ts). */
export const FILE_FORMATS = ['xlsx', 'docx'] as const
