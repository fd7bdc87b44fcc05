import Type, { type Static } from 'typebox'
import { CityCode, Meta, PageOf, PageQuery, ref, Text } from '../../shared/common.schemas.js'

const Days = (description: string) => Type.Integer({ minimum: 0, maximum: 366, description })

export const Supervision = Type.Object({
  remindDaysBefore: Type.Array(Type.Integer({ minimum: 1, maximum: 366 }), {
    maxItems: 10, uniqueItems: true, description: 'Remind units with missing entries this many days before the deadline',
  }),
  overdueEveryDays: Days('Once overdue, remind again every this many days (0: once, when the deadline passes)'),
  warningDays: Days('An entry due within this many days shows yellow in compliance'),
}, {
  $id: 'Supervision', additionalProperties: false,
  description: '催办: when the schedule reminds lead units of entries not yet submitted',
  examples: [{ remindDaysBefore: [3, 1], overdueEveryDays: 2, warningDays: 3 }],
})

const Word = Text(20, { description: 'A 工作评价 word as the city writes it' })
const StatusWord = Type.Object({
  word: Word,
  also: Type.Optional(Type.Array(Word, { maxItems: 20, description: 'Other words an import reads as this status' })),
}, { additionalProperties: false })

export const StatusWords = Type.Object({
  completed: Type.Optional(StatusWord),
  ahead: Type.Optional(StatusWord),
  on_track: Type.Optional(StatusWord),
  behind: Type.Optional(StatusWord),
  other: Type.Optional(StatusWord),
}, {
  $id: 'StatusWords', additionalProperties: false,
  description: 'The city\'s own 工作评价 words, per canonical status: the word its exports, narrative and return sheets write, and other ' +
    'words its imports read as that status (before the built-in ones). A word names one status. A status left out keeps the service\'s ' +
    'words (已完成, 超进度, 序时推进, 未达预期, 其它类); null: all of them.',
  examples: [{
    behind: { word: '欠进度' }, on_track: { word: '达进度' }, ahead: { word: '超进度' },
    completed: { word: '已完成和提前完成', also: ['已完成', '提前完成'] }, other: { word: '其它类' },
  }],
})
export type StatusWords = Static<typeof StatusWords>

export const OpenData = Type.Object({
  enabled: Type.Boolean({ description: 'false: none of the city\'s releases is reachable under /open/, nor listed in /open/catalog.json (they are kept)' }),
  license: Type.Object({
    name: Text(100, { description: 'An SPDX identifier or the licence\'s short name', examples: ['CC-BY-4.0'] }),
    title: Text(200, { examples: ['Creative Commons Attribution 4.0 International'] }),
    path: Type.String({ format: 'uri', maxLength: 500, pattern: '^https?://', examples: ['https://creativecommons.org/licenses/by/4.0/'] }),
  }, { additionalProperties: false, description: 'The licence each release\'s datapackage.json names (written when the release is published)' }),
}, { $id: 'OpenData', additionalProperties: false, description: 'Open data (政务公开): the city\'s published releases as files at stable URLs under /open/, without a key' })

export const City = Type.Object({
  code: CityCode,
  name: Type.String({ examples: ['池州市'] }),
  province: Type.String({ examples: ['安徽省'] }),
  supervision: ref(Supervision),
  statusWords: Type.Union([ref(StatusWords), Type.Null()]),
  openData: ref(OpenData),
  ...Meta,
}, { $id: 'City' })
export type City = Static<typeof City>

export const CityCreate = Type.Object({
  code: CityCode,
  name: Text(100, { examples: ['池州市'] }),
  province: Text(100, { examples: ['安徽省'] }),
}, { additionalProperties: false, examples: [{ code: '341700', name: '池州市', province: '安徽省' }] })

export const CityPatch = Type.Object({
  name: Type.Optional(Text(100)),
  province: Type.Optional(Text(100)),
  supervision: Type.Optional(ref(Supervision)),
  statusWords: Type.Optional(Type.Union([ref(StatusWords), Type.Null()])),
  openData: Type.Optional(ref(OpenData)),
}, { additionalProperties: false, minProperties: 1, examples: [{ name: '池州市' }] })
export type CityPatch = Static<typeof CityPatch>

export const CityList = PageOf(ref(City), 'CityList')
export const CityListQuery = Type.Object({ ...PageQuery })

export const citySchemas = [Supervision, StatusWords, OpenData, City, CityList]
