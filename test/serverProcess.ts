/**
 * The real server, and the CLI tools, as processes of their own (`src/server.ts` through tsx,
 * as test/sdk.test.ts runs it), on 127.0.0.1 and a free port, with an environment that holds
 * only what the test sets: nothing of the caller's configuration leaks in.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { ConfigSchema } from '../src/config.js'
import { openScratchDatabase } from '../src/db/scratch.js'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The environment without any of the service's variables (nor the CLI's). */
export function cleanEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = { ...process.env }
  for (const name of [...Object.keys(ConfigSchema.properties), 'DUBAN_URL', 'DUBAN_KEY']) delete clean[name]
  return { ...clean, ...env }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A database for one server: a scratch database on the PostgreSQL server in DATABASE_URL, else a temporary DATA_DIR. */
export async function serverDatabase(): Promise<{ env: Record<string, string>, dir: string, drop: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'duban-proc-'))
  if (process.env.DATABASE_URL) {
    const scratch = await openScratchDatabase(process.env.DATABASE_URL, 2)
    await scratch.database.db.destroy()
    const drop = async () => {
      await scratch.drop().catch(() => {})
      rmSync(dir, { recursive: true, force: true })
    }
    return { env: { DATABASE_URL: scratch.url!, FIRST_ADMIN_KEY_FILE: path.join(dir, 'admin-key') }, dir, drop }
  }
  return { env: { DATA_DIR: dir }, dir, drop: async () => rmSync(dir, { recursive: true, force: true }) }
}

export interface ServerProcess {
  url: string
  port: number
  pid: number
  child: ChildProcess
  stdout: string[]
  stderr: string[]
  exited: Promise<number | null>
  /** Sends the signal; resolves to the exit code, or throws after `withinMs`. */
  stop(signal?: NodeJS.Signals, withinMs?: number): Promise<number | null>
  /** SIGKILL if it still runs (teardown). */
  kill(): Promise<void>
}

/** Waits at most `ms` for `promise`. */
export async function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_resolve, reject) => { timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms) })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Starts the server with `env` (PORT: a free one unless given; HOST 127.0.0.1 unless given) and
 * waits, at most 120 s, until /healthz answers, so it works with LOG_LEVEL=silent too.
 */
export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort()
  const host = env.HOST ?? '127.0.0.1'
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: root,
    env: cleanEnv({ HOST: host, ...env, PORT: String(port) }),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const stdout: string[] = []
  const stderr: string[] = []
  createInterface({ input: child.stdout! }).on('line', (line) => stdout.push(line))
  createInterface({ input: child.stderr! }).on('line', (line) => stderr.push(line))
  let exitCode: number | null | undefined
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code, signal) => {
    exitCode = code ?? (signal ? -1 : null)
    resolve(exitCode)
  }))
  const url = `http://127.0.0.1:${port}`
  const server: ServerProcess = {
    url, port, pid: child.pid!, child, stdout, stderr, exited,
    async stop(signal = 'SIGTERM', withinMs = 15_000) {
      if (exitCode === undefined) child.kill(signal)
      return within(withinMs, exited, `server exit after ${signal}`)
    },
    async kill() {
      if (exitCode !== undefined) return
      child.kill('SIGKILL')
      await within(5000, exited, 'server exit after SIGKILL').catch(() => {})
    },
  }
  const deadline = Date.now() + 120_000
  for (;;) {
    if (exitCode !== undefined) throw new Error(`server exited with ${exitCode} before it answered:\n${stderr.join('\n')}\n${stdout.join('\n')}`)
    if (Date.now() > deadline) {
      await server.kill()
      throw new Error(`server did not answer /healthz within 120 s:\n${stderr.join('\n')}`)
    }
    const ok = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) }).then((r) => r.ok, () => false)
    if (ok) return server
    await sleep(100)
  }
}

export interface Run { code: number | null, stdout: string, stderr: string, ms: number }

/** Runs a CLI tool (`src/cli/<name>.ts` through tsx) to its end, at most `withinMs`. */
/** Runs a command-line tool of src/cli by name, or another script by its path from the root (bench/seed-synthetic.ts). */
export async function runCli(name: string, args: string[], env: Record<string, string>, withinMs = 60_000): Promise<Run> {
  const started = performance.now()
  const script = name.includes('/') ? name : `src/cli/${name}.ts`
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString() })
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
  const code = await within(withinMs, new Promise<number | null>((resolve) => child.once('close', (c) => resolve(c))), `${name} ${args.join(' ')}`)
    .catch((error: unknown) => {
      child.kill('SIGKILL')
      throw error
    })
  return { code, stdout, stderr, ms: performance.now() - started }
}

/** What of a folder is not its owner's alone: each folder not 0700 and file not 0600, with its mode. */
export function looseModes(dir: string): string[] {
  const loose: string[] = []
  const walk = (entry: string) => {
    const stat = lstatSync(entry)
    const mode = stat.mode & 0o777
    if (stat.isDirectory()) {
      if (mode !== 0o700) loose.push(`${entry} ${mode.toString(8)}`)
      for (const name of readdirSync(entry)) walk(path.join(entry, name))
    } else if (stat.isFile() && mode !== 0o600) {
      loose.push(`${entry} ${mode.toString(8)}`)
    }
  }
  walk(dir)
  return loose
}
