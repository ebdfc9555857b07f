import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { sanctionDeduction } from './sanction-deduction.js';

// Seed 第二十四條 (line 254): 行政罰扣折算: 1、警告一次，罰扣績效獎金100%; 2、小過一次，以每基數罰扣績效獎金30%;
// 3、大過以上者，當月效益獎金全額罰扣。 (Ambiguities 1: the warning's 100% is kept; Ambiguities 2: no shared cap.)
describe('P09.sanction-deduction (第二十四條)', () => {
  it('a warning costs 100% of the bonus (sic) and the result flags Ambiguity 1', () => {
    const r = sanctionDeduction({ sanction: 'warning', monthlyBonus: 3000 });
    expect(r).toMatchObject({
      ok: true,
      result: {
        value: { share: 1, amount: 3000, carried: 0 },
        sanctions: [{ type: 'bonus-deduction', amount: 3000, clause: 'P09 第二十四條' }],
        warnings: [{ code: 'warning-exceeds-minor-demerit' }],
      },
    });
    expect(r.ok && r.result.warnings[0]?.en).toContain('Ambiguities 1');
  });

  it('a minor demerit costs 30% per base: 1 base 900, 2 bases 1,800, 4 bases capped at the whole bonus', () => {
    expect(sanctionDeduction({ sanction: 'minor-demerit', monthlyBonus: 3000 })).toMatchObject({
      ok: true,
      result: { value: { share: 0.3, amount: 900 }, warnings: [] },
    });
    expect(sanctionDeduction({ sanction: 'minor-demerit', monthlyBonus: 3000, bases: 2 })).toMatchObject({
      ok: true,
      result: { value: { share: 0.6, amount: 1800 } },
    });
    expect(sanctionDeduction({ sanction: 'minor-demerit', monthlyBonus: 3000, bases: 3 })).toMatchObject({
      ok: true,
      result: { value: { share: 0.9, amount: 2700 }, warnings: [] },
    });
    expect(sanctionDeduction({ sanction: 'minor-demerit', monthlyBonus: 3000, bases: 4 })).toMatchObject({
      ok: true,
      result: { value: { share: 1, amount: 3000 }, warnings: [{ code: 'capped-at-bonus' }] },
    });
  });

  it('a major demerit or worse costs the whole bonus', () => {
    for (const sanction of ['major-demerit', 'dismissal'] as const) {
      expect(sanctionDeduction({ sanction, monthlyBonus: 2500.5 })).toMatchObject({
        ok: true,
        result: { value: { share: 1, amount: 2500.5 } },
      });
    }
  });

  it('rounds half up to the fen: 30% of 0.05 yuan is 0.02', () => {
    expect(sanctionDeduction({ sanction: 'minor-demerit', monthlyBonus: 0.05 })).toMatchObject({
      ok: true,
      result: { value: { amount: 0.02 } },
    });
  });

  it('without the bonus, the share alone', () => {
    const r = sanctionDeduction({ sanction: 'minor-demerit', bases: 2 });
    expect(r).toMatchObject({
      ok: true,
      result: { value: { share: 0.6 }, sanctions: [{ type: 'bonus-deduction', share: 0.6 }] },
    });
    expect(r.ok && r.result.value?.amount).toBeUndefined();
  });

  it('bases on anything but a minor demerit are ignored, with a warning', () => {
    expect(sanctionDeduction({ sanction: 'major-demerit', monthlyBonus: 1000, bases: 2 })).toMatchObject({
      ok: true,
      result: { value: { amount: 1000 }, warnings: [{ code: 'bases-ignored' }] },
    });
  });

  it('by default the deduction ignores the 50% complaint cap; sharing it carries the excess over', () => {
    const facts = { sanction: 'minor-demerit', monthlyBonus: 3000, alreadyDeducted: 1000 };
    expect(evaluate('P09.sanction-deduction', facts)).toMatchObject({
      ok: true,
      result: { value: { amount: 900, carried: 0 } },
    });
    const config = { rules: { 'P09.sanction-deduction': { sharesLossCap: true } } };
    const r = evaluate('P09.sanction-deduction', facts, { config });
    // Cap 1,500 less the 1,000 already deducted leaves 500; 400 carries over.
    expect(r).toMatchObject({ ok: true, result: { value: { amount: 500, carried: 400 } } });
    expect(r.ok && r.result.explanation.en).toContain('400.00 yuan carries');
  });

  it('an organisation can set its own warning share; then nothing is flagged', () => {
    const config = { rules: { 'P09.sanction-deduction': { warningShare: 0.1 } } };
    expect(evaluate('P09.sanction-deduction', { sanction: 'warning', monthlyBonus: 3000 }, { config })).toMatchObject({
      ok: true,
      result: { value: { share: 0.1, amount: 300 }, warnings: [] },
    });
    const bad = { rules: { 'P09.sanction-deduction': { minorDemeritShare: 1.5 } } };
    expect(evaluate('P09.sanction-deduction', { sanction: 'warning' }, { config: bad })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-config',
        issues: [{ path: ['config', 'rules', 'P09.sanction-deduction', 'minorDemeritShare'] }],
      },
    });
  });

  it('deductions already above the bonus are a bad fact naming alreadyDeducted', () => {
    expect(sanctionDeduction({ sanction: 'warning', monthlyBonus: 100, alreadyDeducted: 100.01 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['alreadyDeducted'] }] },
    });
  });

  it('rejects an unknown sanction with the field named', () => {
    expect(evaluate('P09.sanction-deduction', { sanction: 'reprimand', monthlyBonus: 100 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['sanction'] }] },
    });
  });
});
