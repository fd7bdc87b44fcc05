import type { Role } from '../../db/database.js'

/**
 * Who may call what. Each route names the class it needs in its own config
 * (`config: { access: 'cityWrite' }`), next to its schema; the auth plugin reads it, and an
 * app with a route that names none fails at start-up (see
 * requireAccess in plugins/auth.ts).
 * - open:        no key (health, readiness, docs, the OpenAPI document)
 * - read:        any key, inside its city (admins and all-city readers everywhere); a reader
 *                limited to published data (and an anonymous caller) sees accepted entries only
 * - readWork:    the work in progress (comments, extensions, reminders, compliance, events,
 *                imports): as read, but not for a reader limited to published data
 * - entryWrite:  a progress entry: city office or admin, or the lead unit of that task
 * - ownUnit:     what is one lead unit's own (its return sheet, the unit named by leadUnitId in
 *                the query): city office or admin, or that unit's key; not the city's readers
 *                or another unit
 * - office:      the office's own records (the audit trail, with every unit's drafts and the
 *                office's settings): its city office, or an admin
 * - cityWrite:   anything else inside a city: its city office, or an admin
 * - cityAdmin:   create or delete a city: admins only
 * - keys:        API keys: admins, and city offices for their own city's keys
 * - province:    a province's shared indicators and its cities' figures on them (read only): admins,
 *                readers and city offices, never anonymous; the route shows a key of one city its own
 *                city's row only (a province-scoped role is not there yet)
 */
export type Access = 'open' | 'read' | 'readWork' | 'entryWrite' | 'ownUnit' | 'office' | 'cityWrite' | 'cityAdmin' | 'keys' | 'province'

export interface KeyScope {
  id: number
  role: Role
  cityCode: string | null
  leadUnitId: number | null
  /** A reader that sees only what the office published: accepted entries, not the work in progress. */
  publishedOnly: boolean
}

/** Whether a key's city scope covers the city a request names (none named: global reads). */
export function coversCity(key: KeyScope, cityCode: string | undefined): boolean {
  if (key.role === 'admin') return true
  if (key.cityCode === null) return key.role === 'reader'
  return cityCode === undefined || cityCode === key.cityCode
}

/**
 * Whether the key may make the call, short of the task check that a lead-unit key's entry
 * write needs (done by the plugin, which can ask the database). leadUnitId: the unit an
 * ownUnit route names (undefined or not an id: none, which no unit key is).
 */
export function allows(key: KeyScope, access: Access, cityCode: string | undefined, leadUnitId?: number): boolean {
  switch (access) {
    case 'open': return true
    case 'read': return coversCity(key, cityCode)
    case 'readWork': return !key.publishedOnly && coversCity(key, cityCode)
    case 'cityAdmin': return key.role === 'admin'
    case 'office':
    case 'cityWrite': return key.role === 'admin' || (key.role === 'city_office' && key.cityCode === cityCode)
    case 'entryWrite': return key.role === 'admin' || ((key.role === 'city_office' || key.role === 'lead_unit') && key.cityCode === cityCode)
    case 'ownUnit': return key.role === 'admin' || (key.cityCode === cityCode &&
      (key.role === 'city_office' || (key.role === 'lead_unit' && key.leadUnitId !== null && key.leadUnitId === leadUnitId)))
    case 'keys': return key.role === 'admin' || key.role === 'city_office'
    case 'province': return key.role === 'admin' || key.role === 'reader' || key.role === 'city_office'
  }
}
