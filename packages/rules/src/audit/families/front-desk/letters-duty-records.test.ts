/**
 * #18 (seed-b): P05 四 (line 140) — a letter or visit replied to in time and followed up — and P08 5.1–5.3
 * (lines 226–228) — a day's duty log, a handover record per handover, a job sheet per job — judged from lines.
 * Each line carries all its rule needs, so it alone decides, in any line order.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, only, permutations } from '../../test-kit.js';

const config = { rules: { 'P05.letter-visit-reply': { replyWithin: 'P1D' } } };

describe('P05 四 line 140: every letter or visit replied to (及時) and followed up (跟蹤、檢查)', () => {
  const letter = (repliedAt: string | undefined, followedUp: boolean) =>
    ev('letter-visit-closed', '2026-03-05T10:00', {
      channel: 'letter',
      receivedAt: '2026-03-02T09:00:00+08:00',
      ...(repliedAt !== undefined && { repliedAt: `${repliedAt}:00+08:00` }),
      followedUp,
    });

  it('unconfigured: the line is rejected as not-configured naming replyWithin (及時 has no number)', async () => {
    const r = await audit([letter('2026-03-02T15:00', true)]);
    expect(findingsOf(r, 'P05.letter-visit-reply')).toEqual([]);
    expect(r.rejected.map((x) => [x.line, x.code])).toEqual([[1, 'not-configured']]);
    expect(r.rejected[0]?.reason).toContain('replyWithin');
  });

  it.each([
    ['replied at exactly P1D and followed up: met', '2026-03-03T09:00', true, 'met'],
    ['replied one minute past P1D: breached', '2026-03-03T09:01', true, 'breached'],
    ['replied in time, closed without follow-up: breached', '2026-03-02T15:00', false, 'breached'],
    ['closed without a reply: breached', undefined, true, 'breached'],
  ] as const)('%s', async (_, repliedAt, followedUp, status) => {
    const r = await audit([letter(repliedAt, followedUp)], { config });
    expect(only(r, 'P05.letter-visit-reply').result.status).toBe(status);
    expect(r.summary.rejected).toBe(0);
  });

  it('a visit, a letter and a late letter decide the same in every line order', async () => {
    const lines = [
      letter('2026-03-02T15:00', true),
      letter('2026-03-04T15:00', true),
      ev('letter-visit-closed', '2026-03-02T11:00', {
        channel: 'visit',
        receivedAt: '2026-03-02T10:00:00+08:00',
        repliedAt: '2026-03-02T10:30:00+08:00',
        followedUp: true,
      }),
    ];
    const statuses = async (order: readonly number[]) => {
      const r = await audit(
        order.map((i) => lines[i] ?? ''),
        { config },
      );
      return findingsOf(r, 'P05.letter-visit-reply')
        .map((f) => `${f.lines.map((l) => order[l - 1]).join()}:${f.result.status}`)
        .sort();
    };
    const inOrder = await statuses([0, 1, 2]);
    expect(inOrder).toEqual(['0:met', '1:breached', '2:met']);
    for (const order of permutations(lines.length)) expect(await statuses(order), order.join()).toEqual(inOrder);
  });
});

describe('P08 5.1–5.3 lines 226–228: the duty log, handover records and job sheets exist', () => {
  it.each([
    ['5.1: the duty log, 2 handovers and 3 jobs each with its record: met', true, 2, 2, 3, 3, 'met'],
    ['5.1: no duty log for the day: breached', false, 0, 0, 0, 0, 'breached'],
    ['5.2: 2 handovers, 1 handover record: breached', true, 2, 1, 0, 0, 'breached'],
    ['5.3: 3 jobs, 2 job sheets: breached', true, 0, 0, 3, 2, 'breached'],
  ] as const)('%s', async (_, dutyLog, handovers, handoverRecords, jobs, jobSheets, status) => {
    const r = await audit([
      ev('duty-records-checked', '2026-03-03T09:00', {
        date: '2026-03-02',
        dutyLog,
        handovers,
        handoverRecords,
        jobs,
        jobSheets,
      }),
    ]);
    expect(only(r, 'P08.records').result.status).toBe(status);
    expect(r.summary.rejected).toBe(0);
  });

  it('a check with more job sheets than jobs is rejected, naming the field', async () => {
    const r = await audit([
      ev('duty-records-checked', '2026-03-03T09:00', { date: '2026-03-02', dutyLog: true, jobSheets: 1 }),
    ]);
    expect(findingsOf(r, 'P08.records')).toEqual([]);
    expect(r.rejected.map((x) => x.code)).toEqual(['invalid-facts']);
  });
});
