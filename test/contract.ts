import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'

// ajv-formats is CommonJS; its default export is the function under NodeNext.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default

interface MediaType { schema?: object }
interface Response { content?: Record<string, MediaType> }
interface Operation { responses?: Record<string, Response> }
export interface OpenApiDocument { paths: Record<string, Record<string, Operation>>, [key: string]: unknown }

export interface ReceivedResponse {
  method: string
  url: string
  statusCode: number
  headers: Record<string, string | string[] | number | undefined>
  body: string
}

/** Served for people, not part of the contract: the docs page and the document itself. */
const undocumentedByDesign = (path: string) => path === '/openapi.json' || path === '/docs' || path.startsWith('/docs/')

const escapePointer = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1')

/**
 * Checks responses against the operation the OpenAPI document gives for them: the status
 * is documented, so is the content type, and a JSON body is valid against the schema. Each
 * call returns what is wrong; an empty list means the response is as documented.
 */
export function responseChecker(document: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true })
  addFormats(ajv)
  ajv.addFormat('binary', true)
  // The document is the schema root, so '#/components/schemas/…' references resolve as written.
  ajv.addSchema({ ...document, $id: 'openapi.json' })
  const validators = new Map<string, ValidateFunction>()
  const validatorFor = (pointer: string) => {
    let validate = validators.get(pointer)
    if (!validate) {
      validate = ajv.compile({ $ref: `openapi.json#${pointer}` })
      validators.set(pointer, validate)
    }
    return validate
  }

  const templates = Object.keys(document.paths).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
    // A literal segment outranks a parameter: /periods/{id}/summary over /periods/{id}/{x}.
    literals: template.split('/').filter((segment) => !segment.startsWith('{')).length,
  })).sort((a, b) => b.literals - a.literals)

  return function check(response: ReceivedResponse): string[] {
    const path = response.url.split('?')[0]!
    const method = response.method.toLowerCase()
    const what = `${response.method} ${path} → ${response.statusCode}`
    if (undocumentedByDesign(path)) return []
    const template = templates.find((candidate) => candidate.pattern.test(path))?.template
    const operation = template === undefined ? undefined : document.paths[template]![method]
    if (!operation) return [`${what}: no documented operation for ${response.method} ${path}`]
    const responses = operation.responses ?? {}
    const statusKey = [String(response.statusCode), `${String(response.statusCode)[0]}XX`, 'default'].find((key) => key in responses)
    if (statusKey === undefined) return [`${what}: status ${response.statusCode} is not documented for ${response.method} ${template}`]
    const content = responses[statusKey]!.content
    const contentType = String(response.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
    if (!content || Object.keys(content).length === 0) {
      return response.body.length === 0 ? [] : [`${what}: documented without a body, but it has one (${contentType})`]
    }
    const mediaType = Object.keys(content).find((type) => type.toLowerCase() === contentType)
    if (mediaType === undefined) return [`${what}: content type '${contentType}' is not documented (${Object.keys(content).join(', ')})`]
    if (!/[/+]json$/.test(mediaType) || !content[mediaType]!.schema || method === 'head') return []
    let body: unknown
    try {
      body = JSON.parse(response.body)
    } catch {
      return [`${what}: ${contentType} body is not JSON`]
    }
    const pointer = ['', 'paths', template!, method, 'responses', statusKey, 'content', mediaType, 'schema'].map(escapePointer).join('/')
    const validate = validatorFor(pointer)
    if (validate(body)) return []
    return (validate.errors ?? []).map((error) => `${what}: body${error.instancePath} ${error.message} (${error.schemaPath})`)
  }
}

/**
 * Checks an event (as GET …/events lists it, and a JSON webhook receives it) against the
 * document's webhook for its type: what it returns is wrong with it; empty when as documented.
 */
export function eventChecker(document: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true })
  addFormats(ajv)
  ajv.addSchema({ ...document, $id: 'openapi.json' })
  const validators = new Map<string, ValidateFunction>()
  return function check(event: { id: number, type: string }): string[] {
    const webhooks = document.webhooks as Record<string, unknown> | undefined
    if (!webhooks?.[event.type]) return [`event ${event.id}: no webhook in the document for its type ${event.type}`]
    let validate = validators.get(event.type)
    if (!validate) {
      validate = ajv.compile({ $ref: `openapi.json#/webhooks/${escapePointer(event.type)}/post/requestBody/content/application~1json/schema` })
      validators.set(event.type, validate)
    }
    const { id, type } = event
    if (validate(event)) return []
    return (validate.errors ?? []).map((error) => `event ${id} ${type}: ${error.instancePath || '/'} ${error.message}`)
  }
}
