import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../calendar/calendar.js';
import {
  calendarDaysDeadline,
  clockDeadline,
  dayOfMonthDeadline,
  instantDeadline,
  judgeTimed,
  wholeMonthDeadline,
} from '../deadline.js';
import { InstantCodec } from '../instant-codec.js';
import { formatInstant, HOUR, parseDate, parseInstant } from '../time.js';

const zone = 'Asia/Shanghai';
const ctx = { zone, calendar: defaultCalendar, time: new InstantCodec() };
const t = (s: string) => parseInstant(s) ?? Number.NaN;
const label = { en: '', zh: '' };

describe('deadline kinds', () => {
  it('instant: due at that instant (inclusive), kind fixed; a window start after it is the due instant', () => {
    const due = t('2026-11-27T14:45:00+08:00');
    const d = instantDeadline(due, t('2026-11-27T08:00:00+08:00'), { en: 'before the handover', zh: '交班前' });
    expect(d).toMatchObject({ kind: 'fixed', dueAt: due, skipped: [], describe: { en: 'before the handover' } });
    expect(judgeTimed(d, due, undefined, 0.75).status).toBe('met');
    expect(judgeTimed(d, due + 1, undefined, 0.75).status).toBe('breached');
    expect(instantDeadline(due, due + HOUR).windowStart).toBe(due);
    expect(instantDeadline(due, due - HOUR).describe.en.length).toBeGreaterThan(0);
  });

  it('whole month: opens at the first local midnight, due at the end of the last day, kind fixed', () => {
    const d = wholeMonthDeadline({ year: 2026, month: 2 }, ctx);
    expect(d.kind).toBe('fixed');
    expect(formatInstant(d.windowStart, zone)).toBe('2026-02-01T00:00:00.000+08:00');
    expect(formatInstant(d.dueAt, zone)).toBe('2026-02-28T23:59:59.999+08:00');
  });

  it('clock: due = start + duration, inclusive', () => {
    const d = clockDeadline(t('2026-11-27T15:00:00+08:00'), 2 * HOUR, label);
    expect(judgeTimed(d, t('2026-11-27T17:00:00+08:00'), undefined, 0.75).status).toBe('met');
    expect(judgeTimed(d, t('2026-11-27T17:00:00.001+08:00'), undefined, 0.75).status).toBe('breached');
  });

  it('calendar-days: due at the end of the Nth local day, counting from the local date', () => {
    const d = calendarDaysDeadline(t('2026-11-27T23:30:00+08:00'), 7, ctx);
    expect(formatInstant(d.dueAt, zone)).toBe('2026-12-04T23:59:59.999+08:00');
  });

  it('day-of-month: the 10th of the month after the period; a day past the month end means its last day', () => {
    expect(formatInstant(dayOfMonthDeadline({ year: 2026, month: 12 }, 10, 1, ctx).dueAt, zone)).toBe(
      '2027-01-10T23:59:59.999+08:00',
    );
    expect(formatInstant(dayOfMonthDeadline({ year: 2026, month: 1 }, 31, 1, ctx).dueAt, zone)).toBe(
      '2026-02-28T23:59:59.999+08:00',
    );
    expect(formatInstant(dayOfMonthDeadline({ year: 2026, month: 11 }, 25, 0, ctx).dueAt, zone)).toBe(
      '2026-11-25T23:59:59.999+08:00',
    );
  });

  it('pending vs breached around asOf, at-risk past the warning share', () => {
    const d = clockDeadline(t('2026-11-27T00:00:00Z'), 100, label);
    expect(judgeTimed(d, undefined, d.windowStart + 75, 0.75).status).toBe('pending');
    expect(judgeTimed(d, undefined, d.windowStart + 76, 0.75).status).toBe('at-risk');
    expect(judgeTimed(d, undefined, d.dueAt, 0.75).status).toBe('at-risk');
    expect(judgeTimed(d, undefined, d.dueAt + 1, 0.75).status).toBe('breached');
    expect(judgeTimed(d, undefined, d.windowStart - 10, 0.75).status).toBe('pending');
    expect(() => judgeTimed(d, undefined, undefined, 0.75)).toThrow(/asOf/);
  });
});

describe('working days (properties)', () => {
  const start = fc.integer({ min: parseDate('2004-01-01') ?? 0, max: parseDate('2026-10-31') ?? 0 });

  it('N working days after a date is a working day, strictly after the start', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 30 }), (day, n) => {
        const { day: due } = defaultCalendar.addWorkingDays(day, n);
        return due > day && defaultCalendar.isWorkingDay(due) && defaultCalendar.workingDaysBetween(day, due) === n;
      }),
    );
  });

  it('is monotonic in N and never before the start', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 30 }), (day, n) => {
        const a = defaultCalendar.addWorkingDays(day, n).day;
        const b = defaultCalendar.addWorkingDays(day, n + 1).day;
        return a >= day && b > a;
      }),
    );
  });
});

describe('ISO-8601 duration parameters', () => {
  it('parses weeks, days and clock units, and rejects calendar units and malformed text', async () => {
    const { durationMs } = await import('../schemas.js');
    expect(durationMs('PT2H')).toBe(7_200_000);
    expect(durationMs('PT0.5H')).toBe(1_800_000);
    expect(durationMs('P1DT30M')).toBe(88_200_000);
    expect(durationMs('P2W')).toBe(14 * 86_400_000);
    expect(durationMs('PT0S')).toBe(0);
    for (const bad of ['P1M', 'P1Y', 'P', 'PT', '2H', 'PT-1H', '', 'P1DT'])
      expect(durationMs(bad), bad).toBeUndefined();
  });
});
