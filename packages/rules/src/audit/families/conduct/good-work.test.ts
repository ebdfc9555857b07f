/**
 * #18 (seed-c): P12 4.3 (line 388) — 工作認真、表現好的給予一定的加分: a `good-work-noted` line decides
 * P12.good-work (the amount the organisation's `pointsPerTime`) and its merits reach the month's score.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, only } from '../../test-kit.js';

const config = { rules: { 'P12.good-work': { pointsPerTime: 3 } } };
const noted = (local: string, fields: Record<string, unknown> = {}) =>
  ev('good-work-noted', local, { employee: 'E2', ...fields });

describe('P12 4.3 line 388: merit points for good work (#18)', () => {
  it('P12 4.3: two merits at 3 points reach the month’s score (100 + 6)', async () => {
    const r = await audit([noted('2026-03-10T10:00', { times: 2 })], { config });
    expect(only(r, 'P12.good-work').result).toMatchObject({ status: 'met', sanctions: [{ points: 6 }] });
    const month = findingsOf(r, 'P12.monthly-score').find((f) => f.employee === 'E2');
    expect(month?.result.value).toMatchObject({ score: 106, merits: 6 });
  });

  it('P12 4.3: unconfigured (一定的加分 has no amount), the line is refused and the score gains nothing', async () => {
    const r = await audit([noted('2026-03-10T10:00')]);
    expect(findingsOf(r, 'P12.good-work')).toEqual([]);
    expect(r.rejected).toMatchObject([{ line: 1, code: 'not-configured' }]);
    const month = findingsOf(r, 'P12.monthly-score').find((f) => f.employee === 'E2');
    expect(month?.result.value).toMatchObject({ score: 100 });
  });
});
