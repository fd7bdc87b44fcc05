// 政务公开: the office publishes a period's report as a frozen release; publishing again after an
// edit makes version 2 with its change log while version 1's open URLs answer the same bytes; the
// open routes serve only what was published (a walk of every URL the catalogue lists), with
// ETag, Last-Modified, Cache-Control and 304s, and nothing when the city turns open data off.
import t from 'tap'
import dataPackage from 'datapackage'
import { readSeed, seedCity, setup, createKey } from '../../../test/helper.js'
import { seedPeriod, seedUnit } from '../../../test/factories.js'

const { app, database } = await setup(t)
const city = '/v1/cities/341700'

async function published() {
  await seedCity(app)
  const imported = await app.inject({ method: 'POST', url: `${city}/imports`, payload: { document: readSeed('chizhou-2025-jan-may.txt'), sourceName: 'chizhou.txt' } })
  if (imported.statusCode !== 201) throw new Error(imported.body)
  const periodId = imported.json().period.id as number
  const first = await app.inject({ method: 'POST', url: `${city}/periods/${periodId}/publish` })
  if (first.statusCode !== 201) throw new Error(first.body)
  return { periodId, release: first.json() }
}
const open = (url: string, headers: Record<string, string> = {}) => app.inject({ url, headers })

t.test('publish, edit, publish: two versions, a change log, and version 1 byte for byte', async (t) => {
  const { periodId, release } = await published()
  t.match(release, { version: 1, year: 2025, label: '1-5月份', changes: [] })
  t.same(release.files.map((file: { name: string }) => file.name), ['datapackage.json', 'report.csv', 'report.json', 'report.xlsx'])
  const v1 = new Map<string, Buffer>()
  for (const file of release.files) {
    const response = await open(file.url)
    t.equal(response.statusCode, 200, file.url)
    t.equal(response.headers.etag, file.etag)
    t.equal(response.headers['cache-control'], 'public, max-age=31536000, immutable')
    v1.set(file.name, response.rawPayload)
  }
  const csv = v1.get('report.csv')!.toString()
  t.match(csv, /^\ufeff序号,重点工作任务,牵头责任单位,工作评价,1-5月份进展情况,近期工作安排,备注\r\n/)
  t.equal(csv.trimEnd().split('\r\n').length, 50, 'a line a task, after the header')

  const again = await app.inject({ method: 'POST', url: `${city}/periods/${periodId}/publish` })
  t.equal(again.statusCode, 200, 'nothing changed: no new version')
  t.equal(again.json().version, 1)

  const task = (await app.inject({ url: `${city}/tasks`, query: { year: '2025', seq: '2' } })).json().items[0]
  const entryUrl = `${city}/tasks/${task.id}/progress/${periodId}`
  const entry = (await app.inject({ url: entryUrl })).json()
  const edited = await app.inject({ method: 'PATCH', url: entryUrl, headers: { 'if-match': `"${entry.version}"` },
    payload: { progress: '1-5月，固定资产投资增长5.3%（更正）。', status: 'behind' } })
  t.equal(edited.statusCode, 200, edited.body)
  const second = await app.inject({ method: 'POST', url: `${city}/periods/${periodId}/publish` })
  t.equal(second.statusCode, 201, second.body)
  t.equal(second.json().version, 2)
  const changes: { seq: string | null, field: string, after: string }[] = second.json().changes
  t.same(changes.filter((change) => change.seq !== null), [{ seq: '2', title: task.title, change: 'changed', field: '1-5月份进展情况', before: entry.progress,
    after: '1-5月，固定资产投资增长5.3%（更正）。' }], 'the change log names the task, the field, old and new, and no other task')
  t.match(changes.filter((change) => change.seq === null), [{ field: '综述', after: /1-5月份固定资产投资增长5\.3%（更正）/ }], 'the narrative quotes the behind task\'s progress: it changed too')

  for (const file of release.files) {
    const response = await open(file.url)
    t.ok(response.rawPayload.equals(v1.get(file.name)!), `${file.name} of version 1 is byte-identical after version 2`)
  }
  const latest = await open(`/open/341700/2025/${encodeURIComponent('1-5月份')}/report.csv`)
  t.match(latest.body, /（更正）/, 'the latest URL serves version 2')
  t.equal(latest.headers['cache-control'], 'public, max-age=300')
  t.notOk(v1.get('report.csv')!.toString().includes('（更正）'))

  const listed = (await app.inject({ url: `${city}/periods/${periodId}/releases` })).json()
  t.same(listed.items.map((item: { version: number }) => item.version), [2, 1])
  t.equal((await app.inject({ url: `${city}/periods/${periodId}/releases/3` })).statusCode, 404)
  t.equal((await app.inject({ method: 'DELETE', url: `${city}/periods/${periodId}` })).statusCode, 409, 'a published period stays')
})

