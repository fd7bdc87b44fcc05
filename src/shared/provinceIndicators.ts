/**
 * A province's shared indicators, without the database: which one a task's title reports, the
 * province's rank of its cities on one, and whether the rank a city's report quotes agrees.
 */
import { direction, extractTargets, sameMetric } from './indicators.js'
import type { Actual, Rank } from './indicators.js'

export interface CatalogueIndicator { id: number, name: string, aliases: string[] }

export interface IndicatorMatch { indicatorId: number, confidence: number }

/**
 * How sure a match is. A title that sets a target on the indicator (地区生产总值增长6.5%以上)
 * names what the task is measured by; one that only mentions it (…带动地区生产总值…) may be
 * about something else. Only a target match counts in the province's ranking unless the office
 * confirms a weaker one.
 */
export const MATCH_CONFIDENCE = { target: 0.95, mention: 0.6 } as const
export const RANKED_CONFIDENCE = MATCH_CONFIDENCE.target

const namesOf = (indicator: CatalogueIndicator) => [indicator.name, ...indicator.aliases]
const normalized = (text: string) => text.replace(/\s+/g, '')

/** The catalogue's indicator the title reports, best first; null when it names none. */
export function matchIndicator(title: string, catalogue: CatalogueIndicator[]): IndicatorMatch | null {
  const targets = extractTargets(title)
  for (const target of targets) {
    // The first target of the title is the task's own; a longer name wins over its alias' prefix.
    const found = catalogue.find((indicator) => namesOf(indicator).some((name) => sameMetric(target.metric, name)))
    if (found) return { indicatorId: found.id, confidence: MATCH_CONFIDENCE.target }
  }
  const text = normalized(title)
  const mentioned = catalogue
    .map((indicator) => ({ indicator, at: Math.min(...namesOf(indicator).map((name) => text.indexOf(name)).filter((at) => at >= 0)) }))
    .filter((m) => Number.isFinite(m.at))
    .sort((a, b) => a.at - b.at)[0]
  return mentioned ? { indicatorId: mentioned.indicator.id, confidence: MATCH_CONFIDENCE.mention } : null
}

/** The growth an entry's figure gives, in percent (下降0.7% is -0.7); null for a level, an amount or no figure. */
export function growthOf(actual: Actual | null): number | null {
  if (actual === null || actual.unit !== '%') return null
  const sign = direction(actual.measure)
  return sign === 0 ? null : sign * actual.value
}

export type RankCheck = 'agrees' | 'disagrees' | 'cannot_check'

/**
 * Whether a quoted provincial rank agrees with the computed one. A rank of 全省 is among all
 * the province's cities: it can be checked only when every one of them has a figure here
 * (末位 is the province's last place, its city count).
 */
export function checkQuotedRank(quoted: Rank, computed: number, reporting: number, provinceCities: number): RankCheck {
  if (quoted.scope !== '全省' || reporting < provinceCities) return 'cannot_check'
  const position = quoted.position === 'last' ? provinceCities : quoted.position
  return position === computed ? 'agrees' : 'disagrees'
}
