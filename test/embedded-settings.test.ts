/**
 * The embedded database's page cache is sized for an office's machine (EMBEDDED_SHARED_BUFFERS,
 * 32MB by default): PostgreSQL's own 128MB cost the process ~100 MB more (docs/perf.md, "Memory").
 */
import t from 'tap'
import { sql } from 'kysely'
import { openDatabase } from '../src/db/connect.js'
import { databaseOptionsFrom, loadConfig } from '../src/config.js'

const sharedBuffers = async (options: Parameters<typeof openDatabase>[1]) => {
  const database = openDatabase({ memory: true }, options)
  try {
    return (await sql<{ sharedBuffers: string }>`show shared_buffers`.execute(database.db)).rows[0]!.sharedBuffers
  } finally {
    await database.db.destroy()
  }
}

t.test('32MB unless set, as the configuration gives it', async (t) => {
  t.equal(await sharedBuffers({}), '32MB')
  t.equal(await sharedBuffers(databaseOptionsFrom(loadConfig({}))), '32MB')
  t.equal(await sharedBuffers(databaseOptionsFrom(loadConfig({ EMBEDDED_SHARED_BUFFERS: '16MB' }))), '16MB')
  t.throws(() => loadConfig({ EMBEDDED_SHARED_BUFFERS: 'lots' }), /EMBEDDED_SHARED_BUFFERS/)
})
