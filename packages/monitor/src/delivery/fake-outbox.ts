/**
 * An in-memory OutboxStore for the delivery worker's tests: the contract's semantics (due items only,
 * leased for `leaseMs`, `attempts` counting the tries settled so far), without a database.
 */
import type { OutboxItem, OutboxStore } from '../contract.js';

interface FakeOutboxRow {
  item: OutboxItem;
  nextAttemptAt: Date;
  leaseUntil?: Date;
  deliveredAt?: Date;
  dead: boolean;
  errors: string[];
}

export interface FakeOutbox extends OutboxStore {
  readonly rows: Map<string, FakeOutboxRow>;
  add(item: Omit<OutboxItem, 'attempts'>, dueAt: Date): void;
}

export function fakeOutbox(): FakeOutbox {
  const rows = new Map<string, FakeOutboxRow>();
  const row = (id: string): FakeOutboxRow => {
    const found = rows.get(id);
    if (found === undefined) throw new Error(`fake outbox: no item ${id}`);
    return found;
  };
  return {
    rows,
    add(item, dueAt) {
      rows.set(item.id, { item: { ...item, attempts: 0 }, nextAttemptAt: dueAt, dead: false, errors: [] });
    },
    async claim(now, limit, leaseMs) {
      const due = [...rows.values()].filter(
        (r) =>
          !r.dead &&
          r.deliveredAt === undefined &&
          r.nextAttemptAt <= now &&
          (r.leaseUntil === undefined || r.leaseUntil <= now),
      );
      const taken = due.slice(0, limit);
      for (const r of taken) r.leaseUntil = new Date(now.getTime() + leaseMs);
      return taken.map((r) => r.item);
    },
    async delivered(id, at) {
      const r = row(id);
      r.deliveredAt = at;
      r.item = { ...r.item, attempts: r.item.attempts + 1 };
      delete r.leaseUntil;
    },
    async failed(id, error, next) {
      const r = row(id);
      r.errors.push(error);
      r.item = { ...r.item, attempts: r.item.attempts + 1 };
      delete r.leaseUntil;
      if (next === undefined) r.dead = true;
      else r.nextAttemptAt = next;
    },
  };
}
