export { listAuditEvents } from './audit.repository.js'
