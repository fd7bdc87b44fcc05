export { deleteTask, findTask, findTaskJson, insertTask, insertTasks, type LeadUnitLink, listTasks, listUnitTasks, listYearTasks, type TaskView, updateTask, updateTasks } from './tasks.repository.js'
