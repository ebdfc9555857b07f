import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { repeatViolation } from './repeat-violation.js';

// Seed (五)1 (lines 333–334): 客服職員工作時違犯客服工作管理規定，經發現給予100元/次罰款處理; 第二次違反相同規定雙倍處罰;
// 第三次違反相同規定，公司予以除名處理。 (Ambiguities 3: no window by default.)
const base = { employee: '張三', rule: 'phone-answer', at: '2026-11-27T09:00:00+08:00' };
const prior = (at: string, rule = 'phone-answer') => ({ rule, at });

describe('P10.repeat-violation ((五)1)', () => {
  it('the first time is a 100-yuan fine', () => {
    const r = repeatViolation({ ...base, priorBreaches: [] });
    expect(r).toMatchObject({
      ok: true,
      result: {
        value: { occurrence: 1, counted: 0, fine: 100, dismissal: false },
        sanctions: [{ type: 'fine', amount: 100, clause: 'P10 (五)1' }],
        warnings: [],
      },
    });
    expect(r.ok && r.result.explanation.en).toContain('P10.joint-liability');
  });

  it('the second time of the same rule doubles: 200', () => {
    expect(repeatViolation({ ...base, priorBreaches: [prior('2026-03-01T09:00:00+08:00')] })).toMatchObject({
      ok: true,
      result: {
        value: { occurrence: 2, counted: 1, fine: 200, dismissal: false },
        sanctions: [{ type: 'fine', amount: 200 }],
      },
    });
  });

  it('the third time is dismissal, with no fine', () => {
    const r = repeatViolation({
      ...base,
      priorBreaches: [prior('2025-01-01T09:00:00+08:00'), prior('2026-03-01T09:00:00+08:00')],
    });
    expect(r).toMatchObject({
      ok: true,
      result: {
        value: { occurrence: 3, counted: 2, fine: 0, dismissal: true },
        sanctions: [{ type: 'dismissal', clause: 'P10 (五)1' }],
        warnings: [],
      },
    });
    expect(r.ok && r.result.sanctions).toHaveLength(1);
  });

  it('a fourth time is read as dismissal again, with a warning', () => {
    const priors = ['2024-01-01', '2025-01-01', '2026-01-01'].map((d) => prior(`${d}T09:00:00+08:00`));
    expect(repeatViolation({ ...base, priorBreaches: priors })).toMatchObject({
      ok: true,
      result: {
        value: { occurrence: 4, dismissal: true },
        sanctions: [{ type: 'dismissal' }],
        warnings: [{ code: 'beyond-ladder' }],
      },
    });
  });

  it('only earlier breaches of the same rule count; later or simultaneous ones are ignored with a warning', () => {
    const r = repeatViolation({
      ...base,
      priorBreaches: [
        prior('2026-01-01T09:00:00+08:00', 'dress-code'),
        prior('2026-11-27T09:00:00+08:00'),
        prior('2026-11-28T09:00:00+08:00'),
      ],
    });
    expect(r).toMatchObject({
      ok: true,
      result: { value: { occurrence: 1, counted: 0, fine: 100 }, warnings: [{ code: 'later-breaches-ignored' }] },
    });
  });

  it('with a 12-month window, a breach exactly 12 months earlier counts and 1 ms before that does not', () => {
    const config = { rules: { 'P10.repeat-violation': { window: 'P12M' } } };
    const inside = { ...base, priorBreaches: [prior('2025-11-27T09:00:00+08:00')] };
    const outside = { ...base, priorBreaches: [prior('2025-11-27T08:59:59.999+08:00')] };
    expect(evaluate('P10.repeat-violation', inside, { config })).toMatchObject({
      ok: true,
      result: { value: { occurrence: 2, fine: 200 } },
    });
    const r = evaluate('P10.repeat-violation', outside, { config });
    expect(r).toMatchObject({ ok: true, result: { value: { occurrence: 1, counted: 0, fine: 100 } } });
    expect(r.ok && r.result.explanation.en).toContain('within P12M');
    // Without a window (the default) the same old breach counts.
    expect(evaluate('P10.repeat-violation', outside)).toMatchObject({ ok: true, result: { value: { occurrence: 2 } } });
  });

  it('an organisation can change the amounts and the time of dismissal', () => {
    const config = { rules: { 'P10.repeat-violation': { firstFine: 50, dismissalAt: 4 } } };
    const priors = [prior('2026-01-01T09:00:00+08:00'), prior('2026-02-01T09:00:00+08:00')];
    expect(evaluate('P10.repeat-violation', { ...base, priorBreaches: priors }, { config })).toMatchObject({
      ok: true,
      result: { value: { occurrence: 3, fine: 100, dismissal: false }, sanctions: [{ type: 'fine', amount: 100 }] },
    });
    const bad = { rules: { 'P10.repeat-violation': { window: 'P1Y2X' } } };
    expect(evaluate('P10.repeat-violation', base, { config: bad })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P10.repeat-violation', 'window'] }] },
    });
  });

  it("another employee's breach is a bad fact naming it", () => {
    const priorBreaches = [{ rule: 'phone-answer', at: '2026-01-01T09:00:00+08:00', employee: '李四' }];
    expect(repeatViolation({ ...base, priorBreaches })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['priorBreaches', 0, 'employee'] }] },
    });
  });

  it('rejects a malformed earlier breach with its path', () => {
    const priorBreaches = [prior('2026-01-01T09:00:00+08:00'), { rule: 'phone-answer', at: 'yesterday' }];
    expect(evaluate('P10.repeat-violation', { ...base, priorBreaches })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['priorBreaches', 1, 'at'] }] },
    });
  });
});
