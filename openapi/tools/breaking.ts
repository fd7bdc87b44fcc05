/**
 * Breaking changes between two versions of the OpenAPI document (`openapi/openapi.json`).
 *
 * A change is breaking when a caller written against `before` can fail against `after`. The two
 * directions of data are judged differently:
 *
 * - Responses (the server writes, the caller reads) may narrow but not widen: every value `after`
 *   allows must have been allowed by `before`. So a removed property, a property that was required
 *   and became optional, a type the value could not have before (string→integer, a union gaining a
 *   member, null added), an enum gaining a value, a raised maxLength/maximum or lowered
 *   minLength/minimum, and a removed or changed pattern/format are breaking. Losing null, a union
 *   losing a member, an enum losing a value and new properties are not.
 * - Request inputs (body, query, path and header parameters; the caller writes, the server
 *   validates) may widen but not narrow: every value `before` accepted must still be accepted. So a
 *   new required property or parameter, an optional one that became required, a type that no longer
 *   accepts what it did (a union losing a member, null removed, number narrowed to integer), a removed enum value
 *   (or an enum where there was none), a lowered maxLength/maximum or raised minLength/minimum, an
 *   added or changed pattern/format/multipleOf, uniqueItems turned on, a removed property of an
 *   object with `additionalProperties: false` (this service's Ajv rejects it, `removeAdditional` is
 *   off), an object that becomes closed, a removed parameter or request body (what the caller sends
 *   is then ignored or rejected) and a removed request media type are breaking.
 *
 * Decisions on the ambiguous cases: an enum gaining a value in a response IS breaking (clients
 * with exhaustive switches, and typed SDKs generated from the document, fail on the new value);
 * bounds widening in a response is breaking for the same reason; removing an optional response
 * property is breaking (callers read it whenever it is there); any change of a pattern, format or
 * multipleOf counts as a change in the breaking direction, because their languages are not compared.
 *
 * Covered: operations (path and method; paths match with their parameter names ignored, and path
 * parameters pair by position, so renaming `{id}` is not a change), response status codes and media
 * types, request bodies and their media types, parameters (header names case-insensitively), and
 * schemas: local `$ref`s (`#/components/schemas/...` and any other `#/...` pointer) in both
 * documents, `type` (string or list), `nullable` (OpenAPI 3.0), `enum`/`const`, `anyOf`/`oneOf`
 * (as unions: each alternative of one side is paired with the alternative of the same type on the
 * other that differs least), `allOf` (merged shallowly: properties and required united, other
 * keywords from the later member), `properties`/`required`, `additionalProperties` (false, or a
 * schema on both sides), `items`, the numeric and length bounds, `pattern`, `format`,
 * `multipleOf`, `uniqueItems`; recursive schemas stop where a pair of schemas repeats.
 *
 * Not covered: response headers, security requirements, servers, callbacks and links;
 * `not`, `if`/`then`/`else`, `prefixItems`, `patternProperties`, `dependentRequired` and
 * `discriminator`; anyOf and oneOf on the same schema (anyOf wins); new response status codes;
 * media types match by their exact key (`application/json` is not `application/json; charset=utf-8`);
 * exclusive and inclusive bounds are compared each with itself, not with one another; defaults
 * and examples are documentation, not contract.
 */

export type JsonSchema = Schema | boolean

export interface Schema {
  $ref?: string
  type?: string | string[]
  enum?: unknown[]
  const?: unknown
  nullable?: boolean
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: JsonSchema
  items?: JsonSchema
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
  [keyword: string]: unknown
}

export interface MediaType { schema?: JsonSchema, [key: string]: unknown }

export interface Parameter {
  $ref?: string
  name: string
  in: string
  required?: boolean
  schema?: JsonSchema
  content?: Record<string, MediaType>
  [key: string]: unknown
}

export interface RequestBody { $ref?: string, required?: boolean, content?: Record<string, MediaType>, [key: string]: unknown }

