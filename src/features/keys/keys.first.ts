import { chmodSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { anyKeyHeld, createApiKey } from './keys.service.js'

export interface FirstKey { id: number, file: string }

/**
 * On a database without any API key (revoked ones count), creates the first admin key and
 * writes it to `file` (mode 0600), so the service can be used from a fresh start without a
 * separate step. The key is written before the transaction commits: a key that could not be
 * written is not kept, and the next start tries again. Several instances starting on one empty
 * database create one key: the table is locked while it is counted again.
 * Returns undefined when the database has keys already.
 */
export async function ensureFirstAdminKey(db: Kysely<Database>, file: string): Promise<FirstKey | undefined> {
  // A read first: a database with keys (a standby among them, which takes no lock) needs nothing.
  if (await anyKeyHeld(db)) return undefined
  return db.transaction().execute(async (trx) => {
    if (await anyKeyHeld(trx, true)) return undefined
    const key = await createApiKey(trx, { apiKeyId: null, requestId: 'first-start' }, {
      name: 'first admin key', role: 'admin', cityCode: null, leadUnitId: null,
    })
    writeSecretFile(file, `${key.key}\n`)
    return { id: key.id, file }
  })
}

/** Written whole or not at all, readable by its owner only. */
function writeSecretFile(file: string, text: string) {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  const partial = `${file}.${process.pid}.tmp`
  try {
    writeFileSync(partial, text, { mode: 0o600, flag: 'w' })
    chmodSync(partial, 0o600)
    renameSync(partial, file)
  } catch (error) {
    rmSync(partial, { force: true })
    throw error
  }
}
