export { listEvents } from './events.repository.js'
