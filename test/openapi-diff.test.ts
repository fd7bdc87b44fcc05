import t from 'tap'
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { breakingChanges, majorVersion, type Change, type OpenApiDoc, type Operation, type Schema } from '../openapi/tools/breaking.js'

// The committed contract, edited the way a route change would edit it.
const root = fileURLToPath(new URL('..', import.meta.url))
const committedText = readFileSync(join(root, 'openapi/openapi.json'), 'utf8')
const committed = JSON.parse(committedText) as OpenApiDoc

function edited(edit: (doc: OpenApiDoc) => void): OpenApiDoc {
  const doc = structuredClone(committed)
  edit(doc)
  return doc
}

function component(doc: OpenApiDoc, name: string): Schema {
  const schema = doc.components?.schemas?.[name]
  if (typeof schema !== 'object') throw new Error(`no component schema ${name}`)
  return schema
}

function operation(doc: OpenApiDoc, path: string, method: 'get' | 'post' | 'patch' | 'put' | 'delete'): Operation {
  const found = doc.paths?.[path]?.[method]
  if (!found) throw new Error(`no ${method} ${path}`)
  return found
}

/** The inline JSON request body schema of an operation. */
function requestBody(doc: OpenApiDoc, path: string, method: 'post' | 'patch' | 'put'): Schema {
  const schema = operation(doc, path, method).requestBody?.content?.['application/json']?.schema
  if (typeof schema !== 'object' || schema.$ref) throw new Error(`no inline request body on ${method} ${path}`)
  return schema
}

function property(schema: Schema, name: string): Schema {
  const found = schema.properties?.[name]
  if (typeof found !== 'object') throw new Error(`no property ${name}`)
  return found
}

function parameter(doc: OpenApiDoc, path: string, method: 'get', name: string) {
  const found = operation(doc, path, method).parameters?.find((p) => p.name === name)
  if (!found) throw new Error(`no parameter ${name} on ${method} ${path}`)
  return found
}

const summary = (changes: Change[]) => changes.map((change) => `${change.kind} ${change.where}`)

t.test('the committed document against itself (and a copy of itself): no changes', async (t) => {
  t.same(breakingChanges(committed, committed), [])
  t.same(breakingChanges(committed, structuredClone(committed)), [])
})

t.test('a field removed from the City schema is a change wherever a City is returned', async (t) => {
  const changes = breakingChanges(committed, edited((doc) => { delete component(doc, 'City').properties!.name }))
  t.ok(changes.length >= 4, 'every operation returning a City')
  t.ok(changes.every((change) => change.kind === 'response-property-removed' && change.where.endsWith('.name')), summary(changes).join('\n'))
  const places = changes.map((change) => change.where)
  t.ok(places.includes('GET /v1/cities/{cityCode} response 200 body.name'), 'the single city, through its $ref')
  t.ok(places.includes('GET /v1/cities response 200 body.items[].name'), 'the list, through CityList and its items')
  t.ok(places.includes('POST /v1/cities response 201 body.name'))
  t.match(changes[0]!.message, /name/, 'the message names the field')
  t.notOk(places.some((where) => where.includes(' request ')), 'request bodies do not use the City schema')
})

t.test('a new required request body property is a change', async (t) => {
  const changes = breakingChanges(committed, edited((doc) => {
    const body = requestBody(doc, '/v1/cities', 'post')
    body.properties!.population = { type: 'integer' }
    body.required!.push('population')
  }))
  t.same(summary(changes), ['request-property-added-required POST /v1/cities request body.population'])
})

t.test('an optional request property or query parameter that becomes required is a change', async (t) => {
  const changes = breakingChanges(committed, edited((doc) => {
    requestBody(doc, '/v1/cities/{cityCode}', 'patch').required = ['name']
    parameter(doc, '/v1/cities', 'get', 'cursor').required = true
  }))
  t.same(summary(changes).sort(), [
    'request-parameter-became-required GET /v1/cities query cursor',
    'request-property-became-required PATCH /v1/cities/{cityCode} request body.name',
  ])
})

t.test('a removed operation, and a whole removed path, are changes', async (t) => {
  t.same(summary(breakingChanges(committed, edited((doc) => { delete doc.paths!['/v1/cities/{cityCode}']!.delete }))),
    ['operation-removed DELETE /v1/cities/{cityCode}'])
  t.same(summary(breakingChanges(committed, edited((doc) => { delete doc.paths!['/v1/api-keys/{apiKeyId}'] }))),
    ['operation-removed GET /v1/api-keys/{apiKeyId}', 'operation-removed DELETE /v1/api-keys/{apiKeyId}'])
})

