/**
 * P09's order of deductions and carried balances at a month's close. Seed 篇九 第二十一條 3: 客戶投訴罰扣最高金額以
 * 全月績效獎金50%為準，該月份超過50%以上者逐月分期罰扣 (at most half the month's bonus; the rest in instalments month
 * by month); 第二十四條: 警告一次，罰扣績效獎金100%; 小過一次，以每基數罰扣績效獎金30%. Amounts in fen, months as
 * month indexes (2026-03 = 24314).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bonusDeductionFen, bonusLeftFen, type Debt, deductedSoFarFen, takeOldest, totalFen } from './carry-over.js';

const MARCH = 2026 * 12 + 2;
const APRIL = MARCH + 1;
const loss = '第二十一條 3';
const sanction = '第二十四條';

describe('takeOldest: the instalments pay the oldest month first (第二十一條 3 逐月分期)', () => {
  const march = { from: MARCH, fen: 125_000, clause: loss };
  const april = { from: APRIL, fen: 30_000, clause: loss };
  it.each<[string, Debt[], number, Debt[], Debt[]]>([
    ['nothing owed', [], 75_000, [], []],
    ['nothing taken: all carried', [march], 0, [], [march]],
    ['part of the only month', [march], 75_000, [{ ...march, fen: 75_000 }], [{ ...march, fen: 50_000 }]],
    [
      'March before April, even listed after it',
      [april, march],
      75_000,
      [{ ...march, fen: 75_000 }],
      [
        { ...march, fen: 50_000 },
        { ...april, fen: 30_000 },
      ],
    ],
    ['exactly the whole balance', [march, april], 155_000, [march, april], []],
    ['more than owed takes only what is owed', [april], 99_999_999, [april], []],
    ['a negative amount takes nothing', [april], -5, [], [april]],
    [
      'two parts of one month keep their order (a loss, then a shared-cap sanction)',
      [
        { from: MARCH, fen: 100, clause: loss },
        { from: MARCH, fen: 100, clause: sanction },
      ],
      150,
      [
        { from: MARCH, fen: 100, clause: loss },
        { from: MARCH, fen: 50, clause: sanction },
      ],
      [{ from: MARCH, fen: 50, clause: sanction }],
    ],
  ])('%s', (_, debts, fen, taken, left) => {
    expect(takeOldest(debts, fen)).toEqual({ taken, left });
  });

  it('takes min(amount, owed), never a newer month while an older one is left, and loses nothing (property)', () => {
    const debt = fc.record({
      from: fc.integer({ min: MARCH, max: MARCH + 5 }),
      fen: fc.integer({ min: 1, max: 1_000_000 }),
      clause: fc.constantFrom(loss, sanction),
    });
    fc.assert(
      fc.property(fc.array(debt, { maxLength: 8 }), fc.integer({ min: 0, max: 3_000_000 }), (debts, fen) => {
        const { taken, left } = takeOldest(debts, fen);
        expect(totalFen(taken)).toBe(Math.min(fen, totalFen(debts)));
        expect(totalFen(taken) + totalFen(left)).toBe(totalFen(debts));
        const newestTaken = Math.max(...taken.map((d) => d.from));
        const oldestLeft = Math.min(...left.map((d) => d.from));
        expect(newestTaken <= oldestLeft || taken.length === 0 || left.length === 0).toBe(true);
      }),
    );
  });
});

describe('what the bonus has left and has lost (第二十四條 after 第二十一條 3: never more than the whole bonus)', () => {
  it.each([
    // bonus, deducted so far, left for a carried sanction balance, told to the next sanction
    [100_000, 0, 100_000, 0],
    [100_000, 50_000, 50_000, 50_000],
    [100_000, 100_000, 0, 100_000],
    [100_000, 130_000, 0, 100_000],
    [0, 0, 0, 0],
  ])('bonus %i fen, %i deducted: %i left, %i already deducted', (bonus, deducted, left, already) => {
    expect(bonusLeftFen(bonus, deducted)).toBe(left);
    expect(deductedSoFarFen(bonus, deducted)).toBe(already);
  });
});

describe('a bonus deduction in fen: its amount, else share × bonus (第二十四條 每基數罰扣績效獎金30%)', () => {
  it.each<[string, number | undefined, number | undefined, number | undefined, number]>([
    ['the amount when given', 300.05, 0.3, 1000.15, 30_005],
    ['a minor demerit, 30% of 1000', undefined, 0.3, 1000, 30_000],
    // 0.3 × 1000.15 = 300.045 exactly: half up is 300.05; the float product 300.04499999999996 gave 300.04.
    ['30% of 1000.15 rounds half up on the exact product', undefined, 0.3, 1000.15, 30_005],
    ['a warning, 100%', undefined, 1, 1234.56, 123_456],
    ['a share without a bonus costs nothing here', undefined, 0.3, undefined, 0],
    ['neither', undefined, undefined, 1000, 0],
  ])('%s', (_, amount, share, bonus, fen) => {
    expect(bonusDeductionFen(amount, share, bonus)).toBe(fen);
  });
});
