/**
 * The cache of summaries and reports holds at most its bytes (SUMMARY_CACHE_BYTES), not only
 * its count: the least recently used go first, a value larger than all of it is served and
 * not kept, and a value that grows (a report making another format) is counted again.
 */
import t from 'tap'
import { RevisionCache } from './reports.cache.js'

const value = (text: string) => async () => ({ revision: 1, value: text })

t.test('past its bytes the least recently used go, whatever the count allows', async (t) => {
  const cache = new RevisionCache<string>(256, 10, (text) => text.length)
  t.equal(await cache.read('a', 1, '', value('aaaa')).value, 'aaaa')
  t.equal(await cache.read('b', 1, '', value('bbbb')).value, 'bbbb')
  t.equal(cache.bytes, 8)
  t.equal(cache.read('a', 1, '', value('aaaa')).source, 'cache', 'both fit')
  await cache.read('c', 1, '', value('cccc')).value
  t.equal(cache.bytes, 8, 'b, the least recently used, made room for c')
  t.equal(cache.size, 2)
  t.equal(cache.read('a', 1, '', value('aaaa')).source, 'cache')
  t.equal(cache.read('b', 1, '', value('bbbb')).source, 'computed', 'b went')
  await cache.read('b', 1, '', value('bbbb')).value
  t.ok(cache.bytes <= 10)
})

t.test('a value larger than the whole budget is served once and not kept', async (t) => {
  const cache = new RevisionCache<string>(256, 10, (text) => text.length)
  await cache.read('a', 1, '', value('aaaa')).value
  t.equal(await cache.read('big', 1, '', value('x'.repeat(11))).value, 'x'.repeat(11))
  t.equal(cache.bytes, 0, 'it pushed out everything, itself last')
  t.equal(cache.read('big', 1, '', value('x'.repeat(11))).source, 'computed')
})

t.test('a value that grows is counted again, and the oldest go for it', async (t) => {
  const cache = new RevisionCache<{ parts: string[] }>(256, 10, (kept) => kept.parts.join('').length)
  const a = { parts: ['aaa'] }
  await cache.read('a', 1, '', async () => ({ revision: 1, value: a })).value
  await cache.read('b', 1, '', async () => ({ revision: 1, value: { parts: ['bbb'] } })).value
  t.equal(cache.bytes, 6)
  // As a report is: read (the most recently used), then another format made of it.
  t.equal(cache.read('a', 1, '', async () => ({ revision: 1, value: a })).source, 'cache')
  a.parts.push('aaaaa')
  cache.resized('a', a)
  t.equal(cache.bytes, 8, 'b went for a\'s new format')
  cache.resized('a', { parts: ['a value no longer the one kept'] })
  t.equal(cache.bytes, 8, 'a stale value is not counted')
})
