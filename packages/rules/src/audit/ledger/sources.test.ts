/**
 * What a ledger row tells a supervisor beyond its totals (issue #15, "a ledger a supervisor reads without
 * help"): the month each part of a P09 bonus deduction and of a carried balance was first owed (第二十一條 3
 * 該月份超過50%以上者逐月分期罰扣), own fines apart from a head's joint liability (P10 連帶責任), points added
 * apart from points deducted (P12), and the administrative sanction itself beside its price (P09 第二十四條).
 */
import { describe, expect, it } from 'vitest';
import { generateOffice } from '../../../../../examples/generate.mjs';
import { runAudit } from '../stream.js';
import { audit, ev, findingsOf, ledgerOf } from '../test-kit.js';
import type { LedgerEntry } from '../types.js';

const arrival = (day: string) => ev('arrived', `${day}T08:00`, { employee: 'H2', shiftStart: `${day}T08:30:00+08:00` });

function bonusNotes(e: LedgerEntry | undefined): (string | undefined)[] {
  return (e?.sanctions ?? []).filter((s) => s.type === 'bonus-deduction').map((s) => s.note);
}

const sum = (xs: readonly { amount: number }[]) => Math.round(xs.reduce((a, x) => a + x.amount * 100, 0)) / 100;

describe('ledger rows say where their amounts come from', () => {
  it('reproduction: every month’s bonus deduction said "month 1"; now each part names the month it was first owed (P09 第二十一條 3)', async () => {
    // E1's bonus is 1500: at most 750 a month. March owes 2000, April 300 more.
    const r = await audit(
      [
        ev('loss-assessed', '2026-03-10T10:00', { department: 'CS', employee: 'E1', loss: 2000 }),
        ev('loss-assessed', '2026-04-10T10:00', { department: 'CS', employee: 'E1', loss: 300 }),
        arrival('2026-05-10'),
      ],
      { asOf: '2026-05-31T23:59:59+08:00' },
    );
    const [march, april, may] = ['2026-03', '2026-04', '2026-05'].map((m) => ledgerOf(r, 'E1', m));
    const clause = 'P09 第二十一條 3';
    expect(march).toMatchObject({
      bonusDeductions: 750,
      carriedOver: 1250,
      bonusDeductionsFrom: [{ month: '2026-03', amount: 750, clause }],
      carriedOverFrom: [{ month: '2026-03', amount: 1250, clause }],
    });
    // Oldest first: April's 750 all pays off March; April's own 300 waits behind what March still owes.
    expect(april).toMatchObject({
      bonusDeductions: 750,
      carriedOver: 800,
      bonusDeductionsFrom: [{ month: '2026-03', amount: 750, clause }],
      carriedOverFrom: [
        { month: '2026-03', amount: 500, clause },
        { month: '2026-04', amount: 300, clause },
      ],
    });
    expect(may).toMatchObject({
      bonusDeductions: 750,
      carriedOver: 50,
      bonusDeductionsFrom: [
        { month: '2026-03', amount: 500, clause },
        { month: '2026-04', amount: 250, clause },
      ],
      carriedOverFrom: [{ month: '2026-04', amount: 50, clause }],
    });
    expect(bonusNotes(march)).toEqual(['owed from 2026-03 (this month)']);
    expect(bonusNotes(april)).toEqual(['owed from 2026-03 (carried over)']);
    // (The row's sanctions are in a canonical order, not by month.)
    expect(bonusNotes(may).sort()).toEqual(['owed from 2026-03 (carried over)', 'owed from 2026-04 (carried over)']);
    // The amounts themselves are the rule's, unchanged: one P09.bonus-deduction a month.
    expect(
      findingsOf(r, 'P09.bonus-deduction').map((f) => (f.result.value as { schedule: number[] }).schedule),
    ).toEqual([[750], [750], [750]]);
  });

  it('a sanction balance carried outside the cap names its month too (P09 第二十四條)', async () => {
    // E2's bonus is 1000: two warnings in March cost 2000; the second 1000 is taken in April.
    const r = await audit(
      [
        ev('sanction-imposed', '2026-03-10T10:00', { employee: 'E2', sanction: 'warning' }),
        ev('sanction-imposed', '2026-03-20T10:00', { employee: 'E2', sanction: 'warning' }),
        arrival('2026-04-10'),
      ],
      { asOf: '2026-04-30T23:59:59+08:00' },
    );
    const clause = 'P09 第二十四條';
    expect(ledgerOf(r, 'E2', '2026-03')).toMatchObject({
      carriedOverFrom: [{ month: '2026-03', amount: 1000, clause }],
    });
    const april = ledgerOf(r, 'E2', '2026-04');
    expect(april?.bonusDeductionsFrom).toEqual([{ month: '2026-03', amount: 1000, clause }]);
    expect(bonusNotes(april)).toEqual(['owed from 2026-03 (carried over)']);
  });

  it('reproduction: an imposed warning showed only as its price; the warning itself is in the month’s sanctions (P09 第二十四條)', async () => {
    const r = await audit([
      ev('sanction-imposed', '2026-03-10T10:00', { employee: 'E2', sanction: 'warning' }),
      ev('sanction-imposed', '2026-03-12T10:00', { employee: 'E1', sanction: 'minor-demerit', bases: 2 }),
    ]);
    expect(ledgerOf(r, 'E2', '2026-03')?.sanctions).toContainEqual({ type: 'warning', clause: 'P09 第二十四條' });
    expect(ledgerOf(r, 'E1', '2026-03')?.sanctions).toContainEqual({
      type: 'minor-demerit',
      clause: 'P09 第二十四條',
      note: '2 base(s)',
    });
  });

  it('own fines apart from the head’s joint liability (P10 (五)1, 連帶責任)', async () => {
    const r = await audit([
      ev('complaint-received', '2026-03-02T09:00', { case: 'A', employee: 'E1' }),
      ev('complaint-replied', '2026-03-02T12:00', { case: 'A', nextReplyAt: '2026-03-02T18:00:00+08:00' }),
    ]);
    expect(ledgerOf(r, 'E1', '2026-03')).toMatchObject({ fines: 100, ownFines: 100, jointFines: 0 });
    expect(ledgerOf(r, 'H1', '2026-03')).toMatchObject({ fines: 200, ownFines: 0, jointFines: 200 });
  });

  it('on the example office, every row’s parts add up to its totals (fines, points, bonus, carried)', async () => {
    const office = generateOffice();
    const report = await runAudit([...office.events()], {
      asOf: '2026-05-01T00:00:00+08:00',
      org: office.org,
      config: office.config,
    });
    expect(report.ledger.length).toBeGreaterThan(0);
    for (const e of report.ledger) {
      expect(Math.round((e.ownFines + e.jointFines) * 100)).toBe(Math.round(e.fines * 100));
      expect(Math.round((e.pointsAdded - e.pointsDeducted) * 100)).toBe(Math.round(e.points * 100));
      expect(e.pointsAdded).toBeGreaterThanOrEqual(0);
      expect(e.pointsDeducted).toBeGreaterThanOrEqual(0);
      expect(sum(e.bonusDeductionsFrom)).toBe(e.bonusDeductions);
      expect(sum(e.carriedOverFrom)).toBe(e.carriedOver);
      expect(bonusNotes(e)).not.toContain('month 1');
    }
    // S-04 was praised twice (+5 each) and deducted 1: the net +9 is no longer the only figure.
    expect(report.ledger.find((e) => e.employee === 'S-04')).toMatchObject({
      points: 9,
      pointsAdded: 10,
      pointsDeducted: 1,
    });
  });
});
