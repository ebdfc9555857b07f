/**
 * Issue #13 (High): the P10 penalty ladder was quadratic — each breach was handed the employee's whole
 * history, re-formatted and re-validated (2k breaches 2.2 s, 8k 17.9 s; past 10,000 the history was
 * refused). A breach's rank is now a count (P10.repeat-violation's `priorCount`). Seed P10 (五)1: 100
 * yuan, double the second time, dismissal the third. The timing is in bench/ladder.bench.mjs.
 */
import { describe, expect, it } from 'vitest';
import { generateOffice } from '../../../../../examples/generate.mjs';
import { runAudit } from '../stream.js';
import { ev, org as testOrg } from '../test-kit.js';

/** `n` complaints received by one employee, every 4 minutes from 1 April 2026, none ever answered. */
function complaints(n: number, employee: string): string[] {
  const start = Date.UTC(2026, 2, 31, 16, 0); // 2026-04-01T00:00+08:00
  return Array.from({ length: n }, (_, i) => {
    const local = new Date(start + i * 4 * 60_000 + 8 * 3_600_000).toISOString().slice(0, 16);
    return ev('complaint-received', local, { case: `C${i}`, employee });
  });
}

describe('the P10 ladder over a long history (#13 High)', () => {
  it('reproduction: 8,849 complaint-received lines of one employee (the example office, whose ladder adopts P01.complaint-reply) finish, ranked 1…8849', async () => {
    const office = generateOffice();
    const employee = office.org.people[3]?.id ?? 'S-04';
    const lines = complaints(8849, employee);
    const report = await runAudit(lines, { asOf: '2026-05-01T00:00:00+08:00', org: office.org, config: office.config });
    expect(report.summary).toMatchObject({ lines: 8849, rejected: 0 });
    const ladder = report.findings
      .filter((f) => f.result.ruleId === 'P10.repeat-violation')
      .map((f) => f.result.value as { occurrence: number; fine: number; dismissal: boolean });
    expect(ladder).toHaveLength(8849);
    expect(ladder.map((v) => v.occurrence)).toEqual(Array.from({ length: 8849 }, (_, i) => i + 1));
    expect(ladder.slice(0, 3)).toEqual([
      { occurrence: 1, counted: 0, fine: 100, dismissal: false },
      { occurrence: 2, counted: 1, fine: 200, dismissal: false },
      { occurrence: 3, counted: 2, fine: 0, dismissal: true },
    ]);
    const row = report.ledger.find((e) => e.employee === employee && e.month === '2026-04');
    expect(row?.fines).toBe(300);
    expect(row?.sanctions.filter((s) => s.type === 'dismissal')).toHaveLength(8847);
  });

  it('with a window, breaches that fell out of it no longer count, month after month (state dropped as they fall out)', async () => {
    const config = { rules: { 'P10.repeat-violation': { window: 'P30D' } } };
    const lines = [
      ev('complaint-received', '2026-01-05T09:00', { case: 'A', employee: 'E1' }),
      ev('complaint-received', '2026-01-20T09:00', { case: 'B', employee: 'E1' }),
      ev('complaint-received', '2026-02-10T09:00', { case: 'C', employee: 'E1' }),
      ev('complaint-received', '2026-03-20T09:00', { case: 'D', employee: 'E1' }),
    ];
    const report = await runAudit(lines, { asOf: '2026-03-31T23:59:59+08:00', org: testOrg, config });
    const ranks = report.findings
      .filter(
        (f) => f.result.ruleId === 'P10.repeat-violation' && f.result.explanation.en.includes('P01.complaint-reply'),
      )
      .map((f) => [f.key, (f.result.value as { occurrence: number }).occurrence]);
    // B counts A (15 days); C counts B only (A is 36 days back); D counts none (C is 38 days back).
    expect(ranks).toEqual([
      ['P01.complaint-reply A', 1],
      ['P01.complaint-reply B', 2],
      ['P01.complaint-reply C', 2],
      ['P01.complaint-reply D', 1],
    ]);
  });
});
