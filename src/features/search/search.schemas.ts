import Type, { type Static } from 'typebox'
import { CityCode, Id, PageOf, PageQuery, ref, SearchWords, Year } from '../../shared/common.schemas.js'
import { EntryState, ProgressStatus } from '../entries/entries.schemas.js'

export const SEARCH_FIELDS = ['title', 'category', 'leadUnits', 'progress', 'nextSteps', 'remarks', 'status'] as const

export const SearchQuery = Type.Object({
  ...PageQuery,
  q: SearchWords('Words to find, separated by spaces: a task is found when it holds every one, as written anywhere in its title, ' +
      'its lead units\' names and aliases, or one entry\'s progress, next steps, remarks or evaluation (已完成, 序时推进, 未达预期). ' +
      'Full-width and half-width forms, upper and lower case, and the simplified and traditional forms of a character match each other.', { examples: ['新能源汽车', '消费 未达预期'] }),
  year: Type.Optional(Year),
  periodId: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description: 'Only that period\'s entries, and its year\'s tasks' })),
  status: Type.Optional(ref(ProgressStatus)),
  leadUnitId: Type.Optional(Id),
})
export type SearchQuery = Static<typeof SearchQuery>

export const SearchMatch = Type.Object({
  field: Type.Enum([...SEARCH_FIELDS], { description: 'Where the words are: the task\'s title or category, a lead unit\'s name or alias, or the entry\'s text or evaluation' }),
  text: Type.String({ description: 'The passage around the first match (at most 120 characters; … where cut)' }),
  highlights: Type.Array(Type.Object({
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
  }), { description: 'Each match in text, as [start, end) offsets in UTF-16 code units (JavaScript string indices)' }),
}, { $id: 'SearchMatch' })

export const SearchHit = Type.Object({
  task: Type.Object({
    id: Id, cityCode: CityCode, year: Year, seq: Type.Integer({ minimum: 1 }), title: Type.String(),
    leadUnits: Type.Array(Type.Object({ id: Id, name: Type.String() }), { description: 'In the order the report lists them' }),
  }),
  entry: Type.Union([Type.Object({
    id: Id, periodId: Id, status: ref(ProgressStatus), state: ref(EntryState),
  }), Type.Null()], { description: 'The entry that matches best (the latest period\'s of equals); null when the task alone holds every word' }),
  matches: Type.Array(ref(SearchMatch), { description: 'Every field that holds a word, title first' }),
}, { $id: 'SearchHit' })
export type SearchHit = Static<typeof SearchHit>

export const SearchPage = PageOf(ref(SearchHit), 'SearchPage')
export type SearchPage = Static<typeof SearchPage>

export const searchSchemas = [SearchMatch, SearchHit, SearchPage]
