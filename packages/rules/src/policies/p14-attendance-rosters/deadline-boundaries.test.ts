import { describe, expect, it } from 'vitest';
import { holidayRoster } from './holiday-roster.js';

// Seed 1.1.6 (line 478): 如遇重大法定節假日(如元旦、春節、五一、十一等)，需提前將班次排開，并于一周前將安排好的排班表印交行政人事部。
// "一周前" counts from the first day of the break: the State Council's schedule, weekends joined to the holiday and a
// holiday it is merged with included.
describe('review: P14.holiday-roster 1.1.6 一周前 counts from the first day of the break', () => {
  it('1.1.6 元旦 2024: the break is 2023-12-30..2024-01-01 (与周末连休), so the roster is due by the end of 2023-12-23', () => {
    expect(
      holidayRoster({ holiday: 'new-year', year: 2024, submittedAt: '2023-12-23T23:59:59.999+08:00' }),
    ).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2023-12-23T23:59:59.999+08:00', measured: { value: 7, unit: 'day' } },
    });
    expect(holidayRoster({ holiday: 'new-year', year: 2024, submittedAt: '2023-12-24T09:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('1.1.6 十一 2023: 中秋节、国庆节 9月29日至10月6日 is one break, so the roster is due by the end of 2023-09-22', () => {
    expect(
      holidayRoster({ holiday: 'national-day', year: 2023, submittedAt: '2023-09-23T10:00:00+08:00' }),
    ).toMatchObject({
      ok: true,
      result: { status: 'breached', dueAt: '2023-09-22T23:59:59.999+08:00' },
    });
  });

  it('1.1.6 五一 2017: the break is 04-29..05-01 (Sat–Mon), due by the end of 2017-04-22', () => {
    expect(holidayRoster({ holiday: 'labour-day', year: 2017, asOf: '2017-04-01T00:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'pending', dueAt: '2017-04-22T23:59:59.999+08:00' },
    });
  });

  it('1.1.6: a break on a weekday stays as it is (春节 2026 from Sun 02-15, the Saturday before a make-up working day)', () => {
    expect(holidayRoster({ holiday: 'spring-festival', year: 2026, asOf: '2026-01-01T00:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { dueAt: '2026-02-08T23:59:59.999+08:00' },
    });
    expect(holidayRoster({ holiday: 'new-year', year: 2004, asOf: '2003-12-01T00:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { dueAt: '2003-12-25T23:59:59.999+08:00' },
    });
  });
});
