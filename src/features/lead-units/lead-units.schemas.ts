import Type, { type Static } from 'typebox'
import { CityCode, Id, Meta, PageOf, PageQuery, ref, Text } from '../../shared/common.schemas.js'

const UnitName = Text(100, { examples: ['市发展改革委'] })

export const LeadUnit = Type.Object({
  id: Id,
  cityCode: CityCode,
  name: Type.String({ examples: ['市发展改革委'] }),
  aliases: Type.Array(Type.String(), { description: 'Other names of the unit, e.g. its short name', examples: [['市发改委']] }),
  shortName: Type.Union([Type.String(), Type.Null()], {
    description: 'The alias the office\'s own summary calls the unit by (the report narrative uses it); null: the name', examples: ['市发改委'],
  }),
  ...Meta,
}, { $id: 'LeadUnit', description: '牵头责任单位: a department that leads tasks' })
export type LeadUnit = Static<typeof LeadUnit>

const ShortName = Type.Union([UnitName, Type.Null()], { description: 'One of the aliases, or null' })

export const LeadUnitCreate = Type.Object({
  name: UnitName,
  aliases: Type.Optional(Type.Array(UnitName, { maxItems: 50, uniqueItems: true })),
  shortName: Type.Optional(ShortName),
}, { additionalProperties: false, examples: [{ name: '市发展改革委', aliases: ['市发改委'], shortName: '市发改委' }] })

export const LeadUnitPatch = Type.Object({
  name: Type.Optional(UnitName),
  aliases: Type.Optional(Type.Array(UnitName, { maxItems: 50, uniqueItems: true })),
  shortName: Type.Optional(ShortName),
}, { additionalProperties: false, minProperties: 1, examples: [{ aliases: ['市发改委'], shortName: '市发改委' }] })

export const LeadUnitParams = Type.Object({ cityCode: CityCode, leadUnitId: Id })
export const LeadUnitList = PageOf(ref(LeadUnit), 'LeadUnitList')
export const LeadUnitListQuery = Type.Object({
  ...PageQuery,
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Exact name or alias' })),
})

export const LeadUnitMergeBody = Type.Object({
  into: Id,
  keys: Type.Optional(Type.Union([Type.Literal('revoke'), Type.Literal('move')], {
    default: 'revoke',
    description: 'What becomes of the merged unit\'s API keys that still work: revoked (the default), or moved to the surviving unit, ' +
      'whose entries they can then edit',
  })),
}, { additionalProperties: false, description: 'The unit that survives, and what becomes of the keys', examples: [{ into: 1, keys: 'revoke' }] })

export const LeadUnitMerge = Type.Object({
  leadUnit: ref(LeadUnit),
  movedTaskIds: Type.Array(Id, { description: 'Tasks whose lead units changed' }),
  aliasesAdded: Type.Array(Type.String(), { description: 'Names of the merged unit that became aliases of the survivor' }),
  keys: Type.Object({
    moved: Type.Array(Id, { description: 'Keys that now speak for the survivor' }),
    revoked: Type.Array(Id, { description: 'Keys revoked by the merge' }),
  }),
}, { $id: 'LeadUnitMerge' })

export const leadUnitSchemas = [LeadUnit, LeadUnitList, LeadUnitMerge]
