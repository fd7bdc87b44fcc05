export { createApiKey, findApiKey, leadsTask, listApiKeys, revokeApiKey } from './keys.repository.js'
