/**
 * Review of the people families (conduct, shifts, the P12 items, the ledger) against the seed: each test names
 * the clause it checks.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, ledgerOf, only, org } from './test-kit.js';

const _lateE1 = (local: string) => ev('arrived', local, { employee: 'E1', shiftStart: '2026-03-02T08:00:00+08:00' });

describe('months the log does not hold open', () => {
  const april = [
    ev('conduct-breach', '2026-04-01T09:00', { employee: 'E1', kind: 'posture' }),
    ev('arrived', '2026-04-05T08:03', { employee: 'E1', shiftStart: '2026-04-05T08:00:00+08:00' }),
  ];
  const asOf = '2026-04-30T23:59:59+08:00';

  it('P12 4.2.2(3) 缺勤者扣缺勤工資外加扣考績分10分: an absence dated before the log’s first month is booked there, not lost', async () => {
    const report = await audit([...april, ev('absent', '2026-04-05T09:00', { employee: 'E1', date: '2026-03-31' })], {
      asOf,
    });
    expect(report.rejected).toEqual([]);
    const absence = only(report, 'P12.absence');
    expect(absence.key).toBe('2026-03');
    expect(ledgerOf(report, 'E1', '2026-03')).toMatchObject({ wageDeductions: 180, points: -10, score: 90 });
    expect(ledgerOf(report, 'E1', '2026-04')).toMatchObject({ points: -2, score: 98 });
  });

  it('P12 4.2.2(3) 扣缺勤工資: with no day wage known, the absence costs its points and says the wages are unpriced', async () => {
    // Z1 is in the organisation file without a day wage, and no facts event gives one.
    const withZ1 = { ...org, people: [...org.people, { id: 'Z1', department: 'CS' }] };
    const report = await audit([ev('absent', '2026-04-06T09:00', { employee: 'Z1' })], { asOf, org: withZ1 });
    const absence = only(report, 'P12.absence');
    expect(absence.result.warnings).toMatchObject([{ code: 'day-wage-unknown' }]);
    expect(absence.result.sanctions.map((s) => s.type)).toEqual(['points']);
    expect(ledgerOf(report, 'Z1', '2026-04')).toMatchObject({ wageDeductions: 0, points: -10, score: 90 });
    const score = report.findings.find((f) => f.result.ruleId === 'P12.monthly-score' && f.employee === 'Z1');
    expect(score?.result.warnings).toMatchObject([{ code: 'day-wage-unknown' }]);
  });

  it('P12 4.2.2(3): an absence dated after the log’s last month is booked in its month, not lost', async () => {
    const report = await audit([...april, ev('absent', '2026-04-30T18:00', { employee: 'E1', date: '2026-05-04' })], {
      asOf: '2026-05-31T23:59:59+08:00',
    });
    expect(report.rejected).toEqual([]);
    expect(only(report, 'P12.absence').key).toBe('2026-05');
    expect(ledgerOf(report, 'E1', '2026-05')).toMatchObject({ wageDeductions: 180, points: -10, score: 90 });
    expect(ledgerOf(report, 'E1', '2026-04')).toMatchObject({ points: -2, score: 98 });
    // Everyone's May score is judged (each person has a row each month), but no month tally or periodic
    // obligation: the log does not cover May.
    const may = new Set(report.findings.filter((f) => f.key === '2026-05').map((f) => f.result.ruleId));
    expect([...may].sort()).toEqual(['P12.absence', 'P12.monthly-score']);
  });

  it('P12 4.2.2(3): with maxDelay, an absence for a month already settled is a late event; the open month’s score stands', async () => {
    const report = await audit(
      [
        ev('conduct-breach', '2026-03-30T09:00', { employee: 'E1', kind: 'posture' }),
        ...april,
        ev('absent', '2026-04-05T09:00', { employee: 'E1', date: '2026-03-31' }),
        JSON.stringify({
          type: 'facts',
          rule: 'P12.absence',
          at: '2026-04-05T10:00:00+08:00',
          employee: 'E1',
          facts: { month: '2026-03', absentDays: ['2026-03-30'], dayWage: 180 },
        }),
      ],
      { asOf, maxDelay: 'P1D' },
    );
    expect(report.rejected.map((r) => [r.line, r.code])).toEqual([
      [4, 'late-event'],
      [5, 'late-event'],
    ]);
    expect(ledgerOf(report, 'E1', '2026-03')).toMatchObject({ points: -1, score: 99 });
    expect(ledgerOf(report, 'E1', '2026-04')).toMatchObject({ points: -2, score: 98 });
  });

  it('P12 4.2.2(3): with maxDelay, a late arrival for a shift of a settled month is a late event, not a lost month', async () => {
    const report = await audit(
      [
        ev('conduct-breach', '2026-03-30T09:00', { employee: 'E1', kind: 'posture' }),
        ev('conduct-breach', '2026-04-01T00:10', { employee: 'E1', kind: 'posture' }), // settles March
        // Within maxDelay of the newest line, but its shift started in March, already settled.
        ev('arrived', '2026-04-01T00:05', { employee: 'E1', shiftStart: '2026-03-31T23:55:00+08:00' }),
      ],
      { asOf, maxDelay: 'PT9M' },
    );
    expect(report.rejected.map((r) => [r.line, r.code])).toEqual([[3, 'late-event']]);
    expect(ledgerOf(report, 'E1', '2026-03')).toMatchObject({ points: -1, score: 99 });
    expect(ledgerOf(report, 'E1', '2026-04')).toMatchObject({ points: -1, score: 99 });
  });
});
