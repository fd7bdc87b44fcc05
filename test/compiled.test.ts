/**
 * compiledOnce: a query built once for each shape answers as the same query built on every
 * call, for every shape its optional arguments make, and a build that does not use an
 * argument as a parameter is refused on its first call.
 */
import t from 'tap'
import { compiledOnce } from '../src/db/compiled.js'
import type { Db } from '../src/db/database.js'
import { emptyDatabase, testDatabase } from './helper.js'

const database = await testDatabase(t)
const db = database.db
await emptyDatabase(database)
await db.insertInto('cities').values([
  { code: '340100', name: '合肥市', province: '安徽省' },
  { code: '340400', name: '淮南市', province: '安徽省' },
  { code: '341700', name: '池州市', province: '安徽省' },
  { code: '320100', name: '南京市', province: '江苏省' },
]).execute()

const built = (db: Db, take: number, province?: string, after?: string) => db.selectFrom('cities').select(['code', 'name'])
  .$if(province !== undefined, (qb) => qb.where('province', '=', province!))
  .$if(after !== undefined, (qb) => qb.where('code', '>', after!))
  .orderBy('code').limit(take)
const compiled = compiledOnce(built)

t.test('each shape answers as the query built every time, with each call\'s own values', async (t) => {
  const calls: [number, string?, string?][] = [[10], [2], [10, '安徽省'], [10, '江苏省'], [1, '安徽省', '340100'], [10, undefined, '340400'], [10, '安徽省']]
  for (const args of calls) {
    t.same(await compiled(db, ...args), await built(db, ...args).execute(), JSON.stringify(args))
  }
  t.same((await compiled(db, 10, '安徽省', '340100')).map((city) => city.code), ['340400', '341700'], 'camel-cased rows, the filters applied')
})

t.test('a build that does not take an argument as a parameter is refused', async (t) => {
  const computed = compiledOnce((db: Db, take: number) => db.selectFrom('cities').select('code').limit(take + 1))
  await t.rejects(computed(db, 2), /compiledOnce: argument 0 is not a parameter of: select "code" from "cities" limit \$1/)
  const ignored = compiledOnce((db: Db, _code: string) => db.selectFrom('cities').select('code'))
  await t.rejects(ignored(db, '340100'), /argument 0 is not a parameter/)
})
