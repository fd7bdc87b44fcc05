/**
 * The embedded database's backup, taken by the running server, which holds its folder: no other
 * process may open it meanwhile. A PostgreSQL server's database is backed up with pg_dump.
 */
import type { DatabaseHandle } from '../../db/connect.js'
import { dumpEmbedded, EMBEDDED_BACKUP_TYPE } from '../../db/backup.js'
import { Conflict } from '../../shared/errors.js'

export interface Backup {
  bytes: Buffer
  mediaType: string
  fileName: string
}

/** The embedded database as one gzipped tar of its folder, consistent (taken with no transaction open); refused on a PostgreSQL server. */
export async function backupDatabase(database: DatabaseHandle, now: Date): Promise<Backup> {
  if (database.kind !== 'pglite') {
    throw new Conflict('backup_not_embedded', 'this server keeps its data in a PostgreSQL server (DATABASE_URL): back it up there with ' +
      'pg_dump --format=custom (npm run backup with DATABASE_URL runs it), and restore it with npm run restore')
  }
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')
  return { bytes: await dumpEmbedded(database), mediaType: EMBEDDED_BACKUP_TYPE, fileName: `duban-backup-${stamp}.tar.gz` }
}
