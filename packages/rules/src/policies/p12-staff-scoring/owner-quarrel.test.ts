import { describe, expect, it } from 'vitest';
import { ownerQuarrel } from './owner-quarrel.js';

// Seed 4.2.2 1) (line 380): 嚴禁與業主頂撞、爭執，與業主爭吵者，視情節給予處分，嚴重者給予自動離職處分。
describe('P12.owner-quarrel (4.2.2(1), seed line 380)', () => {
  it('嚴重者給予自動離職處分: a serious quarrel is a deemed resignation', () => {
    expect(ownerQuarrel({ severity: 'heavy', employee: 'E1' })).toMatchObject({
      ok: true,
      result: {
        status: 'breached',
        measured: { value: 1, unit: 'count' },
        target: { value: 0, comparator: '<=' },
        sanctions: [{ type: 'deemed-resignation', clause: 'P12 4.2.2(1)' }],
      },
    });
  });

  it('視情節給予處分: a light quarrel a warning, a medium one a minor demerit, no points', () => {
    const light = ownerQuarrel({ severity: 'light' });
    expect(light).toMatchObject({ ok: true, result: { status: 'breached', sanctions: [{ type: 'warning' }] } });
    expect(light.ok && light.result.explanation.zh).toContain('警告');
    const medium = ownerQuarrel({ severity: 'medium' });
    expect(medium).toMatchObject({ ok: true, result: { sanctions: [{ type: 'minor-demerit' }] } });
    expect(medium.ok && medium.result.sanctions.some((s) => s.type === 'points')).toBe(false);
  });

  it('an organisation sets the lesser sanctions; the serious one stays the seed’s', () => {
    const config = {
      rules: { 'P12.owner-quarrel': { lightSanction: 'minor-demerit', mediumSanction: 'major-demerit' } },
    };
    expect(ownerQuarrel({ severity: 'light' }, { config })).toMatchObject({
      ok: true,
      result: { sanctions: [{ type: 'minor-demerit' }] },
    });
    expect(ownerQuarrel({ severity: 'medium' }, { config })).toMatchObject({
      ok: true,
      result: { sanctions: [{ type: 'major-demerit' }] },
    });
    expect(ownerQuarrel({ severity: 'heavy' }, { config })).toMatchObject({
      ok: true,
      result: { sanctions: [{ type: 'deemed-resignation' }] },
    });
  });

  it('a lesser sanction may not be a dismissal: a configuration error naming the parameter', () => {
    const config = { rules: { 'P12.owner-quarrel': { lightSanction: 'dismissal' } } };
    expect(ownerQuarrel({ severity: 'light' }, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P12.owner-quarrel', 'lightSanction'] }] },
    });
  });

  it('a quarrel without its circumstances, or with points, is rejected naming severity', () => {
    for (const facts of [{}, { severity: -5 }, { severity: 'serious' }]) {
      expect(ownerQuarrel(facts as never)).toMatchObject({
        ok: false,
        error: { code: 'invalid-facts', issues: [{ path: ['severity'] }] },
      });
    }
  });
});
