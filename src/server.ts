import { buildApp } from './app.js'
import { ConfigError, loadConfig } from './config.js'
import { databaseTarget, openDatabase } from './db/connect.js'
import { migrateToLatest } from './db/migrate.js'

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
  const database = openDatabase(databaseTarget(config))
  await migrateToLatest(database.db)
  const app = await buildApp({ database, logger: { level: config.LOG_LEVEL } })
  app.addHook('onClose', async () => { await database.db.destroy() })

  let closing = false
  const shutdown = (signal: string) => {
    if (closing) return
    closing = true
    app.log.info({ signal }, 'shutting down: finishing requests in flight')
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
