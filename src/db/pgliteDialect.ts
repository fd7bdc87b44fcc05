/**
 * Kysely's dialect for PGlite, the embedded database (db/connect.ts).
 *
 * It follows kysely 0.29's PGliteDialect (kysely/dist/dialect/pglite/*; kysely is MIT
 * licensed, Copyright (c) 2022 Sami Koskimäki) and is built on kysely 0.28's public exports
 * only: kysely 0.29, the first release with that dialect, declares engines node >= 22, and
 * this project runs on Node 20, so it pins kysely 0.28 (engines node >= 20), which has none.
 * What it keeps of 0.29's:
 * - one connection: PGlite is a single session. It is handed out under a mutex, so one
 *   query or transaction at a time holds it and the others wait (0.29's runtime driver holds
 *   such a mutex when the adapter says supportsMultipleConnections is false; 0.28's has none,
 *   so the driver does it, as 0.28's SqliteDriver does);
 * - a transaction is PGlite's exclusive `transaction()`, kept open by a deferred until
 *   Kysely commits or rolls back, so that nothing else using the same PGlite instance runs a
 *   statement inside it;
 * - savepoints are plain SQL on that transaction;
 * - a COMMIT that PostgreSQL answered with ROLLBACK (an earlier statement failed and the
 *   error was caught) throws kysely's AbortedTransactionError with PGlite's error as its
 *   cause, as kysely's PostgresDriver does on a server;
 * - no migration lock: the one connection is the migrator's for the whole migration.
 * Transaction settings (isolation level, access mode) are not applied, as in 0.29: with a
 * single session there is no other transaction to be isolated from.
 * Besides: a BEGIN that fails rejects rather than leaving Kysely waiting, and there are no
 * abort signals (kysely 0.28 has none).
 */
import type { PGlite, Transaction } from '@electric-sql/pglite'
import {
  AbortedTransactionError, type CompiledQuery, type DatabaseConnection, type DatabaseIntrospector, type Dialect, type DialectAdapter, type Driver,
  IdentifierNode, type Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, type QueryCompiler, type QueryResult, RawNode, createQueryId,
} from 'kysely'

export interface PGliteDialectConfig {
  /** The PGlite instance, or a function returning it: called once, when the first query runs. */
  pglite: PGlite | (() => PGlite | Promise<PGlite>)
}

export class PGliteDialect implements Dialect {
  readonly #config: PGliteDialectConfig

  constructor(config: PGliteDialectConfig) {
    this.#config = { ...config }
  }

  createAdapter(): DialectAdapter {
    return new PGliteAdapter()
  }

  createDriver(): Driver {
    return new PGliteDriver(this.#config)
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new PostgresIntrospector(db)
  }

  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler()
  }
}

export class PGliteAdapter extends PostgresAdapter {
  get supportsMultipleConnections() {
    return false
  }

  // PGlite's one connection is the migrator's from acquireMigrationLock to
  // releaseMigrationLock: nothing else can run a migration meanwhile.
  override async acquireMigrationLock(): Promise<void> {}

  override async releaseMigrationLock(): Promise<void> {}
}

/** One holder at a time (0.29's ConnectionMutex). */
class ConnectionMutex {
  #promise?: Promise<void>
  #resolve?: () => void

  async lock() {
    while (this.#promise) await this.#promise
    this.#promise = new Promise((resolve) => { this.#resolve = resolve })
  }

  unlock() {
    const resolve = this.#resolve
    this.#promise = undefined
    this.#resolve = undefined
    resolve?.()
  }
}

class Deferred<T = void> {
  readonly promise: Promise<T>
  resolve!: (value: T) => void
  reject!: (reason?: unknown) => void

  constructor() {
    this.promise = new Promise<T>((resolve, reject) => {
      this.resolve = resolve
      this.reject = reject
    })
  }
}

const savepointCommand = (command: 'savepoint' | 'rollback to' | 'release', savepointName: string) =>
  // The name goes in as an identifier, so the compiler quotes it.
  RawNode.createWithChildren([RawNode.createWithSql(`${command} `), IdentifierNode.create(savepointName)])

export class PGliteDriver implements Driver {
  readonly #config: PGliteDialectConfig
  readonly #mutex = new ConnectionMutex()
  #pglite?: PGlite
  #connection?: PGliteConnection