export interface Response { $ref?: string, content?: Record<string, MediaType>, [key: string]: unknown }

export interface Operation {
  parameters?: Parameter[]
  requestBody?: RequestBody
  responses?: Record<string, Response>
  [key: string]: unknown
}

export const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const
export type Method = typeof methods[number]

export type PathItem = { [method in Method]?: Operation } & { $ref?: string, parameters?: Parameter[] }

export interface OpenApiDoc {
  openapi?: string
  info?: { version?: string, [key: string]: unknown }
  paths?: Record<string, PathItem>
  components?: { schemas?: Record<string, JsonSchema>, [key: string]: unknown }
  [key: string]: unknown
}

export type ChangeKind =
  | 'operation-removed'
  | 'response-status-removed'
  | 'response-media-type-removed'
  | 'response-property-removed'
  | 'response-property-became-optional'
  | 'response-type-changed'
  | 'response-nullable-added'
  | 'response-enum-value-added'
  | 'response-bound-widened'
  | 'response-constraint-loosened'
  | 'request-parameter-removed'
  | 'request-parameter-added-required'
  | 'request-parameter-became-required'
  | 'request-body-removed'
  | 'request-body-became-required'
  | 'request-media-type-removed'
  | 'request-property-added-required'
  | 'request-property-became-required'
  | 'request-property-removed'
  | 'request-object-closed'
  | 'request-type-narrowed'
  | 'request-nullable-removed'
  | 'request-enum-value-removed'
  | 'request-bound-tightened'
  | 'request-constraint-tightened'

export interface Change {
  /** Stable, for tooling: one of ChangeKind. */
  kind: ChangeKind
  /** The operation and the place in it, e.g. `GET /v1/cities/{cityCode} response 200 body.items[].name`. */
  where: string
  message: string
}

/** Who writes the data a schema describes: the server (responses) or the caller (request inputs). */
type Direction = 'response' | 'request'

/** The changes that can break a caller written against `before` when the API becomes `after`. */
export function breakingChanges(before: OpenApiDoc, after: OpenApiDoc): Change[] {
  const changes: Change[] = []
  const context = new Context(before, after)
  const afterPaths = new Map(Object.keys(after.paths ?? {}).map((template) => [pathShape(template), template]))
  for (const [beforeTemplate, beforeRawItem] of Object.entries(before.paths ?? {})) {
    const beforeItem = resolve(before, beforeRawItem)
    const afterTemplate = afterPaths.get(pathShape(beforeTemplate))
    const afterItem = afterTemplate === undefined ? undefined : resolve(after, after.paths?.[afterTemplate])
    for (const method of methods) {
      const beforeOperation = beforeItem[method]
      if (!beforeOperation) continue
      const operation = `${method.toUpperCase()} ${beforeTemplate}`
      const afterOperation = afterItem?.[method]
      if (afterTemplate === undefined || !afterItem || !afterOperation) {
        changes.push({ kind: 'operation-removed', where: operation, message: `${operation} was removed` })
        continue
      }
      changes.push(
        ...compareParameters(context, operation,
          { template: beforeTemplate, parameters: operationParameters(before, beforeItem, beforeOperation) },
          { template: afterTemplate, parameters: operationParameters(after, afterItem, afterOperation) }),
        ...compareRequestBodies(context, operation, beforeOperation.requestBody, afterOperation.requestBody),
        ...compareResponses(context, operation, beforeOperation.responses ?? {}, afterOperation.responses ?? {}),
      )
    }
  }
  return changes
}

/** The major number of `info.version` (`1.4.2` → 1, `v2` → 2); undefined when it has none. */
export function majorVersion(document: OpenApiDoc): number | undefined {
  const match = /^v?(\d+)/.exec(document.info?.version?.trim() ?? '')
  return match ? Number(match[1]) : undefined
}

// --- operations --------------------------------------------------------------------------------

/** `/v1/cities/{cityCode}` and `/v1/cities/{code}` are the same path to a caller. */
function pathShape(template: string): string {
  return template.replace(/\{[^}]*\}/g, '{}')
}

