export { deleteLeadUnit, findLeadUnit, insertLeadUnit, insertLeadUnits, listLeadUnits, lockUnitNames, mergeLeadUnit, updateLeadUnit } from './lead-units.repository.js'
