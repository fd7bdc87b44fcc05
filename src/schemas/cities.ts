import Type, { type Static } from 'typebox'
import { CityCode, Meta, PageOf, PageQuery, ref, Text } from './common.js'

export const City = Type.Object({
  code: CityCode,
  name: Type.String({ examples: ['池州市'] }),
  province: Type.String({ examples: ['安徽省'] }),
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
}, { additionalProperties: false, minProperties: 1, examples: [{ name: '池州市' }] })

export const CityList = PageOf(ref(City), 'CityList')
export const CityListQuery = Type.Object({ ...PageQuery })

export const citySchemas = [City, CityList]
