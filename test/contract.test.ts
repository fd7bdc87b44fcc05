import t from 'tap'
import { readFileSync } from 'node:fs'
import { type OpenApiDocument, responseChecker } from './contract.js'
import { seedCity, setup } from './helper.js'

const document = JSON.parse(readFileSync(new URL('../openapi/openapi.json', import.meta.url), 'utf8')) as OpenApiDocument
const check = responseChecker(document)
const json = { 'content-type': 'application/json; charset=utf-8' }
const city = { code: '341700', name: '池州市', province: '安徽省',
  supervision: { remindDaysBefore: [3, 1], overdueEveryDays: 2, warningDays: 3 }, statusWords: null,
  openData: { enabled: true, license: { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 International', path: 'https://creativecommons.org/licenses/by/4.0/' } },
  version: 1, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' }

t.test('a response as documented passes', async (t) => {
  t.same(check({ method: 'GET', url: '/v1/cities/341700', statusCode: 200, headers: json, body: JSON.stringify(city) }), [])
  t.same(check({ method: 'DELETE', url: '/v1/cities/341700', statusCode: 204, headers: {}, body: '' }), [])
  t.same(check({ method: 'GET', url: '/docs/static/index.html', statusCode: 200, headers: { 'content-type': 'text/html' }, body: '<html>' }), [],
    'the docs page is for people, not part of the contract')
})

t.test('an undocumented status, content type, body or operation is reported', async (t) => {
  t.match(check({ method: 'GET', url: '/v1/cities/341700', statusCode: 418, headers: json, body: '{}' }),
    [/status 418 is not documented for GET \/v1\/cities\/\{cityCode\}/])
  t.match(check({ method: 'GET', url: '/v1/cities/341700', statusCode: 200, headers: { 'content-type': 'text/html' }, body: '<p>' }),
    [/content type 'text\/html' is not documented/])
  const { name: _, ...nameless } = city
  t.match(check({ method: 'GET', url: '/v1/cities/341700', statusCode: 200, headers: json, body: JSON.stringify(nameless) }),
    [/must have required property 'name'/])
  t.match(check({ method: 'GET', url: '/v1/cities/341700', statusCode: 200, headers: json, body: JSON.stringify({ ...city, version: 'one' }) }),
    [/body\/version must be integer/])
  t.match(check({ method: 'GET', url: '/v1/cities/341700', statusCode: 404, headers: json, body: '{}' }),
    [/content type 'application\/json' is not documented/], 'a problem must be application/problem+json')
  t.match(check({ method: 'PUT', url: '/v1/cities/341700', statusCode: 200, headers: json, body: '{}' }), [/no documented operation/])
  t.match(check({ method: 'GET', url: '/v2/anything', statusCode: 404, headers: json, body: '{}' }), [/no documented operation/])
  t.match(check({ method: 'DELETE', url: '/v1/cities/341700', statusCode: 204, headers: json, body: '{}' }), [/documented without a body/])
})

t.test('a literal path segment is matched before a parameter', async (t) => {
  // /periods/{periodId}/summary, not /periods/{periodId}/{anything}
  const problems = check({ method: 'GET', url: '/v1/cities/341700/periods/1/summary', statusCode: 200, headers: json, body: '{}' })
  t.ok(problems.length > 0 && problems.every((problem) => /must have required property/.test(problem)), problems.join('\n'))
})

const { app } = await setup(t)

t.test('the suite\'s inject fails a test that receives an undocumented response', async (t) => {
  await seedCity(app)
  // An operation the document does not have: the app answers 404, the check refuses it.
  await t.rejects(app.inject({ method: 'PUT', url: '/v1/cities/341700', payload: {} }), /response not as documented/)
  const response = await app.inject({ method: 'GET', url: '/v1/cities/341700' })
  t.equal(response.statusCode, 200)
})
