/**
 * Imports one at a time in this process. An import holds its document, its rows and what it
 * writes in memory until it commits (the server grows by 40–110 MB at the row limit, see
 * test/import-memory.test.ts), so imports side by side would add up: the gate lets `running`
 * run and `waiting` more wait their turn, in the order they came, and has no place for any
 * more (the route answers 503 import_busy before reading the body).
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * A full collection, run once an import is over and before the next one starts: what the last
 * one left is gone before the next one allocates (else the two would add up until V8's heap
 * limit), and goes back to the system at once, not when V8's own memory reducer comes round 25
 * to 45 s later. The function is V8's own gc(), taken from a context made while --expose-gc is
 * set and the flag then cleared, as Jest takes it; null where that does not give one (the
 * memory is then returned in V8's own time).
 */
const collectGarbage: (() => void) | null = (() => {
  try {
    setFlagsFromString('--expose-gc')
    return runInNewContext('gc') as () => void
  } catch {
    return null
  } finally {
    setFlagsFromString('--no-expose-gc')
  }
})()

/** A place at the gate: taken before the body is read, given back once the import is over or the request is gone. */
export interface ImportTicket {
  /** Waits for the ticket's turn; false when the request went away while it waited (nothing must run). */
  turn(): Promise<boolean>
  /** The import is over (or never ran): the next one may run. Once only; later calls do nothing. */
  leave(): void
  /** The request is gone: a ticket still waiting leaves; a running one leaves when its import is over. */
  abandon(): void
}

export class ImportGate {
  /** Tickets granted: their imports run, or are about to once their body is read. */
  private running = 0
  private readonly queue: { grant: () => void }[] = []

  constructor(readonly maxRunning = 1, readonly maxWaiting = 2) {}

  /** Imports running and waiting now. */
  get load() {
    return { running: this.running, waiting: this.queue.length }
  }

  /** A ticket, or null when the gate is full. */
  enter(): ImportTicket | null {
    if (this.running + this.queue.length >= this.maxRunning + this.maxWaiting) return null
    let state: 'waiting' | 'granted' | 'running' | 'left' = 'waiting'
    let wake: ((go: boolean) => void) | undefined
    const place = {
      grant: () => {
        this.running++
        state = 'granted'
        wake?.(true)
      },
    }
    const leave = () => {
      if (state === 'left') return
      const held = state === 'granted' || state === 'running'
      const ran = state === 'running'
      state = 'left'
      if (held) {
        this.running--
        if (ran) collectGarbage?.()
        this.next()
      } else {
        this.queue.splice(this.queue.indexOf(place), 1)
      }
      wake?.(false)
    }
    this.queue.push(place)
    this.next()
    return {
      turn: () => {
        if (state === 'left') return Promise.resolve(false)
        if (state === 'granted') {
          state = 'running'
          return Promise.resolve(true)
        }
        return new Promise<boolean>((resolve) => {
          wake = (go) => {
            wake = undefined
            if (go) state = 'running'
            resolve(go)
          }
        })
      },
      leave,
      // A ticket granted but not yet running (its request failed before the import started) leaves too.
      abandon: () => { if (state !== 'running') leave() },
    }
  }

  private next() {
    while (this.running < this.maxRunning && this.queue.length > 0) this.queue.shift()!.grant()
  }
}
