/**
 * Period summaries as last computed, as the bytes sent (UTF-8 JSON, encoded once rather than
 * on every read), each with the city revision it was computed at. An entry serves only while
 * the city's revision is unchanged: any committed change to the city's periods, units, tasks
 * or entries moves the revision on (a database trigger), by whichever instance or path made
 * it, and a revision is never given twice. Least recently used entries go first.
 */
export class SummaryCache {
  readonly #entries = new Map<string, { revision: number, json: Buffer }>()

  /** capacity 0 keeps nothing: every read computes (the benchmark's baseline). */
  constructor(readonly capacity: number) {}

  get(cityCode: string, periodId: number, revision: number): Buffer | undefined {
    const key = `${cityCode}/${periodId}`
    const entry = this.#entries.get(key)
    if (entry?.revision !== revision) return undefined
    this.#entries.delete(key)
    this.#entries.set(key, entry)
    return entry.json
  }

  set(cityCode: string, periodId: number, revision: number, json: Buffer) {
    const key = `${cityCode}/${periodId}`
    // A slow computation finishing after a quicker one of a later revision keeps the later.
    if ((this.#entries.get(key)?.revision ?? -1) > revision) return
    this.#entries.delete(key)
    if (this.capacity === 0) return
    this.#entries.set(key, { revision, json })
    if (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value!)
  }

  get size() {
    return this.#entries.size
  }
}
