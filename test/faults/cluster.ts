/**
 * A private PostgreSQL cluster for the fault suite: initdb into a fresh temp folder, started
 * on 127.0.0.1 and a free port, that the suite may stop abruptly, restart, freeze and thaw.
 * It never touches the machine's own PostgreSQL (port 5432). As root, every PostgreSQL
 * command runs as user postgres (PostgreSQL refuses root); otherwise directly.
 */
import { execFile, execFileSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'

export const asRoot = typeof process.getuid === 'function' && process.getuid() === 0

export function postgresBin(): string {
  const base = '/usr/lib/postgresql'
  const versions = existsSync(base) ? readdirSync(base).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : []
  const preferred = versions.includes('15') ? '15' : versions[0]
  if (!preferred) throw new Error(`no PostgreSQL under ${base}`)
  return path.join(base, preferred, 'bin')
}

/** The command line that runs a program as PostgreSQL's user: runuser as root, directly otherwise. */
export function command(bin: string, args: string[]): [string, string[]] {
  return asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args]
}

function run(bin: string, args: string[], timeoutMs: number): Promise<string> {
  const [file, argv] = command(bin, args)
  return new Promise((resolve, reject) => {
    execFile(file, argv, { timeout: timeoutMs, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${path.basename(bin)} ${args.join(' ')}: ${error.message}\n${stderr}`))
      else resolve(stdout)
    })
  })
}

export class Cluster {
  readonly dir: string
  readonly dataDir: string
  readonly bin = postgresBin()
  private frozen: number[] = []

  constructor(readonly port: number) {
    this.dir = mkdtempSync(path.join(tmpdir(), 'duban-faults-pg-'))
    this.dataDir = path.join(this.dir, 'data')
    if (asRoot) {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim())
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim())
      chownSync(this.dir, uid, gid)
    }
  }

  url(database = 'duban') {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`
  }

  async init() {
    await run(path.join(this.bin, 'initdb'), ['-D', this.dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C'], 120_000)
    await this.start()
    const client = new pg.Client({ connectionString: this.url('postgres') })
    await client.connect()
    try {
      await client.query('create database duban')
    } finally {
      await client.end()
    }
  }

  async start() {
    // fsync off: the suite kills PostgreSQL's processes, never the machine, and committed WAL is
    // written to the kernel before a commit is acknowledged either way.
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`
    await run(path.join(this.bin, 'pg_ctl'), ['-D', this.dataDir, '-o', options, '-l', path.join(this.dir, 'log'), 'start', '-w', '-t', '60'], 70_000)
  }

  async stopImmediate() {
    await run(path.join(this.bin, 'pg_ctl'), ['-D', this.dataDir, 'stop', '-m', 'immediate', '-w', '-t', '30'], 40_000)
  }

  postmasterPid(): number | undefined {
    try {
      const pid = Number(readFileSync(path.join(this.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0])
      return Number.isInteger(pid) && pid > 0 ? pid : undefined
    } catch {
      return undefined
    }
  }

  private children(pid: number): number[] {
    try {
      return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).split('\n').map(Number).filter((n) => n > 0)
    } catch {
      return []
    }
  }

  /** SIGSTOP the postmaster and every child of it; returns how many processes were stopped. */
  freeze(): number {
    const pid = this.postmasterPid()
    if (!pid) throw new Error('no postmaster to freeze')
    const pids = [pid, ...this.children(pid)]
    for (const p of pids) {
      try { process.kill(p, 'SIGSTOP'); this.frozen.push(p) } catch { /* gone */ }
    }
    return pids.length
  }

  thaw() {
    for (const p of this.frozen.reverse()) {
      try { process.kill(p, 'SIGCONT') } catch { /* gone */ }
    }
    this.frozen = []
  }

  /** Whatever state it is in: thawed, stopped, its folder removed. Synchronous, for exit handlers. */
  cleanupSync() {
    this.thaw()
    const pid = this.postmasterPid()
    if (pid) {
      for (const p of [pid, ...this.children(pid)]) {
        try { process.kill(p, 'SIGCONT') } catch { /* gone */ }
      }
      try {
        const [file, argv] = command(path.join(this.bin, 'pg_ctl'), ['-D', this.dataDir, 'stop', '-m', 'immediate', '-w', '-t', '20'])
        execFileSync(file, argv, { stdio: 'ignore', timeout: 25_000 })
      } catch {
        try { process.kill(pid, 'SIGKILL') } catch { /* gone */ }
      }
    }
    rmSync(this.dir, { recursive: true, force: true })
  }
}
