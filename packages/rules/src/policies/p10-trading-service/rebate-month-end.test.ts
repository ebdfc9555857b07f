import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { rebateMonthEnd } from './rebate-month-end.js';

// Seed (一)2 (line 281): 每月底認真做好代理商實際返傭金額和待返金額的統計整理，確保數據準確無誤。
describe('P10.rebate-month-end ((一)2)', () => {
  it('due by the end of the last day of the month itself: 28 February 2026', () => {
    expect(rebateMonthEnd({ month: '2026-02', submittedAt: '2026-02-28T23:59:59.999+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2026-02-28T23:59:59.999+08:00', warnings: [] },
    });
    expect(rebateMonthEnd({ month: '2026-02', submittedAt: '2026-03-01T00:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('a 31-day month ends on the 31st', () => {
    expect(rebateMonthEnd({ month: '2026-10', asOf: '2026-10-31T20:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'at-risk', dueAt: '2026-10-31T23:59:59.999+08:00' },
    });
    expect(rebateMonthEnd({ month: '2026-10', asOf: '2026-10-10T20:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'pending' },
    });
    expect(rebateMonthEnd({ month: '2026-10', asOf: '2026-11-01T00:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('a tally before the last day is met but warned about; on the last day it is not', () => {
    expect(rebateMonthEnd({ month: '2026-10', submittedAt: '2026-10-30T23:59:59.999+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'met', warnings: [{ code: 'early-tally' }] },
    });
    expect(rebateMonthEnd({ month: '2026-10', submittedAt: '2026-10-31T00:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'met', warnings: [] },
    });
  });

  it('rejects a tally before the month starts, naming submittedAt', () => {
    expect(rebateMonthEnd({ month: '2026-10', submittedAt: '2026-09-30T23:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['submittedAt'] }] },
    });
  });

  it('the rule has no parameters (the seed names no number): an override naming one is a configuration error', () => {
    const config = { rules: { 'P10.rebate-month-end': { day: 25 } } };
    expect(
      evaluate('P10.rebate-month-end', { month: '2026-10', asOf: '2026-10-01T00:00:00Z' }, { config }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P10.rebate-month-end'] }] },
    });
  });
});
