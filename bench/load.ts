/**
 * One load run, in a process of its own (as a caller is), printing its figures as JSON:
 * node --import tsx bench/load.ts '<LoadPlan as JSON>'
 * A PUT plan gives each connection an entry of its own and sends the ETag its last reply
 * gave as If-Match, as a client that reads before it writes does.
 */
import autocannon from 'autocannon'

export interface LoadPlan {
  url: string
  connections: number
  seconds: number
  headers: Record<string, string>
  /** PUT these paths (one per connection, round robin) with this body, each with If-Match of its last ETag. */
  put?: { paths: string[], etags: string[], body: string }
}

export interface LoadResult { rps: number, p50: number, p99: number, errors: number, non2xx: number, requests: number }

const plan = JSON.parse(process.argv[2]!) as LoadPlan
let next = 0

const requests: autocannon.Request[] | undefined = plan.put && [{
  method: 'PUT',
  setupRequest: (request, context: { slot?: number, etag?: string }) => {
    const put = plan.put!
    if (context.slot === undefined) context.slot = next++ % put.paths.length
    const slot = context.slot
    const etags = put.etags
    return {
      ...request, method: 'PUT', path: put.paths[slot]!, body: put.body,
      headers: { ...request.headers, 'content-type': 'application/json', 'if-match': context.etag ?? etags[slot]! },
    }
  },
  onResponse: (_status, _body, context: { etag?: string }, headers) => {
    const etag = headers?.etag
    if (typeof etag === 'string') context.etag = etag
  },
}]

const result = await autocannon({
  url: plan.url, connections: plan.connections, duration: plan.seconds, headers: plan.headers,
  ...(requests ? { requests } : {}),
})
const figures: LoadResult = {
  rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99,
  errors: result.errors + result.timeouts, non2xx: result.non2xx, requests: result.requests.total,
}
console.log(JSON.stringify(figures))
