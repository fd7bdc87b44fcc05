import { chmodSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * One process at a time per embedded database folder. PGlite gives no protection of its own:
 * a second process opening the same folder "works", and then data is lost or the folder no
 * longer opens. The lock is `<dataDir>/duban.lock`, created exclusively (O_EXCL) and holding
 * `{ pid, command, startedAt }`; a lock whose process is gone is taken over.
 */
export const LOCK_FILE = 'duban.lock'

export interface LockHolder { pid: number, command: string, startedAt: string }

export class DataDirLocked extends Error {
  constructor(readonly dataDir: string, readonly holder: LockHolder) {
    super(`the embedded database in ${dataDir} is in use by process ${holder.pid} ` +
      `(${holder.command}, since ${holder.startedAt}); stop it or set DATABASE_URL`)
  }
}

export interface DataDirLock {
  readonly file: string
  /** Removes the lock file if it is still ours; safe to call more than once. */
  release(): void
}

function alive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists, it is another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function readHolder(file: string): LockHolder | undefined {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder>
    return { pid: Number(parsed.pid), command: String(parsed.command ?? '?'), startedAt: String(parsed.startedAt ?? '?') }
  } catch {
    // Half-written (its writer died between create and write) or garbage: nobody holds it.
    return { pid: 0, command: '?', startedAt: '?' }
  }
}

/** The command line that took the lock, as a person would recognise it. */
export function describeCommand(): string {
  const script = process.env.npm_lifecycle_event
  if (script) return `npm ${script === 'start' ? 'start' : `run ${script}`}`
  return [path.basename(process.argv[0] ?? 'node'), ...process.argv.slice(1).map((arg) => path.relative(process.cwd(), arg) || arg)].join(' ')
}

/**
 * Takes the folder's lock or throws DataDirLocked naming the live process that holds it.
 * The lock is released by release(), and in any case when the process exits.
 */
export function acquireDataDirLock(dataDir: string, command = describeCommand()): DataDirLock {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const file = path.join(dataDir, LOCK_FILE)
  const mine: LockHolder = { pid: process.pid, command, startedAt: new Date().toISOString() }
  const text = `${JSON.stringify(mine)}\n`
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, text, { flag: 'wx', mode: 0o600 })
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 5) throw error
    }
    const holder = readHolder(file)
    if (holder === undefined) continue // gone meanwhile: try again
    if (alive(holder.pid)) throw new DataDirLocked(dataDir, holder)
    takeOverStale(file, holder)
  }
  let released = false
  const release = () => {
    if (released) return
    released = true
    process.removeListener('exit', release)
    try {
      if (readHolder(file)?.pid === process.pid) unlinkSync(file)
    } catch {
      // the folder went away: nothing to release
    }
  }
  process.on('exit', release)
  return { file, release }
}

/**
 * Moves a dead process's lock aside. Two processes may both find it stale: each renames
 * "the" lock to a name of its own and checks it moved the stale one; one that moved a lock
 * just taken by the other puts it back (link fails if a third took the name meanwhile).
 */
function takeOverStale(file: string, stale: LockHolder) {
  const aside = `${file}.stale-${process.pid}`
  try {
    renameSync(file, aside)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw error
  }
  const moved = readHolder(aside)
  if (moved && moved.pid !== stale.pid && alive(moved.pid)) {
    try {
      linkSync(aside, file)
    } catch {
      // someone else holds the name now: the retry will see them
    }
  }
  try {
    unlinkSync(aside)
  } catch {
    // already gone
  }
}

/**
 * The lock on the embedded database folder a process is about to open, if it opens one; a
 * folder another live process holds ends this one at once, with one line naming the holder.
 */
export function lockDataDirOrExit(target: { dataDir: string } | object): DataDirLock | undefined {
  if (!('dataDir' in target)) return undefined
  // The folder holds webhook secrets and robot tokens: what the process writes there is its
  // own, whatever the umask it was started with, and what an earlier start left open is closed.
  process.umask(0o077)
  try {
    const lock = acquireDataDirLock(target.dataDir)
    ownerOnly(target.dataDir)
    return lock
  } catch (error) {
    console.error(error instanceof DataDirLocked ? `duban: ${error.message}` : `duban: ${target.dataDir}: ${(error as Error).message}`)
    process.exit(1)
  }
}

/** The folder and everything in it readable and writable by its owner only (0700 folders, 0600 files); links are left alone. */
export function ownerOnly(dir: string) {
  chmodSync(dir, 0o700)
  for (const name of readdirSync(dir)) {
    const entry = path.join(dir, name)
    const stat = lstatSync(entry)
    if (stat.isDirectory()) ownerOnly(entry)
    else if (stat.isFile() && (stat.mode & 0o777) !== 0o600) chmodSync(entry, 0o600)
  }
}
