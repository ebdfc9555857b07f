/**
 * Issue #16, Delivery (the store's part): the outbox leases deliveries (`FOR UPDATE SKIP LOCKED`), a lease
 * not settled in time lapses and the row is claimable again (at least once), a failure is retried at the
 * time given or kept as dead, a delivered row is never claimed again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MonitorOrg } from './contract.js';
import { at, ev, type TestMonitor, testMonitor } from './test-support.js';

const orgs: MonitorOrg[] = [
  {
    id: 'default',
    maxDelay: 'P2D',
    webhooks: [
      { url: 'https://hooks.example.test/a', secret: 'a' },
      { url: 'https://hooks.example.test/b', secret: 'b' },
    ],
  },
];
let t: TestMonitor;
beforeAll(async () => {
  t = await testMonitor(orgs);
  const c1 = ev('complaint-received', '2026-04-02T09:00', { case: 'C1', employee: 'S-04', valid: true });
  await t.monitor.ingest('default', c1, at('2026-04-02T09:01'));
  await t.monitor.tick(at('2026-04-02T10:31'));
});
afterAll(() => t.dispose());

describe('outbox (#16 Delivery)', () => {
  it('one row per webhook; leased, lapsed, retried, delivered, dead', async () => {
    const { outbox } = t.monitor;
    const claimed = await outbox.claim(at('2026-04-02T10:31'), 10, 30_000);
    expect(claimed.map((c) => c.url).sort()).toEqual(['https://hooks.example.test/a', 'https://hooks.example.test/b']);
    expect(claimed.every((c) => c.attempts === 0 && JSON.parse(c.body).kind === 'at-risk')).toBe(true);
    // Leased: nobody else gets them until the lease lapses.
    expect(await outbox.claim(at('2026-04-02T10:31'), 10, 30_000)).toEqual([]);
    const lapsed = await outbox.claim(new Date(at('2026-04-02T10:31').getTime() + 30_000), 10, 30_000);
    expect(lapsed.map((c) => c.id).sort()).toEqual(claimed.map((c) => c.id).sort());
    const [a, b] = lapsed;
    if (a === undefined || b === undefined) throw new Error('two deliveries expected');
    await outbox.delivered(a.id, at('2026-04-02T10:32'));
    await outbox.failed(b.id, 'HTTP 503', at('2026-04-02T10:40'));
    expect(await outbox.claim(at('2026-04-02T10:39'), 10, 30_000)).toEqual([]);
    const retried = await outbox.claim(at('2026-04-02T10:40'), 10, 30_000);
    expect(retried).toEqual([{ ...b, attempts: 1 }]);
    await outbox.failed(b.id, 'HTTP 503', undefined);
    expect(await outbox.claim(at('2026-04-03T10:00'), 10, 30_000)).toEqual([]);
  });
});
