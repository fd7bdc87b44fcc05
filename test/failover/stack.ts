/**
 * The high-availability stack of the failover test, from the deployment example in deploy/ha/:
 * one etcd member, two Patroni nodes (each its own PostgreSQL, run as user postgres when we are
 * root), and HAProxy sending connections to whichever node answers Patroni's GET /primary. Every
 * configuration is deploy/ha's template with this run's ports, folders and passwords filled in
 * (and the test-sized ttl, loop_wait and retry_timeout), so what is documented is what is tested.
 * Nothing here touches the machine's own PostgreSQL, etcd or HAProxy: every port is free-picked.
 */
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chownSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { asRoot, command, postgresBin } from '../faults/cluster.js'
import { request, sleep } from '../faults/http.js'
import { freePort, root } from '../faults/server.js'

export const deployDir = path.join(root, 'deploy', 'ha')

/** Patroni's timings for the test: a crash is seen within loop_wait, a lost leader within ttl (loop_wait + 2 × retry_timeout ≤ ttl). */
export const testTimings = { PATRONI_TTL: '10', PATRONI_LOOP_WAIT: '2', PATRONI_RETRY_TIMEOUT: '4' }

/** `${NAME}` replaced by its value, as envsubst does; a name without a value is an error rather than an empty string. */
export function render(template: string, values: Record<string, string>): string {
  const missing = new Set<string>()
  const text = template.replace(/\$\{([A-Z0-9_]+)\}/g, (_, name: string) => {
    const value = values[name]
    if (value === undefined) missing.add(name)
    return value ?? ''
  })
  if (missing.size > 0) throw new Error(`no value for ${[...missing].join(', ')}`)
  return text
}

const template = (name: string) => readFileSync(path.join(deployDir, name), 'utf8')

export const templates = ['patroni.yml', 'haproxy.cfg', 'etcd.yml']

/** deploy/ha/example.env's values; every template must render with them alone (the documentation names every variable). */
export function checkExampleEnv(): string | undefined {
  const values: Record<string, string> = {}
  for (const line of template('example.env').split('\n')) {
    const match = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim())
    if (match) values[match[1]!] = match[2]!
  }
  for (const name of templates) {
    try {
      render(template(name), values)
    } catch (error) {
      return `deploy/ha/example.env does not fill in ${name}: ${(error as Error).message}`
    }
  }
  return undefined
}

/** A program of the stack, its output going to a log file of its own; in a process group of its own, so that runuser's child goes with it. */
class Proc {
  readonly child: ChildProcess
  exited = false
  constructor(readonly name: string, readonly logFile: string, file: string, args: string[]) {
    const fd = openSync(logFile, 'a')
    this.child = spawn(file, args, { detached: true, stdio: ['ignore', fd, fd] })
    closeSync(fd)
    this.child.once('exit', () => { this.exited = true })
  }

  kill(signal: NodeJS.Signals = 'SIGKILL') {
    if (this.exited || this.child.pid === undefined) return
    try { process.kill(-this.child.pid, signal) } catch { /* gone */ }
  }

  tail(lines = 30): string {
    try {
      return readFileSync(this.logFile, 'utf8').split('\n').slice(-lines).join('\n')
    } catch {
      return ''
    }
  }
}

export interface Member { name: string, role: string, state: string, host: string, port: number, timeline?: number, lag?: number | string }

export interface Node {
  name: string
  pgPort: number
  restPort: number
  dir: string
  dataDir: string
  config: string
  patroni?: Proc
}

const ids = (user: string) => ({
  uid: Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim()),
  gid: Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim()),
})

