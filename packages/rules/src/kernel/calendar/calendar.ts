/**
 * The working-day calendar: a day is a working day when it is Monday–Friday and not a statutory holiday,
 * or when it is a make-up working day. A day in a year the calendar does not know is a typed error.
 */
import { KefuRuleError } from '../errors.js';
import { dayFromYmd, formatDay, parseDate, weekdayOfDay, yearOfDay } from '../time.js';
import { builtinCalendarYears, type CalendarYearData, type HolidayName } from './data.js';

export type DayReason = 'weekday' | 'weekend' | 'holiday' | 'make-up';

export interface DayInfo {
  readonly date: string;
  readonly working: boolean;
  readonly reason: DayReason;
  /** ISO weekday: 1 Monday … 7 Sunday. */
  readonly weekday: number;
  /** The holiday a day off belongs to, or the holiday a make-up day makes up for. */
  readonly holiday?: HolidayName;
  /**
   * A day of a year the calendar does not know, answered as a plain weekday or weekend because the
   * configuration opted in (`calendar.unknownYears: 'weekends-only'`): its holidays are not known.
   */
  readonly guessed?: true;
}

/** What a calendar does with a day of a year it does not know. */
export type UnknownYears = 'error' | 'weekends-only';

export type HolidayKey =
  | 'new-year'
  | 'spring-festival'
  | 'tomb-sweeping'
  | 'labour-day'
  | 'dragon-boat'
  | 'mid-autumn'
  | 'national-day'
  | 'other';

export interface HolidayPeriod {
  readonly key: HolidayKey;
  readonly name: HolidayName;
  readonly firstDay: string;
  readonly lastDay: string;
  readonly days: readonly string[];
  readonly makeUpDays: readonly string[];
}

const KEYS: Readonly<Record<string, HolidayKey>> = {
  "New Year's Day": 'new-year',
  'Spring Festival': 'spring-festival',
  'Tomb-sweeping Day': 'tomb-sweeping',
  'Labour Day': 'labour-day',
  'Dragon Boat Festival': 'dragon-boat',
  'Mid-autumn Festival': 'mid-autumn',
  'National Day': 'national-day',
};

function holidayKeyOf(name: HolidayName): HolidayKey {
  return KEYS[name.en] ?? 'other';
}

const HOLIDAY = 1;
const MAKE_UP = 2;

const UNCOVERED = 0;
const NOT_WORKING = 1;
const WORKING = 2;

interface DayTable {
  /** Day number of index 0. */
  readonly lo: number;
  /** Per day: UNCOVERED, NOT_WORKING or WORKING. */
  readonly state: Uint8Array;
  /** `working[i]`: working days among the first `i` days; `uncovered` likewise. */
  readonly working: Int32Array;
  readonly uncovered: Int32Array;
}

interface Mark {
  readonly kind: typeof HOLIDAY | typeof MAKE_UP;
  readonly name: HolidayName;
}

export class WorkingDayCalendar {
  private readonly marks = new Map<number, Mark>();
  private readonly years: ReadonlySet<number>;
  private readonly data: ReadonlyMap<number, CalendarYearData>;
  /** `weekends-only`: a day of an unknown year is a working day Monday–Friday, marked as guessed. */
  readonly unknownYears: UnknownYears;

  /** The last day of the last known year: asked by every working-day deadline, so worked out once. */
  private readonly lastDay: number | undefined;

  constructor(data: ReadonlyMap<number, CalendarYearData>, unknownYears: UnknownYears = 'error') {
    this.data = data;
    this.unknownYears = unknownYears;
    const lastYear = data.size === 0 ? undefined : Math.max(...data.keys());
    this.lastDay = lastYear === undefined ? undefined : dayFromYmd(lastYear + 1, 1, 1) - 1;
    this.years = new Set(data.keys());
    for (const year of data.values()) {
      for (const h of year.holidays) this.mark(h.date, { kind: HOLIDAY, name: h });
      for (const w of year.workdays) this.mark(w.date, { kind: MAKE_UP, name: w });
    }
    this.table = this.buildTable();
  }

  private mark(date: string, mark: Mark): void {
    const day = parseDate(date);
    if (day === undefined) throw new KefuRuleError('invalid-config', `calendar: bad date ${date}`);
    this.marks.set(day, { kind: mark.kind, name: { en: mark.name.en, zh: mark.name.zh } });
  }

  /** The years this calendar can answer for, ascending. */
  coveredYears(): number[] {
    return [...this.years].sort((a, b) => a - b);
  }

