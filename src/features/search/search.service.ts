import { searchTasks, type SearchFilters, type SearchRow, type SearchScope } from './search.repository.js'
import { findPeriod } from '../periods/periods.service.js'
import type { Db } from '../../db/database.js'
import { NotFound } from '../../shared/errors.js'
import { parseSearchQuery, type SearchTerm, type Snippet, snippet, withStatusWords } from '../../shared/search.js'
import { displayWords, wordsRead } from '../../shared/statusWords.js'
import { findCity } from '../cities/cities.service.js'
import type { PageQuery } from '../../db/page.js'
import type { SearchHit } from './search.schemas.js'
import { type ProgressStatus, STATUS_WORDS } from '../../shared/values.js'

/** A unit's name, or its name with the alias that holds a word (市发展改革委（市发改委）). */
function unitMatch(unit: SearchRow['leadUnits'][number], terms: SearchTerm[]): Snippet | undefined {
  const byName = snippet(unit.name, terms)
  if (byName) return byName
  for (const alias of unit.aliases) {
    const byAlias = snippet(alias, terms)
    if (!byAlias) continue
    const shift = unit.name.length + 1
    return { text: `${unit.name}（${byAlias.text}）`, highlights: byAlias.highlights.map(({ start, end }) => ({ start: start + shift, end: end + shift })) }
  }
  return undefined
}

/** The fields of a hit that hold a word, each with its passage, in the order of SEARCH_FIELDS; the status in the city's word when it has one. */
function matchesOf(row: SearchRow, terms: SearchTerm[], words: Record<ProgressStatus, string> = STATUS_WORDS): SearchHit['matches'] {
  const found: SearchHit['matches'] = []
  const add = (field: SearchHit['matches'][number]['field'], text: string | null | undefined) => {
    const passage = text ? snippet(text, terms) : undefined
    if (passage) found.push({ field, ...passage })
  }
  add('title', row.title)
  add('category', row.category)
  for (const unit of row.leadUnits) {
    const passage = unitMatch(unit, terms)
    if (passage) found.push({ field: 'leadUnits', ...passage })
  }
  if (row.entry) {
    add('progress', row.entry.progress)
    add('nextSteps', row.entry.nextSteps)
    add('remarks', row.entry.remarks)
    add('status', words[row.entry.status])
  }
  return found
}

/** The tasks q finds in one city (or every city the scope allows), best first, with where the words stand. */
export async function search(db: Db, scope: SearchScope, q: string, filters: SearchFilters & PageQuery) {
  const typed = parseSearchQuery(q)
  if (scope.cityCode !== undefined && filters.periodId !== undefined && !(await findPeriod(db, scope.cityCode, filters.periodId))) {
    throw new NotFound('period', filters.periodId)
  }
  // In one city, its own status words find the entries they rate, and a hit says the status in them.
  const vocabulary = scope.cityCode === undefined ? null : (await findCity(db, scope.cityCode))?.statusWords ?? null
  const terms = vocabulary ? withStatusWords(typed, wordsRead(vocabulary)) : typed
  const page = await searchTasks(db, scope, terms, filters)
  const words = displayWords(vocabulary)
  return { items: page.items.map((row) => hitOf(row, terms, words)), nextCursor: page.nextCursor }
}

/** A row the search statement found, as the caller reads it. */
export function hitOf(row: SearchRow, terms: SearchTerm[], words?: Record<ProgressStatus, string>): SearchHit {
  return {
    task: { id: row.taskId, cityCode: row.cityCode, year: row.year, seq: row.seq, title: row.title, leadUnits: row.leadUnits.map(({ id, name }) => ({ id, name })) },
    entry: row.entry && { id: row.entry.id, periodId: row.entry.periodId, status: row.entry.status, state: row.entry.state },
    matches: matchesOf(row, terms, words),
  }
}