  constructor(config: PGliteDialectConfig) {
    this.#config = config
  }

  async init(): Promise<void> {
    const { pglite } = this.#config
    this.#pglite ??= typeof pglite === 'function' ? await pglite() : pglite
    if (this.#pglite.closed) throw new Error('PGlite instance is already closed.')
    if (!this.#pglite.ready) await this.#pglite.waitReady
    this.#connection = new PGliteConnection(this.#pglite)
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#mutex.lock()
    return this.#connection!
  }

  async releaseConnection(): Promise<void> {
    this.#mutex.unlock()
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as PGliteConnection).begin()
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as PGliteConnection).commit()
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as PGliteConnection).rollback()
  }

  async savepoint(connection: DatabaseConnection, savepointName: string, compileQuery: QueryCompiler['compileQuery']): Promise<void> {
    await connection.executeQuery(compileQuery(savepointCommand('savepoint', savepointName), createQueryId()))
  }

  async rollbackToSavepoint(connection: DatabaseConnection, savepointName: string, compileQuery: QueryCompiler['compileQuery']): Promise<void> {
    await connection.executeQuery(compileQuery(savepointCommand('rollback to', savepointName), createQueryId()))
  }

  async releaseSavepoint(connection: DatabaseConnection, savepointName: string, compileQuery: QueryCompiler['compileQuery']): Promise<void> {
    await connection.executeQuery(compileQuery(savepointCommand('release', savepointName), createQueryId()))
  }

  async destroy(): Promise<void> {
    if (this.#pglite && !this.#pglite.closed) await this.#pglite.close()
  }
}

/** The caller's stack appended to the error's (kysely's extendStackTrace): PGlite's own ends in its worker loop. */
function withCallerStack(error: unknown, caller: Error) {
  if (typeof error === 'object' && error !== null && typeof (error as Error).stack === 'string' && caller.stack) {
    (error as Error).stack += `\n${caller.stack.split('\n').slice(1).join('\n')}`
  }
  return error
}

class PGliteConnection implements DatabaseConnection {
  readonly #pglite: PGlite
  /** The open transaction: set between begin() and commit()/rollback(). */
  #transaction?: Transaction
  #commit?: () => void
  #rollback?: (reason?: unknown) => void
  #closed?: Promise<void>

  constructor(pglite: PGlite) {
    this.#pglite = pglite
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    try {
      const { affectedRows, rows } = await (this.#transaction ?? this.#pglite).query<R>(compiledQuery.sql, compiledQuery.parameters as unknown[], { rowMode: 'object' })
      return { numAffectedRows: typeof affectedRows === 'number' ? BigInt(affectedRows) : undefined, rows: rows ?? [] }
    } catch (error) {
      throw withCallerStack(error, new Error())
    }
  }

  // eslint-disable-next-line require-yield
  async* streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming is not supported by PGlite.')
  }

  /** Opens PGlite's exclusive transaction and keeps it open until commit() or rollback(). */
  async begin() {
    const finish = new Deferred()
    const begun = new Deferred()
    this.#commit = () => finish.resolve()
    this.#rollback = (reason) => finish.reject(reason)
    this.#closed = this.#pglite.transaction(async (transaction) => {
      this.#transaction = transaction
      begun.resolve()
      await finish.promise
    })
    // BEGIN itself failed (the callback never ran): say so rather than wait forever.
    this.#closed.catch((error: unknown) => begun.reject(error))
    await begun.promise
  }

  async commit() {
    this.#commit?.()
    try {
      await this.#closed
    } catch (error) {
      // PGlite's TransactionAbortedError: COMMIT was answered with ROLLBACK.
      if (typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '25P02') {
        throw Object.assign(new AbortedTransactionError(), { cause: error })
      }
      throw error
    } finally {
      this.#reset()
    }
  }

  async rollback() {
    this.#rollback?.()
    await this.#closed?.catch(() => {})
    this.#reset()
  }

  #reset() {
    this.#commit = undefined
    this.#rollback = undefined
    this.#transaction = undefined
    this.#closed = undefined
  }
}