function pathParameterNames(template: string): string[] {
  return [...template.matchAll(/\{([^}]*)\}/g)].map((match) => match[1] ?? '')
}

/** Path-level parameters, overridden by the operation's own of the same name and location. */
function operationParameters(document: OpenApiDoc, item: PathItem, operation: Operation): Parameter[] {
  const byKey = new Map<string, Parameter>()
  for (const raw of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
    const parameter = resolve(document, raw)
    byKey.set(`${parameter.in}:${parameter.name}`, parameter)
  }
  return [...byKey.values()]
}

/** Path parameters pair by their position in the template; the others by location and name. */
function parameterKey(template: string, parameter: Parameter): string {
  if (parameter.in === 'path') return `path#${pathParameterNames(template).indexOf(parameter.name)}`
  return `${parameter.in}:${parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name}`
}

function parameterSchema(parameter: Parameter): JsonSchema {
  return parameter.schema ?? Object.values(parameter.content ?? {})[0]?.schema ?? true
}

interface ParameterSide { template: string, parameters: Parameter[] }

function compareParameters(context: Context, operation: string, before: ParameterSide, after: ParameterSide): Change[] {
  const changes: Change[] = []
  const afterByKey = new Map(after.parameters.map((parameter) => [parameterKey(after.template, parameter), parameter]))
  const beforeKeys = new Set<string>()
  for (const parameter of before.parameters) {
    const key = parameterKey(before.template, parameter)
    beforeKeys.add(key)
    const where = `${operation} ${parameter.in} ${parameter.name}`
    const successor = afterByKey.get(key)
    if (!successor) {
      if (parameter.in !== 'path') {
        changes.push({ kind: 'request-parameter-removed', where, message: `the ${parameter.in} parameter ${parameter.name} was removed; callers sending it are ignored or rejected` })
      }
      continue
    }
    if (!parameter.required && successor.required) {
      changes.push({ kind: 'request-parameter-became-required', where, message: `the ${parameter.in} parameter ${parameter.name} is now required` })
    }
    changes.push(...compareSchemas(context, 'request', parameterSchema(parameter), parameterSchema(successor), where))
  }
  for (const parameter of after.parameters) {
    if (beforeKeys.has(parameterKey(after.template, parameter)) || !parameter.required) continue
    changes.push({
      kind: 'request-parameter-added-required',
      where: `${operation} ${parameter.in} ${parameter.name}`,
      message: `the new ${parameter.in} parameter ${parameter.name} is required`,
    })
  }
  return changes
}

function compareRequestBodies(context: Context, operation: string, rawBefore: RequestBody | undefined, rawAfter: RequestBody | undefined): Change[] {
  const before = rawBefore && resolve(context.before, rawBefore)
  const after = rawAfter && resolve(context.after, rawAfter)
  const where = `${operation} request body`
  if (!after) {
    return before ? [{ kind: 'request-body-removed', where, message: 'the request body was removed; what callers send is ignored or rejected' }] : []
  }
  const changes: Change[] = []
  if (after.required && !before?.required) {
    changes.push({ kind: 'request-body-became-required', where, message: before ? 'the request body is now required' : 'a request body is now required' })
  }
  for (const [mediaType, beforeContent] of Object.entries(before?.content ?? {})) {
    const afterContent = after.content?.[mediaType]
    const at = `${operation} request ${bodyLabel(mediaType)}`
    if (!afterContent) {
      changes.push({ kind: 'request-media-type-removed', where: at, message: `the request body is no longer accepted as ${mediaType}` })
      continue
    }
    changes.push(...compareSchemas(context, 'request', beforeContent.schema ?? true, afterContent.schema ?? true, at))
  }
  return changes
}

