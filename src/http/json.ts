import type { FastifyBodyParser, FastifyInstance, FastifyReply } from 'fastify'
import { badRequest } from './problem.js'

const utf8 = new TextDecoder('utf-8', { fatal: true })
/** A \u escape of a surrogate: the only way JSON text that is valid UTF-8 can hold a lone one. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/
/** In a u-mode class, a surrogate matches only when it is not half of a pair. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u

function wellFormed(value: unknown): boolean {
  if (typeof value === 'string') return !LONE_SURROGATE.test(value)
  if (value === null || typeof value !== 'object') return true
  if (Array.isArray(value)) return value.every(wellFormed)
  for (const [key, item] of Object.entries(value)) {
    if (!wellFormed(key) || !wellFormed(item)) return false
  }
  return true
}

/** No operation takes a body of more objects, arrays and values than this (a task with its lead units has a few dozen). */
export const MAX_JSON_VALUES = 10_000

/**
 * Whether JSON text holds more than `limit` values, counted from its structure (each `{`, `[`
 * and `,` outside strings) without building them: parsing a megabyte of `[{},{},…]` allocates
 * hundreds of thousands of objects and holds the event loop for a tenth of a second or more.
 */
function tooManyValues(text: string, limit: number): boolean {
  let count = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) {
      inString = true
    } else if ((c === 0x7b || c === 0x5b || c === 0x2c) && ++count > limit) {
      return true
    }
  }
  return false
}

/**
 * application/json bodies (with any charset parameter), as Fastify's own parser reads them
 * (its prototype-poisoning checks, its empty-body and invalid-JSON errors, the body limit),
 * except that bytes which are not UTF-8, text holding a lone surrogate, and text of more
 * values than any operation takes are a 400, instead of being stored as U+FFFD or as text
 * PostgreSQL cannot hold, or parsed at length.
 */
export function strictJsonParser(app: FastifyInstance): FastifyBodyParser<Buffer> {
  const parse = app.getDefaultJsonParser('error', 'error')
  return (request, body, done) => {
    let text: string
    try {
      text = utf8.decode(body)
    } catch {
      return done(badRequest('invalid_json', 'the body is not valid UTF-8'), undefined)
    }
    if (tooManyValues(text, MAX_JSON_VALUES)) {
      return done(badRequest('too_many_values', `the body holds more than ${MAX_JSON_VALUES} values; no operation takes that many`), undefined)
    }
    parse(request, text, (error: Error | null, value?: unknown) => {
      if (error) return done(error, undefined)
      if (SURROGATE_ESCAPE.test(text) && !wellFormed(value)) {
        return done(badRequest('invalid_text', 'the body has a \\u escape of a lone surrogate, which is not a character'), undefined)
      }
      done(null, value)
    })
  }
}

/** JSON already serialized (by the route's own serializer, or built by PostgreSQL), sent as it is: a Buffer passes by the serializer. */
export function sendSerialized(reply: FastifyReply, json: Buffer | string) {
  return reply.type('application/json; charset=utf-8').send(typeof json === 'string' ? Buffer.from(json) : json)
}
