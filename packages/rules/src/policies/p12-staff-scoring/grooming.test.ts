import { describe, expect, it } from 'vitest';
import { grooming } from './grooming.js';

// Seed 4.2.1 2), 3), 5) (lines 375, 376, 378): …視情況扣0.5∽1.5分 / 扣0.5∽1.5分/次。
describe('P12.grooming (4.2.1(2,3,5))', () => {
  it('light, medium and heavy are −0.5, −1 and −1.5', () => {
    expect(grooming({ severity: 'light' })).toMatchObject({
      ok: true,
      result: { status: 'breached', sanctions: [{ type: 'points', points: -0.5, clause: 'P12 4.2.1(2,3,5)' }] },
    });
    expect(grooming({ severity: 'medium' })).toMatchObject({ ok: true, result: { sanctions: [{ points: -1 }] } });
    expect(grooming({ severity: 'heavy', aspect: 'nails-hair-colour' })).toMatchObject({
      ok: true,
      result: { sanctions: [{ points: -1.5 }] },
    });
  });

  it('explicit points at both ends of the range are accepted', () => {
    expect(grooming({ severity: -0.5 })).toMatchObject({ ok: true, result: { sanctions: [{ points: -0.5 }] } });
    expect(grooming({ severity: -1.5 })).toMatchObject({ ok: true, result: { sanctions: [{ points: -1.5 }] } });
    expect(grooming({ severity: -1.25 })).toMatchObject({ ok: true, result: { sanctions: [{ points: -1.25 }] } });
  });

  it('explicit points just outside the range are a bad fact naming severity', () => {
    for (const severity of [-1.51, -0.49, 1]) {
      expect(grooming({ severity })).toMatchObject({
        ok: false,
        error: { code: 'invalid-facts', issues: [{ path: ['severity'] }] },
      });
    }
  });

  it('the explanation states the range and the reading', () => {
    const r = grooming({ severity: 'medium', aspect: 'manners' });
    expect(r.ok && r.result.explanation.en).toContain('-0.5 to -1.5');
    expect(r.ok && r.result.explanation.zh).toContain('视情况');
  });

  it('an organisation can move the band; explicit points follow it', () => {
    const config = { rules: { 'P12.grooming': { points: { heavy: -2 } } } };
    expect(grooming({ severity: 'heavy' }, { config })).toMatchObject({
      ok: true,
      result: { sanctions: [{ points: -2 }] },
    });
    expect(grooming({ severity: -1.75 }, { config })).toMatchObject({
      ok: true,
      result: { sanctions: [{ points: -1.75 }] },
    });
  });

  it('a band whose heavy is lighter than medium is a configuration error naming heavy', () => {
    const config = { rules: { 'P12.grooming': { points: { heavy: -0.8 } } } };
    expect(grooming({ severity: 'light' }, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P12.grooming', 'points', 'heavy'] }] },
    });
  });
});
