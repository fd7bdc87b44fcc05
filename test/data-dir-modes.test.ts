import t from 'tap'
import { chmodSync, lstatSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { onPostgres } from './helper.js'
import { looseModes, startServer } from './serverProcess.js'

// The embedded database's folder holds webhook secrets and robot tokens: the process keeps it
// its owner's (folders 0700, files 0600), started with a umask of 022 and over a folder an
// earlier start left world-writable.
t.test('the data folder and every file in it are the owner\'s only', { skip: onPostgres ? 'the embedded database only' : false }, async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'duban-modes-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const dataDir = path.join(dir, 'data')
  process.umask(0o022)
  const server0 = await startServer({ DATA_DIR: dataDir })
  await server0.stop()
  // As a folder written before: world-readable and -writable everywhere.
  const open = (entry: string) => {
    chmodSync(entry, lstatSync(entry).isDirectory() ? 0o777 : 0o666)
    if (lstatSync(entry).isDirectory()) for (const name of readdirSync(entry)) open(path.join(entry, name))
  }
  open(dataDir)
  writeFileSync(path.join(dataDir, 'left-behind.txt'), 'x', { mode: 0o666 })
  chmodSync(path.join(dataDir, 'left-behind.txt'), 0o666)

  const server = await startServer({ DATA_DIR: dataDir })
  t.teardown(() => server.kill())
  t.equal((await fetch(`${server.url}/readyz`)).status, 200)
  t.same(looseModes(dataDir), [], 'no folder but 0700, no file but 0600, while the server runs')
  t.equal(await server.stop(), 0)
})
