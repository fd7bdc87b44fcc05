/** Health and readiness: whether the database answers, and whether its migrations are current. */
export { ping, takesWrites } from './health.repository.js'
export { migrationsCurrent } from '../../db/migrate.js'
