/**
 * The outbox as the delivery worker sees it: deliveries due are leased with `FOR UPDATE SKIP LOCKED` (two
 * processes never hold the same one); a lease not settled in time lapses and the row is claimable again,
 * so a worker killed mid-delivery loses nothing (the receiver de-duplicates by the alert's id).
 */
import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { OutboxItem, OutboxStore } from './contract.js';
import { outbox } from './schema.js';
import type { MonitorDb } from './store.js';

export function outboxStore(db: MonitorDb): OutboxStore {
  return {
    claim: (now, limit, leaseMs) =>
      db.transaction(async (tx) => {
        const rows = await tx
          .select()
          .from(outbox)
          .where(
            and(
              isNull(outbox.deliveredAt),
              eq(outbox.dead, false),
              lte(outbox.nextAttemptAt, now),
              or(isNull(outbox.leaseUntil), lte(outbox.leaseUntil, now)),
            ),
          )
          .orderBy(asc(outbox.nextAttemptAt))
          .limit(Math.max(1, Math.min(1000, Math.floor(limit))))
          .for('update', { skipLocked: true });
        if (rows.length === 0) return [];
        await tx
          .update(outbox)
          .set({ leaseUntil: new Date(now.getTime() + leaseMs) })
          .where(
            inArray(
              outbox.id,
              rows.map((r) => r.id),
            ),
          );
        return rows.map(
          (r): OutboxItem => ({
            id: r.id,
            alertId: r.alertId,
            org: r.org,
            url: r.url,
            body: r.body,
            attempts: r.attempts,
          }),
        );
      }),
    async delivered(id, at) {
      await db
        .update(outbox)
        .set({ deliveredAt: at, leaseUntil: null, attempts: sql`${outbox.attempts} + 1` })
        .where(eq(outbox.id, id));
    },
    async failed(id, error, nextAttemptAt) {
      await db
        .update(outbox)
        .set({
          attempts: sql`${outbox.attempts} + 1`,
          lastError: error.slice(0, 2000),
          leaseUntil: null,
          ...(nextAttemptAt === undefined ? { dead: true } : { nextAttemptAt }),
        })
        .where(eq(outbox.id, id));
    },
  };
}