function compareResponses(context: Context, operation: string, before: Record<string, Response>, after: Record<string, Response>): Change[] {
  const changes: Change[] = []
  for (const [status, rawBefore] of Object.entries(before)) {
    const rawAfter = after[status]
    if (!rawAfter) {
      changes.push({ kind: 'response-status-removed', where: `${operation} response ${status}`, message: `the ${status} response is no longer documented` })
      continue
    }
    const beforeResponse = resolve(context.before, rawBefore)
    const afterResponse = resolve(context.after, rawAfter)
    for (const [mediaType, beforeContent] of Object.entries(beforeResponse.content ?? {})) {
      const afterContent = afterResponse.content?.[mediaType]
      const where = `${operation} response ${status} ${bodyLabel(mediaType)}`
      if (!afterContent) {
        changes.push({ kind: 'response-media-type-removed', where, message: `the ${status} response is no longer sent as ${mediaType}` })
        continue
      }
      changes.push(...compareSchemas(context, 'response', beforeContent.schema ?? true, afterContent.schema ?? true, where))
    }
  }
  return changes
}

/** `body` for JSON, the media type first for the others: `text/csv body`. */
function bodyLabel(mediaType: string): string {
  return mediaType === 'application/json' ? 'body' : `${mediaType} body`
}

// --- $ref --------------------------------------------------------------------------------------

/** Follows local `$ref`s (`#/components/schemas/City`); keywords beside a `$ref` apply too. */
function resolve<T extends { $ref?: string }>(document: OpenApiDoc, value: T): T
function resolve<T extends { $ref?: string }>(document: OpenApiDoc, value: T | undefined): T | undefined
function resolve<T extends { $ref?: string }>(document: OpenApiDoc, value: T | undefined): T | undefined {
  let current = value
  for (let hops = 0; current && typeof current.$ref === 'string'; hops++) {
    if (hops > 32) throw new Error(`$ref cycle at ${current.$ref}`)
    const { $ref, ...siblings } = current
    const target = pointer(document, $ref) as T
    current = Object.keys(siblings).length === 0 ? target : { ...target, ...siblings }
  }
  return current
}

