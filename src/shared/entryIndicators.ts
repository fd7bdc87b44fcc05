import { type Actual, extractActual, extractTargets, type Rank, type Target } from './indicators.js'
import type { IndicatorSource } from './values.js'

export type { IndicatorSource }

/** The targets a task's title sets, unless a person has set them. */
export function targetsFor(title: string, current?: { targets: Target[], source: IndicatorSource }): Target[] {
  return current?.source === 'manual' ? current.targets : extractTargets(title)
}

/**
 * The actual figure and rank a progress text reports against the task's targets: the first
 * target the text has a figure for; without one, the rank alone.
 */
export function actualFor(progress: string, targets: Target[]): { actual: Actual | null, rank: Rank | null } {
  for (const target of targets) {
    const found = extractActual(progress, target)
    if (found.actual) return found
  }
  return { actual: null, rank: extractActual(progress).rank }
}

export type { Actual, Rank, Target }

/**
 * Figures a person typed are kept when the text changes; extracted ones follow the text. The
 * one place the rule is written: a PUT or PATCH, an import and a return sheet ask it.
 */
export const figuresSetByHand = (entry: { indicatorsSource: IndicatorSource }) => entry.indicatorsSource === 'manual'
