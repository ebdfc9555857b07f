/**
 * Issue #16, Crash safety (the store's part): close the store and open the same data directory again —
 * no accepted event is lost, the checkpoint goes on (a reply after the restart closes a complaint received
 * before it), no due alert is lost, and one raised before is never raised again or under a new id.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MonitorOrg } from './contract.js';
import { at, ev, type TestMonitor, testMonitor } from './test-support.js';

const orgs: MonitorOrg[] = [
  { id: 'default', maxDelay: 'P2D', webhooks: [{ url: 'https://hooks.example.test/a', secret: 'a' }] },
];
let t: TestMonitor;
beforeAll(async () => {
  t = await testMonitor(orgs);
});
afterAll(() => t.dispose());

describe('restart (#16 Crash safety)', () => {
  it('keeps events, checkpoint, timers, alerts and their ids across a restart', async () => {
    const c1 = ev('complaint-received', '2026-04-02T09:00', { case: 'C1', employee: 'S-04', valid: true });
    const c2 = ev('complaint-received', '2026-04-02T09:30', { case: 'C2', employee: 'S-05', valid: true });
    await t.monitor.ingest('default', `${c1}\n${c2}`, at('2026-04-02T09:31'));
    // C1's at-risk alert (10:30) is raised before the restart; C2's (11:00) falls due while it is down.
    expect(await t.monitor.tick(at('2026-04-02T10:45'))).toBe(1);
    const before = await t.monitor.alerts('default');

    const monitor = await t.reopen();
    // The same events are duplicates: nothing accepted was lost.
    const again = await monitor.ingest('default', `${c1}\n${c2}`, at('2026-04-02T11:02'));
    expect(again).toMatchObject({ accepted: 0, duplicates: 2 });
    // A reply after the restart meets C2 (P01 投訴 4): the case opened before it is still open in the checkpoint.
    const reply = ev('complaint-replied', '2026-04-02T11:10', { case: 'C2', nextReplyAt: '2026-04-03T10:00:00+08:00' });
    // The timer that fell due while down is still raised, at its own instant (C2: 11:00:00.001), and C1's breach.
    expect(await monitor.tick(at('2026-04-02T11:05'))).toBe(2);
    const replied = await monitor.ingest('default', reply, at('2026-04-02T11:11'));
    // The earliest reply by time is judged once the maxDelay horizon passes it (#18 seed-a): not on its line.
    expect(replied.findings).toBe(0);
    const april = await monitor.month('default', '2026-04', at('2026-04-02T11:12'));
    const c2Reply = april.findings.find((f) => f.key === 'C2' && f.result.ruleId === 'P01.complaint-reply');
    expect(c2Reply?.result.status).toBe('met');

    const after = await monitor.alerts('default');
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.map((a) => [a.kind, a.at])).toEqual([
      ['at-risk', '2026-04-02T10:30:00.001+08:00'],
      ['at-risk', '2026-04-02T11:00:00.001+08:00'],
      ['breached', '2026-04-02T11:00:00.001+08:00'],
    ]);
    // Restart again: ticking past every instant raises nothing new; the ids are the ones raised before.
    const third = await t.reopen();
    expect(await third.tick(at('2026-04-03T12:00'))).toBe(0);
    expect((await third.alerts('default')).map((a) => a.id)).toEqual(after.map((a) => a.id));
    // One outbox row per alert, none lost.
    const outbox = await third.outbox.claim(at('2026-04-03T12:00'), 100, 60_000);
    expect(outbox.map((o) => o.alertId).sort()).toEqual(after.map((a) => a.id).sort());
  });
});
