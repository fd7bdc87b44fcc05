/**
 * The simulation's only source of chance: mulberry32, seeded. Each decision draws from a
 * generator derived from the seed and the names of what it decides (a unit, a task and a
 * period), so a decision does not depend on how many were drawn before it, and one seed
 * replays the same year.
 */
export type Rng = () => number

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A generator for one decision: the seed and the decision's names, hashed (FNV-1a). */
export function derive(seed: number, ...names: (string | number)[]): Rng {
  let hash = 0x811c9dc5 ^ seed
  for (const char of names.join('/')) {
    hash ^= char.codePointAt(0)!
    hash = Math.imul(hash, 0x01000193)
  }
  return mulberry32(hash)
}

/** An integer from lo to hi, both included. */
export const between = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1))

export const chance = (rng: Rng, p: number) => rng() < p

/** One of the keys, each as likely as its weight. */
export function weighted<K extends string>(rng: Rng, weights: Record<K, number>): K {
  const entries = Object.entries(weights) as [K, number][]
  let left = rng() * entries.reduce((sum, [, weight]) => sum + weight, 0)
  for (const [key, weight] of entries) {
    left -= weight
    if (left < 0) return key
  }
  return entries[entries.length - 1]![0]
}
