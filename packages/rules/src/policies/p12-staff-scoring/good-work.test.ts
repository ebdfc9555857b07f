import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { goodWork } from './good-work.js';
import { monthlyScore } from './monthly-score.js';

// Seed 4.3 1) (line 388): 工作認真、表現好的給予一定的加分 — the amount is open (一定的加分): the organisation
// sets pointsPerTime; until it does, not-configured (#18).
const config = (pointsPerTime: number) => ({ config: { rules: { 'P12.good-work': { pointsPerTime } } } });

describe('P12.good-work (4.3, seed line 388)', () => {
  it('P12 4.3: unconfigured, the rule answers not-configured naming pointsPerTime (no invented amount)', () => {
    expect(goodWork({ employee: 'Li' })).toMatchObject({
      ok: false,
      error: { code: 'not-configured', issues: [{ path: ['config', 'rules', 'P12.good-work', 'pointsPerTime'] }] },
    });
  });

  it.each([
    [2, 1, 2],
    [2, 3, 6],
    [0.5, 3, 1.5],
  ])('P12 4.3: %d points a merit, %d merit(s) → +%d, met', (per, times, points) => {
    expect(goodWork({ times }, config(per))).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        measured: { value: points },
        sanctions: [{ type: 'points', points, clause: 'P12 4.3(1)' }],
      },
    });
  });

  it('P12 4.3: an amount outside 0.01–100 or with three decimals is refused', () => {
    for (const per of [0, 100.5, 1.005]) {
      expect(evaluate('P12.good-work', {}, config(per))).toMatchObject({ ok: false });
    }
  });

  it('P12 4.3: the month’s score gains the merits (goodWork), 100 + 2 × 2', () => {
    const r = monthlyScore({ month: '2026-11', employee: 'Li', goodWork: 2 }, config(2));
    expect(r).toMatchObject({ ok: true, result: { measured: { value: 104 }, value: { score: 104, merits: 4 } } });
  });

  it('P12 4.3: a month with good work but no amount configured refuses, naming pointsPerTime', () => {
    expect(monthlyScore({ month: '2026-11', goodWork: 1 })).toMatchObject({
      ok: false,
      error: { code: 'not-configured' },
    });
  });
});