export class Stack {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'duban-failover-'))
  readonly passwords = { superuser: secret(), replication: secret(), rewind: secret(), duban: secret() }
  nodes: Node[] = []
  etcd?: Proc
  haproxy?: Proc
  haproxyPort = 0
  etcdPort = 0
  private owner = asRoot ? ids('postgres') : undefined

  constructor() {
    this.own(this.dir)
  }

  private own(dir: string) {
    if (this.owner) chownSync(dir, this.owner.uid, this.owner.gid)
  }

  /** duban's DATABASE_URL: its own role, through HAProxy. */
  databaseUrl() {
    return `postgres://duban:${this.passwords.duban}@127.0.0.1:${this.haproxyPort}/duban`
  }

  superuserUrl(database = 'postgres', port = this.haproxyPort) {
    return `postgres://postgres:${this.passwords.superuser}@127.0.0.1:${port}/${database}`
  }

  async start(log: (line: string) => void) {
    this.etcdPort = await freePort()
    const etcdPeer = await freePort()
    for (const name of ['node1', 'node2']) {
      const dir = path.join(this.dir, name)
      mkdirSync(dir, { mode: 0o700 })
      this.own(dir)
      this.nodes.push({ name, pgPort: await freePort(), restPort: await freePort(), dir, dataDir: path.join(dir, 'data'), config: path.join(dir, 'patroni.yml') })
    }
    this.haproxyPort = await freePort()

    const etcdConfig = path.join(this.dir, 'etcd.yml')
    writeFileSync(etcdConfig, render(template('etcd.yml'), {
      ETCD_NAME: 'etcd1', ETCD_DATA_DIR: path.join(this.dir, 'etcd'), ETCD_HOST: '127.0.0.1', ETCD_CLIENT_PORT: String(this.etcdPort),
      ETCD_PEER_PORT: String(etcdPeer), ETCD_INITIAL_CLUSTER: `etcd1=http://127.0.0.1:${etcdPeer}`,
    }))
    this.etcd = new Proc('etcd', path.join(this.dir, 'etcd.log'), 'etcd', ['--config-file', etcdConfig])
    await this.until('etcd answers', 30_000, async () => {
      const reply = await request(`http://127.0.0.1:${this.etcdPort}`, '/health', { timeoutMs: 1000, agent: false })
      return reply.status === 200
    })
    log(`   etcd on ${this.etcdPort}`)

    for (const node of this.nodes) {
      writeFileSync(node.config, render(template('patroni.yml'), {
        ...testTimings,
        PATRONI_SCOPE: 'duban', NODE_NAME: node.name, NODE_HOST: '127.0.0.1', REST_PORT: String(node.restPort), PG_PORT: String(node.pgPort),
        ETCD_HOSTS: `127.0.0.1:${this.etcdPort}`, CLIENT_NETWORK: '127.0.0.1/32', DATA_DIR: node.dataDir, PG_BIN_DIR: postgresBin(),
        PGPASS_FILE: path.join(node.dir, 'pgpass'), SOCKET_DIR: node.dir, REPLICATION_USER: 'replicator',
        SUPERUSER_PASSWORD: this.passwords.superuser, REPLICATION_PASSWORD: this.passwords.replication, REWIND_PASSWORD: this.passwords.rewind,
      }))
    }
    // node1 bootstraps (initdb) and takes the leader lock; node2 then clones it and follows as the synchronous standby.
    this.startPatroni(this.nodes[0]!)
    await this.until('node1 leads', 120_000, async () => (await this.members()).some((m) => m.name === 'node1' && m.role === 'leader' && m.state === 'running'))
    this.startPatroni(this.nodes[1]!)
    const healthy = await this.healthy(120_000)
    log(`   Patroni: ${describe(healthy)}`)

    const haproxyConfig = path.join(this.dir, 'haproxy.cfg')
    const [n1, n2] = this.nodes as [Node, Node]
    writeFileSync(haproxyConfig, render(template('haproxy.cfg'), {
      HAPROXY_BIND: `127.0.0.1:${this.haproxyPort}`,
      NODE1_NAME: n1.name, NODE1_HOST: '127.0.0.1', NODE1_PG_PORT: String(n1.pgPort), NODE1_REST_PORT: String(n1.restPort),
      NODE2_NAME: n2.name, NODE2_HOST: '127.0.0.1', NODE2_PG_PORT: String(n2.pgPort), NODE2_REST_PORT: String(n2.restPort),
    }))
    this.haproxy = new Proc('haproxy', path.join(this.dir, 'haproxy.log'), 'haproxy', ['-f', haproxyConfig, '-db'])
    // HAProxy starts with every server up, until its checks say otherwise: wait until connection after connection reaches the primary.
    let reached: string | undefined
    let inARow = 0
    await this.until('HAProxy leads to the primary, 5 connections in a row', 30_000, async () => {
      const now = await this.primaryThroughHaproxy()
      inARow = now !== undefined && now === reached ? inARow + 1 : now !== undefined ? 1 : 0
      reached = now
      return inARow >= 5
    })
    log(`   HAProxy on ${this.haproxyPort}, leading to ${reached}`)
    await this.createDatabase()
    log('   duban\'s role and database made from deploy/ha/duban-database.sql')
  }

  private startPatroni(node: Node) {
    const [file, args] = command('patroni', [node.config])
    node.patroni = new Proc(`patroni ${node.name}`, path.join(node.dir, 'patroni.log'), file, args)
  }

  /** deploy/ha/duban-database.sql, statement by statement (CREATE DATABASE takes no transaction), :'password' as psql would quote it. */
  private async createDatabase() {
    const statements = template('duban-database.sql').split('\n').filter((line) => !line.startsWith('--')).join('\n')
      .split(';').map((s) => s.trim()).filter(Boolean)
    const client = new pg.Client({ connectionString: this.superuserUrl(), connectionTimeoutMillis: 5000 })
    await client.connect()
    try {
      for (const statement of statements) await client.query(statement.replace(":'password'", `'${this.passwords.duban}'`))
    } finally {
      await client.end()
    }
  }

  /** The cluster as Patroni's REST API says (GET /cluster), from the first node that answers. */
  async members(): Promise<Member[]> {
    for (const node of this.nodes) {
      const reply = await request(`http://127.0.0.1:${node.restPort}`, '/cluster', { timeoutMs: 1500, agent: false })
      if (reply.status !== 200) continue
      try {
        return (JSON.parse(reply.body) as { members?: Member[] }).members ?? []
      } catch { /* next */ }
    }
    return []
  }

  /** Until there is a running leader (other than `not`, when given) and a streaming synchronous standby; the members then. */
  async healthy(timeoutMs: number, not?: string): Promise<Member[]> {
    let members: Member[] = []
    await this.until(`a leader${not ? ` other than ${not}` : ''} and a synchronous standby`, timeoutMs, async () => {
      members = await this.members()
      const leader = members.find((m) => m.role === 'leader' && m.state === 'running')
      const sync = members.find((m) => m.role === 'sync_standby' && m.state === 'running')
      return Boolean(leader && leader.name !== not && sync && (sync.lag === undefined || sync.lag === 0))
    })
    return members
  }

  leader(members: Member[]) {
    return members.find((m) => m.role === 'leader')?.name
  }

  node(name: string) {
    const node = this.nodes.find((n) => n.name === name)
    if (!node) throw new Error(`no node ${name}`)
    return node
  }

  /** Which node a new connection through HAProxy reaches, if it reaches a primary (undefined: none, or a standby). */
  async primaryThroughHaproxy(): Promise<string | undefined> {
    const client = new pg.Client({ connectionString: this.superuserUrl(), connectionTimeoutMillis: 2000, query_timeout: 2000 })
    client.on('error', () => {})
    try {
      await client.connect()
      const { rows } = await client.query<{ recovery: boolean, port: number }>('select pg_is_in_recovery() as recovery, inet_server_port() as port')
      const row = rows[0]
      return row && !row.recovery ? this.nodes.find((n) => n.pgPort === Number(row.port))?.name : undefined
    } catch {
      return undefined
    } finally {
      await client.end().catch(() => {})
    }
  }

  postmasterPid(node: Node): number | undefined {
    try {
      const pid = Number(readFileSync(path.join(node.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0])
      return Number.isInteger(pid) && pid > 0 ? pid : undefined
    } catch {
      return undefined
    }
  }

  /** kill -9 of the node's postmaster (its backends are left to notice). */
  killPostmaster(node: Node): number {
    const pid = this.postmasterPid(node)
    if (!pid) throw new Error(`${node.name} has no postmaster.pid`)
    process.kill(pid, 'SIGKILL')
    return pid
  }

  /** `patronictl switchover --leader … --candidate … --force`; resolves to what it printed. */
  switchover(leader: string, candidate: string): Promise<string> {
    const config = this.node(leader).config
    return new Promise((resolve, reject) => {
      execFile('patronictl', ['-c', config, 'switchover', '--leader', leader, '--candidate', candidate, '--force'],
        { timeout: 90_000, encoding: 'utf8' }, (error, stdout, stderr) =>
          (error ? reject(new Error(`patronictl switchover: ${error.message}\n${stdout}${stderr}`)) : resolve(`${stdout}${stderr}`)))
    })
  }

  /** `patronictl edit-config --set name=value --force`: the cluster's settings in etcd, which every node follows within loop_wait. */
  editConfig(setting: string): Promise<string> {
    return new Promise((resolve, reject) => {
      execFile('patronictl', ['-c', this.nodes[0]!.config, 'edit-config', '--quiet', '--set', setting, '--force'],
        { timeout: 30_000, encoding: 'utf8' }, (error, stdout, stderr) =>
          (error ? reject(new Error(`patronictl edit-config: ${error.message}\n${stdout}${stderr}`)) : resolve(`${stdout}${stderr}`)))
    })
  }

  /** The cluster's settings as Patroni keeps them (GET /config). */
  async dynamicConfig(): Promise<Record<string, unknown>> {
    const reply = await request(`http://127.0.0.1:${this.nodes[0]!.restPort}`, '/config', { timeoutMs: 2000, agent: false })
    return reply.status === 200 ? JSON.parse(reply.body) as Record<string, unknown> : {}
  }

  async until(what: string, timeoutMs: number, check: () => Promise<boolean>) {
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      if (await check()) return
      await sleep(250)
    }
    throw new Error(`not within ${timeoutMs / 1000} s: ${what}\n${this.logTails()}`)
  }

  logTails(lines = 25): string {
    const procs = [this.etcd, ...this.nodes.map((n) => n.patroni), this.haproxy].filter((p): p is Proc => p !== undefined)
    return procs.map((p) => `--- ${p.name} (${p.logFile}):\n${p.tail(lines)}`).join('\n')
  }

  /** Everything stopped and removed, whatever state it is in. Synchronous, for exit handlers. */
  cleanupSync(keep = false) {
    this.haproxy?.kill()
    // Patroni first, so that nothing starts PostgreSQL again; then each PostgreSQL, then etcd.
    for (const node of this.nodes) node.patroni?.kill()
    for (const node of this.nodes) {
      const pid = this.postmasterPid(node)
      if (!pid || !existsSync(node.dataDir)) continue
      try {
        const [file, argv] = command(path.join(postgresBin(), 'pg_ctl'), ['-D', node.dataDir, 'stop', '-m', 'immediate', '-w', '-t', '20'])
        execFileSync(file, argv, { stdio: 'ignore', timeout: 25_000 })
      } catch {
        try { process.kill(pid, 'SIGKILL') } catch { /* gone */ }
      }
    }
    this.etcd?.kill()
    if (!keep) rmSync(this.dir, { recursive: true, force: true })
  }
}

const secret = () => `pw${randomBytes(16).toString('hex')}`

export const describe = (members: Member[]) =>
  members.map((m) => `${m.name} ${m.role} ${m.state}${m.timeline !== undefined ? ` TL${m.timeline}` : ''}${m.lag !== undefined ? ` lag ${m.lag}` : ''}`).join(', ')