t.test('revalidation: 304 on the ETag or the time; the file otherwise', async (t) => {
  const { release } = await published()
  const csv = release.files.find((file: { name: string }) => file.name === 'report.csv')
  const first = await open(csv.url)
  t.ok(first.headers['last-modified'])
  t.equal((await open(csv.url, { 'if-none-match': csv.etag })).statusCode, 304)
  t.equal((await open(csv.url, { 'if-none-match': '"other"' })).statusCode, 200)
  t.equal((await open(csv.url, { 'if-modified-since': first.headers['last-modified'] as string })).statusCode, 304)
  t.equal((await open(csv.url, { 'if-modified-since': 'Mon, 01 Jan 2024 00:00:00 GMT' })).statusCode, 200)
  const catalog = await open('/open/catalog.json')
  t.equal((await open('/open/catalog.json', { 'if-none-match': catalog.headers.etag as string })).statusCode, 304)
})

t.test('nothing unpublished is reachable: every URL of the catalogue is a release\'s file, a draft is in none', async (t) => {
  const { release } = await published()
  // A second period with a unit's draft, never published.
  const unit = await seedUnit(app, '市数据资源局')
  const task = (await app.inject({ method: 'POST', url: `${city}/tasks`, payload: { year: 2025, seq: 200, title: '建设城市数据底座。', leadUnits: [{ leadUnitId: unit.id, role: 'lead' }] } })).json()
  const period = await seedPeriod(app, 2025, 6)
  const unitKey = await createKey(database, { role: 'lead_unit', cityCode: '341700', leadUnitId: unit.id })
  const draft = await app.inject({ method: 'PUT', url: `${city}/tasks/${task.id}/progress/${period.id}`, headers: { authorization: `Bearer ${unitKey}` },
    payload: { progress: '草稿：尚未报送的内部进展XYZZY。' } })
  t.equal(draft.statusCode, 201, draft.body)

  const catalog = (await open('/open/catalog.json')).json()
  const urls = catalog['dcat:dataset'].flatMap((dataset: { 'dcat:distribution': { 'dcat:downloadURL': string }[] }) =>
    dataset['dcat:distribution'].map((distribution) => distribution['dcat:downloadURL']))
  const files: { url: string, etag: string }[] = release.files
  const etagOf = new Map(files.map((file) => [file.url, file.etag]))
  t.same(new Set(urls), new Set(etagOf.keys()), 'the catalogue lists exactly the release\'s files')
  for (const url of urls) {
    const response = await open(url)
    t.equal(response.statusCode, 200)
    t.equal(response.headers.etag, etagOf.get(url))
    t.notOk(response.rawPayload.toString('latin1').includes('XYZZY') || response.body.includes('XYZZY'), `${url} holds no draft`)
  }
  t.equal((await open(`/open/341700/2025/${encodeURIComponent(period.label)}/report.csv`)).statusCode, 404, 'a period never published')
  t.equal((await open(`/open/341700/2025/${encodeURIComponent('1-5月份')}/v2/report.csv`)).statusCode, 404, 'a version not published')
  t.equal((await open('/open/341700/2025/x/secrets.txt')).statusCode, 400, 'only the release\'s files are named')
})

t.test('the datapackage validates as a Tabular Data Package and describes the CSV', async (t) => {
  const { release } = await published()
  const descriptor = (await open(release.files.find((file: { name: string }) => file.name === 'datapackage.json').url)).json()
  const result = await dataPackage.validate(descriptor)
  t.same(result.errors.map(String), [])
  t.equal(result.valid, true)
  const csv = (await open(release.files.find((file: { name: string }) => file.name === 'report.csv').url)).body
  t.same(descriptor.resources[0].schema.fields.map((field: { name: string }) => field.name), csv.replace(/^\ufeff/, '').split('\r\n')[0]!.split(','))
  t.ok(descriptor.resources[0].schema.fields.every((field: { title: string, description: string }) => field.title && /[\u4e00-\u9fff]/.test(field.description) && /[a-z]/.test(field.description)),
    'each field described in Chinese and English')
  t.match(descriptor, { licenses: [{ name: 'CC-BY-4.0' }], contributors: [{ role: 'publisher', title: /池州市/ }] })
  t.equal(descriptor.contributors[0].title, release.publisher, 'the release\'s publisher')
  const catalog = (await open('/open/catalog.json')).json()
  t.equal(catalog['dcat:dataset'][0]['dct:publisher']['foaf:name'], release.publisher, 'the catalogue names the same publisher')
})

t.test('a city turns open data off: its releases leave /open/ and stay on record', async (t) => {
  const { release, periodId } = await published()
  const cityRow = (await app.inject({ url: city })).json()
  const off = await app.inject({ method: 'PATCH', url: city, payload: { openData: { ...cityRow.openData, enabled: false } } })
  t.equal(off.statusCode, 200, off.body)
  t.equal((await open(release.files[0].url)).statusCode, 404)
  t.same((await open('/open/catalog.json')).json()['dcat:dataset'], [])
  t.equal((await app.inject({ url: `${city}/periods/${periodId}/releases` })).json().items.length, 1, 'kept')
  await app.inject({ method: 'PATCH', url: city, payload: { openData: { ...cityRow.openData, enabled: true } } })
  t.equal((await open(release.files[0].url)).statusCode, 200)
  t.equal((await app.inject({ method: 'POST', url: `${city}/periods/${periodId}/publish`, headers: { authorization: 'Bearer nope' } })).statusCode, 401)
})
