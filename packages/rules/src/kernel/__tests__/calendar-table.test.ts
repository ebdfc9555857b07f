/**
 * The calendar answers `isWorkingDay` and `workingDaysBetween` from a per-day table with running counts
 * (a lookup and a subtraction). These properties hold the table to the day-by-day answer from the data
 * (`info`, which reads the holiday and make-up marks directly), across covered and uncovered years — an
 * uncovered year is the same typed error either way, never a count.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../calendar/calendar.js';
import { KefuRuleError } from '../errors.js';
import { dayFromYmd, yearOfDay } from '../time.js';

const years = defaultCalendar.coveredYears();
const first = years[0] ?? 2026;
const last = years[years.length - 1] ?? 2026;
// From a year before the data to a year after it: the table's edges and the uncovered years around them.
const lo = dayFromYmd(first - 1, 1, 1);
const hi = dayFromYmd(last + 2, 1, 1) - 1;
const aDay = fc.integer({ min: lo, max: hi });

/** The answer, or the error code: both paths must agree on either. */
function outcome<T>(f: () => T): T | string {
  try {
    return f();
  } catch (e) {
    return e instanceof KefuRuleError ? e.code : 'crash';
  }
}

function bruteBetween(from: number, to: number): number {
  let n = 0;
  for (let d = from + 1; d <= to; d += 1) if (defaultCalendar.info(d).working) n += 1;
  return n;
}

describe('working-day calendar table', () => {
  it('isWorkingDay is the data’s own answer for every day, and the typed error outside it', () => {
    fc.assert(
      fc.property(aDay, (d) => {
        const expected = defaultCalendar.covers(yearOfDay(d))
          ? defaultCalendar.info(d).working
          : 'calendar-year-unknown';
        expect(outcome(() => defaultCalendar.isWorkingDay(d))).toBe(expected);
      }),
      { numRuns: 2000, seed: 5 },
    );
  });

  it('workingDaysBetween counts the working days strictly after `from` up to `to`, as day by day', () => {
    fc.assert(
      fc.property(aDay, fc.integer({ min: -40, max: 400 }), (from, span) => {
        const to = from + span;
        expect(outcome(() => defaultCalendar.workingDaysBetween(from, to))).toBe(outcome(() => bruteBetween(from, to)));
      }),
      { numRuns: 1000, seed: 6 },
    );
  });

  it('Spring Festival 2026: from 2026-02-10, the break counts nothing and both make-up Saturdays count', () => {
    // 02-11, 12, 13, 14 (make-up Saturday), then nothing until 02-24; 02-28 is a make-up Saturday too.
    const from = dayFromYmd(2026, 2, 10);
    expect(defaultCalendar.workingDaysBetween(from, dayFromYmd(2026, 2, 23))).toBe(4);
    expect(defaultCalendar.workingDaysBetween(from, dayFromYmd(2026, 2, 28))).toBe(9);
  });
});
