import { assessmentSchemas } from '../features/assessment/assessment.schemas.js'
import { releaseSchemas } from '../features/releases/releases.schemas.js'
import { citySchemas } from '../features/cities/cities.schemas.js'
import { complianceSchemas } from '../features/compliance/compliance.schemas.js'
import { extensionSchemas } from '../features/extensions/extensions.schemas.js'
import { reminderSchemas } from '../features/reminders/reminders.schemas.js'
import { FieldError, Problem } from '../shared/common.schemas.js'
import { importSchemas } from '../features/imports/imports.schemas.js'
import { indicatorSchemas } from '../features/tasks/indicators.schemas.js'
import { provinceIndicatorSchemas } from '../features/indicators/indicators.schemas.js'
import { reportSchemas } from '../features/reports/reports.schemas.js'
import { apiKeySchemas } from '../features/keys/keys.schemas.js'
import { leadUnitSchemas } from '../features/lead-units/lead-units.schemas.js'
import { periodSchemas } from '../features/periods/periods.schemas.js'
import { progressSchemas } from '../features/entries/entries.schemas.js'
import { taskSchemas } from '../features/tasks/tasks.schemas.js'
import { webhookSchemas } from '../features/webhooks/webhooks.schemas.js'
import { eventSchemas } from '../features/events/events.schemas.js'
import { searchSchemas } from '../features/search/search.schemas.js'

/** Every schema with an $id: registered once, named as a component in the OpenAPI document. */
export const sharedSchemas = [
  FieldError, Problem, ...indicatorSchemas,
  ...citySchemas, ...leadUnitSchemas, ...periodSchemas, ...progressSchemas, ...taskSchemas, ...importSchemas,
  ...reportSchemas, ...apiKeySchemas, ...extensionSchemas, ...reminderSchemas, ...webhookSchemas, ...complianceSchemas, ...searchSchemas,
  ...eventSchemas, ...assessmentSchemas, ...releaseSchemas, ...provinceIndicatorSchemas,
]
