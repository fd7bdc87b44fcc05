/** The built server as it ships (`node <src/nodeFlags.ts> dist/src/server.js`) as a process of its own, with an environment the suite sets whole. */
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { request, sleep } from './http.js'
import { serverArgs } from '../../src/nodeFlags.js'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export { freePort } from '../serverProcess.js'

/** The service's variables, all set explicitly (nothing of the caller's environment leaks in). */
export const serviceSettings = {
  LOG_LEVEL: 'warn',
  DB_POOL_SIZE: '10',
  DB_CONNECT_TIMEOUT_MS: '2000',
  DB_STATEMENT_TIMEOUT_MS: '5000',
  DB_LOCK_TIMEOUT_MS: '2000',
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '10000',
  SHUTDOWN_TIMEOUT_MS: '10000',
  // The suite's write load is one key's; the default 1200 a minute would turn it into 429s.
  RATE_LIMIT_PER_MINUTE: '10000000',
}

const serviceVariables = ['PORT', 'HOST', 'DATABASE_URL', 'DATA_DIR', 'LOG_LEVEL', 'ALLOW_ANONYMOUS_READS', 'METRICS_TOKEN', 'CORS_ORIGINS',
  'RATE_LIMIT_PER_MINUTE', 'DB_POOL_SIZE', 'DB_CONNECT_TIMEOUT_MS', 'DB_STATEMENT_TIMEOUT_MS', 'DB_LOCK_TIMEOUT_MS',
  'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', 'SHUTDOWN_TIMEOUT_MS', 'MAX_EVENT_LOOP_DELAY_MS', 'MAX_HEAP_USED_BYTES', 'MAX_IN_FLIGHT',
  'FIRST_ADMIN_KEY_FILE', 'DUBAN_URL', 'DUBAN_KEY']

export function serviceEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const name of serviceVariables) delete env[name]
  return { ...env, ...serviceSettings, ...extra }
}

export interface Exit { code: number | null, signal: NodeJS.Signals | null, at: number }

export class ServerProcess {
  readonly child: ChildProcess
  readonly url: string
  readonly output: string[] = []
  readonly exited: Promise<Exit>
  exit: Exit | undefined

  constructor(readonly port: number, env: NodeJS.ProcessEnv) {
    this.url = `http://127.0.0.1:${port}`
    this.child = spawn(process.execPath, serverArgs(), { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
    const keep = (chunk: Buffer) => {
      this.output.push(chunk.toString())
      if (this.output.length > 400) this.output.splice(0, this.output.length - 400)
    }
    this.child.stdout!.on('data', keep)
    this.child.stderr!.on('data', keep)
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => {
      this.exit = { code, signal, at: Date.now() }
      resolve(this.exit)
    }))
  }

  get pid() { return this.child.pid! }
  get alive() { return this.exit === undefined }

  /** VmRSS in MB, undefined once gone. */
  rssMb(): number | undefined {
    try {
      const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'))
      return match ? Number(match[1]) / 1024 : undefined
    } catch {
      return undefined
    }
  }

  /** Until /healthz answers 200 (bounded), or the process exits. */
  async ready(timeoutMs = 60_000) {
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      if (!this.alive) throw new Error(`server exited (${JSON.stringify(this.exit)}) before it was ready:\n${this.output.join('').slice(-3000)}`)
      const reply = await request(this.url, '/healthz', { timeoutMs: 1000, agent: false })
      if (reply.status === 200) return
      await sleep(150)
    }
    throw new Error(`server not ready within ${timeoutMs} ms:\n${this.output.join('').slice(-3000)}`)
  }

  /** SIGTERM; resolves to the exit and how long it took (undefined: not within the bound, then SIGKILLed). */
  async terminate(boundMs: number): Promise<{ exit?: Exit, ms: number }> {
    const start = Date.now()
    if (!this.alive) return { exit: this.exit, ms: 0 }
    this.child.kill('SIGTERM')
    const exit = await Promise.race([this.exited, sleep(boundMs).then(() => undefined)])
    if (!exit) {
      this.kill()
      await Promise.race([this.exited, sleep(5000)])
      return { ms: Date.now() - start }
    }
    return { exit, ms: exit.at - start }
  }

  kill() {
    if (this.alive) {
      try { this.child.kill('SIGKILL') } catch { /* gone */ }
    }
  }
}

/** The admin key: the file the server writes on an empty database (if it appears within 5 s), else `key-create`. */
export async function adminKey(keyFile: string, databaseUrl: string): Promise<{ key: string, source: string }> {
  const deadline = Date.now() + 5000
  while (Date.now() < deadline) {
    if (existsSync(keyFile)) {
      const key = readFileSync(keyFile, 'utf8').trim()
      if (key) return { key, source: 'FIRST_ADMIN_KEY_FILE' }
    }
    await sleep(100)
  }
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(process.execPath, ['dist/src/cli/key-create.js', '--role', 'admin', '--name', 'fault suite'], {
      cwd: root, env: serviceEnv({ DATABASE_URL: databaseUrl }), timeout: 30_000, encoding: 'utf8',
    }, (error, out, err) => (error ? reject(new Error(`key-create: ${error.message}\n${err}`)) : resolve(out)))
  })
  const key = stdout.trim().split('\n').pop()?.trim()
  if (!key) throw new Error('key-create printed no key')
  return { key, source: 'key-create CLI' }
}
