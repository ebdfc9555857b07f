import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { lossShare } from './loss-share.js';

// Seed 第二十一條 2 (line 251): 責任歸屬部門的人員，以損失金額除以該責任部門的總基點數，再乘以個人的總基點數即為罰扣金額。
describe('P09.loss-share (第二十一條 2)', () => {
  it('1,000 yuan ÷ 40 department points × 3 personal points = 75.00 yuan, a bonus deduction', () => {
    expect(lossShare({ loss: 1000, departmentBasePoints: 40, personBasePoints: 3 })).toMatchObject({
      ok: true,
      result: {
        kind: 'compute',
        value: 75,
        sanctions: [{ type: 'bonus-deduction', amount: 75, clause: 'P09 第二十一條 2' }],
      },
    });
  });

  it('rounds once, half up to the fen, exactly', () => {
    const share = (loss: number, d: number, p: number) => {
      const r = lossShare({ loss, departmentBasePoints: d, personBasePoints: p });
      return r.ok ? r.result.value : undefined;
    };
    expect(share(100, 3, 1)).toBe(33.33); // 3333.33 fen
    expect(share(100, 3, 2)).toBe(66.67); // 6666.67 fen
    expect(share(0.01, 2, 1)).toBe(0.01); // exactly half a fen rounds up
    expect(share(10.05, 2, 1)).toBe(5.03); // 502.5 fen
    expect(share(10.03, 2, 1)).toBe(5.02); // 501.5 fen
    expect(share(0.3, 0.3, 0.1)).toBe(0.1); // no float drift
    expect(share(100, 7.5, 2.5)).toBe(33.33);
    expect(share(1000, 40, 40)).toBe(1000); // the whole department is one person
  });

  it('zero personal points owe nothing and carry no sanction', () => {
    expect(lossShare({ loss: 1000, departmentBasePoints: 40, personBasePoints: 0 })).toMatchObject({
      ok: true,
      result: { value: 0, sanctions: [] },
    });
  });

  it('zero department points is a bad fact naming departmentBasePoints', () => {
    expect(lossShare({ loss: 1000, departmentBasePoints: 0, personBasePoints: 0 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['departmentBasePoints'] }] },
    });
  });

  it('personal points above the department total is a bad fact naming personBasePoints', () => {
    expect(lossShare({ loss: 1000, departmentBasePoints: 40, personBasePoints: 40.5 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['personBasePoints'] }] },
    });
  });

  it('rejects fractions of a fen and a fifth decimal of base points', () => {
    const r = evaluate('P09.loss-share', { loss: 1.005, departmentBasePoints: 1.00001, personBasePoints: 1 });
    const paths = r.ok ? [] : r.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(['loss', 'departmentBasePoints']);
  });

  it('the rule has no parameters: an override naming one is a configuration error', () => {
    const config = { rules: { 'P09.loss-share': { rounding: 'down' } } };
    const facts = { loss: 1, departmentBasePoints: 1, personBasePoints: 1 };
    expect(evaluate('P09.loss-share', facts, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P09.loss-share'] }] },
    });
  });

  it('reproduction (#13 Low): departmentBasePoints 1e-11 is a bad fact naming it, not a division by zero (internal)', () => {
    const tiny = evaluate('P09.loss-share', { loss: 100, departmentBasePoints: 1e-11, personBasePoints: 0 });
    expect(tiny).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-facts',
        issues: [{ path: ['departmentBasePoints'], message: expect.stringMatching(/0\.0001/) }],
      },
    });
    // The smallest count in the precision computed in still divides.
    expect(
      evaluate('P09.loss-share', { loss: 100, departmentBasePoints: 0.0001, personBasePoints: 0.0001 }),
    ).toMatchObject({
      ok: true,
      result: { value: 100 },
    });
  });

  it('base points summed with float noise (0.1 + 0.2) are read to their four decimals', () => {
    const r = evaluate('P09.loss-share', { loss: 100, departmentBasePoints: 0.1 + 0.2, personBasePoints: 0.1 });
    expect(r).toMatchObject({ ok: true, result: { value: 33.33 } });
    expect(r.ok && r.result.explanation.en).toContain('÷ 0.3 department base points');
  });
});
