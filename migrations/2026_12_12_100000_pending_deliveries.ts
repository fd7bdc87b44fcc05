import { type Kysely, sql } from 'kysely'

// What the worker looks for: a subscription's pending deliveries, oldest event first (leaseNext's
// head of each subscription, pendingOf's batch). The index leads with them, so finding pending work
// costs the same however many deliveries are done (webhook_deliveries_webhook_idx holds every
// delivery ever made, in id order, and each lookup walked past the delivered ones).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index webhook_deliveries_pending_idx on webhook_deliveries (city_code, webhook_id, event_id) where state = 'pending'`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index webhook_deliveries_pending_idx`.execute(db)
}
