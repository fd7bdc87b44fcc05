import { migrateToLatest } from '../db/migrate.js'
import { withDatabase } from './withDatabase.js'

await withDatabase('migrate', async (db) => {
  const results = await migrateToLatest(db)
  for (const result of results ?? []) console.log(`${result.status.toLowerCase()}: ${result.migrationName}`)
  if (!results?.length) console.log('nothing to migrate: the database is current')
}, { migrate: false })
