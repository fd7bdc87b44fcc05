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

export const City = Type.Object({
  code: CityCode,
  name: Type.String({ examples: ['池州市'] }),
  province: Type.String({ examples: ['安徽省'] }),
  supervision: ref(Supervision),
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
}, { additionalProperties: false, minProperties: 1, examples: [{ name: '池州市' }] })
export type CityPatch = Static<typeof CityPatch>

export const CityList = PageOf(ref(City), 'CityList')
export const CityListQuery = Type.Object({ ...PageQuery })

export const citySchemas = [Supervision, City, CityList]
