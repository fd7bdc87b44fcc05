export { statusChanges } from './changes.repository.js'
