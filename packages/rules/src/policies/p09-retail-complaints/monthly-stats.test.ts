import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { monthlyStats } from './monthly-stats.js';

// Seed 第二十七條 (line 257): 行政人事部應于每月初10日內填報投訴統計表，呈報總經理審核。
// Seed 第十九條 1 (line 249): 行政人事部每月10日前應審視上月份結案的客戶投訴案件 … (on or before the 10th: Ambiguities 7)
const month = '2026-10';

describe('P09.monthly-stats (第二十七條, 第十九條)', () => {
  it('October is due by the end of 10 November: on the 10th is met, a moment later breached', () => {
    expect(monthlyStats({ month, submittedAt: '2026-11-10T23:59:59.999+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2026-11-10T23:59:59.999+08:00', clause: 'P09 第二十七條, 第十九條' },
    });
    expect(monthlyStats({ month, submittedAt: '2026-11-11T00:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('not yet submitted: pending, at-risk past 75% of 1–10 November, breached from the 11th', () => {
    const open = (asOf: string) => monthlyStats({ month, asOf });
    expect(open('2026-11-05T09:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'pending' } });
    // The window is 1 Nov 00:00 to 10 Nov 23:59:59.999, 1 ms short of ten days, so 75% falls 0.75 ms before 8 Nov 12:00.
    expect(open('2026-11-08T11:59:59.999+08:00')).toMatchObject({ ok: true, result: { status: 'pending' } });
    expect(open('2026-11-08T12:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(open('2026-11-11T00:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('December is due in the next year', () => {
    expect(monthlyStats({ month: '2026-12', asOf: '2027-01-02T00:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'pending', dueAt: '2027-01-10T23:59:59.999+08:00' },
    });
  });

  it('rejects statistics submitted before the month reported on has ended', () => {
    expect(monthlyStats({ month, submittedAt: '2026-10-31T23:59:59+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['submittedAt'] }] },
    });
  });

  it('rejects a malformed month with the field named', () => {
    expect(evaluate('P09.monthly-stats', { month: '2026-13', asOf: '2026-11-01T00:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['month'] }] },
    });
  });

  it('an organisation can move the day to the 5th', () => {
    const config = { rules: { 'P09.monthly-stats': { day: 5 } } };
    const facts = { month, submittedAt: '2026-11-06T09:00:00+08:00' };
    expect(evaluate('P09.monthly-stats', facts, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached', dueAt: '2026-11-05T23:59:59.999+08:00' },
    });
  });
});
