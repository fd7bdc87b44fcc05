import { createDubanClient, etagOf, unwrap, DubanProblem } from '../src/index.js'

const duban = createDubanClient({ baseUrl: process.env.DUBAN_URL ?? 'http://localhost:3000', apiKey: process.env.DUBAN_KEY })
const cityCode = '341700'

// unwrap() gives the data, or throws a DubanProblem with the HTTP status and the problem's code.
const periods = await unwrap(duban.GET('/v1/cities/{cityCode}/periods', { params: { path: { cityCode } } }))
const period = periods.items[0]!

const summary = await unwrap(duban.GET('/v1/cities/{cityCode}/periods/{periodId}/summary', {
  params: { path: { cityCode, periodId: period.id } },
}))
console.log(summary.narrative)

// Update an entry only if nobody has changed it since it was read: send its ETag as If-Match.
const path = { cityCode, taskId: summary.behind[0]!.taskId, periodId: period.id }
const read = await duban.GET('/v1/cities/{cityCode}/tasks/{taskId}/progress/{periodId}', { params: { path } })
const written = await duban.PUT('/v1/cities/{cityCode}/tasks/{taskId}/progress/{periodId}', {
  params: { path, header: { 'if-match': etagOf(read.response) } },
  body: { status: 'behind', progress: '1-5月份,增长6.4%,增速居全省第6位。' },
})
if (written.error) console.error(written.response.status, written.error.code) // 412 precondition_failed if stale

// Exports are text or bytes: say how to read the body.
const csv = await duban.GET('/v1/cities/{cityCode}/periods/{periodId}/report', {
  params: { path: { cityCode, periodId: period.id }, query: { format: 'csv' } },
  parseAs: 'text',
})

try {
  await unwrap(duban.GET('/v1/cities/{cityCode}', { params: { path: { cityCode: '999999' } } }))
} catch (error) {
  if (error instanceof DubanProblem && error.code === 'not_found') console.log('no such city')
}
console.log(csv.data?.split('\r\n')[0]?.replace(/^\uFEFF/, '')) // the header row: 序号,重点工作任务,…
