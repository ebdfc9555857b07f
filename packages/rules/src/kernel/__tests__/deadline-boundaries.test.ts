import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { defaultCalendar } from '../calendar/calendar.js';
import { calendarDaysDeadline, dayOfMonthDeadline, judgeTimed, workingDaysDeadline } from '../deadline.js';
import { InstantCodec } from '../instant-codec.js';
import { formatInstant, parseInstant } from '../time.js';

const t = (s: string) => parseInstant(s) ?? Number.NaN;
const zone = 'Asia/Shanghai';
const ctx = { zone, calendar: defaultCalendar, time: new InstantCodec() };

// Seed 走訪 2 (line 18): 便民服務回訪時間不超過服務完成后的2個工作日。 (working days: the State Council's calendar)
describe('review: working-day deadlines on the 2026 calendar', () => {
  it('走訪 2: from Fri 2026-02-13 18:00, 2 working days are the make-up Sat 02-14 and Tue 02-24 (Spring Festival skipped)', () => {
    const d = workingDaysDeadline(t('2026-02-13T18:00:00+08:00'), 2, ctx, []);
    expect(formatInstant(d.dueAt, zone)).toBe('2026-02-24T23:59:59.999+08:00');
    expect(judgeTimed(d, d.dueAt, undefined, 0.75).status).toBe('met');
    expect(judgeTimed(d, d.dueAt + 1, undefined, 0.75).status).toBe('breached');
  });

  it('走訪 2: an instant in Z past 16:00 UTC is the next Shanghai day (the make-up Saturday, which does not count)', () => {
    const d = workingDaysDeadline(t('2026-02-13T16:30:00Z'), 2, ctx, []);
    expect(formatInstant(d.dueAt, zone)).toBe('2026-02-25T23:59:59.999+08:00');
  });

  it('走訪 2 at-risk: during the National Day break, with both working days still ahead, the callback is pending, not at-risk', () => {
    // Completed Wed 2026-09-30 10:00; 10-01..10-07 off; due the end of Fri 10-09 (Thu 10-08 and Fri 10-09).
    const d = workingDaysDeadline(t('2026-09-30T10:00:00+08:00'), 2, ctx, []);
    expect(formatInstant(d.dueAt, zone)).toBe('2026-10-09T23:59:59.999+08:00');
    expect(judgeTimed(d, undefined, t('2026-10-07T23:00:00+08:00'), 0.75).status).toBe('pending');
    // Working time only: 14 h of 09-30 and 24 h of each working day, 62 h; 75% is 46.5 h (less 1 ms), just before 10-09 08:30.
    expect(judgeTimed(d, undefined, t('2026-10-09T08:29:00+08:00'), 0.75).status).toBe('pending');
    expect(judgeTimed(d, undefined, t('2026-10-09T08:31:00+08:00'), 0.75).status).toBe('at-risk');
    expect(judgeTimed(d, undefined, t('2026-10-10T00:00:00+08:00'), 0.75).status).toBe('breached');
  });

  it('走訪 2 at-risk through evaluate: P01.service-callback pending on the last day off of Spring Festival', () => {
    const r = evaluate('P01.service-callback', {
      completedAt: '2026-02-13T18:00:00+08:00',
      asOf: '2026-02-23T20:00:00+08:00',
    });
    expect(r).toMatchObject({ ok: true, result: { status: 'pending', dueAt: '2026-02-24T23:59:59.999+08:00' } });
  });

  it('走訪 2 at-risk: with no day off in the window the share is of the whole window, as before', () => {
    // Mon 2026-03-02 10:00 → due the end of Wed 03-04: 62 h; 75% is 46.5 h (less 1 ms), just before 03-04 08:30.
    const d = workingDaysDeadline(t('2026-03-02T10:00:00+08:00'), 2, ctx, []);
    expect(judgeTimed(d, undefined, t('2026-03-04T08:29:00+08:00'), 0.75).status).toBe('pending');
    expect(judgeTimed(d, undefined, t('2026-03-04T08:31:00+08:00'), 0.75).status).toBe('at-risk');
  });
});

describe('review: day-of-month and calendar-day deadlines, zones and offsets', () => {
  it('「每月10日前」 conventions: day 31 in February is its last day (28 or 29), day 30 in April is 30', () => {
    const due = (year: number, month: number, day: number) =>
      formatInstant(dayOfMonthDeadline({ year, month }, day, 1, ctx).dueAt, zone);
    expect(due(2026, 1, 31)).toBe('2026-02-28T23:59:59.999+08:00');
    expect(due(2028, 1, 31)).toBe('2028-02-29T23:59:59.999+08:00');
    expect(due(2026, 3, 30)).toBe('2026-04-30T23:59:59.999+08:00');
    expect(due(2026, 3, 31)).toBe('2026-04-30T23:59:59.999+08:00');
    expect(due(2026, 12, 10)).toBe('2027-01-10T23:59:59.999+08:00');
  });

  it('(二) 日記簿次日提交 in a configured zone: the day ends at local midnight there, across a DST change', () => {
    const ny = { zone: 'America/New_York', calendar: defaultCalendar, time: new InstantCodec() };
    expect(formatInstant(calendarDaysDeadline(t('2026-03-07T23:30:00-05:00'), 1, ny).dueAt, ny.zone)).toBe(
      '2026-03-08T23:59:59.999-04:00',
    );
    const r = evaluate(
      'P10.call-log',
      { callDate: '2026-03-01', submittedAt: '2026-03-03T04:59:59.999Z' },
      { config: { zone: 'America/New_York' } },
    );
    expect(r).toMatchObject({ ok: true, result: { status: 'met', dueAt: '2026-03-02T23:59:59.999-05:00' } });
  });
});
