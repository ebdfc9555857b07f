import { describe, expect, it } from 'vitest';
import { posture } from './posture.js';

// Seed 4.2.1 4) (line 377): …勿趴在辦公桌上或靠在墻壁上，違者扣1分/次。
describe('P12.posture (4.2.1(4))', () => {
  it('one incident by default is −1', () => {
    expect(posture({})).toMatchObject({
      ok: true,
      result: {
        status: 'breached',
        measured: { value: 1 },
        sanctions: [{ type: 'points', points: -1, clause: 'P12 4.2.1(4)' }],
      },
    });
  });

  it('zero incidents is met; three are −3', () => {
    expect(posture({ times: 0 })).toMatchObject({ ok: true, result: { status: 'met', sanctions: [] } });
    expect(posture({ times: 3 })).toMatchObject({ ok: true, result: { sanctions: [{ points: -3 }] } });
  });

  it('a negative or fractional count is rejected naming times', () => {
    for (const times of [-1, 1.5]) {
      expect(posture({ times })).toMatchObject({
        ok: false,
        error: { code: 'invalid-facts', issues: [{ path: ['times'] }] },
      });
    }
  });

  it('an organisation can set the points per incident', () => {
    const config = { rules: { 'P12.posture': { pointsPerTime: -0.5 } } };
    expect(posture({ times: 3 }, { config })).toMatchObject({ ok: true, result: { sanctions: [{ points: -1.5 }] } });
  });
});
