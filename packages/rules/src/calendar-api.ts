/**
 * The working-day calendar for callers, with dates as `YYYY-MM-DD` strings and typed errors instead of
 * exceptions. The configuration may add or correct years (`calendar.years`).
 */
import type { DayInfo, HolidayPeriod } from './kernel/calendar/calendar.js';
import { resolveConfigCached } from './kernel/define-rule.js';
import { type KefuError, KefuRuleError } from './kernel/errors.js';
import { formatDay, parseDate } from './kernel/time.js';

export type CalendarOutcome<T> =
  | { readonly ok: true; readonly result: T }
  | { readonly ok: false; readonly error: KefuError };

export interface CalendarOptions {
  readonly config?: unknown;
}

function attempt<T>(body: () => T): CalendarOutcome<T> {
  try {
    return { ok: true, result: body() };
  } catch (e) {
    if (e instanceof KefuRuleError) return { ok: false, error: e.toJSON() };
    return { ok: false, error: { code: 'internal', message: String(e), issues: [] } };
  }
}

function dayOf(date: unknown, path: string): number {
  const day = typeof date === 'string' ? parseDate(date) : undefined;
  if (day === undefined) {
    throw new KefuRuleError('invalid-facts', `${path}: expected a date YYYY-MM-DD`, [
      { path: [path], message: 'expected a date YYYY-MM-DD' },
    ]);
  }
  return day;
}

function wholeNumber(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const message = `expected a whole number from ${min} to ${max}`;
    throw new KefuRuleError('invalid-facts', `${path}: ${message}`, [{ path: [path], message }]);
  }
  return value;
}

/** Whether a date is a working day, and why (weekday, weekend, holiday with its name, make-up day). */
export function dayInfo(date: string, options: CalendarOptions = {}): CalendarOutcome<DayInfo> {
  return attempt(() => resolveConfigCached(options.config).calendar.info(dayOf(date, 'date'), ['date']));
}

export interface WorkingDaysAfter {
  readonly from: string;
  readonly days: number;
  /** The `days`th working day after `from` (which itself never counts). */
  readonly date: string;
  /** Days passed over, with the reason for each. */
  readonly skipped: readonly DayInfo[];
}

/** The `days`th working day after a date, with every skipped day explained. */
export function addWorkingDays(
  date: string,
  days: number,
  options: CalendarOptions = {},
): CalendarOutcome<WorkingDaysAfter> {
  return attempt(() => {
    const from = dayOf(date, 'date');
    const n = wholeNumber(days, 'days', 0, 366);
    const { day, skipped } = resolveConfigCached(options.config).calendar.addWorkingDays(from, n, ['date']);
    return { from: date, days: n, date: formatDay(day), skipped };
  });
}

/** A year's holiday breaks and their make-up working days. */
export function holidaysOf(year: number, options: CalendarOptions = {}): CalendarOutcome<readonly HolidayPeriod[]> {
  return attempt(() =>
    resolveConfigCached(options.config).calendar.holidayPeriods(wholeNumber(year, 'year', 1900, 2999)),
  );
}

/** Every day of a month with its status, for drawing a calendar. */
export function monthDays(
  year: number,
  month: number,
  options: CalendarOptions = {},
): CalendarOutcome<readonly DayInfo[]> {
  return attempt(() =>
    resolveConfigCached(options.config).calendar.month(
      wholeNumber(year, 'year', 1900, 2999),
      wholeNumber(month, 'month', 1, 12),
    ),
  );
}

/** The years the calendar knows (built-in plus configured). */
export function calendarYears(options: CalendarOptions = {}): CalendarOutcome<readonly number[]> {
  return attempt(() => resolveConfigCached(options.config).calendar.coveredYears());
}
