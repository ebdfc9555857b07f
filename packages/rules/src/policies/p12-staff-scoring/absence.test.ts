import { describe, expect, it } from 'vitest';
import { absence } from './absence.js';

// Seed 4.2.2 3) (line 382): …缺勤者扣缺勤工資外加扣考績分10分，缺勤三天給予自動離職處分。
// Ambiguities 5: three absent days within one calendar month, consecutive or not.
const month = '2026-11';

describe('P12.absence (4.2.2(3))', () => {
  it('no absent day is met', () => {
    expect(absence({ month, absentDays: [], dayWage: 150 })).toMatchObject({
      ok: true,
      result: { status: 'met', measured: { value: 0, unit: 'day' }, sanctions: [] },
    });
  });

  it('with no day wage given, the points and the resignation stand and the unpriced wages are a warning', () => {
    const r = absence({ month, absentDays: ['2026-11-03', '2026-11-04', '2026-11-05'] });
    expect(r).toMatchObject({
      ok: true,
      result: {
        status: 'breached',
        warnings: [{ code: 'day-wage-unknown', en: expect.stringContaining('3 absent day') }],
      },
    });
    // Never a wage deduction of 0 invented for the missing wage.
    expect(r.ok && r.result.sanctions.map((s) => s.type)).toEqual(['points', 'deemed-resignation']);
  });

  it("one day costs the day's wages and −10", () => {
    expect(absence({ month, absentDays: ['2026-11-03'], dayWage: 150.55 })).toMatchObject({
      ok: true,
      result: {
        status: 'breached',
        sanctions: [
          { type: 'wage-deduction', amount: 150.55, clause: 'P12 4.2.2(3)' },
          { type: 'points', points: -10 },
        ],
      },
    });
  });

  it('two days are still below resignation; the third, not consecutive, is deemed resignation', () => {
    const two = absence({ month, absentDays: ['2026-11-03', '2026-11-20'], dayWage: 100.1 });
    expect(two).toMatchObject({
      ok: true,
      result: {
        sanctions: [
          { type: 'wage-deduction', amount: 200.2 },
          { type: 'points', points: -20 },
        ],
      },
    });
    expect(two.ok && two.result.sanctions).toHaveLength(2);
    const three = absence({ month, absentDays: ['2026-11-03', '2026-11-20', '2026-11-30'], dayWage: 100.1 });
    expect(three).toMatchObject({
      ok: true,
      result: {
        measured: { value: 3 },
        sanctions: [
          { type: 'wage-deduction', amount: 300.3 },
          { type: 'points', points: -30 },
          { type: 'deemed-resignation' },
        ],
      },
    });
    expect(three.ok && three.result.explanation.zh).toContain('自动离职');
  });

  it('a day outside the month or listed twice is a bad fact naming it', () => {
    expect(absence({ month, absentDays: ['2026-11-03', '2026-12-01'], dayWage: 100 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['absentDays', 1] }] },
    });
    expect(absence({ month, absentDays: ['2026-11-03', '2026-11-03'], dayWage: 100 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['absentDays', 1] }] },
    });
  });

  it('a wage with more than two decimals is rejected naming dayWage', () => {
    expect(absence({ month, absentDays: [], dayWage: 100.005 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['dayWage'] }] },
    });
  });

  it('an organisation can lower the resignation threshold to 2 days', () => {
    const config = { rules: { 'P12.absence': { resignationDays: 2 } } };
    const r = absence({ month, absentDays: ['2026-11-03', '2026-11-04'], dayWage: 100 }, { config });
    expect(r).toMatchObject({ ok: true, result: { sanctions: [{}, {}, { type: 'deemed-resignation' }] } });
  });
});
