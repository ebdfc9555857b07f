import { describe, expect, it } from 'vitest';
import { householdVisits } from './household-visits.js';

// Seed 走訪 1 (line 17): 走訪業主每月不低于總戶數的5%。
const month = '2026-11';

describe('P01.household-visits (走訪 1)', () => {
  it('exactly 5% is met (不低于 is inclusive)', () => {
    expect(householdVisits({ month, households: 1000, visited: 50 })).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        measured: { value: 0.05, unit: 'ratio' },
        target: { value: 0.05, unit: 'ratio', comparator: '>=' },
        dueAt: '2026-11-30T23:59:59.999+08:00',
      },
    });
  });

  it('4.9% is breached once the month is over', () => {
    const r = householdVisits({ month, households: 1000, visited: 49 });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 0.049 } } });
    expect(r.ok && r.result.explanation.en).toContain(
      '49 of 1000 households visited in 2026-11 (4.9%; at least 5%, 50',
    );
    expect(r.ok && r.result.explanation.zh).toContain('要求不低于5%即50户');
  });

  it('a shortfall inside the month is pending, at-risk late in the month, breached after it', () => {
    const at = (asOf: string) => householdVisits({ month, households: 1000, visited: 49, asOf });
    expect(at('2026-11-10T12:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'pending' } });
    expect(at('2026-11-28T12:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(at('2026-12-01T00:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('reaching 5% early in the month is already met', () => {
    const r = householdVisits({ month, households: 200, visited: 10, asOf: '2026-11-03T00:00:00+08:00' });
    expect(r).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('no households is not applicable', () => {
    expect(householdVisits({ month, households: 0, visited: 0 })).toMatchObject({
      ok: true,
      result: { status: 'not-applicable' },
    });
  });

  it('rejects more households visited than exist, naming visited', () => {
    expect(householdVisits({ month, households: 10, visited: 11 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['visited'] }] },
    });
    expect(householdVisits({ month: '2026-13', households: 10, visited: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['month'] }] },
    });
  });

  it('an organisation can ask for 7%: 7 of 100 met (no float slip), 6 breached', () => {
    const config = { rules: { 'P01.household-visits': { minShare: 0.07 } } };
    const r = householdVisits({ month, households: 100, visited: 7 }, { config });
    expect(r).toMatchObject({ ok: true, result: { status: 'met', target: { value: 0.07 } } });
    expect(r.ok && r.result.explanation.en).toContain('at least 7%, 7 households');
    expect(householdVisits({ month, households: 100, visited: 6 }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
    const bad = { rules: { 'P01.household-visits': { minShare: 0 } } };
    expect(householdVisits({ month, households: 100, visited: 6 }, { config: bad })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P01.household-visits', 'minShare'] }] },
    });
  });
});
