import { execFile, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { cleanEnv, freePort, root, sleep, within } from './serverProcess.js'

/**
 * Commands that start at once: `npm start`, the CLI (`npx duban …`, `npm run key:create`) run the
 * built code in dist/ and, with nothing changed, build nothing: not a file of dist/ is written.
 * (How fast a restart is, is the benchmark's to say: `npm run bench -- start`.) The build runs
 * once, here, before anything else starts; every other test runs the sources.
 */
// Real processes, started and stopped (a build too, in commands.test.ts), on a loaded machine as well.
t.setTimeout(300_000)
const run = promisify(execFile)
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

await run(npm, ['run', '-s', 'build'], { cwd: root, timeout: 240_000 })

/** Every file of dist/ with when it was last written. */
function distFiles(): Map<string, number> {
  const files = new Map<string, number>()
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(file)
      else files.set(path.relative(root, file), statSync(file).mtimeMs)
    }
  }
  walk(path.join(root, 'dist'))
  return files
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'duban-commands-'))
t.teardown(() => rmSync(dataDir, { recursive: true, force: true }))
const env = (more: Record<string, string> = {}) => cleanEnv({ DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...more })

t.test('the CLI runs the built code and builds nothing', async (t) => {
  const before = distFiles()
  t.ok(before.has('dist/src/cli/duban.js'), 'the CLI is built')
  const help = await run('npx', ['--no-install', 'duban', '--help'], { cwd: root, env: env() })
  t.match(help.stdout + help.stderr, /usage: duban <command>/, 'npx duban names its commands')
  for (const command of ['import', 'key:create', 'migrate', 'backup', 'restore']) t.match(help.stderr + help.stdout, command)

  const created = await run(npm, ['run', '-s', 'key:create', '--', '--role', 'admin', '--name', 'ops'], { cwd: root, env: env() })
  t.match(created.stdout, /dbn_[0-9a-f]{8}_/, 'npm run key:create prints the key')
  t.same(distFiles(), before, 'not a file of dist/ written')
})

t.test('npm start with nothing changed builds nothing, and serves', async (t) => {
  const before = distFiles()
  const port = await freePort()
  const child = spawn(npm, ['start'], { cwd: root, env: env({ PORT: String(port), HOST: '127.0.0.1' }), stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString() })
  child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString() })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  t.teardown(() => { child.kill('SIGKILL') })
  const deadline = Date.now() + 60_000
  while (!(await fetch(`http://127.0.0.1:${port}/healthz`).then((response) => response.ok, () => false))) {
    if (Date.now() > deadline) throw new Error(`npm start: not healthy within 60 s\n${output}`)
    await sleep(50)
  }
  t.pass('healthy')
  child.kill('SIGTERM')
  t.equal(await within(15_000, exited, 'npm start exit'), 0, 'stops on SIGTERM with 0')
  t.same(distFiles(), before, 'not a file of dist/ written')
})
