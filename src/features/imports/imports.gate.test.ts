import t from 'tap'
import { ImportGate } from './imports.gate.js'

t.test('one runs, two wait in turn, the next is refused; a place given back is taken again', async (t) => {
  const gate = new ImportGate(1, 2)
  const [a, b, c] = [gate.enter()!, gate.enter()!, gate.enter()!]
  t.ok(a && b && c, 'three places')
  t.equal(gate.enter(), null, 'a fourth is refused')
  t.same(gate.load, { running: 1, waiting: 2 })

  const order: string[] = []
  t.equal(await a.turn(), true, 'the first runs at once')
  const waitingB = b.turn().then((go) => { order.push(`b ${go}`) })
  const waitingC = c.turn().then((go) => { order.push(`c ${go}`) })
  await Promise.resolve()
  t.same(order, [], 'the others wait while it runs')

  a.leave()
  await waitingB
  t.same(order, ['b true'], 'the second runs once the first is over, the third still waits')
  const d = gate.enter()
  t.ok(d, 'the first\'s place is free again')
  t.equal(gate.enter(), null, 'and the gate is full again')
  a.leave()
  t.same(gate.load, { running: 1, waiting: 2 }, 'leaving twice gives back one place')

  b.leave()
  await waitingC
  c.leave()
  t.equal(await d!.turn(), true, 'the last runs')
  d!.leave()
  t.same(gate.load, { running: 0, waiting: 0 })
})

t.test('a request gone while it waits leaves, and is told not to run; one gone while it runs keeps its place until it is over', async (t) => {
  const gate = new ImportGate(1, 2)
  const running = gate.enter()!
  const waiting = gate.enter()!
  t.equal(await running.turn(), true)
  const turn = waiting.turn()
  waiting.abandon()
  t.equal(await turn, false, 'the waiting one is told not to run')
  t.same(gate.load, { running: 1, waiting: 0 })

  running.abandon()
  t.same(gate.load, { running: 1, waiting: 0 }, 'a running import keeps its place when its client goes')
  const next = gate.enter()!
  running.leave()
  t.equal(await next.turn(), true, 'until it is over')
  next.leave()

  // Granted while its body was still being read, then refused before the import started (a bad field).
  const refused = gate.enter()!
  const behind = gate.enter()!
  refused.abandon()
  t.equal(await behind.turn(), true, 'a place granted but never used is given back when the request ends')
  behind.leave()
  t.same(gate.load, { running: 0, waiting: 0 })
})
