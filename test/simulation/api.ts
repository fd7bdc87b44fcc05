/**
 * The simulation talks to the service only through HTTP (app.inject), as its callers do. Two
 * instances share the database; requests go to them in turn, so every read may come from the
 * instance that did not make the write before it. Each request carries a request id of the
 * simulation's own (sim-1, sim-2 …), which the audit trail keeps, so an audit row can be
 * traced to the step that made it.
 */
import type { App } from '../../src/app.js'

export interface Reply<T = unknown> {
  status: number
  body: T
  text: string
  requestId: string
  instance: number
}

export interface Problem { code?: string, detail?: string, title?: string }

/** A step the scenario needs did not get an answer it can go on from: the run stops (not an invariant). */
export class ScenarioError extends Error {}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export class Api {
  #requests = 0

  constructor(readonly apps: App[], readonly cityCode: string) {}

  get requests() {
    return this.#requests
  }

  /** A path under the city unless it starts with /v1. */
  url(path: string) {
    return path.startsWith('/v1') ? path : `/v1/cities/${this.cityCode}${path}`
  }

  /** One request; `expect` lists the statuses the scenario can go on from (else ScenarioError). */
  async call<T = unknown>(key: string, method: Method, path: string, body?: unknown, expect?: number[]): Promise<Reply<T>> {
    const n = ++this.#requests
    const instance = n % this.apps.length
    const requestId = `sim-${n}`
    const response = await this.apps[instance]!.inject({
      method, url: this.url(path),
      headers: { authorization: `Bearer ${key}`, 'x-request-id': requestId },
      ...(body === undefined ? {} : { payload: body as object }),
    })
    const text = response.body
    const json = (response.headers['content-type'] ?? '').toString().includes('json')
    const reply = { status: response.statusCode, body: (json && text !== '' ? JSON.parse(text) : text) as T, text, requestId, instance }
    if (expect && !expect.includes(reply.status)) {
      throw new ScenarioError(`${method} ${this.url(path)} answered ${reply.status} (expected ${expect.join(' or ')}): ${text.slice(0, 500)}`)
    }
    return reply
  }

  async get<T>(key: string, path: string): Promise<T> {
    return (await this.call<T>(key, 'GET', path, undefined, [200])).body
  }

  /** Every item of a list, following nextCursor. */
  async all<T>(key: string, path: string): Promise<T[]> {
    const items: T[] = []
    let cursor: string | null = null
    do {
      const separator = path.includes('?') ? '&' : '?'
      const page: { items: T[], nextCursor: string | null } =
        await this.get(key, `${path}${separator}limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
      items.push(...page.items)
      cursor = page.nextCursor
    } while (cursor)
    return items
  }
}
