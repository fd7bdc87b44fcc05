/** A small HTTP client for the fault suite: every request bounded in time, timed, never throwing. */
import http from 'node:http'

export interface Reply {
  status: number // 0: no response (error or client timeout)
  headers: http.IncomingHttpHeaders
  body: string
  bytes: number
  ms: number
  start: number
  end: number
  error?: string
}

export interface RequestOptions {
  method?: string
  headers?: Record<string, string>
  body?: string | Buffer | object
  timeoutMs?: number
  agent?: http.Agent | false
  /** Destroy the request this many ms after the body was written (a connection reset mid-flight). */
  resetAfterMs?: number
}

export function request(base: string, path: string, options: RequestOptions = {}): Promise<Reply> {
  const url = new URL(path, base)
  const start = Date.now()
  const headers: Record<string, string> = { ...(options.headers ?? {}) }
  let payload: Buffer | undefined
  if (options.body !== undefined) {
    payload = Buffer.isBuffer(options.body) ? options.body
      : Buffer.from(typeof options.body === 'string' ? options.body : JSON.stringify(options.body))
    headers['content-type'] ??= 'application/json'
    headers['content-length'] = String(payload.length)
  }
  return new Promise((resolve) => {
    let done = false
    const finish = (reply: Omit<Reply, 'ms' | 'start' | 'end'>) => {
      if (done) return
      done = true
      clearTimeout(timer)
      const end = Date.now()
      resolve({ ...reply, ms: end - start, start, end })
    }
    const req = http.request({
      hostname: url.hostname, port: url.port, path: url.pathname + url.search, method: options.method ?? 'GET', headers,
      agent: options.agent,
    }, (res) => {
      const chunks: Buffer[] = []
      let bytes = 0
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length
        if (bytes <= 256 * 1024) chunks.push(chunk)
      })
      res.on('end', () => finish({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), bytes }))
      res.on('error', (error) => finish({ status: 0, headers: {}, body: '', bytes: 0, error: error.message }))
    })
    const timer = setTimeout(() => {
      req.destroy(new Error(`client timeout after ${options.timeoutMs ?? 20_000} ms`))
    }, options.timeoutMs ?? 20_000)
    req.on('error', (error) => finish({ status: 0, headers: {}, body: '', bytes: 0, error: (error as NodeJS.ErrnoException).code ?? error.message }))
    if (payload) req.write(payload)
    req.end()
    if (options.resetAfterMs !== undefined) {
      setTimeout(() => req.destroy(new Error('reset by the suite')), options.resetAfterMs)
    }
  })
}

export function json(reply: Reply): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(reply.body) as unknown
    return value !== null && typeof value === 'object' ? value as Record<string, unknown> : undefined
  } catch {
    return undefined
  }
}

export const problemCode = (reply: Reply): string | undefined => {
  const code = json(reply)?.code
  return typeof code === 'string' ? code : undefined
}

/** Everything wrong with a non-2xx reply as a caller sees it: not problem+json, a leaked address, 503 without Retry-After. */
export function replyIssues(reply: Reply, pgPort: number): string[] {
  if (reply.status === 0 || (reply.status >= 200 && reply.status < 300)) return []
  const issues: string[] = []
  const type = String(reply.headers['content-type'] ?? '')
  if (!type.startsWith('application/problem+json')) issues.push(`${reply.status} not problem+json (${type || 'no content-type'})`)
  for (const leak of ['127.0.0.1', 'ECONNREFUSED', 'postgres://', 'localhost:']) {
    if (reply.body.includes(leak)) issues.push(`${reply.status} body leaks '${leak}'`)
  }
  if (new RegExp(`(?<![0-9])${pgPort}(?![0-9])`).test(reply.body)) issues.push(`${reply.status} body leaks the database port ${pgPort}`)
  if (reply.status === 503 && reply.headers['retry-after'] === undefined) issues.push('503 without Retry-After')
  return issues
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
