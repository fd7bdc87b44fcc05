import { citySchemas } from './cities.js'
import { FieldError, Problem } from './common.js'
import { leadUnitSchemas } from './leadUnits.js'
import { periodSchemas } from './periods.js'
import { progressSchemas } from './progress.js'
import { taskSchemas } from './tasks.js'

/** Every schema with an $id: registered once, named as a component in the OpenAPI document. */
export const sharedSchemas = [
  FieldError, Problem,
  ...citySchemas, ...leadUnitSchemas, ...periodSchemas, ...progressSchemas, ...taskSchemas,
]
