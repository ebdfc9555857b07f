import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yuanToFen } from '../../kernel/money.js';
import { evaluate } from '../../registry.js';
import { bonusDeduction } from './bonus-deduction.js';

// Seed 第二十一條 3 (line 251): 客戶投訴罰扣最高金額以全月績效獎金50%為準，該月份超過50%以上者逐月分期罰扣。
const value = (owed: number, monthlyBonus: number[]) => {
  const r = bonusDeduction({ owed, monthlyBonus });
  return r.ok ? r.result.value : undefined;
};

describe('P09.bonus-deduction (第二十一條 3)', () => {
  it('exactly 50% of the bonus is deducted in one month; a fen more carries over', () => {
    expect(value(500, [1000])).toEqual({ schedule: [500], remaining: 0 });
    expect(value(500.01, [1000])).toEqual({ schedule: [500], remaining: 0.01 });
    expect(value(499.99, [1000])).toEqual({ schedule: [499.99], remaining: 0 });
  });

  it('carries over across 3 months, each capped again, summing exactly to the amount owed', () => {
    const r = bonusDeduction({ owed: 1000.01, monthlyBonus: [800, 600.01, 2000] });
    // Caps: 400.00; 300.00 (300.005 rounded down: a cap is a ceiling); 1,000.00.
    expect(r).toMatchObject({
      ok: true,
      result: {
        kind: 'compute',
        value: { schedule: [400, 300, 300.01], remaining: 0 },
        sanctions: [
          { type: 'bonus-deduction', amount: 400, note: 'month 1' },
          { type: 'bonus-deduction', amount: 300, note: 'month 2' },
          { type: 'bonus-deduction', amount: 300.01, note: 'month 3' },
        ],
      },
    });
    const schedule = r.ok ? (r.result.value?.schedule ?? []) : [];
    expect(schedule.reduce((sum, a) => sum + yuanToFen(a), 0)).toBe(100_001);
  });

  it('what the months given cannot cover remains owed', () => {
    const r = bonusDeduction({ owed: 2000, monthlyBonus: [1000, 1000] });
    expect(r).toMatchObject({ ok: true, result: { value: { schedule: [500, 500], remaining: 1000 } } });
    expect(r.ok && r.result.explanation.en).toContain('1,000.00 yuan is still owed');
    expect(r.ok && r.result.explanation.zh).toContain('顺延');
  });

  it('a month without a bonus deducts nothing; no months leave everything owed', () => {
    expect(value(300, [0, 1000])).toEqual({ schedule: [0, 300], remaining: 0 });
    expect(value(300, [])).toEqual({ schedule: [], remaining: 300 });
    expect(value(0.01, [0.01])).toEqual({ schedule: [0], remaining: 0.01 }); // half a fen cap rounds down
  });

  it('property: the schedule plus what remains is exactly what was owed, and no month passes its cap', () => {
    const fen = fc.integer({ min: 0, max: 10_000_000 });
    fc.assert(
      fc.property(fen, fc.array(fen, { maxLength: 8 }), (owedFen, bonusFen) => {
        const v = value(
          owedFen / 100,
          bonusFen.map((b) => b / 100),
        );
        expect(v).toBeDefined();
        if (!v) return;
        const paid = v.schedule.reduce((sum, a) => sum + yuanToFen(a), 0);
        expect(paid + yuanToFen(v.remaining)).toBe(owedFen);
        v.schedule.forEach((a, i) => {
          expect(yuanToFen(a) * 2).toBeLessThanOrEqual(bonusFen[i] ?? 0);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('an organisation can set a 30% cap; 0 is out of range', () => {
    const config = { rules: { 'P09.bonus-deduction': { capShare: 0.3 } } };
    const facts = { owed: 1000, monthlyBonus: [1000, 1000, 1000, 1000] };
    expect(evaluate('P09.bonus-deduction', facts, { config })).toMatchObject({
      ok: true,
      result: { value: { schedule: [300, 300, 300, 100], remaining: 0 } },
    });
    const bad = { rules: { 'P09.bonus-deduction': { capShare: 0 } } };
    expect(evaluate('P09.bonus-deduction', facts, { config: bad })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P09.bonus-deduction', 'capShare'] }] },
    });
  });

  it('rejects a negative bonus, naming the month', () => {
    expect(evaluate('P09.bonus-deduction', { owed: 100, monthlyBonus: [1000, -5] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['monthlyBonus', 1] }] },
    });
  });
});
