/**
 * P09 administrative sanctions in the ledger: priced at month close, after the capped complaint-loss
 * deductions, with `alreadyDeducted` = what the month's bonus has already lost. Seed, 篇九 (P09):
 * 第二十四條 行政罰扣折算: 1、警告一次，罰扣績效獎金100%; 2、小過一次，以每基數罰扣績效獎金30%;
 * 第二十一條 3 客戶投訴罰扣最高金額以全月績效獎金50%為準，該月份超過50%以上者逐月分期罰扣.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, ledgerOf } from '../test-kit.js';

const april = ev('arrived', '2026-04-10T08:00', { employee: 'H2', shiftStart: '2026-04-10T08:30:00+08:00' });
const mayFirst = ev('arrived', '2026-05-10T08:00', { employee: 'H2', shiftStart: '2026-05-10T08:30:00+08:00' });
const asOf = '2026-05-31T23:59:59+08:00';

function deductions(r: Awaited<ReturnType<typeof audit>>) {
  return findingsOf(r, 'P09.sanction-deduction').map((f) => [f.lines, f.result.value]);
}

describe('P09 sanction deductions in the ledger', () => {
  it('two warnings in a month (100% each, 第二十四條 1) never take more than the whole bonus; the rest is carried', async () => {
    const r = await audit(
      [
        // Logged out of time order: the earlier sanction is priced first whatever line it is on.
        ev('sanction-imposed', '2026-03-20T10:00', { employee: 'E2', sanction: 'warning' }),
        ev('sanction-imposed', '2026-03-10T10:00', { employee: 'E2', sanction: 'warning' }),
        april,
      ],
      { asOf },
    );
    // E2's bonus is 1000.
    expect(deductions(r)).toEqual([
      [[2], { share: 1, amount: 1000, carried: 0 }],
      [[1], { share: 1, amount: 0, carried: 1000 }],
    ]);
    expect(ledgerOf(r, 'E2', '2026-03')).toMatchObject({ bonusDeductions: 1000, carriedOver: 1000 });
    // Outside the cap by default (Ambiguities 2): April takes the balance from its whole bonus.
    expect(ledgerOf(r, 'E2', '2026-04')).toMatchObject({ bonusDeductions: 1000, carriedOver: 0 });
  });

  it('a sanction on top of capped complaint losses (第二十一條 3) takes only what the bonus has left', async () => {
    const r = await audit(
      [
        ev('sanction-imposed', '2026-03-05T10:00', { employee: 'E1', sanction: 'warning' }),
        ev('loss-assessed', '2026-03-25T10:00', { department: 'CS', employee: 'E1', loss: 2000 }),
        april,
        mayFirst,
      ],
      { asOf },
    );
    // E1's bonus is 1500: the loss takes 750 (50%), the warning the other 750 and carries 750.
    expect(deductions(r)).toEqual([[[1], { share: 1, amount: 750, carried: 750 }]]);
    expect(['2026-03', '2026-04', '2026-05'].map((m) => ledgerOf(r, 'E1', m))).toEqual([
      expect.objectContaining({ bonusDeductions: 1500, carriedOver: 2000 }),
      // April: the loss's next 750 under the cap, then the sanction balance from what is left.
      expect.objectContaining({ bonusDeductions: 1500, carriedOver: 500 }),
      expect.objectContaining({ bonusDeductions: 500, carriedOver: 0 }),
    ]);
  });

  it('with sharesLossCap a minor demerit (30% a base, 第二十四條 2) shares the 50% cap; its excess is paid in instalments', async () => {
    const r = await audit(
      [
        ev('loss-assessed', '2026-03-02T10:00', { department: 'CS', employee: 'E1', loss: 400 }),
        ev('sanction-imposed', '2026-03-05T10:00', { employee: 'E1', sanction: 'minor-demerit', bases: 1 }),
        april,
      ],
      { asOf, config: { rules: { 'P09.sanction-deduction': { sharesLossCap: true } } } },
    );
    // 30% of 1500 is 450; the cap leaves 750 − 400 = 350; 100 carries under the cap.
    expect(deductions(r)).toEqual([[[2], { share: 0.3, amount: 350, carried: 100 }]]);
    expect(ledgerOf(r, 'E1', '2026-03')).toMatchObject({ bonusDeductions: 750, carriedOver: 100 });
    expect(ledgerOf(r, 'E1', '2026-04')).toMatchObject({ bonusDeductions: 100, carriedOver: 0 });
    expect(findingsOf(r, 'P09.bonus-deduction').map((f) => f.key)).toEqual(['2026-03', '2026-04']);
  });

  it('a bad sanction fact rejects its own line at month close', async () => {
    const r = await audit([
      ev('sanction-imposed', '2026-03-05T10:00', { employee: 'E1', sanction: 'minor-demerit', bases: 500 }),
      ev('sanction-imposed', '2026-03-06T10:00', { employee: 'E1', sanction: 'minor-demerit' }),
    ]);
    expect(r.rejected.map((x) => [x.line, x.code])).toEqual([[1, 'invalid-facts']]);
    expect(ledgerOf(r, 'E1', '2026-03')).toMatchObject({ bonusDeductions: 450 });
  });
});
