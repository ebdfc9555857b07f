import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { rebateReport } from './rebate-report.js';

// Seed (一)1 (line 280): 每月6號前認真做好代理商的返傭報表、交易金額和返傭金額的統計整理，確保數據準確無誤。
const month = '2026-10';

describe('P10.rebate-report ((一)1)', () => {
  it("October's statements are due by the end of 6 November: on the 6th met, a moment later breached", () => {
    expect(rebateReport({ month, submittedAt: '2026-11-06T23:59:59.999+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2026-11-06T23:59:59.999+08:00', clause: 'P10 (一)1' },
    });
    const late = rebateReport({ month, submittedAt: '2026-11-07T00:00:00+08:00' });
    expect(late).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(late.ok && late.result.explanation.zh).toContain('超时');
  });

  it('not yet done: pending, at-risk past 75% of 1–6 November, breached from the 7th', () => {
    const open = (asOf: string) => rebateReport({ month, asOf });
    expect(open('2026-11-02T09:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'pending' } });
    // Window 1 Nov 00:00 … 6 Nov 23:59:59.999: 75% falls 0.75 ms before 5 Nov 12:00.
    expect(open('2026-11-05T11:59:59.999+08:00')).toMatchObject({ ok: true, result: { status: 'pending' } });
    expect(open('2026-11-05T12:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(open('2026-11-07T00:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('rejects statements made before the month covered has ended', () => {
    expect(rebateReport({ month, submittedAt: '2026-10-31T18:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['submittedAt'] }] },
    });
  });

  it('rejects a malformed month with the field named', () => {
    expect(evaluate('P10.rebate-report', { month: 'October', asOf: '2026-11-01T00:00:00Z' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['month'] }] },
    });
  });

  it('an organisation can move the day to the 10th; day 0 is out of range', () => {
    const config = { rules: { 'P10.rebate-report': { day: 10 } } };
    expect(
      evaluate('P10.rebate-report', { month, submittedAt: '2026-11-08T10:00:00+08:00' }, { config }),
    ).toMatchObject({ ok: true, result: { status: 'met', dueAt: '2026-11-10T23:59:59.999+08:00' } });
    const bad = { rules: { 'P10.rebate-report': { day: 0 } } };
    expect(evaluate('P10.rebate-report', { month, asOf: '2026-11-01T00:00:00Z' }, { config: bad })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P10.rebate-report', 'day'] }] },
    });
  });
});
