/**
 * The flags on a period's progress text that the office's review list and compliance show: an
 * entry stale against its task's entry of the previous period, and sentences it shares word for
 * word with a task of other lead units. shared/copiedText.ts decides; this reads and assembles.
 */
import type { Db } from '../../db/database.js'
import { cityRevision } from '../cities/cities.service.js'
import { sharedSentences, staleSimilarity } from '../../shared/copiedText.js'
import type { EntryFlagKind } from '../../shared/values.js'
import { type FlagText, listFlagTexts } from './entries.repository.js'
import type { EntryFlag } from './entries.schemas.js'

/** Each flagged entry of a period by its task's id; an entry with none is not there. */
export type PeriodFlags = Map<number, EntryFlag[]>

/**
 * The flags of a period's entries, compared with what the caller may read: publishedOnly
 * compares accepted entries only, in the period and the previous one, so a flag never tells of
 * an entry the caller cannot see.
 */
export async function periodFlags(db: Db, cityCode: string, periodId: number, publishedOnly: boolean): Promise<PeriodFlags> {
  // Comparing a period's texts costs ~15 ms for 200 entries: done once a city revision (any
  // change to its entries, tasks or units moves it on), not on every read of the list.
  const revision = await cityRevision(db, cityCode)
  const kept = keptFlags.get(db) ?? new Map<string, { revision: number, flags: Promise<PeriodFlags> }>()
  keptFlags.set(db, kept)
  const key = `${cityCode}/${periodId}/${publishedOnly ? 'published' : 'all'}`
  const found = kept.get(key)
  if (revision !== undefined && found?.revision === revision) {
    kept.delete(key)
    kept.set(key, found)
    return found.flags
  }
  // The texts are read after the revision: they are at least as new as it, never older.
  const flags = listFlagTexts(db, cityCode, periodId, publishedOnly ? 'accepted' : undefined).then(flagsOf)
  if (revision !== undefined) {
    kept.set(key, { revision, flags })
    flags.catch(() => kept.get(key)?.flags === flags && kept.delete(key))
    while (kept.size > KEPT_PERIODS) kept.delete(kept.keys().next().value!)
  }
  return flags
}

/** The periods whose flags are kept, least recently read first, for each database handle (a transaction's handle keeps none for long). */
const keptFlags = new WeakMap<Db, Map<string, { revision: number, flags: Promise<PeriodFlags> }>>()
const KEPT_PERIODS = 64

/** The flags of entries read by listFlagTexts (in the order of the list). */
export function flagsOf(texts: FlagText[]): PeriodFlags {
  const flags: PeriodFlags = new Map()
  const add = (taskId: number, flag: EntryFlag) => {
    const list = flags.get(taskId)
    if (list) list.push(flag)
    else flags.set(taskId, [flag])
  }
  for (const text of texts) {
    if (text.previousPeriodId === null || text.previousProgress === null) continue
    const similarity = staleSimilarity(text.progress, text.previousProgress)
    if (similarity !== undefined) add(text.taskId, { kind: 'stale', previousPeriodId: text.previousPeriodId, similarity })
  }
  const byTask = new Map(texts.map((text) => [text.taskId, text]))
  const shared = sharedSentences(texts.map((text) => ({ key: text.taskId, leadUnitIds: text.leadUnitIds, progress: text.progress })))
  for (const [taskId, sentences] of shared) {
    for (const { sentence, others } of sentences) {
      add(taskId, {
        kind: 'template', sentence,
        otherEntries: others.map((other) => ({ taskId: other, seq: byTask.get(other)!.seq, leadUnitIds: byTask.get(other)!.leadUnitIds })),
      })
    }
  }
  // The unit proposes 序时推进 or 已完成; its own figures say behind.
  for (const text of texts) {
    if (text.pace?.verdict === 'behind' && (text.proposedStatus === 'on_track' || text.proposedStatus === 'completed')) {
      add(text.taskId, { kind: 'contradiction', proposedStatus: text.proposedStatus, statement: text.pace.statement })
    }
  }
  return flags
}

/** The tasks whose entries carry a flag of this kind. */
export function flaggedTasks(flags: PeriodFlags, kind: EntryFlagKind): number[] {
  return [...flags].filter(([, list]) => list.some((flag) => flag.kind === kind)).map(([taskId]) => taskId)
}

/** An entry's JSON as PostgreSQL built it (an object), with its flags as the last member. */
export function withFlags(json: string, flags: EntryFlag[] = []): string {
  return `${json.slice(0, json.lastIndexOf('}'))},"flags":${JSON.stringify(flags)}}`
}