  covers(year: number): boolean {
    return this.years.has(year);
  }

  /** The last day (day number) of the last year the calendar knows; `undefined` when it knows none. */
  lastKnownDay(): number | undefined {
    return this.lastDay;
  }

  /** Whether any day from `from` to `to` (inclusive) lies in a year the calendar does not know. */
  guessesBetween(from: number, to: number): boolean {
    for (let year = yearOfDay(from); year <= yearOfDay(to); year += 1) if (!this.years.has(year)) return true;
    return false;
  }

  /** Throws `calendar-year-unknown` for a day of an unknown year, unless such days may be guessed. */
  private assertCovered(
    day: number,
    path: readonly (string | number)[],
    mayGuess = this.unknownYears !== 'error',
  ): void {
    const year = yearOfDay(day);
    if (!this.years.has(year) && !mayGuess) {
      const known = this.coveredYears();
      const message =
        `the working-day calendar does not know ${year} (it covers ${known[0]}–${known[known.length - 1]}); ` +
        "add the year from the State Council's notice to the configuration's calendar.years (see the README, " +
        '"The working-day calendar"), or opt in to calendar.unknownYears: "weekends-only"';
      const messageZh =
        `工作日日历中没有 ${year} 年（已知 ${known[0]}–${known[known.length - 1]} 年）：请按国务院的通知把该年加入配置的 ` +
        'calendar.years（见 README 的工作日日历一节），或选用 calendar.unknownYears: "weekends-only"';
      throw new KefuRuleError('calendar-year-unknown', message, [{ path, message }], messageZh);
    }
  }

  /** Whether a day (day number) is a working day; throws a typed error for an unknown year. */
  isWorkingDay(day: number, path: readonly (string | number)[] = []): boolean {
    const t = this.table;
    const state = t.state[day - t.lo];
    if (state !== undefined && state !== UNCOVERED) return state === WORKING;
    return this.isWorkingDaySlow(day, path);
  }

  private isWorkingDaySlow(day: number, path: readonly (string | number)[]): boolean {
    this.assertCovered(day, path);
    const mark = this.marks.get(day);
    if (mark) return mark.kind === MAKE_UP;
    return weekdayOfDay(day) <= 5;
  }

  /**
   * Every day from the first covered year's first day to the last covered year's last day, answered once:
   * uncovered, working or not; with running counts of working and of uncovered days, so that counting
   * the working days between two dates is a subtraction. Built with the calendar (a few thousand days, well
   * under a millisecond), never later: a calendar never changes once made, the shared default one included.
   */
  private readonly table: DayTable;

  private buildTable(): DayTable {
    const years = this.coveredYears();
    const lo = years.length === 0 ? 0 : dayFromYmd(years[0] as number, 1, 1);
    const hi = years.length === 0 ? -1 : dayFromYmd((years[years.length - 1] as number) + 1, 1, 1) - 1;
    const n = hi - lo + 1;
    const state = new Uint8Array(n);
    const working = new Int32Array(n + 1);
    const uncovered = new Int32Array(n + 1);
    for (let i = 0; i < n; i += 1) {
      const day = lo + i;
      const covered = this.years.has(yearOfDay(day));
      state[i] = !covered ? UNCOVERED : this.isWorkingDaySlow(day, []) ? WORKING : NOT_WORKING;
      working[i + 1] = (working[i] as number) + (state[i] === WORKING ? 1 : 0);
      uncovered[i + 1] = (uncovered[i] as number) + (covered ? 0 : 1);
    }
    return { lo, state, working, uncovered };
  }

  info(day: number, path: readonly (string | number)[] = []): DayInfo {
    this.assertCovered(day, path);
    const weekday = weekdayOfDay(day);
    const date = formatDay(day);
    if (!this.years.has(yearOfDay(day))) {
      return weekday <= 5
        ? { date, working: true, reason: 'weekday', weekday, guessed: true }
        : { date, working: false, reason: 'weekend', weekday, guessed: true };
    }
    const mark = this.marks.get(day);
    if (mark?.kind === HOLIDAY) return { date, working: false, reason: 'holiday', weekday, holiday: mark.name };
    if (mark?.kind === MAKE_UP) return { date, working: true, reason: 'make-up', weekday, holiday: mark.name };
    return weekday <= 5
      ? { date, working: true, reason: 'weekday', weekday }
      : { date, working: false, reason: 'weekend', weekday };
  }

