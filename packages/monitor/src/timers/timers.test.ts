/**
 * Issue #16, Timers: each open obligation's at-risk instant (the warning share) and due instant are known;
 * when one passes with no closing event an at-risk or breached alert is raised at that instant; a late
 * event that closes the obligation in time still closes it; an event after the breach alert gets the
 * audit's verdict. The rule: P01 投訴 4, a valid complaint is replied to within 2 hours (75% warning share).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MonitorOrg } from '../contract.js';
import { createMonitor } from '../monitor.js';
import { at, ev, type TestMonitor, testMonitor } from '../test-support.js';

const orgs: MonitorOrg[] = [
  { id: 'default', maxDelay: 'P2D', webhooks: [{ url: 'https://hooks.example.test/kefu', secret: 's3cret' }] },
];
/** A reply names the next reply time (P01 投訴 5), else the audit finds it breached whatever its time. */
const next = { nextReplyAt: '2026-04-03T10:00:00+08:00' };
const received = ev('complaint-received', '2026-04-02T09:00', { case: 'C1', employee: 'S-04', valid: true });

let t: TestMonitor;
beforeAll(async () => {
  t = await testMonitor(orgs);
});
beforeEach(() => t.reset());
afterAll(() => t.dispose());

async function withComplaint(): Promise<TestMonitor> {
  await t.monitor.ingest('default', received, at('2026-04-02T09:01'));
  return t;
}

