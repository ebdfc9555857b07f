import { describe, expect, it } from 'vitest';
import { attendanceReport } from './attendance-report.js';

// Seed 1.1.3 (line 475): 考勤員應于每月25日將本部門的考勤情況報行政人事部。
const month = '2026-11';

describe('P14.attendance-report (1.1.3)', () => {
  it('submitted at 23:59:59.999 on the 25th of the same month is met; at midnight breached', () => {
    expect(attendanceReport({ month, submittedAt: '2026-11-25T23:59:59.999+08:00' })).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        clause: 'P14 1.1.3',
        dueAt: '2026-11-25T23:59:59.999+08:00',
        deadline: { kind: 'day-of-month', start: '2026-11-01T00:00:00.000+08:00' },
      },
    });
    const r = attendanceReport({ month, submittedAt: '2026-11-26T00:00:00+08:00' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('P14 prescribes no penalty');
  });

  it('February is due on the 25th too', () => {
    expect(attendanceReport({ month: '2026-02', asOf: '2026-02-01T00:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'pending', dueAt: '2026-02-25T23:59:59.999+08:00' },
    });
  });

  it('unsubmitted: pending, at-risk past 75% of the 1st–25th window (about 19th 18:00), then breached', () => {
    const at = (asOf: string) => attendanceReport({ month }, { asOf });
    expect(at('2026-11-19T17:59:00+08:00')).toMatchObject({ ok: true, result: { status: 'pending' } });
    expect(at('2026-11-19T18:01:00+08:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(at('2026-11-25T23:59:59.999+08:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(at('2026-11-26T00:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('an organisation can move the day, also into the next month', () => {
    const config = { rules: { 'P14.attendance-report': { dueDay: 5, monthsAfter: 1 } } };
    expect(attendanceReport({ month, submittedAt: '2026-12-05T20:00:00+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2026-12-05T23:59:59.999+08:00' },
    });
  });

  it('rejects a report before the month starts and a missing asOf, naming the field', () => {
    expect(attendanceReport({ month, submittedAt: '2026-10-31T23:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['submittedAt'] }] },
    });
    expect(attendanceReport({ month })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['asOf'] }] },
    });
  });
});