  /**
   * The `n`th working day after `day` (the start day never counts), with every day passed over that was
   * not a working day, so a deadline can say which holidays and weekends it skipped.
   */
  addWorkingDays(day: number, n: number, path: readonly (string | number)[] = []): { day: number; skipped: DayInfo[] } {
    const skipped: DayInfo[] = [];
    let current = day;
    let left = n;
    while (left > 0) {
      current += 1;
      if (this.isWorkingDay(current, path)) left -= 1;
      else skipped.push(this.info(current, path));
    }
    return { day: current, skipped };
  }

  /** Working days strictly after `from` up to and including `to`. */
  workingDaysBetween(from: number, to: number, path: readonly (string | number)[] = []): number {
    const t = this.table;
    const a = from + 1 - t.lo;
    const b = to + 1 - t.lo;
    if (a >= 0 && b <= t.state.length && a < b && t.uncovered[b] === t.uncovered[a]) {
      return (t.working[b] as number) - (t.working[a] as number);
    }
    let count = 0;
    for (let d = from + 1; d <= to; d += 1) if (this.isWorkingDay(d, path)) count += 1;
    return count;
  }

  /** Every day of a month with its status. */
  month(year: number, month: number): DayInfo[] {
    const first = dayFromYmd(year, month, 1);
    const last = dayFromYmd(year, month + 1, 1) - 1;
    const days: DayInfo[] = [];
    for (let d = first; d <= last; d += 1) days.push(this.info(d, ['year']));
    return days;
  }

  /**
   * The holiday breaks of a year: runs of consecutive days off with one name, each with the make-up
   * days that belong to it. A New Year break that starts in late December belongs to the next year.
   */
  holidayPeriods(year: number): HolidayPeriod[] {
    // Never guessed: a year's breaks cannot be told without its notice, whatever `unknownYears` says.
    this.assertCovered(dayFromYmd(year, 1, 1), ['year'], false);
    const candidates = [year - 1, year, year + 1].flatMap((y) => this.data.get(y)?.holidays ?? []);
    const sorted = [...candidates].sort((a, b) => a.date.localeCompare(b.date));
    const periods: { name: HolidayName; days: string[] }[] = [];
    for (const h of sorted) {
      const last = periods[periods.length - 1];
      const lastDate = last?.days[last.days.length - 1];
      const contiguous = lastDate !== undefined && (parseDate(h.date) ?? 0) - (parseDate(lastDate) ?? 0) === 1;
      if (last && contiguous && last.name.en === h.en) last.days.push(h.date);
      else periods.push({ name: { en: h.en, zh: h.zh }, days: [h.date] });
    }
    const workdays = [year - 1, year, year + 1].flatMap((y) => this.data.get(y)?.workdays ?? []);
    return periods
      .filter((p) => owningYear(p) === year)
      .map((p) => {
        const first = p.days[0] ?? '';
        const lastDay = p.days[p.days.length - 1] ?? first;
        const firstN = parseDate(first) ?? 0;
        const lastN = parseDate(lastDay) ?? 0;
        // Make-up days sit within a few weeks of their break.
        const makeUpDays = workdays
          .filter((w) => w.en === p.name.en)
          .map((w) => w.date)
          .filter((d) => {
            const n = parseDate(d) ?? 0;
            return n >= firstN - 30 && n <= lastN + 30;
          })
          .sort();
        return { key: holidayKeyOf(p.name), name: p.name, firstDay: first, lastDay, days: p.days, makeUpDays };
      });
  }
}

function owningYear(period: { name: HolidayName; days: readonly string[] }): number {
  const jan1 = period.days.find((d) => d.endsWith('-01-01'));
  if (holidayKeyOf(period.name) === 'new-year' && jan1) return Number(jan1.slice(0, 4));
  return Number((period.days[0] ?? '0').slice(0, 4));
}

/** The calendar with only the built-in data; shared because it is immutable. */
export const defaultCalendar = new WorkingDayCalendar(builtinCalendarYears);

/**
 * A calendar with organisation-supplied years added (or replacing built-in years of the same number), and
 * what to do with a year neither knows.
 */
export function calendarWith(
  extra: ReadonlyMap<number, CalendarYearData>,
  unknownYears: UnknownYears = 'error',
): WorkingDayCalendar {
  if (extra.size === 0 && unknownYears === 'error') return defaultCalendar;
  const merged = new Map(builtinCalendarYears);
  for (const [year, data] of extra) merged.set(year, data);
  return new WorkingDayCalendar(merged, unknownYears);
}
