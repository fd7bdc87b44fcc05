/** The commands of a city: create, change its name, its supervision settings or its status words, delete one that holds nothing. */
import type { Insertable, Transaction } from 'kysely'
import type { CityTable, Database } from '../../db/database.js'
import { type Actor, recordAudit } from '../../db/audit.js'
import { current } from '../../db/write.js'
import { Conflict, Invalid } from '../../shared/errors.js'
import { vocabularyProblems } from '../../shared/statusWords.js'
import { type CityChange, cityHoldsData, deleteCityRow, insertCityRow, lockCity, reviseCity, updateCityRow } from './cities.repository.js'

export { assertCity, type CityChange, cityRevision, findCity, listCities } from './cities.repository.js'

export async function insertCity(trx: Transaction<Database>, actor: Actor, city: Insertable<CityTable>) {
  const row = await insertCityRow(trx, city)
  await recordAudit(trx, actor, { cityCode: row.code, action: 'create', entity: 'city', entityId: row.code, after: row })
  return row
}

export async function updateCity(trx: Transaction<Database>, actor: Actor, code: string, patch: CityChange, ifMatch?: number) {
  const before = current(await lockCity(trx, code, 'update'), ifMatch, 'city', code)
  if (patch.statusWords) {
    const problems = vocabularyProblems(patch.statusWords)
    if (problems.length > 0) throw new Invalid(problems.map(({ field, message }) => ({ field: `statusWords/${field.replaceAll('.', '/')}`, message })))
  }
  const after = await updateCityRow(trx, code, patch)
  // Every report and summary of the city writes its words: a change is a new revision of them.
  if (patch.statusWords !== undefined) await reviseCity(trx, code)
  await recordAudit(trx, actor, { cityCode: code, action: 'update', entity: 'city', entityId: code, before, after })
  return after
}

/**
 * A city with any data cannot be deleted: its reports would go with it. The row is locked
 * FOR UPDATE, as the delete will need it: a write adding the city's first row then waits at
 * its foreign key check instead of deadlocking with the delete over the city's revision.
 */
export async function deleteCity(trx: Transaction<Database>, actor: Actor, code: string, ifMatch?: number) {
  const before = current(await lockCity(trx, code, 'delete'), ifMatch, 'city', code)
  if (await cityHoldsData(trx, code)) throw new Conflict('city_in_use', `city ${code} still holds lead units, periods, tasks, imports or API keys`)
  await deleteCityRow(trx, code)
  await recordAudit(trx, actor, { cityCode: code, action: 'delete', entity: 'city', entityId: code, before })
  return before
}
