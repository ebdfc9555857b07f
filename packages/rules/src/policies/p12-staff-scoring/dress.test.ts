import { describe, expect, it } from 'vitest';
import { dress } from './dress.js';

// Seed 4.2.1 1) (line 374): 上班人員一律著工作服，佩戴工作證、領帶，缺一扣1分。
describe('P12.dress (4.2.1(1))', () => {
  it('nothing missing is met with no deduction', () => {
    expect(dress({ missing: [] })).toMatchObject({
      ok: true,
      result: { status: 'met', measured: { value: 0, unit: 'item' }, target: { value: 0 }, sanctions: [] },
    });
  });

  it('one item missing is −1 (缺一扣1分)', () => {
    const r = dress({ missing: ['tie'] });
    expect(r).toMatchObject({
      ok: true,
      result: {
        status: 'breached',
        measured: { value: 1 },
        sanctions: [{ type: 'points', points: -1, clause: 'P12 4.2.1(1)' }],
        clause: 'P12 4.2.1(1)',
      },
    });
    expect(r.ok && r.result.explanation.en).toContain('tie');
    expect(r.ok && r.result.explanation.zh).toContain('领带');
  });

  it('all three items missing is −3', () => {
    expect(dress({ missing: ['uniform', 'badge', 'tie'] })).toMatchObject({
      ok: true,
      result: { measured: { value: 3 }, sanctions: [{ type: 'points', points: -3 }] },
    });
  });

  it('the same item twice is a bad fact naming it', () => {
    expect(dress({ missing: ['tie', 'tie'] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['missing', 1] }] },
    });
  });

  it('an unknown item is rejected with its path', () => {
    expect(dress({ missing: ['hat'] } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['missing', 0] }] },
    });
  });

  it('an organisation can set the points per item', () => {
    const config = { rules: { 'P12.dress': { pointsPerItem: -0.5 } } };
    expect(dress({ missing: ['uniform', 'badge', 'tie'] }, { config })).toMatchObject({
      ok: true,
      result: { sanctions: [{ type: 'points', points: -1.5 }] },
    });
  });

  it('a positive deduction is a configuration error naming the field', () => {
    const config = { rules: { 'P12.dress': { pointsPerItem: 1 } } };
    expect(dress({ missing: [] }, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P12.dress', 'pointsPerItem'] }] },
    });
  });
});
