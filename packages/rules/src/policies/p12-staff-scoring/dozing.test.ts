import { describe, expect, it } from 'vitest';
import { dozing } from './dozing.js';

// Seed 4.2.2 4) (line 383): 上班嚴禁打瞌睡、睡覺，輕者扣1分，視情況嚴重扣3∽5分。
describe('P12.dozing (4.2.2(4))', () => {
  it('light (dozing) is −1; medium and heavy are the serious range ends −3 and −5', () => {
    const light = dozing({ severity: 'light' });
    expect(light).toMatchObject({
      ok: true,
      result: { status: 'breached', sanctions: [{ type: 'points', points: -1, clause: 'P12 4.2.2(4)' }] },
    });
    expect(light.ok && light.result.explanation.en).toContain('dozing (light case)');
    const medium = dozing({ severity: 'medium' });
    expect(medium).toMatchObject({ ok: true, result: { sanctions: [{ points: -3 }] } });
    expect(medium.ok && medium.result.explanation.zh).toContain('睡觉或情节严重');
    expect(dozing({ severity: 'heavy' })).toMatchObject({ ok: true, result: { sanctions: [{ points: -5 }] } });
  });

  it('explicit −1, −3, −4 and −5 are allowed', () => {
    for (const points of [-1, -3, -4, -5]) {
      expect(dozing({ severity: points })).toMatchObject({ ok: true, result: { sanctions: [{ points }] } });
    }
  });

  it('explicit −2, −2.99, −5.01 and −0.5 fit neither tier and name severity', () => {
    for (const severity of [-2, -2.99, -5.01, -0.5]) {
      expect(dozing({ severity })).toMatchObject({
        ok: false,
        error: { code: 'invalid-facts', issues: [{ path: ['severity'] }] },
      });
    }
  });

  it('an organisation can widen the serious range', () => {
    const config = { rules: { 'P12.dozing': { seriousSeverePoints: -8 } } };
    expect(dozing({ severity: 'heavy' }, { config })).toMatchObject({
      ok: true,
      result: { sanctions: [{ points: -8 }] },
    });
    expect(dozing({ severity: -7 }, { config })).toMatchObject({ ok: true, result: { sanctions: [{ points: -7 }] } });
  });

  it('a serious tier lighter than the light case is a configuration error', () => {
    const config = { rules: { 'P12.dozing': { seriousMildPoints: -0.5 } } };
    expect(dozing({ severity: 'light' }, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P12.dozing', 'seriousMildPoints'] }] },
    });
  });
});
