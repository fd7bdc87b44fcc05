import type { Compilable, CompiledQuery } from 'kysely'
import type { Db } from './database.js'

/** Stands for the i-th argument while a query is built once. */
class Placeholder {
  constructor(readonly index: number) {}
}

type Slot = { argument: number } | { value: unknown }

/**
 * A hot query built and compiled once for each shape: Kysely otherwise builds its operation
 * tree and compiles it to SQL on every call, which was the largest share of the CPU a
 * single-task read spent in JavaScript of our own choosing (docs/perf.md). The first call of
 * a shape runs `build` with a placeholder for each argument given; every call of that shape
 * sends that SQL with its own arguments as the parameters, through the same executor (so the
 * CamelCase plugin maps the rows, and the statement log sees each statement).
 *
 * An argument may be undefined, and `build` may leave out what it is for (`$if(x !== undefined,
 * …)`): the shape is which arguments are given, so a query with four optional filters has at
 * most sixteen compilations. Otherwise `build` must use each argument as a value only (in a
 * comparison, a `limit`), never look at it, compute with it or build on it: an argument given
 * that is not a parameter of the compiled SQL throws on the first call of its shape. Every
 * Kysely of the service compiles alike (PostgreSQL, CamelCasePlugin), so one compilation
 * serves them all.
 */
export function compiledOnce<A extends unknown[], R>(build: (db: Db, ...args: A) => Compilable<R>) {
  const shapes = new Map<string, { query: CompiledQuery<R>, slots: Slot[] }>()
  return async (db: Db, ...args: A): Promise<R[]> => {
    const shape = args.map((arg) => (arg === undefined ? '_' : 'x')).join('')
    let compiled = shapes.get(shape)
    if (!compiled) {
      const query = build(db, ...(args.map((arg, index) => (arg === undefined ? undefined : new Placeholder(index))) as A)).compile()
      const slots = query.parameters.map((value): Slot => (value instanceof Placeholder ? { argument: value.index } : { value }))
      const unused = args.findIndex((arg, index) => arg !== undefined && !slots.some((slot) => 'argument' in slot && slot.argument === index))
      if (unused >= 0) throw new Error(`compiledOnce: argument ${unused} is not a parameter of: ${query.sql}`)
      compiled = { query, slots }
      shapes.set(shape, compiled)
    }
    const parameters = compiled.slots.map((slot) => ('argument' in slot ? args[slot.argument] : slot.value))
    return (await db.executeQuery<R>({ ...compiled.query, parameters })).rows
  }
}
