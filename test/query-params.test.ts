import t from 'tap'
import { assertProblem } from './factories.js'
import { seedCity, setup } from './helper.js'

const { app } = await setup(t)

type Operation = { operationId: string, parameters?: { in: string, name: string }[] }
type Document = { paths: Record<string, Record<string, Operation>> }

/** Every GET the document gives that takes query parameters, its path parameters filled in. */
async function queryOperations() {
  await app.ready()
  const document = app.swagger() as unknown as Document
  const operations: { operationId: string, url: string, names: string[] }[] = []
  for (const [path, methods] of Object.entries(document.paths)) {
    const get = methods.get
    const names = (get?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name)
    if (!get || names.length === 0) continue
    const url = path.replace('{cityCode}', '341700').replace('{provinceCode}', '340000').replace(/\{\w+Id\}/g, '1')
    operations.push({ operationId: get.operationId, url, names })
  }
  return operations
}

t.test('every GET with query parameters refuses one it does not document, naming it', async (t) => {
  await seedCity(app)
  const operations = await queryOperations()
  t.ok(operations.length >= 10, `the document lists ${operations.length} such operations`)
  for (const { operationId, url } of operations) {
    const response = await app.inject({ url, query: { bogus: '1' } })
    assertProblem(t, response, 400, 'validation_failed')
    // Along with any required parameter this request leaves out.
    t.ok(response.json().errors.some((e: { field: string, message: string }) => e.field === 'querystring/bogus' && e.message === 'is not a known field'),
      `${operationId} names querystring/bogus`)
  }
})

t.test('a misspelt filter is a 400, never the unfiltered list', async (t) => {
  await seedCity(app)
  const misspelt = await app.inject({ url: '/v1/cities/341700/periods/1/progress', query: { statu: 'behind' } })
  assertProblem(t, misspelt, 400, 'validation_failed')
  t.match(misspelt.json().detail, /querystring\/statu/)
  const tasks = await app.inject({ url: '/v1/cities/341700/tasks', query: { yaer: '2025' } })
  assertProblem(t, tasks, 400, 'validation_failed')
  t.same(tasks.json().errors, [{ field: 'querystring/yaer', message: 'is not a known field' }])
  // What the route documents still goes through.
  t.equal((await app.inject({ url: '/v1/cities/341700/tasks', query: { year: '2025', limit: '5' } })).statusCode, 200)
})

t.test('a query string that is not percent-encoded UTF-8 is a 400, on every GET that takes one', async (t) => {
  await seedCity(app)
  const tasks = '/v1/cities/341700/tasks'
  for (const query of ['q=%ff', 'q=%E4%B8', 'q=%zz', '%ff=1']) {
    const response = await app.inject({ url: `${tasks}?${query}` })
    assertProblem(t, response, 400, 'invalid_query_string')
    t.same(response.json().errors, [{ field: 'querystring', message: 'is not percent-encoded UTF-8' }], query)
  }
  t.equal((await app.inject({ url: `${tasks}?q=${encodeURIComponent('中')}&limit=5` })).statusCode, 200, 'percent-encoded UTF-8 reads as before')
  t.equal((await app.inject({ url: `${tasks}?q=a+b` })).statusCode, 200, '+ is a space, as before')
  for (const { url } of await queryOperations()) {
    assertProblem(t, await app.inject({ url: `${url}${url.includes('?') ? '&' : '?'}x=%ff` }), 400, 'invalid_query_string')
  }
})