function pointer(document: OpenApiDoc, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, not ${ref}`)
  let node: unknown = document
  for (const raw of ref.slice(2).split('/')) {
    const token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~')
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, token)) throw new Error(`$ref ${ref} does not resolve`)
    node = (node as Record<string, unknown>)[token]
  }
  return node
}

// --- schemas -----------------------------------------------------------------------------------

class Context {
  /** Pairs of schemas being compared further up the stack: a recursive schema stops at a repeat. */
  private readonly open = new Map<object, Set<object>>()

  constructor(readonly before: OpenApiDoc, readonly after: OpenApiDoc) {}

  enter(before: JsonSchema, after: JsonSchema): boolean {
    if (typeof before !== 'object' || typeof after !== 'object') return true
    const seen = this.open.get(before) ?? new Set<object>()
    if (seen.has(after)) return false
    seen.add(after)
    this.open.set(before, seen)
    return true
  }

  leave(before: JsonSchema, after: JsonSchema): void {
    if (typeof before === 'object' && typeof after === 'object') this.open.get(before)?.delete(after)
  }
}

type TypeName = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'object' | 'array' | 'any'

/** One alternative of a schema: a single type, `$ref`s resolved, allOf merged, no anyOf/oneOf. */
interface Variant { type: TypeName, schema: Schema }

/** A value of type `inner` is also one of type `outer`. */
function fits(inner: TypeName, outer: TypeName): boolean {
  return outer === 'any' || inner === outer || (inner === 'integer' && outer === 'number')
}

function describe(variants: Variant[]): string {
  return variants.length === 0 ? 'nothing' : [...new Set(variants.map((variant) => variant.type === 'any' ? 'any value' : variant.type))].join(' | ')
}

function compareSchemas(context: Context, direction: Direction, before: JsonSchema, after: JsonSchema, where: string): Change[] {
  if (!context.enter(before, after)) return []
  try {
    const beforeVariants = variants(context.before, before)
    const afterVariants = variants(context.after, after)
    return matchVariants(context, direction, beforeVariants, afterVariants, where)
  } finally {
    context.leave(before, after)
  }
}

/**
 * Responses: each alternative the server may now send needs one the caller was promised.
 * Requests: each alternative the caller may send needs one the server still accepts.
 */
function matchVariants(context: Context, direction: Direction, before: Variant[], after: Variant[], where: string): Change[] {
  const changes: Change[] = []
  const [sources, targets] = direction === 'response' ? [after, before] : [before, after]
  for (const source of sources) {
    const candidates = targets.filter((target) => fits(source.type, target.type))
    if (candidates.length === 0) {
      changes.push(typeChange(direction, source, before, after, where))
      continue
    }
    // several alternatives of the same type (objects of different shapes): the closest one counts
    const outcomes = candidates.map((target) => direction === 'response'
      ? compareVariants(context, direction, target, source, where)
      : compareVariants(context, direction, source, target, where))
    changes.push(...outcomes.reduce((best, outcome) => outcome.length < best.length ? outcome : best))
  }
  return changes
}

function typeChange(direction: Direction, unmatched: Variant, before: Variant[], after: Variant[], where: string): Change {
  const was = describe(before)
  const now = describe(after)
  if (direction === 'response') {
    return unmatched.type === 'null'
      ? { kind: 'response-nullable-added', where, message: `may now be null (was ${was})` }
      : { kind: 'response-type-changed', where, message: `may now be ${unmatched.type === 'any' ? 'any value' : unmatched.type} (was ${was}, now ${now})` }
  }
  return unmatched.type === 'null'
    ? { kind: 'request-nullable-removed', where, message: `no longer accepts null (was ${was}, now ${now})` }
    : { kind: 'request-type-narrowed', where, message: `no longer accepts ${unmatched.type === 'any' ? 'any value' : unmatched.type} (was ${was}, now ${now})` }
}

function compareVariants(context: Context, direction: Direction, before: Variant, after: Variant, where: string): Change[] {
  const changes = [
    ...compareEnums(direction, before.schema, after.schema, where),
    ...compareBounds(direction, before.schema, after.schema, where),
    ...compareConstraints(direction, before.schema, after.schema, where),
  ]
  if (before.type === 'object' || after.type === 'object') changes.push(...compareObjects(context, direction, before.schema, after.schema, where))
  if ((before.type === 'array' || after.type === 'array') && (before.schema.items !== undefined || after.schema.items !== undefined)) {
    changes.push(...compareSchemas(context, direction, before.schema.items ?? true, after.schema.items ?? true, `${where}[]`))
  }
  return changes
}

function compareObjects(context: Context, direction: Direction, before: Schema, after: Schema, where: string): Change[] {
  const changes: Change[] = []
  const beforeProperties = before.properties ?? {}
  const afterProperties = after.properties ?? {}
  const beforeRequired = new Set(before.required ?? [])
  const afterRequired = new Set(after.required ?? [])
  const names = new Set([...Object.keys(beforeProperties), ...Object.keys(afterProperties), ...beforeRequired, ...afterRequired])
  for (const name of names) {
    const at = `${where}.${name}`
    const beforeProperty = Object.hasOwn(beforeProperties, name) ? beforeProperties[name] : undefined
    const afterProperty = Object.hasOwn(afterProperties, name) ? afterProperties[name] : undefined
    if (direction === 'response') {
      if (beforeProperty !== undefined && afterProperty === undefined) {
        changes.push({ kind: 'response-property-removed', where: at, message: `${name} was removed from the response${beforeRequired.has(name) ? ' (it was required)' : ''}` })
      } else if (beforeRequired.has(name) && !afterRequired.has(name)) {
        changes.push({ kind: 'response-property-became-optional', where: at, message: `${name} was required and may now be missing` })
      }
    } else {
      if (afterRequired.has(name) && !beforeRequired.has(name)) {
        changes.push(beforeProperty === undefined
          ? { kind: 'request-property-added-required', where: at, message: `the new property ${name} is required; callers do not send it` }
          : { kind: 'request-property-became-required', where: at, message: `${name} was optional and is now required` })
      }
      if (beforeProperty !== undefined && afterProperty === undefined && after.additionalProperties === false) {
        changes.push({ kind: 'request-property-removed', where: at, message: `${name} was removed and additionalProperties is false: callers sending it are rejected` })
      }
    }
    if (beforeProperty !== undefined && afterProperty !== undefined) {
      changes.push(...compareSchemas(context, direction, beforeProperty, afterProperty, at))
    }
  }
  if (direction === 'request' && after.additionalProperties === false && before.additionalProperties !== false) {
    changes.push({ kind: 'request-object-closed', where, message: 'additionalProperties is now false: properties beyond the listed ones are rejected' })
  }
  if (typeof before.additionalProperties === 'object' && typeof after.additionalProperties === 'object') {
    changes.push(...compareSchemas(context, direction, before.additionalProperties, after.additionalProperties, `${where}.*`))
  }
  return changes
}

function enumOf(schema: Schema): unknown[] | undefined {
  if (schema.const !== undefined) return [schema.const]
  return Array.isArray(schema.enum) ? schema.enum : undefined
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function listValues(values: unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ')
}

function compareEnums(direction: Direction, before: Schema, after: Schema, where: string): Change[] {
  const beforeValues = enumOf(before)
  const afterValues = enumOf(after)
  if (direction === 'response') {
    if (!beforeValues) return []
    if (!afterValues) return [{ kind: 'response-enum-value-added', where, message: `is no longer limited to ${listValues(beforeValues)}` }]
    const added = afterValues.filter((value) => !beforeValues.some((old) => sameValue(old, value)))
    return added.length ? [{ kind: 'response-enum-value-added', where, message: `may now be ${listValues(added)}` }] : []
  }
  if (!afterValues) return []
  if (!beforeValues) return [{ kind: 'request-enum-value-removed', where, message: `is now limited to ${listValues(afterValues)}` }]
  const removed = beforeValues.filter((value) => !afterValues.some((current) => sameValue(current, value)))
  return removed.length ? [{ kind: 'request-enum-value-removed', where, message: `no longer accepts ${listValues(removed)}` }] : []
}

const lowerBounds = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'] as const
const upperBounds = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'] as const

function bound(schema: Schema, keyword: string): number | undefined {
  const value = schema[keyword]
  return typeof value === 'number' ? value : undefined
}

/** Requests: the accepted range may not shrink. Responses: the promised range may not grow. */
function compareBounds(direction: Direction, before: Schema, after: Schema, where: string): Change[] {
  const changes: Change[] = []
  for (const keyword of [...lowerBounds, ...upperBounds]) {
    const lower = (lowerBounds as readonly string[]).includes(keyword)
    const was = bound(before, keyword)
    const now = bound(after, keyword)
    if (was === now) continue
    // "narrower" is true when after's range is inside before's on this side
    const narrower = now !== undefined && (was === undefined || (lower ? now > was : now < was))
    const message = was === undefined ? `${keyword} ${now} added`
      : now === undefined ? `${keyword} ${was} removed`
      : `${keyword} ${now > was ? 'raised' : 'lowered'} from ${was} to ${now}`
    if (direction === 'request' && narrower) changes.push({ kind: 'request-bound-tightened', where, message })
    if (direction === 'response' && !narrower) changes.push({ kind: 'response-bound-widened', where, message })
  }
  return changes
}

/** Keywords whose values are not compared, only whether they changed. */
const shapeKeywords = ['pattern', 'format', 'multipleOf'] as const

function compareConstraints(direction: Direction, before: Schema, after: Schema, where: string): Change[] {
  const changes: Change[] = []
  for (const keyword of shapeKeywords) {
    const was = before[keyword]
    const now = after[keyword]
    if (sameValue(was, now)) continue
    const message = was === undefined ? `${keyword} ${JSON.stringify(now)} added`
      : now === undefined ? `${keyword} ${JSON.stringify(was)} removed`
      : `${keyword} changed from ${JSON.stringify(was)} to ${JSON.stringify(now)}`
    if (direction === 'request' && now !== undefined) changes.push({ kind: 'request-constraint-tightened', where, message })
    if (direction === 'response' && was !== undefined) changes.push({ kind: 'response-constraint-loosened', where, message })
  }
  if (direction === 'request' && after.uniqueItems === true && before.uniqueItems !== true) {
    changes.push({ kind: 'request-constraint-tightened', where, message: 'items must now be unique' })
  }
  if (direction === 'response' && before.uniqueItems === true && after.uniqueItems !== true) {
    changes.push({ kind: 'response-constraint-loosened', where, message: 'items are no longer unique' })
  }
  return changes
}

// --- variants ----------------------------------------------------------------------------------

const typeNames: readonly string[] = ['string', 'number', 'integer', 'boolean', 'null', 'object', 'array']

function typeOfValue(value: unknown): TypeName {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'object') return typeof value as TypeName
  return 'any'
}

/** The alternatives a schema allows: `anyOf: [City, {type: 'null'}]` is an object and a null. */
function variants(document: OpenApiDoc, raw: JsonSchema, depth = 0): Variant[] {
  if (raw === true) return [{ type: 'any', schema: {} }]
  if (raw === false) return []
  if (depth > 32) throw new Error('schemas nest anyOf/oneOf/allOf more than 32 deep')
  const schema = mergeAllOf(document, resolve(document, raw), depth)
  const branches = schema.anyOf ?? schema.oneOf
  if (branches) {
    const { anyOf: _anyOf, oneOf: _oneOf, ...shared } = schema
    return branches.flatMap((branch) => variants(document, branch === true || branch === false ? branch : merge(shared, resolve(document, branch)), depth + 1))
  }
  const values = enumOf(schema)
  const types = declaredTypes(schema, values)
  return types.flatMap((type): Variant[] => {
    const single: Schema = { ...schema, type }
    if (type === 'any') delete single.type
    if (values && type !== 'any') {
      const own = values.filter((value) => fits(typeOfValue(value), type))
      if (own.length === 0) return []
      delete single.const
      single.enum = own
    }
    if (type === 'null') {
      delete single.enum
      delete single.const
    }
    return [{ type, schema: single }]
  })
}

function declaredTypes(schema: Schema, values: unknown[] | undefined): TypeName[] {
  const declared = typeof schema.type === 'string' ? [schema.type] : Array.isArray(schema.type) ? schema.type : undefined
  let types: TypeName[]
  if (declared) types = declared.filter((type): type is TypeName => typeNames.includes(type))
  else if (values) types = [...new Set(values.map(typeOfValue))]
  else if (schema.properties || schema.required || schema.additionalProperties !== undefined) types = ['object']
  else if (schema.items !== undefined) types = ['array']
  else types = ['any']
  if (schema.nullable === true && !types.includes('null') && !types.includes('any')) types.push('null')
  return types
}

function mergeAllOf(document: OpenApiDoc, schema: Schema, depth: number): Schema {
  if (!schema.allOf) return schema
  const { allOf, ...rest } = schema
  return allOf.reduce<Schema>((merged, member) => {
    if (member === true) return merged
    if (member === false) return { ...merged, enum: [] }
    return merge(merged, mergeAllOf(document, resolve(document, member), depth + 1))
  }, rest)
}

/** Shallow: `extra`'s keywords win, properties and required are united. */
function merge(base: Schema, extra: Schema): Schema {
  const merged: Schema = { ...base, ...extra }
  if (base.properties || extra.properties) merged.properties = { ...base.properties, ...extra.properties }
  if (base.required || extra.required) merged.required = [...new Set([...(base.required ?? []), ...(extra.required ?? [])])]
  return merged
}
