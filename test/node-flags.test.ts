import { readFileSync } from 'node:fs'
import path from 'node:path'
import t from 'tap'
import { SERVER_NODE_FLAGS } from '../src/nodeFlags.js'
import { root } from './serverProcess.js'

// The server ships with its Node options in two places besides src/nodeFlags.ts, which the benchmarks use.
t.test('npm start and the container start the server with the Node options of src/nodeFlags.ts', async (t) => {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  t.match(pkg.scripts.start, new RegExp(`exec node ${SERVER_NODE_FLAGS.join(' ')} dist/src/server\\.js$`), 'npm start')
  const cmd = /^CMD (\[.*\])$/m.exec(readFileSync(path.join(root, 'Dockerfile'), 'utf8'))
  t.ok(cmd, 'the Dockerfile has an exec-form CMD')
  t.same(JSON.parse(cmd![1]!), ['node', ...SERVER_NODE_FLAGS, 'dist/src/server.js'], 'the Dockerfile\'s CMD')
})
