/** #18 (seed-f): P06 1.3.3 (line 165), the year's material-requirement plan, judged on its own line. */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, only } from '../../test-kit.js';

const line = ev('annual-plan-submitted', '2026-03-10T09:00', { employee: 'E1', year: 2026 });

describe('materials: the yearly plan (P06 1.3.3, a date the seed leaves open)', () => {
  it('unconfigured: the line is rejected as not-configured, naming submitWithin', async () => {
    const r = await audit([line]);
    expect(findingsOf(r, 'P06.annual-plan')).toEqual([]);
    expect(r.rejected.map((x) => [x.code, x.reason.includes('submitWithin')])).toEqual([['not-configured', true]]);
  });

  it('reproduction (#18): with submitWithin P31D, a plan submitted on 10 March is breached; P90D met', async () => {
    const late = await audit([line], { config: { rules: { 'P06.annual-plan': { submitWithin: 'P31D' } } } });
    expect(only(late, 'P06.annual-plan')).toMatchObject({ employee: 'E1', result: { status: 'breached' } });
    const ok = await audit([line], { config: { rules: { 'P06.annual-plan': { submitWithin: 'P90D' } } } });
    expect(only(ok, 'P06.annual-plan').result.status).toBe('met');
  });
});
