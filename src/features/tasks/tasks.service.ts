import type { Db } from '../../db/database.js'
import type { PageQuery } from '../../db/page.js'
import { Invalid, NotFound } from '../../shared/errors.js'
import { findPeriod } from '../periods/periods.service.js'
import { listTasks as listTaskPage } from './tasks.repository.js'
import type { TaskListQuery } from './tasks.schemas.js'

export { deleteTask, findTask, findTaskJson, insertTask, insertTasks, type LeadUnitLink, listUnitTasks, listYearTasks, type TaskView, updateTask, updateTasks } from './tasks.repository.js'

/** The city's tasks, filtered; a status filter names the period whose entries it reads. */
export async function listTasks(db: Db, cityCode: string, query: TaskListQuery & PageQuery) {
  const { status, periodId } = query
  if ((status === undefined) !== (periodId === undefined)) {
    throw new Invalid([{ field: status === undefined ? 'status' : 'periodId', message: 'is required with the other' }],
      'status and periodId filter together: the status of the task\'s entry in that period')
  }
  if (periodId !== undefined && !(await findPeriod(db, cityCode, periodId))) throw new NotFound('period', periodId)
  return listTaskPage(db, cityCode, query)
}
