/** What-if: the same log under two configurations; which verdicts and which amounts change. */
import { describe, expect, it } from 'vitest';
import { compareAudits, whatIf } from './diff.js';
import { asOf, audit, ev, org } from './test-kit.js';

const log = [
  ev('complaint-received', '2026-03-02T09:00', { case: 'C1', employee: 'E1' }),
  ev('complaint-replied', '2026-03-02T10:30', { case: 'C1', nextReplyAt: '2026-03-03T10:00:00+08:00' }),
  ev('complaint-received', '2026-03-03T09:00', { case: 'C2', employee: 'E2' }),
  ev('complaint-replied', '2026-03-03T09:20', { case: 'C2', nextReplyAt: '2026-03-04T10:00:00+08:00' }),
  ev('arrived', '2026-03-04T08:34', { employee: 'E2', shiftStart: '2026-03-04T08:30:00+08:00' }),
];

const strict = {
  rules: {
    'P01.complaint-reply': { validReplyWithin: 'PT1H' },
    'P12.lateness': { minorMaxMinutes: 3 },
  },
};

describe('what-if', () => {
  it('lists the verdicts and the ledger rows that change, and nothing else', async () => {
    const { before, after, diff } = await whatIf(() => log, {}, strict, { asOf, org });
    expect(before.summary.lines).toBe(after.summary.lines);
    const changed = diff.changed.map((c) => [
      c.ruleId,
      c.key ?? c.employee,
      c.before?.status ?? null,
      c.after?.status ?? null,
    ]);
    expect(changed).toEqual(
      expect.arrayContaining([
        ['P01.complaint-reply', 'C1', 'met', 'breached'],
        ['P10.repeat-violation', 'P01.complaint-reply C1', null, null],
        ['P12.lateness', 'E2', 'breached', 'breached'], // −1 → −5
        ['P12.monthly-score', '2026-03', null, null],
      ]),
    );
    // C2 (replied in 20 min) is unchanged, and so is everything else.
    expect(diff.changed.some((c) => c.key === 'C2')).toBe(false);
    const rows = Object.fromEntries(
      diff.ledger.map((l) => [l.employee, [l.before?.fines, l.after?.fines, l.before?.score, l.after?.score]]),
    );
    expect(rows).toEqual({
      E1: [0, 100, 100, 100],
      E2: [0, 0, 99, 95],
      H1: [0, 200, 100, 100],
    });
  });

  it('compares two reports of the same run as equal', async () => {
    const r = await audit(log);
    expect(compareAudits(r, r)).toEqual({ changed: [], ledger: [] });
  });
});
