import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * API keys look like `dbn_<prefix>_<secret>`: the prefix (8 hex) finds the stored row, the
 * secret (32 random bytes, base64url) is what proves the caller. Only a SHA-256 of the
 * whole key is stored: with 256 random bits a slow hash adds nothing.
 */
const KEY_SHAPE = /^dbn_([0-9a-f]{8})_([A-Za-z0-9_-]{43})$/

export function generateKey(): { key: string, prefix: string, secretHash: string } {
  const prefix = randomBytes(4).toString('hex')
  const key = `dbn_${prefix}_${randomBytes(32).toString('base64url')}`
  return { key, prefix, secretHash: hashKey(key) }
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex')
}

/** The prefix of a well-formed key, or undefined. */
export function keyPrefix(key: string): string | undefined {
  return KEY_SHAPE.exec(key)?.[1]
}

/** Compares in constant time, so the answer's timing says nothing about the stored hash. */
export function keyMatches(key: string, secretHash: string): boolean {
  const given = Buffer.from(hashKey(key), 'hex')
  const stored = Buffer.from(secretHash, 'hex')
  return given.length === stored.length && timingSafeEqual(given, stored)
}
