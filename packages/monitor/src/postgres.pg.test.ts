/**
 * Issue #16 on a PostgreSQL server (`pnpm --filter @kefu/monitor test:pg`, which CI runs with
 * KEFU_TEST_DATABASE_URL set; without it this file fails, it never skips): the same migrations apply, and
 * two monitors in two connection pools — as two API processes — sharing one database raise a due
 * obligation's alert exactly once between them (timers claimed with FOR UPDATE SKIP LOCKED, derived alert
 * ids) and serialise their ingestions of one organisation (the state row's lock): nothing lost, nothing twice.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Monitor, MonitorOrg } from './contract.js';
import { createMonitor } from './monitor.js';
import { type MonitorStore, openStore } from './store.js';
import { at, ev } from './test-support.js';

const url = process.env.KEFU_TEST_DATABASE_URL;
const orgs: MonitorOrg[] = [
  { id: 'default', maxDelay: 'P2D', webhooks: [{ url: 'https://hooks.example.test/a', secret: 'a' }] },
];
let stores: MonitorStore[] = [];
let monitors: Monitor[] = [];

beforeAll(async () => {
  if (url === undefined || url.length === 0) {
    throw new Error('KEFU_TEST_DATABASE_URL is not set: the PostgreSQL tests need a server (see .ci/run)');
  }
  stores = [await openStore({ databaseUrl: url }), await openStore({ databaseUrl: url })];
  const first = stores[0];
  if (first === undefined) throw new Error('no store');
  await first.db.execute(
    sql`truncate org_state, events, findings, open_obligations, alerts, outbox, months restart identity`,
  );
  monitors = stores.map((store) => createMonitor({ store, orgs }));
});
afterAll(async () => {
  for (const m of monitors) await m.close();
});

function pair(): [Monitor, Monitor] {
  const [a, b] = monitors;
  if (a === undefined || b === undefined) throw new Error('two monitors expected');
  return [a, b];
}

describe('two monitors on one PostgreSQL database (#16 Crash safety, scale-out)', () => {
  it('ingest the same and different events at once: each stored once, every line accounted for', async () => {
    const [a, b] = pair();
    const complaints = Array.from({ length: 40 }, (_, i) =>
      ev('complaint-received', `2026-04-02T09:${String(i).padStart(2, '0')}`, {
        case: `C${i}`,
        employee: 'S-04',
        valid: true,
      }),
    );
    const results = await Promise.all([
      a.ingest('default', complaints.slice(0, 30).join('\n'), at('2026-04-02T09:45')),
      b.ingest('default', complaints.slice(10).join('\n'), at('2026-04-02T09:45')),
    ]);
    const accepted = results.reduce((n, r) => n + r.accepted, 0);
    const duplicates = results.reduce((n, r) => n + r.duplicates, 0);
    expect([accepted, duplicates]).toEqual([40, 20]);
    expect((await a.openObligations('default', { limit: 1000 })).length).toBe(40);
  });

  it('tick from both at once: every due alert raised exactly once, one outbox row each', async () => {
    const [a, b] = pair();
    const raised = await Promise.all([a.tick(at('2026-04-02T12:00')), b.tick(at('2026-04-02T12:00'))]);
    // 40 complaints, each at-risk then breached by noon (P01 投訴 4: 2 hours).
    expect(raised[0] + raised[1]).toBe(80);
    const alerts = await a.alerts('default', { limit: 1000 });
    expect(new Set(alerts.map((x) => x.id)).size).toBe(80);
    const claimed = await Promise.all([
      a.outbox.claim(at('2026-04-02T12:00'), 1000, 60_000),
      b.outbox.claim(at('2026-04-02T12:00'), 1000, 60_000),
    ]);
    const ids = claimed.flat().map((o) => o.alertId);
    expect(ids.length).toBe(80);
    expect(new Set(ids).size).toBe(80);
  });
});
