/**
 * 县区分解: a task of the list split into parts, each a county's or district's share led by it, with
 * its own entry and review each period. How the parent stands follows its parts (the rule, written
 * once, here): the weakest part's status by default, or the verdict of the parts' weighted share
 * (`share`); the weighted share of a quantity target is Σ part × share reached ÷ Σ part, against
 * the share due by the period's end; and the parts behind (rated 未达预期, or behind 序时进度 by their
 * figures) are named as the office writes it: 其中贵池区、东至县未达序时进度。
 * Pure: the parts as the period's report reads them (only an accepted entry is the office's word) in,
 * the roll-up out. A part not yet accepted is listed as unreported and leaves the weakest status
 * unknown, as it does a weighted share it has a part in.
 */
import type { ProgressStatus, TaskRollupRule } from '../../db/database.js'
import { type Pace, type PaceVerdict, shareAgainst, type Yardstick } from '../../shared/pace.js'

export const ROLLUP_RULES = ['weakest', 'share'] as const satisfies readonly TaskRollupRule[]

/** A part as the period's report reads it. */
export interface RollupPart {
  taskId: number
  seq: number
  title: string
  /** shortName: what the office's summary calls the unit, or null. */
  leadUnits: { id: number, name: string, shortName: string | null }[]
  part: number | null
  /** Where its entry is in the review; null: no entry, or a draft. */
  state: 'submitted' | 'returned' | 'accepted' | null
  /** The office's evaluation of the accepted entry; null: none accepted. */
  status: ProgressStatus | null
  pace: Pace | null
}

/** A part as the roll-up lists it. */
export type RolledPart = Pick<RollupPart, 'taskId' | 'seq' | 'title' | 'part' | 'state' | 'status'> & {
  leadUnits: { id: number, name: string }[]
  verdict: PaceVerdict | null
  behind: boolean
}

export interface Rollup {
  rule: TaskRollupRule
  /** The parent's status by the rule; null: a part not yet accepted, or (share) no weighted share. */
  status: ProgressStatus | null
  /** The parts' weighted share, when every part has a weight; null otherwise. */
  share: { expectedShare: number, actualShare: number | null, verdict: PaceVerdict | null, gap: number | null, statement: string } | null
  parts: RolledPart[]
  /** The parts behind, by task id: rated 未达预期, or behind 序时进度 by their figures. */
  behind: number[]
  /** The parts with no accepted entry for the period, by task id. */
  unreported: number[]
  /** 其中贵池区、东至县未达序时进度。 null: none behind. */
  statement: string | null
}

// Weakest first: behind, then not rated (nothing said), then 其它类, 序时推进, 超进度, 已完成.
const STRENGTH: ProgressStatus[] = ['behind', 'not_rated', 'other', 'on_track', 'ahead', 'completed']

/** A part's share of its target reached: its figure's, its completion's, or all of it once rated 已完成. */
function reached(part: RollupPart): number | null {
  if (part.status === 'completed') return 1
  const pace = part.pace
  return pace && (pace.kind === 'quantity' || pace.kind === 'completion') ? pace.actualShare : null
}

/** What a part is called in the office's sentence: its first lead unit, as the summary calls it. */
const partName = (part: RollupPart) => {
  const unit = part.leadUnits[0]
  return unit ? (unit.shortName ?? unit.name) : `第${part.seq}部分`
}

/** The parts' share said of them together: 合计完成年度目标的40%，低于序时进度1.7个百分点. */
const together = (measured: ReturnType<typeof shareAgainst>) => ({ ...measured, expectedShare: measured.expectedShare!, statement: `合计${measured.statement}` })

/** The roll-up of a parent's parts in one period, against the share of its target due by the period's end. */
export function rollUp(rule: TaskRollupRule | null, parts: RollupPart[], due: { share: number, yardstick: Yardstick }): Rollup {
  const ordered = [...parts].sort((a, b) => a.seq - b.seq || a.taskId - b.taskId)
  const isBehind = (part: RollupPart) => part.status === 'behind' || part.pace?.verdict === 'behind'
  const unreported = ordered.filter((part) => part.status === null)
  const behind = ordered.filter(isBehind)

  const weights = ordered.map((part) => part.part)
  let share: Rollup['share'] = null
  if (ordered.length > 0 && weights.every((weight) => weight !== null)) {
    const shares = ordered.map(reached)
    const total = weights.reduce<number>((sum, weight) => sum + weight!, 0)
    share = shares.some((value) => value === null)
      ? { expectedShare: Math.round(due.share * 1000) / 1000, actualShare: null, verdict: null, gap: null,
        statement: `${ordered.filter((_, i) => shares[i] === null).map(partName).join('、')}未报告完成数，无法合计` }
      : together(shareAgainst(shares.reduce<number>((sum, value, i) => sum + value! * weights[i]!, 0) / total, due.share, due.yardstick))
  }

  const ruleInForce = rule ?? 'weakest'
  let status: ProgressStatus | null = null
  if (ordered.length > 0 && ruleInForce === 'weakest') {
    status = unreported.length > 0 ? null : STRENGTH.find((candidate) => ordered.some((part) => part.status === candidate)) ?? null
  } else if (ruleInForce === 'share' && share?.verdict) {
    status = share.actualShare! >= 1 ? 'completed' : share.verdict === 'behind' ? 'behind' : share.verdict === 'ahead' ? 'ahead' : 'on_track'
  }
  return {
    rule: ruleInForce,
    status,
    share,
    parts: ordered.map((part) => ({
      taskId: part.taskId, seq: part.seq, title: part.title, leadUnits: part.leadUnits.map(({ id, name }) => ({ id, name })), part: part.part,
      state: part.state, status: part.status, verdict: part.pace?.verdict ?? null, behind: isBehind(part),
    })),
    behind: behind.map((part) => part.taskId),
    unreported: unreported.map((part) => part.taskId),
    statement: behind.length === 0 ? null : `其中${[...new Set(behind.map(partName))].join('、')}未达序时进度。`,
  }
}
