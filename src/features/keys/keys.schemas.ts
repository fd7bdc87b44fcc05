import Type, { type Static } from 'typebox'
import { ROLES } from '../../shared/values.js'
import { CityCode, Id, Meta, PageOf, PageQuery, ref, Text, Timestamp } from '../../shared/common.schemas.js'

export const Role = Type.Enum([...ROLES], {
  $id: 'Role',
  description: 'admin: everything; city_office: everything in its city; lead_unit: reads its city, writes entries of ' +
    'tasks it leads; reader: reads one city, or all when cityCode is null',
})

const KeyScopeName = Type.Union([Type.Literal('all'), Type.Literal('published')], {
  default: 'all', description: 'all: everything the role may read; published (readers only): accepted entries only, for a public portal',
})

export const ApiKey = Type.Object({
  id: Id,
  prefix: Type.String({ description: 'The visible part of the key, to tell keys apart' }),
  name: Type.String({ examples: ['池州市政府办公室'] }),
  role: ref(Role),
  cityCode: Type.Union([CityCode, Type.Null()]),
  leadUnitId: Type.Union([Id, Type.Null()]),
  createdBy: Type.Union([Id, Type.Null()], { description: 'The key that created this one' }),
  revokedAt: Type.Union([Timestamp, Type.Null()]),
  scope: KeyScopeName,
  ...Meta,
}, { $id: 'ApiKey', description: 'An API key, without its secret' })

export const NewApiKey = Type.Object({
  ...ApiKey.properties,
  key: Type.String({ description: 'The key itself: shown this once, stored only as a hash' }),
}, { $id: 'NewApiKey' })

export const ApiKeyCreate = Type.Object({
  name: Text(200, { description: 'Who holds the key' }),
  role: ref(Role),
  cityCode: Type.Optional(Type.Union([CityCode, Type.Null()])),
  leadUnitId: Type.Optional(Type.Union([Id, Type.Null()])),
  scope: Type.Optional(KeyScopeName),
}, { additionalProperties: false, examples: [{ name: '市发展改革委', role: 'lead_unit', cityCode: '341700', leadUnitId: 1 }] })
export type ApiKeyCreate = Static<typeof ApiKeyCreate>

export const ApiKeyParams = Type.Object({ apiKeyId: Id })
export const ApiKeyList = PageOf(ref(ApiKey), 'ApiKeyList')
export const ApiKeyListQuery = Type.Object({ ...PageQuery, cityCode: Type.Optional(CityCode) })

export const AuditEvent = Type.Object({
  id: Id,
  cityCode: CityCode,
  at: Timestamp,
  apiKeyId: Type.Union([Id, Type.Null()]),
  requestId: Type.Union([Type.String(), Type.Null()]),
  action: Type.String({ examples: ['update'] }),
  entity: Type.String({ examples: ['progress_entry'] }),
  entityId: Type.String(),
  before: Type.Unknown({ description: 'The row before the write; null for a create' }),
  after: Type.Unknown({ description: 'The row after the write; null for a delete' }),
}, { $id: 'AuditEvent' })
export const AuditList = PageOf(ref(AuditEvent), 'AuditList')
export const AuditQuery = Type.Object({
  ...PageQuery,
  entity: Type.Optional(Type.String({ maxLength: 50, examples: ['task'] })),
  entityId: Type.Optional(Type.String({ maxLength: 50 })),
  apiKeyId: Type.Optional(Id),
  from: Type.Optional(Timestamp),
  to: Type.Optional(Timestamp),
})

export const apiKeySchemas = [Role, ApiKey, NewApiKey, ApiKeyList, AuditEvent, AuditList]