t.test('a removed response status or media type is a change', async (t) => {
  const changes = breakingChanges(committed, edited((doc) => {
    delete operation(doc, '/v1/cities/{cityCode}', 'get').responses!['404']
    delete operation(doc, '/v1/cities/{cityCode}/periods/{periodId}/report', 'get').responses!['200']!.content!['text/csv']
  }))
  t.same(summary(changes), [
    'response-status-removed GET /v1/cities/{cityCode} response 404',
    'response-media-type-removed GET /v1/cities/{cityCode}/periods/{periodId}/report response 200 text/csv body',
  ])
})

t.test('a narrowed or changed type is a change, in the request and in the response', async (t) => {
  const request = breakingChanges(committed, edited((doc) => {
    property(requestBody(doc, '/v1/cities', 'post'), 'name').type = 'integer'
  }))
  t.same(summary(request), ['request-type-narrowed POST /v1/cities request body.name'])
  t.match(request[0]!.message, /no longer accepts string/)

  const response = breakingChanges(committed, edited((doc) => { property(component(doc, 'City'), 'version').type = 'string' }))
  t.ok(response.length >= 4)
  t.ok(response.every((change) => change.kind === 'response-type-changed' && /\.version$/.test(change.where)), summary(response).join('\n'))

  // Rank.position is integer | "last", and a PUT of a progress entry sends a Rank
  const unionLosesMember = breakingChanges(committed, edited((doc) => { property(component(doc, 'Rank'), 'position').anyOf!.pop() }))
  t.ok(unionLosesMember.length > 0)
  t.ok(unionLosesMember.every((change) => change.kind === 'request-type-narrowed' && change.where.endsWith('request body.rank.position')),
    'narrowing a union is breaking where callers send it, not where they read it')
})

t.test('null: removing it narrows a request, adding it widens a response', async (t) => {
  const addNull = edited((doc) => { property(component(doc, 'City'), 'province').type = ['string', 'null'] })
  const added = breakingChanges(committed, addNull)
  t.ok(added.length > 0 && added.every((change) => change.kind === 'response-nullable-added'), summary(added).join('\n'))
  t.same(breakingChanges(addNull, committed), [], 'a response losing null breaks nobody')

  const requestWithNull = edited((doc) => { property(requestBody(doc, '/v1/cities', 'post'), 'name').type = ['string', 'null'] })
  t.same(breakingChanges(committed, requestWithNull), [], 'a request accepting null as well breaks nobody')
  t.same(summary(breakingChanges(requestWithNull, committed)), ['request-nullable-removed POST /v1/cities request body.name'])
})

t.test('enums: a value added to a response, a value removed from a request', async (t) => {
  const statusAdded = breakingChanges(committed, edited((doc) => { component(doc, 'ProgressStatus').enum!.push('abandoned') }))
  t.ok(statusAdded.length > 0)
  t.ok(statusAdded.every((change) => change.kind === 'response-enum-value-added' && change.message.includes('"abandoned"')), summary(statusAdded).join('\n'))
  t.ok(statusAdded.some((change) => change.where === 'GET /v1/cities/{cityCode}/tasks/{taskId}/progress/{periodId} response 200 body.status'))

  const statusRemoved = breakingChanges(committed, edited((doc) => {
    const status = component(doc, 'ProgressStatus')
    status.enum = status.enum!.filter((value) => value !== 'behind')
  }))
  t.ok(statusRemoved.some((change) => change.kind === 'request-enum-value-removed' &&
    change.where === 'PUT /v1/cities/{cityCode}/tasks/{taskId}/progress/{periodId} request body.status'), summary(statusRemoved).join('\n'))
  t.notOk(statusRemoved.some((change) => change.kind.startsWith('response-')), 'a response enum losing a value breaks nobody')
})

t.test('bounds: lowered maxLength or maximum, raised minLength or minimum', async (t) => {
  const changes = breakingChanges(committed, edited((doc) => {
    property(requestBody(doc, '/v1/cities', 'post'), 'name').maxLength = 50
    property(requestBody(doc, '/v1/cities', 'post'), 'province').minLength = 2
    parameter(doc, '/v1/cities', 'get', 'limit').schema = { type: 'integer', minimum: 1, maximum: 100, default: 50 }
  }))
  t.same(summary(changes), [
    'request-bound-tightened GET /v1/cities query limit',
    'request-bound-tightened POST /v1/cities request body.name',
    'request-bound-tightened POST /v1/cities request body.province',
  ])
  t.match(changes[0]!.message, /maximum lowered from 500 to 100/)
  t.match(changes[1]!.message, /maxLength lowered from 100 to 50/)
})

t.test('a property removed from a request object with additionalProperties: false is a change', async (t) => {
  const changes = breakingChanges(committed, edited((doc) => {
    const body = requestBody(doc, '/v1/cities', 'post')
    delete body.properties!.province
    body.required = body.required!.filter((name) => name !== 'province')
  }))
  t.same(summary(changes), ['request-property-removed POST /v1/cities request body.province'])
  t.match(changes[0]!.message, /rejected/)
})

