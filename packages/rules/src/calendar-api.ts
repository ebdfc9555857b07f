/**
 * The working-day calendar for callers, with dates as `YYYY-MM-DD` strings and typed errors instead of
 * exceptions. The configuration may add or correct years (`calendar.years`).
 */
import type { DayInfo, HolidayPeriod, UnknownYears } from './kernel/calendar/calendar.js';
import { builtinCalendarYears } from './kernel/calendar/data.js';
import { yearFromNotice } from './kernel/calendar/notice.js';
import { calendarSettingsSchema, calendarYears as calendarYearsOf, zodIssues } from './kernel/config.js';
import { resolveConfigChecked } from './kernel/config-check.js';
import { type KefuError, KefuRuleError } from './kernel/errors.js';
import { userErrors } from './kernel/messages.js';
import type { Warning } from './kernel/result.js';
import { endOfLocalDay, formatDay, formatInstant, parseDate } from './kernel/time.js';

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
  return attempt(() => resolveConfigChecked(options.config).calendar.info(dayOf(date, 'date'), ['date']));
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
    const { day, skipped } = resolveConfigChecked(options.config).calendar.addWorkingDays(from, n, ['date']);
    return { from: date, days: n, date: formatDay(day), skipped };
  });
}

/** A year's holiday breaks and their make-up working days. */
export function holidaysOf(year: number, options: CalendarOptions = {}): CalendarOutcome<readonly HolidayPeriod[]> {
  return attempt(() =>
    resolveConfigChecked(options.config).calendar.holidayPeriods(wholeNumber(year, 'year', 1900, 2999)),
  );
}

/** Every day of a month with its status, for drawing a calendar. */
export function monthDays(
  year: number,
  month: number,
  options: CalendarOptions = {},
): CalendarOutcome<readonly DayInfo[]> {
  return attempt(() =>
    resolveConfigChecked(options.config).calendar.month(
      wholeNumber(year, 'year', 1900, 2999),
      wholeNumber(month, 'month', 1, 12),
    ),
  );
}

export interface CalendarCoverage {
  /** Every year known, ascending (built-in plus configured). */
  readonly years: readonly number[];
  /** The last day known, `YYYY-12-31` of the last year: a working-day deadline past it cannot be counted. */
  readonly lastDay: string;
  readonly unknownYears: UnknownYears;
}

/** What the calendar knows: its years, its last day, and what it does past them. */
export function calendarCoverage(options: CalendarOptions = {}): CalendarOutcome<CalendarCoverage> {
  return attempt(() => {
    const calendar = resolveConfigChecked(options.config).calendar;
    const years = calendar.coveredYears();
    const last = years[years.length - 1] ?? 0;
    return { years, lastDay: `${last}-12-31`, unknownYears: calendar.unknownYears };
  });
}

/** The years the calendar knows (built-in plus configured). */
export function calendarYears(options: CalendarOptions = {}): CalendarOutcome<readonly number[]> {
  return attempt(() => resolveConfigChecked(options.config).calendar.coveredYears());
}

export interface CalendarFileYear {
  readonly year: number;
  /** The notice the year was taken from, when the file says. */
  readonly source?: string;
  /** `notice`: written as breaks; `days`: written day by day. */
  readonly form: 'notice' | 'days';
  readonly daysOff: number;
  readonly makeUpDays: number;
  /** The year was already known (built in): the file's days replace it. */
  readonly replacesBuiltIn: boolean;
}

export interface CalendarFileCheck {
  readonly years: readonly CalendarFileYear[];
  readonly unknownYears: UnknownYears;
  /** Not errors, but worth a look: a statutory holiday the notice does not list, a replaced built-in year. */
  readonly warnings: readonly Warning[];
}

/**
 * Check a calendar file (what `--calendar FILE` and `KEFU_CALENDAR_FILE` read: the configuration's
 * `calendar` section on its own) before anyone relies on it: the same validation the configuration gets,
 * and a summary of what it adds.
 */
export function checkCalendarFile(file: unknown): CalendarOutcome<CalendarFileCheck> {
  return attempt(() => {
    const parsed = calendarSettingsSchema.safeParse(file, { error: userErrors });
    if (!parsed.success) {
      throw new KefuRuleError('invalid-config', 'invalid calendar file', zodIssues(parsed.error));
    }
    const days = calendarYearsOf(parsed.data, []);
    const warnings: Warning[] = [];
    const years = Object.entries(parsed.data.years).map(([key, entry]): CalendarFileYear => {
      const year = Number(key);
      const data = days.get(year);
      const replacesBuiltIn = builtinCalendarYears.has(year);
      if (replacesBuiltIn) {
        warnings.push({
          code: 'replaces-built-in',
          en: `${year}: replaces the built-in year`,
          zh: `${year}年：替换内置的该年日历`,
        });
      }
      if ('breaks' in entry) warnings.push(...yearFromNotice(year, entry, []).warnings);
      return {
        year,
        ...('source' in entry && entry.source !== undefined && { source: entry.source }),
        form: 'breaks' in entry ? 'notice' : 'days',
        daysOff: data?.holidays.length ?? 0,
        makeUpDays: data?.workdays.length ?? 0,
        replacesBuiltIn,
      };
    });
    return { years: years.sort((a, b) => a.year - b.year), unknownYears: parsed.data.unknownYears, warnings };
  });
}

/**
 * A configuration with a calendar file laid over its `calendar` section: the file's years replace the
 * configuration's of the same number, and its `unknownYears` wins when it sets one. Neither is validated
 * here (evaluation and the audit do that, naming the field).
 */
export function withCalendarFile(config: unknown, file: unknown): unknown {
  const base = isRecord(config) ? config : {};
  const own = isRecord(base.calendar) ? base.calendar : {};
  const extra = isRecord(file) ? file : {};
  return {
    ...base,
    calendar: {
      ...own,
      ...extra,
      years: { ...(isRecord(own.years) ? own.years : {}), ...(isRecord(extra.years) ? extra.years : {}) },
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The last instant of a date in the organisation's zone (`2026-05-01` → `2026-05-01T23:59:59.999+08:00`):
 * what a date given where an instant is expected (`kefu audit --as-of 2026-05-01`) means.
 */
export function endOfDate(date: string, options: CalendarOptions = {}): CalendarOutcome<string> {
  return attempt(() => {
    const zone = resolveConfigChecked(options.config).zone;
    return formatInstant(endOfLocalDay(dayOf(date, 'date'), zone), zone);
  });
}
