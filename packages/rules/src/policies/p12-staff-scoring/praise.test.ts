import { describe, expect, it } from 'vitest';
import { praise } from './praise.js';

// Seed 4.3 1) (line 388): 工作認真、表現好的給予一定的加分，受業主表揚的給予5∽10分的加分。
describe('P12.praise (4.3)', () => {
  it('light, medium and heavy praise are +5, +7.5 and +10, and the rule is met', () => {
    expect(praise({ severity: 'light' })).toMatchObject({
      ok: true,
      result: { status: 'met', sanctions: [{ type: 'points', points: 5, clause: 'P12 4.3(1)' }] },
    });
    expect(praise({ severity: 'medium' })).toMatchObject({ ok: true, result: { sanctions: [{ points: 7.5 }] } });
    const r = praise({ severity: 'heavy' });
    expect(r).toMatchObject({
      ok: true,
      result: { sanctions: [{ points: 10 }], measured: { value: 10, unit: 'point' } },
    });
    expect(r.ok && r.result.explanation.en).toContain('+10 points');
    expect(r.ok && r.result.explanation.zh).toContain('加10分');
  });

  it('explicit +5 and +10 are inside; +4.99, +10.01 and a negative value name severity', () => {
    expect(praise({ severity: 5 })).toMatchObject({ ok: true, result: { sanctions: [{ points: 5 }] } });
    expect(praise({ severity: 10 })).toMatchObject({ ok: true, result: { sanctions: [{ points: 10 }] } });
    for (const severity of [4.99, 10.01, -5]) {
      expect(praise({ severity })).toMatchObject({
        ok: false,
        error: { code: 'invalid-facts', issues: [{ path: ['severity'] }] },
      });
    }
  });

  it('an organisation can raise the merits; a negative merit is a configuration error', () => {
    const config = { rules: { 'P12.praise': { points: { heavy: 15 } } } };
    expect(praise({ severity: 'heavy' }, { config })).toMatchObject({
      ok: true,
      result: { sanctions: [{ points: 15 }] },
    });
    const bad = { rules: { 'P12.praise': { points: { light: -5 } } } };
    expect(praise({ severity: 'light' }, { config: bad })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P12.praise', 'points', 'light'] }] },
    });
  });
});
