export { beijingTime, listReminders, remindMissing } from './reminders.repository.js'
