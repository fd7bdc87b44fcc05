import t from 'tap'
import { sql } from 'kysely'
import { openDatabase } from '../../db/connect.js'
import { emitEvent } from '../../db/outbox.js'
import { systemActor } from '../../db/audit.js'
import { onPostgres, sessionsWaitingOnLock, testDatabase } from '../../../test/helper.js'

// A follower reading GET …/events on from its last cursor must never miss an event that a
// slower transaction commits later with a lower id: a city's events are numbered in the order
// their transactions commit. Two transactions on two connections of one server.
t.test('a second writer of a city waits for the first to commit before its event is numbered', { skip: onPostgres ? false : 'two connections need PostgreSQL' }, async (t) => {
  const database = await testDatabase(t)
  const name = (await sql<{ name: string }>`select current_database() as name`.execute(database.db)).rows[0]!.name
  const url = new URL(process.env.DATABASE_URL!)
  url.pathname = `/${name}`
  const second = openDatabase({ url: url.toString() })
  t.teardown(() => second.db.destroy())
  await database.db.insertInto('cities').values({ code: '341700', name: '池州市', province: '安徽省' }).execute()
  const event = (subject: string) => ({ cityCode: '341700', type: 'period.updated' as const, subject, data: {} })

  let releaseFirst!: () => void
  const firstHolds = new Promise<void>((resolve) => { releaseFirst = resolve })
  let firstEmitted!: () => void
  const emittedFirst = new Promise<void>((resolve) => { firstEmitted = resolve })
  const first = database.db.transaction().execute(async (trx) => {
    await emitEvent(trx, systemActor, event('period:1'))
    firstEmitted()
    await firstHolds
  })
  await emittedFirst

  let secondDone = false
  const secondWrite = second.db.transaction().execute(async (trx) => {
    await emitEvent(trx, systemActor, event('period:2'))
  }).then(() => { secondDone = true })

  // The second writer is either waiting for the feed's lock, or (were there none) already done.
  const observer = openDatabase({ url: url.toString() })
  t.teardown(() => observer.db.destroy())
  const secondIsWaiting = async () => await sessionsWaitingOnLock(observer.db, 'advisory') > 0
  let looks = 0
  while (!secondDone && !(await secondIsWaiting()) && looks < 1000) looks++
  t.notOk(secondDone, 'the second writer did not get to number its event while the first was open')
  t.same((await observer.db.selectFrom('events').select('subject').execute()).map((row) => row.subject), [], 'a follower sees neither yet')

  releaseFirst()
  await first
  await secondWrite
  const feed = await observer.db.selectFrom('events').select(['id', 'subject']).orderBy('id').execute()
  t.same(feed.map((row) => row.subject), ['period:1', 'period:2'], 'numbered in the order they committed')
})
