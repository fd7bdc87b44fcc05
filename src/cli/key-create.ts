import { parseArgs } from 'node:util'
import { loadConfig } from '../config.js'
import { openDatabase } from '../db/connect.js'
import type { Role } from '../db/database.js'
import { migrateToLatest } from '../db/migrate.js'
import { createApiKey } from '../db/queries/apiKeys.js'

const usage = 'usage: npm run key:create -- --role admin|city_office|lead_unit|reader [--name NAME] [--city 341700] [--lead-unit ID]'
const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    name: { type: 'string' },
    city: { type: 'string' },
    'lead-unit': { type: 'string' },
  },
})
const roles: Role[] = ['admin', 'city_office', 'lead_unit', 'reader']
if (!values.role || !roles.includes(values.role as Role)) {
  console.error(usage)
  process.exit(2)
}

const config = loadConfig()
const database = openDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.DATA_DIR })
let exitCode = 0
try {
  await migrateToLatest(database.db)
  const key = await database.db.transaction().execute((trx) => createApiKey(trx, { apiKeyId: null, requestId: 'cli' }, {
    name: values.name ?? `${values.role} key`,
    role: values.role as Role,
    cityCode: values.city ?? null,
    leadUnitId: values['lead-unit'] ? Number(values['lead-unit']) : null,
  }))
  console.error(`created ${key.role} key ${key.id} (${key.name}); it is shown once, keep it safe:`)
  console.log(key.key)
} catch (error) {
  console.error(`could not create the key: ${error instanceof Error ? error.message : String(error)}`)
  exitCode = 1
} finally {
  await database.db.destroy()
}
process.exit(exitCode)
