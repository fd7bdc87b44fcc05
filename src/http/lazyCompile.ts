import type { ValidateFunction } from 'ajv'

type Serializer = (data: unknown) => string

/**
 * A route's validators and serializers compiled when it is first called, not at start: a start
 * paid ~2.4 s of CPU compiling the schemas of every route (fast-json-stringify, Ajv), most of
 * which no request needs in its first seconds. `compileAll` compiles what is left, so a schema
 * that does not compile fails a test (route-rules.test.ts), never a caller.
 */
export class LazyCompiles {
  readonly #pending = new Set<() => unknown>()

  #lazily<F>(make: () => F): () => F {
    let compiled: F | undefined
    const compile = () => {
      compiled ??= make()
      this.#pending.delete(compile)
      return compiled
    }
    this.#pending.add(compile)
    return compile
  }

  validator(make: () => ValidateFunction): ValidateFunction {
    const compiled = this.#lazily(make)
    const validate = ((data: unknown) => {
      const inner = compiled()
      const valid = inner(data)
      validate.errors = inner.errors
      return valid
    }) as ValidateFunction
    return validate
  }

  serializer(make: () => Serializer): Serializer {
    const compiled = this.#lazily(make)
    return (data: unknown) => compiled()(data)
  }

  /** Compiles every one not compiled yet; returns how many. */
  compileAll(): number {
    const pending = [...this.#pending]
    for (const compile of pending) compile()
    return pending.length
  }
}
