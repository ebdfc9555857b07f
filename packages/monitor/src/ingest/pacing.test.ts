/**
 * Issue #16, Speed ("memory flat", ingestion that does not slow as what is open grows): after every batch
 * the monitor judged every open case again (the audit's end-of-log pass), so a bulk load paid for all that
 * was open at each batch. Now a batch with fewer lines than were open at the last judgement, soon after it,
 * leaves the judgement for later (ingest/pacing.ts); the open obligations read, and the alerts raised,
 * are still what judging after every batch gives (P01 投訴 4: a reply within 2 hours, at risk at 75%).
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { at, ev, type TestMonitor, testMonitor } from '../test-support.js';
import { ingestionJudges, tickJudges } from './pacing.js';

let t: TestMonitor;
beforeAll(async () => {
  t = await testMonitor();
});
beforeEach(() => t.reset());
afterAll(() => t.dispose());

const complaint = (n: number, local: string) =>
  ev('complaint-received', local, { case: `C${n}`, employee: 'S-04', valid: true });
const tenComplaints = Array.from({ length: 10 }, (_, i) => complaint(i + 1, `2026-04-02T09:0${i}`)).join('\n');

async function stored(): Promise<{ lines: number; judged: number; rows: number }> {
  const result = await t.store.db.execute(
    sql`select lines, judged_lines as judged, (select count(*)::int from open_obligations) as rows from org_state`,
  );
  const { rows } = result as unknown as { rows: { lines: number; judged: number; rows: number }[] };
  return rows[0] ?? { lines: 0, judged: 0, rows: 0 };
}

describe('judging what is open only when it is due (#16 Speed)', () => {
  it('reproduction: a one-line batch right after a judgement of ten open cases is not followed by another', async () => {
    const now = at('2026-04-02T09:30');
    await t.monitor.ingest('default', tenComplaints, now);
    expect(await stored()).toEqual({ lines: 10, judged: 10, rows: 10 });
    await t.monitor.ingest('default', complaint(11, '2026-04-02T09:20'), now);
    expect(await stored()).toEqual({ lines: 11, judged: 10, rows: 10 });
    // A read judges first: it sees every accepted batch.
    const open = await t.monitor.openObligations('default', { limit: 100 });
    expect(open.map((o) => o.finding.key).sort()).toEqual(Array.from({ length: 11 }, (_, i) => `C${i + 1}`).sort());
    expect(await stored()).toEqual({ lines: 11, judged: 11, rows: 11 });
  });

  it('a batch left unjudged gets its timers at the next tick, and its alerts at their own instants', async () => {
    await t.monitor.ingest('default', tenComplaints, at('2026-04-02T09:30'));
    await t.monitor.ingest('default', complaint(11, '2026-04-02T09:20'), at('2026-04-02T09:30'));
    expect((await stored()).judged).toBe(10);
    expect(await t.monitor.tick(at('2026-04-02T12:00'))).toBe(22);
    const c11 = (await t.monitor.alerts('default', { limit: 100 })).filter((a) => a.finding.key === 'C11');
    expect(c11.map((a) => [a.kind, a.at])).toEqual([
      ['at-risk', '2026-04-02T10:50:00.001+08:00'],
      ['breached', '2026-04-02T11:20:00.001+08:00'],
    ]);
  });

  it('tick judges what was left only judgeEveryMs after the last judgement (at most one pass a second)', async () => {
    await t.monitor.ingest('default', tenComplaints, at('2026-04-02T09:30'));
    await t.monitor.ingest('default', complaint(11, '2026-04-02T09:20'), at('2026-04-02T09:30'));
    await t.monitor.tick(new Date(at('2026-04-02T09:30').getTime() + 999));
    expect(await stored()).toEqual({ lines: 11, judged: 10, rows: 10 });
    await t.monitor.tick(new Date(at('2026-04-02T09:30').getTime() + 1000));
    expect(await stored()).toEqual({ lines: 11, judged: 11, rows: 11 });
  });

  it('reproduction: a one-line batch seconds after the last judgement no longer judges again (a busy bulk load)', async () => {
    await t.monitor.ingest('default', tenComplaints, at('2026-04-02T09:30'));
    await t.monitor.ingest(
      'default',
      complaint(11, '2026-04-02T09:20'),
      new Date(at('2026-04-02T09:30').getTime() + 5000),
    );
    expect(await stored()).toEqual({ lines: 11, judged: 10, rows: 10 });
  });

  it.each([
    ['nothing unread', { lines: 5, judgedLines: 5, judgedAt: null, openCount: 0 }, false, false],
    ['never judged', { lines: 5, judgedLines: 0, judgedAt: null, openCount: 0 }, true, true],
    [
      'as many new lines as were open',
      { lines: 20, judgedLines: 10, judgedAt: new Date(0), openCount: 10 },
      true,
      false,
    ],
    [
      'fewer new lines than were open',
      { lines: 19, judgedLines: 10, judgedAt: new Date(0), openCount: 10 },
      false,
      false,
    ],
  ])('ingestionJudges and tickJudges 999 ms after: %s', (_, row, byIngestion, byTick) => {
    expect(ingestionJudges(row)).toBe(byIngestion);
    expect(tickJudges(row, new Date(999), 1000)).toBe(byTick);
    // judgeEveryMs after the last judgement, tick judges whatever is left.
    expect(tickJudges(row, new Date(1000), 1000)).toBe(row.lines > row.judgedLines);
  });
});
