/**
 * Issue #16, Speed (ingestion that does not slow as the log grows): an ingestion rewrote every open
 * obligation of its organisation (all deleted, all inserted again), so a batch cost what was open, not what
 * it changed. Now a row the judgement says the same about is left alone (PostgreSQL's `xmin`, the row
 * version, stays), while a changed, new or gone obligation is still written, and its timers stay right.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { at, ev, type TestMonitor, testMonitor } from '../test-support.js';

let t: TestMonitor;
beforeAll(async () => {
  t = await testMonitor();
});
beforeEach(() => t.reset());
afterAll(() => t.dispose());

async function versions(): Promise<Map<string, string>> {
  const result = await t.store.db.execute(sql`select id, xmin::text as version from open_obligations`);
  const { rows } = result as unknown as { rows: { id: string; version: string }[] };
  return new Map(rows.map((r) => [r.id, r.version]));
}

const complaint = (id: string, local: string) =>
  ev('complaint-received', local, { case: id, employee: 'S-04', valid: true });

describe('open obligations written by difference (#16 Speed)', () => {
  it('reproduction: a batch about C2 no longer rewrites C1’s unchanged obligation row', async () => {
    const now = at('2026-04-02T09:30');
    await t.monitor.ingest('default', complaint('C1', '2026-04-02T09:00'), now);
    const before = await versions();
    expect(before.size).toBe(1);
    await t.monitor.ingest('default', complaint('C2', '2026-04-02T09:10'), now);
    const after = await versions();
    expect(after.size).toBe(2);
    for (const [id, version] of before) expect(after.get(id)).toBe(version);
  });

  it('a changed obligation is written again, a closed one removed, and a timer already fired is not set again', async () => {
    await t.monitor.ingest('default', complaint('C1', '2026-04-02T09:00'), at('2026-04-02T09:01'));
    // P01 投訴 4: at-risk at 10:30 (75% of 2 h); the alert is raised, the next timer is the breach.
    expect(await t.monitor.tick(at('2026-04-02T10:31'))).toBe(1);
    await t.monitor.ingest('default', complaint('C2', '2026-04-02T10:35'), at('2026-04-02T10:40'));
    const open = await t.monitor.openObligations('default');
    expect(open.map((o) => [o.finding.key, o.status])).toEqual([
      ['C1', 'at-risk'],
      ['C2', 'pending'],
    ]);
    expect(await t.monitor.nextTimerAt()).toEqual(new Date('2026-04-02T11:00:00.001+08:00'));
    const reply = ev('complaint-replied', '2026-04-02T10:45', {
      case: 'C1',
      nextReplyAt: '2026-04-03T10:00:00+08:00',
    });
    await t.monitor.ingest('default', reply, at('2026-04-02T10:46'));
    const left = await t.monitor.openObligations('default');
    expect(left.map((o) => o.finding.key)).not.toContain('C1');
    expect(await t.monitor.tick(at('2026-04-02T11:05'))).toBe(0);
    expect((await t.monitor.alerts('default')).map((a) => [a.finding.key, a.kind])).toEqual([['C1', 'at-risk']]);
  });
});
