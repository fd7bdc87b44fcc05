import type { Db } from '../../db/database.js'
import { afterCursor, type PageQuery, pageOf } from '../../db/page.js'

export interface AuditFilters extends PageQuery { entity?: string, entityId?: string, apiKeyId?: number, from?: string, to?: string }

/** Newest first. */
export async function listAuditEvents(db: Db, cityCode: string, filters: AuditFilters) {
  const { limit, cursor, entity, entityId, apiKeyId, from, to } = filters
  const before = afterCursor<[number]>(cursor, ['number'])?.[0]
  const rows = await db.selectFrom('auditEvents').selectAll().where('cityCode', '=', cityCode)
    .$if(entity !== undefined, (qb) => qb.where('entity', '=', entity!))
    .$if(entityId !== undefined, (qb) => qb.where('entityId', '=', entityId!))
    .$if(apiKeyId !== undefined, (qb) => qb.where('apiKeyId', '=', apiKeyId!))
    .$if(from !== undefined, (qb) => qb.where('at', '>=', from!))
    .$if(to !== undefined, (qb) => qb.where('at', '<', to!))
    .$if(before !== undefined, (qb) => qb.where('id', '<', before!))
    .orderBy('id', 'desc').limit(limit + 1).execute()
  return pageOf(rows, limit, (event) => [event.id])
}
