/**
 * How long a restart takes with nothing changed: `npm start` (its incremental build finds
 * nothing to do, then the server opens the database, checks its migrations and listens) and
 * the built server alone, each until /healthz answers, against a bare Fastify app with one
 * route started the same way on the same machine: the ratio is what duban adds to starting
 * Node and Fastify. On the embedded database, or on DATABASE_URL's server (a scratch database).
 * Then the memory of the server as it ships (with its Node options: src/nodeFlags.ts): its
 * resident set idle after the first start (the embedded database made in a fresh folder, or the
 * scratch database migrated) with its peak during that start, and idle after a restart.
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { openScratchDatabase } from '../src/db/scratch.js'
import { readFile } from 'node:fs/promises'
import { cleanEnv, freePort, root, sleep } from '../test/serverProcess.js'
import { serverArgs } from '../src/nodeFlags.js'

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** A process's resident set now and at its peak (MB), from /proc. */
async function memoryOf(pid: number) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const mb = (name: string) => Math.round(Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)![1]) / 1024)
  return { rssMb: mb('VmRSS'), peakMb: mb('VmHWM') }
}

/**
 * Starts the command, waits for /healthz, stops it; ms to healthy. `idle`: with the memory it
 * holds once healthy and left alone that long (ms).
 */
async function timeToHealthy(command: string, args: string[], env: Record<string, string>): Promise<number>
async function timeToHealthy(command: string, args: string[], env: Record<string, string>, idle: number): Promise<{ ms: number, rssMb: number, peakMb: number }>
async function timeToHealthy(command: string, args: string[], env: Record<string, string>, idle?: number) {
  const port = await freePort()
  const started = performance.now()
  const child = spawn(command, args, { cwd: root, env: cleanEnv({ ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' }), stdio: 'ignore' })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  try {
    for (;;) {
      if (await fetch(`http://127.0.0.1:${port}/healthz`).then((response) => response.ok, () => false)) {
        const ms = performance.now() - started
        if (idle === undefined) return ms
        await sleep(idle)
        return { ms, ...await memoryOf(child.pid!) }
      }
      if (performance.now() - started > 120_000) throw new Error(`${command} ${args.join(' ')}: not healthy within 120 s`)
      await sleep(10)
    }
  } finally {
    child.kill('SIGTERM')
    await exited
  }
}

export async function benchStart(rounds: number) {
  execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' })
  const bare = `import('fastify').then(({ default: fastify }) => fastify().get('/healthz', async () => ({ ok: true }))` +
    `.listen({ port: Number(process.env.PORT), host: '127.0.0.1' }))`
  const dir = mkdtempSync(path.join(tmpdir(), 'duban-bench-start-'))
  const scratch = process.env.DATABASE_URL ? await openScratchDatabase(process.env.DATABASE_URL, 2) : undefined
  await scratch?.database.db.destroy()
  const env: Record<string, string> = scratch ? { DATABASE_URL: scratch.url!, FIRST_ADMIN_KEY_FILE: path.join(dir, 'admin-key') } : { DATA_DIR: dir }
  try {
    // The first start creates the database (or migrates the scratch one); what follows are restarts.
    const first = await timeToHealthy('node', serverArgs(), env, 5000)
    const runs = { npmStart: [] as number[], server: [] as number[], bare: [] as number[] }
    for (let round = 0; round < rounds; round++) {
      runs.bare.push(await timeToHealthy('node', ['--input-type=module', '-e', bare], {}))
      runs.server.push(await timeToHealthy('node', serverArgs(), env))
      runs.npmStart.push(await timeToHealthy('npm', ['start'], env))
    }
    const bareMs = median(runs.bare)
    console.log(`restart to healthy on ${scratch ? 'PostgreSQL (DATABASE_URL)' : 'the embedded database'}, median of ${rounds} (first start ${first.ms.toFixed(0)} ms):`)
    console.log(`  bare Fastify, one route     ${bareMs.toFixed(0).padStart(6)} ms`)
    console.log(`  node dist/src/server.js     ${median(runs.server).toFixed(0).padStart(6)} ms  (${(median(runs.server) / bareMs).toFixed(1)}× bare)`)
    console.log(`  npm start, nothing changed  ${median(runs.npmStart).toFixed(0).padStart(6)} ms  (${(median(runs.npmStart) / bareMs).toFixed(1)}× bare; target ≤ 3000 ms)`)
    const restarted = await timeToHealthy('node', serverArgs(), env, 5000)
    const bareIdle = await timeToHealthy('node', ['--input-type=module', '-e', bare], {}, 5000)
    console.log(`memory (node ${serverArgs().join(' ')}), 5 s idle after healthy:`)
    console.log(`  first start: RSS ${first.rssMb} MB, peak ${first.peakMb} MB`)
    console.log(`  restart:     RSS ${restarted.rssMb} MB, peak ${restarted.peakMb} MB`)
    console.log(`  bare Fastify, one route: RSS ${bareIdle.rssMb} MB`)
  } finally {
    await scratch?.drop()
    rmSync(dir, { recursive: true, force: true })
  }
}
