export { periodCompliance } from './compliance.repository.js'