t.test('additive changes are not breaking', async (t) => {
  const changes = breakingChanges(committed, edited((doc) => {
    // a new optional request field and a new optional query parameter
    requestBody(doc, '/v1/cities', 'post').properties!.population = { type: 'integer', minimum: 0 }
    operation(doc, '/v1/cities', 'get').parameters!.push({ in: 'query', name: 'province', required: false, schema: { type: 'string' } })
    // a new response field, even a required one
    const city = component(doc, 'City')
    city.properties!.population = { type: 'integer' }
    city.required!.push('population')
    // new operations: a new method on a known path and a new path
    doc.paths!['/v1/cities/{cityCode}']!.put = { responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/City' } } } } } }
    doc.paths!['/v1/cities/{cityCode}/districts'] = { get: { responses: { 200: { description: 'ok' } } } }
    // a wider request: a longer name, a value added to an input-only enum; a narrower response
    property(requestBody(doc, '/v1/cities', 'post'), 'name').maxLength = 200
    component(doc, 'ReportFormat').enum!.push('pdf')
    property(component(doc, 'Task'), 'category').anyOf!.pop()
    // a new response status
    operation(doc, '/v1/cities', 'post').responses!['202'] = { description: 'accepted' }
  }))
  t.same(changes, [])
})

t.test('$refs are followed: the same schema inline or behind a $ref is no change', async (t) => {
  const changes = breakingChanges(committed, edited((doc) => {
    const content = operation(doc, '/v1/cities', 'post').requestBody!.content!['application/json']!
    doc.components!.schemas!.NewCity = content.schema!
    content.schema = { $ref: '#/components/schemas/NewCity' }
  }))
  t.same(changes, [])
  const renamed = edited((doc) => {
    const path = doc.paths!['/v1/cities/{cityCode}']!
    delete doc.paths!['/v1/cities/{cityCode}']
    for (const parameter of [path.get!, path.patch!, path.delete!].flatMap((op) => op.parameters!)) {
      if (parameter.name === 'cityCode') parameter.name = 'code'
    }
    doc.paths!['/v1/cities/{code}'] = path
  })
  t.same(breakingChanges(committed, renamed), [], 'renaming a path parameter changes nothing for a caller')
})

t.test('majorVersion reads the major number of info.version', async (t) => {
  t.equal(majorVersion(committed), Number(committed.info!.version!.split('.')[0]))
  t.equal(majorVersion({ info: { version: '2.10.1' } }), 2)
  t.equal(majorVersion({ info: { version: 'v3' } }), 3)
  t.equal(majorVersion({ info: { version: 'draft' } }), undefined)
  t.equal(majorVersion({}), undefined)
})

interface Run { code: number | null, stdout: string, stderr: string }

function openapiDiff(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'openapi/tools/diff.ts', ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr })
    })
  })
}

t.test('npm run openapi:diff: exit 1 on a removed field, 0 when the major version is raised, 2 without arguments', async (t) => {
  const withoutName = edited((doc) => { delete component(doc, 'City').properties!.name })
  const dir = t.testdir({
    'before.json': committedText,
    'same.json': committedText,
    'removed.json': JSON.stringify(withoutName),
    'removed-major.json': JSON.stringify({ ...withoutName, info: { ...withoutName.info, version: `${(majorVersion(committed) ?? 0) + 1}.0.0` } }),
  })

  const same = await openapiDiff('--against', join(dir, 'before.json'), '--current', join(dir, 'same.json'))
  t.equal(same.code, 0, same.stderr)
  t.match(same.stdout, /no breaking changes/)

  const removed = await openapiDiff('--against', join(dir, 'before.json'), '--current', join(dir, 'removed.json'))
  t.equal(removed.code, 1, removed.stderr)
  t.match(removed.stdout, /^breaking: GET \/v1\/cities\/\{cityCode\} response 200 body\.name: .*\[response-property-removed\]$/m)

  const raised = await openapiDiff('--against', join(dir, 'before.json'), '--current', join(dir, 'removed-major.json'))
  t.equal(raised.code, 0, raised.stderr)
  t.match(raised.stdout, /^accepted: GET \/v1\/cities\/\{cityCode\} response 200 body\.name: /m)
  t.match(raised.stdout, /accepted: info\.version's major went from \d+ to \d+/)

  const committedAtHead = await openapiDiff('HEAD', '--current', join(dir, 'removed.json'))
  t.equal(committedAtHead.code, 1, 'a git ref reads the document committed there')

  const usage = await openapiDiff()
  t.equal(usage.code, 2)
  t.match(usage.stderr, /usage: npm run openapi:diff/)
})
