import { buildApp } from './app.js'
import { appOptionsFrom, ConfigError, databaseOptionsFrom, firstAdminKeyFile, loadConfig } from './config.js'
import { databaseTarget, openDatabase } from './db/connect.js'
import { lockDataDirOrExit, ownerOnly } from './db/dataDirLock.js'
import { migrateToLatest } from './db/migrate.js'
import { ensureFirstAdminKey } from './features/keys/keys.first.js'

async function main() {
  let config
  try {
    config = loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`duban: invalid configuration: ${error.message}`)
      process.exit(1)
    }
    throw error
  }
  const target = databaseTarget(config)
  // The embedded database opens in one process at a time: a second one stops here, before PGlite touches the folder.
  const lock = lockDataDirOrExit(target)
  // Set once the app exists; a connection error before that has no logger to go to.
  let log: { warn: (obj: object, msg: string) => void } | undefined = undefined
  const database = openDatabase(target, {
    ...databaseOptionsFrom(config),
    onConnectionError: (error) => log?.warn({ err: error }, 'a database connection failed; the pool replaces it'),
  })
  if (database.kind === 'postgres') {
    // Migrations run on a connection of their own without the request timeouts: a migration
    // may rightly take longer than any request, or wait for another instance's to finish.
    const migrating = openDatabase(target, { ...databaseOptionsFrom(config), max: 1, statementTimeoutMillis: 0, lockTimeoutMillis: 0, idleInTransactionTimeoutMillis: 0 })
    try {
      await migrateToLatest(migrating.db)
    } finally {
      await migrating.db.destroy()
    }
  } else {
    await migrateToLatest(database.db)
    // The embedded database sets the modes of a few files itself (its relation cache files) as it opens.
    if ('dataDir' in target) ownerOnly(target.dataDir)
  }
  const app = await buildApp({ database, ...appOptionsFrom(config) })
  log = app.log
  app.addHook('onClose', async () => {
    await database.db.destroy()
    lock?.release()
  })

  const keyFile = firstAdminKeyFile(config)
  try {
    const firstKey = await ensureFirstAdminKey(database.db, keyFile)
    // Where the key is, never the key itself.
    if (firstKey) app.log.warn({ apiKeyId: firstKey.id, file: keyFile }, `no API keys yet: created the first admin key and wrote it to ${keyFile} (mode 0600)`)
  } catch (error) {
    // Nothing was kept: the service runs without keys until one is made (npm run key:create) or a restart can write the file.
    app.log.error({ err: error, file: keyFile }, `no API keys yet, and the first admin key could not be written to ${keyFile} (FIRST_ADMIN_KEY_FILE): none was created`)
  }

  let closing = false
  const shutdown = (signal: string) => {
    if (closing) return
    closing = true
    app.log.info({ signal, timeoutMs: config.SHUTDOWN_TIMEOUT_MS }, 'shutting down: finishing requests in flight')
    // A request held by a database that stopped answering must not hold the process: after
    // SHUTDOWN_TIMEOUT_MS it exits anyway. unref: the timer itself keeps nothing alive.
    setTimeout(() => {
      app.log.error({ signal, timeoutMs: config.SHUTDOWN_TIMEOUT_MS },
        `shutdown did not finish within ${config.SHUTDOWN_TIMEOUT_MS} ms (SHUTDOWN_TIMEOUT_MS): exiting with requests or connections still open`)
      process.exit(1)
    }, config.SHUTDOWN_TIMEOUT_MS).unref()
    // close() stops accepting, waits for requests in flight, then runs onClose (the pool).
    app.close().then(() => process.exit(0), (error: unknown) => {
      app.log.error({ err: error }, 'shutdown failed')
      process.exit(1)
    })
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))

  await app.listen({ port: config.PORT, host: config.HOST })
  app.log.info({ database: database.kind === 'pglite' ? `embedded (${config.DATA_DIR})` : 'postgres' }, 'duban ready')
}

main().catch((error: unknown) => {
  console.error('duban: failed to start:', error instanceof Error ? error.message : error)
  process.exit(1)
})
