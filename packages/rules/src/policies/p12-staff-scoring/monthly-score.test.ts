import { describe, expect, it } from 'vitest';
import type { Sanction } from '../../kernel/sanctions.js';
import { chatting } from './chatting.js';
import { grooming } from './grooming.js';
import { lateness } from './lateness.js';
import { monthlyScore } from './monthly-score.js';
import { phoneUse } from './phone-use.js';

// Seed 4.1 (lines 370–371): …以計分的形式對客服人員進行考核; items 4.2.1–4.3 (lines 374–388).
// The base score 100 is the catalogue's (the seed names none).
const month = '2026-11';
const late = (time: string) => ({ shiftStart: '2026-11-05T08:00:00+08:00', arrivedAt: `2026-11-05T${time}+08:00` });
const longCall = (day: number) => ({
  direction: 'outside' as const,
  start: `2026-11-${String(day).padStart(2, '0')}T10:00:00+08:00`,
  end: `2026-11-${String(day).padStart(2, '0')}T10:20:00+08:00`,
});
const value = (r: ReturnType<typeof monthlyScore>) => (r.ok ? r.result.value : undefined);

describe('P12.monthly-score (4.1)', () => {
  it('a clean month keeps the base score of 100 and no outcome', () => {
    const r = monthlyScore({ month, employee: 'Li' });
    expect(r).toMatchObject({
      ok: true,
      result: {
        kind: 'compute',
        measured: { value: 100, unit: 'point' },
        value: { score: 100, deductions: 0, merits: 0, warnings: 0, deemedResignation: false, wageDeductions: 0 },
        sanctions: [],
      },
    });
    expect(r.ok && r.result.status).toBeUndefined();
  });

  it('folds every item of the month into the score and its outcomes', () => {
    const r = monthlyScore({
      month,
      employee: 'Li',
      lateness: [late('08:03:00'), late('08:12:00')], // −1; −10 and 40 yuan
      absentDays: ['2026-11-10'], // −10 and 200 yuan
      dayWage: 200,
      calls: [longCall(2), longCall(3), longCall(4)], // −15, warning, −10
      chats: 4, // −4, warning, −1, minor demerit, −3
      readings: { count: 1 }, // −1
      dress: [{ missing: ['tie'] }], // −1
      grooming: [{ severity: 'medium' }], // −1
      posture: 2, // −2
      dozing: [{ severity: 'heavy' }], // −5
      serviceComplaints: [{ severity: 'light' }], // −5
      praise: [{ severity: 'heavy' }], // +10
    });
    expect(value(r)).toMatchObject({
      month,
      employee: 'Li',
      baseScore: 100,
      deductions: -69,
      merits: 10,
      score: 41,
      warnings: 2,
      minorDemerits: 1,
      majorDemerits: 0,
      deemedResignation: false,
      wageDeductions: 240,
    });
    expect(value(r)?.items).toContainEqual({ ruleId: 'P12.lateness', evaluations: 2, points: -11, wageDeductions: 40 });
    expect(value(r)?.items).toContainEqual({ ruleId: 'P12.phone-use', evaluations: 1, points: -25, wageDeductions: 0 });
    expect(r.ok && r.result.explanation.en).toContain('= 41');
    expect(r.ok && r.result.explanation.zh).toContain('合计41分');
  });

  it('reuses the item rules: its sanctions are exactly theirs', () => {
    const r = monthlyScore({
      month,
      lateness: [late('08:07:00')],
      calls: [longCall(2)],
      chats: 3,
      grooming: [{ severity: -1.25 }],
    });
    const own = (o: { ok: boolean; result?: { sanctions: readonly Sanction[] } }) => o.result?.sanctions ?? [];
    const expected = [
      ...own(lateness(late('08:07:00'))),
      ...own(phoneUse({ month, calls: [longCall(2)] })),
      ...own(chatting({ count: 3 })),
      ...own(grooming({ severity: -1.25 })),
    ];
    expect(r.ok && r.result.sanctions).toEqual(expected);
    expect(value(r)?.score).toBe(100 - 5 - 5 - 4 - 1.25);
  });

  it('three absent days in the month mean deemed resignation', () => {
    const r = monthlyScore({ month, absentDays: ['2026-11-02', '2026-11-09', '2026-11-16'], dayWage: 99.99 });
    expect(value(r)).toMatchObject({ deemedResignation: true, wageDeductions: 299.97, score: 70 });
  });

  it('half points add up exactly', () => {
    const r = monthlyScore({ month, grooming: [{ severity: 'light' }, { severity: 'light' }, { severity: -0.7 }] });
    expect(value(r)).toMatchObject({ deductions: -1.7, score: 98.3 });
  });

  it("passes the organisation's configuration to the item rules", () => {
    const config = {
      rules: { 'P12.dress': { pointsPerItem: -3 }, 'P12.monthly-score': { baseScore: 120 } },
    };
    const r = monthlyScore({ month, dress: [{ missing: ['tie', 'badge'] }] }, { config });
    expect(value(r)).toMatchObject({ baseScore: 120, deductions: -6, score: 114 });
  });

  it("an item's bad fact is reported under its path in the month", () => {
    expect(monthlyScore({ month, grooming: [{ severity: 'light' }, { severity: -3 }] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['grooming', 1, 'severity'] }] },
    });
    expect(monthlyScore({ month, calls: [{ ...longCall(2), end: '2026-11-02T09:00:00+08:00' }] })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['calls', 0, 'end'] }] },
    });
    expect(monthlyScore({ month, chats: { count: 3, severity: { third: -9 } } })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['chats', 'severity', 'third'] }] },
    });
  });

  it('4.2.2(3): absent days with no day wage still cost their points; the unpriced wages are a warning', () => {
    const r = monthlyScore({ month, absentDays: ['2026-11-02'] });
    expect(r).toMatchObject({
      ok: true,
      result: { value: { score: 90 }, warnings: [{ code: 'day-wage-unknown' }] },
    });
    expect(r.ok && r.result.sanctions.map((s) => s.type)).toEqual(['points']);
  });

  it('contradictory facts are rejected naming the field', () => {
    expect(monthlyScore({ month: '2026-12', lateness: [late('08:03:00')] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['lateness', 0, 'shiftStart'] }] },
    });
    expect(monthlyScore({ month, employee: 'Li', praise: [{ severity: 'light', employee: 'Wang' }] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['praise', 0, 'employee'] }] },
    });
  });

  it('a base score outside 0–1000 is a configuration error', () => {
    const config = { rules: { 'P12.monthly-score': { baseScore: -1 } } };
    expect(monthlyScore({ month }, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P12.monthly-score', 'baseScore'] }] },
    });
  });
});
