import { citySchemas } from './cities.js'
import { complianceSchemas } from './compliance.js'
import { extensionSchemas } from './extensions.js'
import { reminderSchemas } from './reminders.js'
import { FieldError, Problem } from './common.js'
import { importSchemas } from './imports.js'
import { indicatorSchemas } from './indicators.js'
import { reportSchemas } from './reports.js'
import { apiKeySchemas } from './apiKeys.js'
import { leadUnitSchemas } from './leadUnits.js'
import { periodSchemas } from './periods.js'
import { progressSchemas } from './progress.js'
import { taskSchemas } from './tasks.js'
import { webhookSchemas } from './webhooks.js'
import { searchSchemas } from './search.js'

/** Every schema with an $id: registered once, named as a component in the OpenAPI document. */
export const sharedSchemas = [
  FieldError, Problem, ...indicatorSchemas,
  ...citySchemas, ...leadUnitSchemas, ...periodSchemas, ...progressSchemas, ...taskSchemas, ...importSchemas,
  ...reportSchemas, ...apiKeySchemas, ...extensionSchemas, ...reminderSchemas, ...webhookSchemas, ...complianceSchemas, ...searchSchemas,
]
