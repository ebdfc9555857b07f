import { describe, expect, it } from 'vitest';
import { serviceCallback } from './service-callback.js';

// Seed 走訪 2 (line 18): 便民服務回訪時間不超過服務完成后的2個工作日。
describe('P01.service-callback (走訪 2)', () => {
  it('2 working days after an ordinary Tuesday ends on Thursday 23:59:59.999', () => {
    const r = serviceCallback({
      completedAt: '2026-11-24T10:00:00+08:00',
      calledBackAt: '2026-11-26T23:59:59.999+08:00',
    });
    expect(r).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2026-11-26T23:59:59.999+08:00', measured: { value: 2, unit: 'working-day' } },
    });
    const late = serviceCallback({
      completedAt: '2026-11-24T10:00:00+08:00',
      calledBackAt: '2026-11-27T00:00:00+08:00',
    });
    expect(late).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('across National Day: completed 09-30, due the end of Friday 10-09 (make-up Saturday 10-10 is not needed)', () => {
    // 10-01..10-07 are off, Thu 10-08 is day 1, Fri 10-09 is day 2.
    const r = serviceCallback({ completedAt: '2026-09-30T18:00:00+08:00', calledBackAt: '2026-10-09T20:00:00+08:00' });
    expect(r).toMatchObject({ ok: true, result: { status: 'met', dueAt: '2026-10-09T23:59:59.999+08:00' } });
    expect(r.ok && r.result.deadline?.skipped.filter((d) => d.reason === 'holiday')).toHaveLength(7);
    expect(r.ok && r.result.explanation.en).toContain('National Day');
    expect(r.ok && r.result.explanation.zh).toContain('国庆节');
  });

  it('the make-up Saturday 09-20 counts as a working day', () => {
    // Completed Fri 09-18: Sat 09-19 is off, Sun 09-20 is a make-up working day (day 1), Mon 09-21 is day 2.
    const r = serviceCallback({ completedAt: '2026-09-18T12:00:00+08:00', asOf: '2026-09-19T12:00:00+08:00' });
    expect(r).toMatchObject({ ok: true, result: { status: 'pending', dueAt: '2026-09-21T23:59:59.999+08:00' } });
  });

  it('across Spring Festival and the make-up Saturday 02-14', () => {
    const r = serviceCallback({ completedAt: '2026-02-13T09:00:00+08:00', asOf: '2026-02-20T09:00:00+08:00' });
    expect(r).toMatchObject({ ok: true, result: { status: 'pending', dueAt: '2026-02-24T23:59:59.999+08:00' } });
  });

  it('a completion given in UTC counts from its Shanghai date', () => {
    // 2026-11-26T17:00Z is Friday 11-27 01:00 in Shanghai: day 1 Mon 11-30, day 2 Tue 12-01.
    const r = serviceCallback({ completedAt: '2026-11-26T17:00:00Z', asOf: '2026-11-27T01:00:00Z' });
    expect(r).toMatchObject({ ok: true, result: { dueAt: '2026-12-01T23:59:59.999+08:00' } });
  });

  it('not called back and past the due time is breached', () => {
    const r = serviceCallback({ completedAt: '2026-11-24T10:00:00+08:00', asOf: '2026-11-27T00:00:00+08:00' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('a completion in a year the calendar does not know is a typed error', () => {
    const r = serviceCallback({ completedAt: '2031-05-06T10:00:00+08:00', asOf: '2031-05-06T11:00:00+08:00' });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'calendar-year-unknown', issues: [{ path: ['completedAt'] }] },
    });
  });
});
