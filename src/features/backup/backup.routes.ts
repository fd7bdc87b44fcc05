import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { backupDatabase } from './backup.service.js'
import { problems } from '../../shared/common.schemas.js'
import { attachment } from '../../http/disposition.js'

const backup: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/', {
    config: { access: 'cityAdmin' },
    schema: {
      tags: ['operations'], operationId: 'getBackup', summary: 'A backup of the embedded database, taken while the server runs (admins only)',
      description: 'The embedded database\'s folder (DATA_DIR) as a gzipped tar, taken between transactions, so it is consistent; ' +
        'restore it into an empty folder with `npm run restore -- --from FILE`. `npm run backup` calls this while the server holds the folder. ' +
        'It holds every secret the database does (webhook secrets, key hashes): keep it as safe as the folder. ' +
        'A server on PostgreSQL (DATABASE_URL) answers 409 `backup_not_embedded`: back that database up with pg_dump.',
      response: {
        200: { description: 'The backup (a gzipped tar)', content: { 'application/gzip': { schema: Type.String({ format: 'binary' }) } } },
        ...problems(401, 403, 409, 429),
      },
    },
  }, async (_request, reply) => {
    const { bytes, mediaType, fileName } = await backupDatabase(app.database, app.clock())
    reply.header('content-disposition', attachment(fileName, fileName)).header('cache-control', 'no-store')
    return reply.type(mediaType).send(bytes as unknown as string)
  })
}

export default backup
