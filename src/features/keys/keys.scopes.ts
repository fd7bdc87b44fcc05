import type { KeyScope } from './keys.policy.js'
import { authenticate } from './keys.repository.js'
import type { Db } from '../../db/database.js'

export interface KeyScopesOptions {
  /** How long a key found valid is believed without asking the database again. */
  ttlMs: number
  /** Keys remembered at most (the oldest goes first). */
  capacity: number
  /** The clock (tests move it). */
  now?: () => number
}

/**
 * The scope of each bearer key, as the database last said, believed for `ttlMs`: a request
 * does not pay a statement for its key. A key revoked through another instance stops
 * working here within `ttlMs`; one revoked through this instance, at once (`forget`).
 * Only valid keys are remembered: an unknown or revoked one is asked about every time, so a
 * key created anywhere works at once and guessing cannot fill the memory.
 */
export class KeyScopes {
  readonly #db: Db
  readonly #options: Required<KeyScopesOptions>
  readonly #known = new Map<string, { scope: KeyScope, until: number }>()

  constructor(db: Db, options: KeyScopesOptions) {
    this.#db = db
    this.#options = { ...options, now: options.now ?? Date.now }
  }

  async scopeOf(token: string): Promise<KeyScope | undefined> {
    const now = this.#options.now()
    const known = this.#known.get(token)
    if (known && known.until > now) return known.scope
    this.#known.delete(token)
    const scope = await authenticate(this.#db, token)
    if (scope && this.#options.ttlMs > 0) {
      if (this.#known.size >= this.#options.capacity) this.#known.delete(this.#known.keys().next().value!)
      this.#known.set(token, { scope, until: now + this.#options.ttlMs })
    }
    return scope
  }

  /** A key revoked here: not believed from now on. */
  forget(keyId: number) {
    for (const [token, { scope }] of this.#known) if (scope.id === keyId) this.#known.delete(token)
  }
}
