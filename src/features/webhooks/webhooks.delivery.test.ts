// An attempt's record survives a database that fails for a moment, within the lease only.
import t from 'tap'
import { whileLeased } from './webhooks.delivery.js'

const failing = (times: number) => {
  const calls = { n: 0 }
  const write = async () => {
    calls.n++
    if (calls.n <= times) throw new Error(`database gone (${calls.n})`)
  }
  return { calls, write }
}

t.test('a record the database refused is written again while the lease covers it', async (t) => {
  const { calls, write } = failing(2)
  await whileLeased(write, () => 10_000, 1)
  t.equal(calls.n, 3, 'two failures, then the write')
})

t.test('past the lease the failure is the caller\'s: another instance may send the delivery again', async (t) => {
  const { calls, write } = failing(5)
  let left = 30
  await t.rejects(whileLeased(write, () => (left -= 10), 5), /database gone \(3\)/)
  t.equal(calls.n, 3, 'tried while 20 and 10 ms were left, not after')
})
