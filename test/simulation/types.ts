/** What the simulation reads of the service's answers (openapi/openapi.json has them whole). */
export type Status = 'completed' | 'on_track' | 'behind' | 'not_rated'
export type EntryState = 'draft' | 'submitted' | 'returned' | 'accepted'

export interface Period { id: number, label: string, state: 'open' | 'closed', dueAt: string | null, version: number }
export interface LeadUnit { id: number, name: string, version: number }
export interface Task { id: number, seq: number, title: string, version: number, leadUnits: { id: number, name: string, role: string, order: number }[] }

export interface Entry {
  id: number
  taskId: number
  periodId: number
  state: EntryState
  status: Status
  proposedStatus: Status | null
  late: boolean
  submittedAt: string | null
  version: number
  updatedAt: string
}

export interface Extension { id: number, taskId: number, periodId: number, state: 'pending' | 'approved' | 'rejected', dueAt: string }

export interface Reminder { id: number, periodId: number, leadUnitId: number, taskIds: number[], kind: 'manual' | 'before_due' | 'overdue', slotAt: string | null, slot?: string | null }

export interface Event { id: number, type: string, subject: string, data: Record<string, unknown>, createdAt: string }

export interface AuditRow { id: number, action: string, entity: string, entityId: string, requestId: string | null, at: string }

export type Counts = Record<Status | 'not_reported', number>

export interface Summary {
  taskCount: number
  counts: Counts & Record<string, number>
  late: number
  notReported: { leadUnitId: number, tasks: { taskId: number }[] }[]
  narrative: string
  [more: string]: unknown
}

export interface Compliance {
  totals: { due: number, onTime: number, late: number, returned: number, missing: number }
  tasks: { taskId: number, state: EntryState | null, dueAt: string | null, late: boolean, light: 'green' | 'yellow' | 'red' | 'none' }[]
}

export interface ReportTable { title: string, narrative: string, columns: string[], rows: string[][] }

export interface ImportResult {
  id: number
  counts: Record<'period' | 'leadUnits' | 'tasks', { created: number, updated: number, unchanged: number }> & { entries: { created: number, updated: number, unchanged: number, conflicts: number } }
  conflicts: unknown[]
}

export interface Delivery { id: number, eventId: number, state: 'pending' | 'delivered' | 'failed', nextAttemptAt: string | null }
