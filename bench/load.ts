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
  /** PUT these paths (round robin) with this body, each with If-Match of the ETag it last read. */
  put?: { paths: string[], body: string, etags?: string[] }
}

export interface LoadResult { rps: number, p50: number, p99: number, errors: number, non2xx: number, requests: number }

const plan = JSON.parse(process.argv[2]!) as LoadPlan
let next = 0
// The versions as they are now (an earlier run moved them on): what a client reads before it writes.
if (plan.put) {
  const origin = new URL(plan.url).origin
  plan.put.etags = await Promise.all(plan.put.paths.map(async (path) => {
    const response = await fetch(`${origin}${path}`, { headers: plan.headers })
    await response.arrayBuffer()
    const etag = response.headers.get('etag')
    if (response.status !== 200 || !etag) throw new Error(`GET ${path}: ${response.status}, no ETag to write with`)
    return etag
  }))
}

// Each request takes the next entry that no request in flight is writing (the plan gives twice
// as many as connections, so there is always one); its If-Match is the ETag that entry last gave.
// Round robin alone would let a slow request's entry come round again while it is in flight,
// and the second write would fail its If-Match, as would every write after it with that ETag.
// (autocannon resets a connection's context after each request: the ETags are kept here.)
const writing = new Set<number>()
const requests: autocannon.Request[] | undefined = plan.put && [{
  method: 'PUT',
  setupRequest: (request, context: { slot?: number }) => {
    const put = plan.put!
    let slot = next++ % put.paths.length
    for (let tried = 1; writing.has(slot) && tried < put.paths.length; tried++) slot = next++ % put.paths.length
    writing.add(slot)
    context.slot = slot
    return {
      ...request, method: 'PUT', path: put.paths[slot]!, body: put.body,
      headers: { ...request.headers, 'content-type': 'application/json', 'if-match': put.etags![slot]! },
    }
  },
  onResponse: (_status, _body, context: { slot?: number }, headers) => {
    if (context.slot === undefined) return
    writing.delete(context.slot)
    const etag = headers?.etag
    if (typeof etag === 'string') plan.put!.etags![context.slot] = etag
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
