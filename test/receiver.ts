/**
 * A webhook receiver on 127.0.0.1 for the tests, answering as `state.mode` says: up (200, and a
 * robot's errcode 0), down (503), hang (never). It keeps what it received.
 */
import type { Test } from 'tap'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Received = { url: string, headers: IncomingMessage['headers'], body: string, at: number }
/** A receiver that answers as `mode` says: up (200, or a robot's errcode 0), down (503), hang (never). */
export async function receiver(t: Test) {
  const state = { mode: 'up' as 'up' | 'down' | 'hang', received: [] as Received[], refused: 0 }
  const server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => { body += chunk })
    request.on('end', () => {
      if (state.mode === 'hang') return
      if (state.mode === 'down') {
        state.refused++
        response.writeHead(503).end('maintenance')
        return
      }
      state.received.push({ url: request.url!, headers: request.headers, body, at: Date.now() })
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0,"errmsg":"ok"}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => {
    server.closeAllConnections()
    server.close(() => resolve())
  }))
  return { state, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook` }
}
