import { describe, expect, it } from 'vitest';
import { monthlySummary } from './monthly-summary.js';

// Seed 第九條(九) (line 438): 總經理室生產管理組每月十日前匯總上月份結案的案件于「客訴案件統計表」…
// Seed 第十二條(一) (line 449): 每月十日前應審視上月份結案的客訴案件… Ambiguities 7: on or before the 10th.
const month = '2026-10';

describe('P13.monthly-summary (第九條(九), 第十二條)', () => {
  it('due by the end of the 10th of the following month', () => {
    expect(monthlySummary({ month, submittedAt: '2026-11-10T23:59:59.999+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2026-11-10T23:59:59.999+08:00', measured: { value: 10, unit: 'day' } },
    });
    expect(monthlySummary({ month, submittedAt: '2026-11-11T00:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'breached', measured: { value: 11 } },
    });
  });

  it('pending, at risk, breached while not submitted', () => {
    const at = (asOf: string) => monthlySummary({ month, asOf });
    expect(at('2026-11-02T09:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'pending' } });
    expect(at('2026-11-09T09:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(at('2026-11-11T00:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('a summary before the month ended is a bad fact naming submittedAt', () => {
    expect(monthlySummary({ month, submittedAt: '2026-10-31T23:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['submittedAt'] }] },
    });
  });

  it('an organisation can move the day; a day past the month end is its last day', () => {
    const config = { rules: { 'P13.monthly-summary': { day: 31 } } };
    expect(monthlySummary({ month: '2027-01', asOf: '2027-02-01T09:00:00+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'pending', dueAt: '2027-02-28T23:59:59.999+08:00' },
    });
    const five = { rules: { 'P13.monthly-summary': { day: 5 } } };
    expect(monthlySummary({ month, submittedAt: '2026-11-06T09:00:00+08:00' }, { config: five })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });
});