describe('timers (#16): at-risk and due instants', () => {
  it('knows the open obligation, its at-risk instant (75% of 2 h) and its due instant', async () => {
    const { monitor } = await withComplaint();
    const open = await monitor.openObligations('default');
    expect(open).toEqual([
      expect.objectContaining({
        ruleId: 'P01.complaint-reply',
        status: 'pending',
        atRiskAt: '2026-04-02T10:30:00.001+08:00',
        dueAt: '2026-04-02T11:00:00.000+08:00',
      }),
    ]);
    expect(await monitor.nextTimerAt()).toEqual(new Date('2026-04-02T10:30:00.001+08:00'));
  });

  it('raises at-risk, then breached, each at its instant with the finding the audit writes then, once', async () => {
    const { monitor } = await withComplaint();
    expect(await monitor.tick(at('2026-04-02T10:30'))).toBe(0);
    expect(await monitor.tick(new Date('2026-04-02T10:30:00.001+08:00'))).toBe(1);
    expect(await monitor.tick(at('2026-04-02T10:45'))).toBe(0);
    const [atRisk] = await monitor.alerts('default');
    expect(atRisk).toMatchObject({
      kind: 'at-risk',
      at: '2026-04-02T10:30:00.001+08:00',
      seq: expect.any(Number),
      finding: { result: { ruleId: 'P01.complaint-reply', clause: 'P01 投訴 4,5', status: 'at-risk' } },
    });
    expect(atRisk?.finding.result.explanation.en).toMatch(/75% of the window used/);
    const [obligation] = await monitor.openObligations('default');
    expect(obligation).toMatchObject({ status: 'at-risk' });
    expect(obligation?.atRiskAt).toBeUndefined();
    // Deadlines are inclusive: at 11:00:00.000 still on time, breached one millisecond after.
    expect(await monitor.tick(new Date('2026-04-02T11:00:00.000+08:00'))).toBe(0);
    expect(await monitor.tick(new Date('2026-04-02T11:00:00.001+08:00'))).toBe(1);
    const alerts = await monitor.alerts('default');
    expect(alerts.map((a) => [a.kind, a.finding.result.status])).toEqual([
      ['at-risk', 'at-risk'],
      ['breached', 'breached'],
    ]);
    expect(alerts[1]?.finding.result.explanation.en).toMatch(/^No reply by 2026-04-02 11:00/);
    expect(await monitor.alerts('default', { after: alerts[0]?.seq })).toEqual([alerts[1]]);
    expect(await monitor.openObligations('default')).toEqual([]);
    expect(await monitor.nextTimerAt()).toBeUndefined();
    // One outbox row per alert and webhook, carrying the alert as its body.
    const claimed = await monitor.outbox.claim(at('2026-04-02T11:01'), 10, 30_000);
    expect(claimed.map((c) => JSON.parse(c.body).id).sort()).toEqual(alerts.map((a) => a.id).sort());
    expect(await monitor.outbox.claim(at('2026-04-02T11:01'), 10, 30_000)).toEqual([]);
  });

  it('lastAlertSeq: 0 with no alert, then the latest alert’s seq (where a new alert stream starts)', async () => {
    const { monitor } = await withComplaint();
    expect(await monitor.lastAlertSeq('default')).toBe(0);
    await monitor.tick(at('2026-04-02T15:00'));
    const alerts = await monitor.alerts('default');
    expect(await monitor.lastAlertSeq('default')).toBe(alerts.at(-1)?.seq);
    await expect(monitor.lastAlertSeq('nobody')).rejects.toMatchObject({ code: 'unknown-org' });
  });

  it('a timer long past is judged at its own instant: both alerts at once, at-risk first', async () => {
    const { monitor } = await withComplaint();
    expect(await monitor.tick(at('2026-04-02T15:00'))).toBe(2);
    const alerts = await monitor.alerts('default');
    expect(alerts.map((a) => [a.kind, a.at])).toEqual([
      ['at-risk', '2026-04-02T10:30:00.001+08:00'],
      ['breached', '2026-04-02T11:00:00.001+08:00'],
    ]);
  });

  it('late close: a reply at 10:50 that arrives at 11:20, after the breach alert, still meets P01 投訴 4', async () => {
    const { monitor } = await withComplaint();
    await monitor.tick(at('2026-04-02T11:01'));
    const reply = ev('complaint-replied', '2026-04-02T10:50', { case: 'C1', ...next });
    await monitor.ingest('default', reply, at('2026-04-02T11:20'));
    const month = await monitor.month('default', '2026-04', at('2026-04-02T11:21'));
    const verdicts = month.findings.filter((f) => f.result.ruleId === 'P01.complaint-reply');
    expect(verdicts.map((f) => f.result.status)).toEqual(['met']);
    const open = await monitor.openObligations('default');
    expect(open.filter((o) => o.dueAt === '2026-04-02T11:00:00.000+08:00')).toEqual([]);
  });

  it('a reply at 11:40, after the breach alert, gets the audit verdict: breached, 40 minutes late', async () => {
    const { monitor } = await withComplaint();
    await monitor.tick(at('2026-04-02T11:01'));
    await monitor.ingest(
      'default',
      ev('complaint-replied', '2026-04-02T11:40', { case: 'C1', ...next }),
      at('2026-04-02T11:41'),
    );
    const month = await monitor.month('default', '2026-04', at('2026-04-02T11:42'));
    const verdict = month.findings.find((f) => f.result.ruleId === 'P01.complaint-reply');
    expect(verdict?.result.status).toBe('breached');
    expect(verdict?.result.explanation.en).toMatch(/40 min.* late/);
  });

  it('a monitor serving other organisations on the same store leaves this one’s timers to its own', async () => {
    const { monitor, store } = await withComplaint();
    const other = createMonitor({ store, orgs: [{ id: 'elsewhere', maxDelay: 'P2D', webhooks: [] }] });
    expect(await other.tick(at('2026-04-02T15:00'))).toBe(0);
    expect(await monitor.tick(at('2026-04-02T15:00'))).toBe(2);
  });

  it('a reply in time before the at-risk instant: no alert at all', async () => {
    const { monitor } = await withComplaint();
    await monitor.ingest(
      'default',
      ev('complaint-replied', '2026-04-02T09:20', { case: 'C1', ...next }),
      at('2026-04-02T09:21'),
    );
    expect(await monitor.tick(at('2026-04-02T15:00'))).toBe(0);
    expect(await monitor.alerts('default')).toEqual([]);
  });
});
