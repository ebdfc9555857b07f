import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../kernel/time.js';
import { evaluate } from '../../registry.js';
import { repeatViolation } from './repeat-violation.js';
import { minusWindow } from './window.js';

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

// Issue #13 (High): the audit's ladder handed every breach the whole history (quadratic). It now gives the
// count of earlier breaches that count (`priorCount`, the window applied) and of those at or after the
// breach (`laterCount`): the rule's value, sanctions, warnings and explanation are the same as for the list.
describe('P10.repeat-violation priorCount (#13: the P10 ladder was quadratic)', () => {
  const day = 86_400_000;
  const start = Date.UTC(2026, 0, 1);
  const text = (ms: number) => new Date(ms).toISOString();

  it('property: priorCount and laterCount give the same result as the history they count, with or without a window', () =>
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 700 }), other: fc.boolean() }), { maxLength: 12 }),
        fc.integer({ min: 0, max: 700 }),
        fc.constantFrom(undefined, 'P30D', 'P12M'),
        (history, atDay, window) => {
          const at = start + atDay * day;
          const priorBreaches = history.map((h) =>
            prior(text(start + h.day * day), h.other ? 'other' : 'phone-answer'),
          );
          const config = window === undefined ? undefined : { rules: { 'P10.repeat-violation': { window } } };
          const from = window === undefined ? Number.NEGATIVE_INFINITY : minusWindow(at, window, 'Asia/Shanghai');
          const same = priorBreaches.filter((b) => b.rule === 'phone-answer').map((b) => parseInstant(b.at) ?? 0);
          const priorCount = same.filter((t) => t < at && t >= from).length;
          const laterCount = same.filter((t) => t >= at).length;
          const facts = { ...base, at: text(at) };
          const listed = evaluate('P10.repeat-violation', { ...facts, priorBreaches }, { config });
          const counted = evaluate(
            'P10.repeat-violation',
            { ...facts, priorCount, ...(laterCount > 0 && { laterCount }) },
            { config },
          );
          expect(counted).toEqual(listed);
        },
      ),
      { numRuns: 300 },
    ));

  it('priorCount and priorBreaches together, or laterCount alone, are bad facts naming the field', () => {
    const both = repeatViolation({ ...base, priorBreaches: [], priorCount: 0 });
    expect(both).toMatchObject({ ok: false, error: { code: 'invalid-facts', issues: [{ path: ['priorCount'] }] } });
    const alone = repeatViolation({ ...base, laterCount: 1 });
    expect(alone).toMatchObject({ ok: false, error: { code: 'invalid-facts', issues: [{ path: ['laterCount'] }] } });
  });
});
