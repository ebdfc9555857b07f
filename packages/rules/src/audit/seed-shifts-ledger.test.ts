/**
 * Review of the people-and-shift rules as the audit uses them, and of the ledger's cross-person arithmetic
 * (P10 joint liability, P09 carry-over, points), against the seed: each test names the clause it checks.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, ledgerOf, org } from './test-kit.js';

const rule = (local: string, name: string, fields: Record<string, unknown> = {}) =>
  ev('conduct-breach', local, { employee: 'E1', kind: 'service-rule', rule: name, ...fields });

function joint(report: Awaited<ReturnType<typeof audit>>) {
  return findingsOf(report, 'P10.joint-liability')
    .map((f) => [f.employee, f.department, f.result.value])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

describe('ledger: P10 連帶責任', () => {
  it('P10 連帶責任 各部門員工…的部門主管追責雙倍罰金: each fine goes to the head of the department it was incurred in, whatever the order of the lines', async () => {
    // E1 is in CS (head H1); one breach is logged for ENG (head H2), the other for E1's own department.
    const lines = [rule('2026-03-02T10:00', 'x', { department: 'ENG' }), rule('2026-03-03T10:00', 'y')];
    for (const order of [lines, [...lines].reverse()]) {
      const report = await audit(order);
      expect(joint(report)).toEqual([
        ['H1', 'CS', 200],
        ['H2', 'ENG', 200],
      ]);
      expect(ledgerOf(report, 'H1', '2026-03')?.fines).toBe(200);
      expect(ledgerOf(report, 'H2', '2026-03')?.fines).toBe(200);
      // The person's row stays in the organisation file's department.
      expect(ledgerOf(report, 'E1', '2026-03')).toMatchObject({ department: 'CS', fines: 200 });
    }
  });

  it('P10 連帶責任: a head fined himself is not booked double his own fine, and a department without a head books no joint fine', async () => {
    const report = await audit(
      [
        ev('conduct-breach', '2026-03-02T10:00', { employee: 'H1', kind: 'service-rule', rule: 'x' }),
        ev('conduct-breach', '2026-03-02T11:00', { employee: 'O1', kind: 'service-rule', rule: 'x' }),
      ],
      {
        org: {
          ...org,
          departments: [...org.departments, { id: 'OPS' }],
          people: [...org.people, { id: 'O1', department: 'OPS', monthlyBonus: 800 }],
        },
      },
    );
    expect(joint(report)).toEqual([]);
    expect(ledgerOf(report, 'H1', '2026-03')?.fines).toBe(100);
    expect(ledgerOf(report, 'O1', '2026-03')?.fines).toBe(100);
  });
});

describe('ledger: points and money', () => {
  it('P12 4.2.1(2) 扣0.5∽1.5分 (configured −0.1 / −0.2): the month’s points add up in hundredths, no float drift', async () => {
    const report = await audit(
      [
        ev('conduct-breach', '2026-03-10T08:00', { employee: 'E1', kind: 'grooming', severity: 'light' }),
        ev('conduct-breach', '2026-03-10T09:00', { employee: 'E1', kind: 'grooming', severity: 'medium' }),
      ],
      { config: { rules: { 'P12.grooming': { points: { light: -0.1, medium: -0.2, heavy: -1.5 } } } } },
    );
    expect(ledgerOf(report, 'E1', '2026-03')).toMatchObject({ points: -0.3, score: 99.7 });
  });

  it('P09 第二十一條 3 當月罰扣不超過50%，剩余部分逐月分期: carried across several months and a year end, to the fen', async () => {
    const report = await audit(
      [
        ev('loss-assessed', '2026-11-10T10:00', { department: 'CS', employee: 'E2', loss: 1234.57 }),
        ev('loss-assessed', '2027-01-10T10:00', { department: 'CS', employee: 'E2', loss: 0.1 }),
        ev('loss-assessed', '2027-01-11T10:00', { department: 'CS', employee: 'E2', loss: 0.2 }),
      ],
      { asOf: '2027-01-31T23:59:59+08:00' },
    );
    const row = (m: string) => {
      const e = ledgerOf(report, 'E2', m);
      return [e?.bonusDeductions, e?.carriedOver];
    };
    expect(row('2026-11')).toEqual([500, 734.57]);
    expect(row('2026-12')).toEqual([500, 234.57]);
    expect(row('2027-01')).toEqual([234.87, 0]);
  });
});

describe('P11 9: a lock-up loss is charged to someone', () => {
  it('P11 9 由負責人負責承擔: a lossValue with no employee is rejected, never a charge that reaches no ledger', async () => {
    const r = await audit([
      ev('lock-up', '2026-03-02T23:00', { lockedUp: false, keyReturned: true, lossValue: 200 }),
      ev('lock-up', '2026-03-03T23:00', { employee: 'E1', lockedUp: false, keyReturned: true, lossValue: 200 }),
    ]);
    expect(r.rejected).toMatchObject([{ line: 1, code: 'invalid-event', reason: expect.stringContaining('employee') }]);
    expect(findingsOf(r, 'P11.lock-up').map((f) => f.employee)).toEqual(['E1']);
    expect(r.summary.lines).toBe(r.summary.evaluated + r.summary.rejected);
  });
});
