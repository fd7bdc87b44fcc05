import { citySchemas } from './cities.js'
import { FieldError, Problem } from './common.js'
import { importSchemas } from './imports.js'
import { indicatorSchemas } from './indicators.js'
import { reportSchemas } from './reports.js'
import { apiKeySchemas } from './apiKeys.js'
import { leadUnitSchemas } from './leadUnits.js'
import { periodSchemas } from './periods.js'
import { progressSchemas } from './progress.js'
import { taskSchemas } from './tasks.js'

/** Every schema with an $id: registered once, named as a component in the OpenAPI document. */
export const sharedSchemas = [
  FieldError, Problem, ...indicatorSchemas,
  ...citySchemas, ...leadUnitSchemas, ...periodSchemas, ...progressSchemas, ...taskSchemas, ...importSchemas,
  ...reportSchemas, ...apiKeySchemas,
]
