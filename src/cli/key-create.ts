import { parseArgs } from 'node:util'
import { ROLES, type Role } from '../shared/values.js'
import { createApiKey } from '../features/keys/keys.service.js'
import { withDatabase } from './withDatabase.js'

const usage = 'usage: npm run key:create -- --role admin|city_office|lead_unit|reader [--name NAME] [--city 341700] [--lead-unit ID]'
const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    name: { type: 'string' },
    city: { type: 'string' },
    'lead-unit': { type: 'string' },
  },
})
if (!values.role || !(ROLES as readonly string[]).includes(values.role)) {
  console.error(usage)
  process.exit(2)
}

await withDatabase('key:create', async (db) => {
  const key = await db.transaction().execute((trx) => createApiKey(trx, { apiKeyId: null, requestId: 'cli' }, {
    name: values.name ?? `${values.role} key`,
    role: values.role as Role,
    cityCode: values.city ?? null,
    leadUnitId: values['lead-unit'] ? Number(values['lead-unit']) : null,
  }))
  console.error(`created ${key.role} key ${key.id} (${key.name}); it is shown once, keep it safe:`)
  console.log(key.key)
})
