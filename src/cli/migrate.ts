import { loadConfig } from '../config.js'
import { openDatabase } from '../db/connect.js'
import { migrateToLatest } from '../db/migrate.js'

const config = loadConfig()
const database = openDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.DATA_DIR })
try {
  const results = await migrateToLatest(database.db)
  for (const result of results ?? []) console.log(`${result.status.toLowerCase()}: ${result.migrationName}`)
  if (!results?.length) console.log('nothing to migrate: the database is current')
} finally {
  await database.db.destroy()
}
